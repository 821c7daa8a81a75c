package vn.tochuc.portal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * "Thống kê truy cập". A visitor is online when seen within the window ({@code tochuc.portal.online-window},
 * 5 minutes by default); members are signed-in users (keyed by user name), guests are everyone else (keyed by
 * the signed visitor cookie, or a hash of IP and User-Agent when there is none). A visit ("lượt truy cập")
 * starts when a visitor is seen who was not online. Visits are buffered and flushed with
 * {@code value = value + :delta} every second; the online set is saved on shutdown and reloaded on start,
 * so the box shows the same numbers across a restart.
 */
@Component
class VisitorTracker {

    private final Map<String, Long> guests = new ConcurrentHashMap<>();
    private final Map<String, Long> members = new ConcurrentHashMap<>();
    private final LongAdder pendingVisits = new LongAdder();
    private final StatRepository stats;
    private final long windowMillis;
    private volatile long flushedVisits;
    private volatile long onlineGuests;
    private volatile long onlineMembers;

    VisitorTracker(StatRepository stats, @Value("${tochuc.portal.online-window:5m}") Duration window) {
        this.stats = stats;
        this.windowMillis = window.toMillis();
    }

    @PostConstruct
    void load() {
        long now = System.currentTimeMillis();
        for (StatRepository.Online o : stats.online(now - windowMillis)) {
            (o.member() ? members : guests).put(o.visitor(), o.lastSeen());
        }
        flushedVisits = stats.visits();
        recount(now);
    }

    void seen(String guestKey, String memberKey, long now) {
        if (!memberKey.isEmpty()) {
            guests.remove(guestKey);
            touch(members, memberKey, now);
        } else {
            touch(guests, guestKey, now);
        }
    }

    private void touch(Map<String, Long> map, String key, long now) {
        Long last = map.get(key);
        if (last != null && now - last < 1000) {
            return; // seen within the last second: nothing changes
        }
        boolean[] newVisit = {false};
        map.compute(key, (k, old) -> {
            newVisit[0] = old == null || now - old > windowMillis;
            return old == null ? now : Math.max(old, now);
        });
        if (newVisit[0]) {
            pendingVisits.increment();
        }
    }

    VisitorStats stats() {
        return new VisitorStats(onlineGuests, onlineMembers, flushedVisits + pendingVisits.sum());
    }

    @Scheduled(fixedDelayString = "${tochuc.portal.stats-millis:1000}")
    synchronized void refresh() {
        long now = System.currentTimeMillis();
        long delta = pendingVisits.sumThenReset();
        if (delta != 0) {
            try {
                stats.addVisits(delta);
                flushedVisits += delta;
            } catch (DataAccessException e) {
                pendingVisits.add(delta);
            }
        }
        recount(now);
    }

    private void recount(long now) {
        guests.values().removeIf(t -> now - t > windowMillis);
        members.values().removeIf(t -> now - t > windowMillis);
        onlineGuests = guests.size();
        onlineMembers = members.size();
    }

    @PreDestroy
    synchronized void save() {
        refresh();
        List<StatRepository.Online> online = new ArrayList<>();
        guests.forEach((k, t) -> online.add(new StatRepository.Online(k, false, t)));
        members.forEach((k, t) -> online.add(new StatRepository.Online(k, true, t)));
        stats.replaceOnline(online);
    }
}
