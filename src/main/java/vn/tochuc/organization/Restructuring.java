package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.shared.VnFormats;

/**
 * Applies restructuring events atomically: load the tree's history, apply and check every event in memory,
 * write everything in one transaction, publish {@link OrgUnitsMerged}, {@link OrgUnitSplit} and
 * {@link OrgUnitDissolved} (Spring Modulith's event publication registry delivers them after commit), and
 * write one audit entry per event. Batches of one tree are serialized by a row lock on its levels.
 */
@Service
class Restructuring {

    static final int BULK = 100;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Restructuring.class);

    private final HistoryRepository repo;
    private final BatchWriter writer;
    private final OrgEventRepository eventRepo;
    private final ApplicationEventPublisher publisher;
    private final AuditLog audit;
    private final UnitScopes scopes;
    private final CurrentStateRepository current;

    Restructuring(
            HistoryRepository repo,
            BatchWriter writer,
            OrgEventRepository eventRepo,
            ApplicationEventPublisher publisher,
            AuditLog audit,
            UnitScopes scopes,
            CurrentStateRepository current) {
        this.repo = repo;
        this.writer = writer;
        this.eventRepo = eventRepo;
        this.publisher = publisher;
        this.audit = audit;
        this.scopes = scopes;
        this.current = current;
    }

    /** Applies commands of one tree as a user: every existing unit they name must be in the user's scope. */
    @Transactional
    public List<Long> applyAsUser(List<EventCommand> commands, String actor) {
        return apply(commands, actor, true);
    }

    /** Applies commands for the system (import, demo data): no scope check. */
    @Transactional
    public List<Long> applyAsSystem(List<EventCommand> commands, String actor) {
        return apply(commands, actor, false);
    }

    private List<Long> apply(List<EventCommand> commands, String actor, boolean checkScope) {
        if (commands.isEmpty()) {
            return List.of();
        }
        String tree = commands.get(0).tree();
        eventRepo.lockTree(tree);
        long t0 = System.nanoTime();
        TreeState s = new TreeState(tree, repo.kinds(), repo.load(tree));
        long t1 = System.nanoTime();
        List<List<Link>> links = new EventApplier(s).applyAll(commands);
        long t2 = System.nanoTime();
        if (checkScope) {
            requireScope(s, commands, links);
        }
        BatchWriter.Written w = writer.write(s, commands, links, actor, OrgClock.today());
        long t3 = System.nanoTime();
        publish(commands, links, w);
        long t4 = System.nanoTime();
        audit(commands, links, w, actor);
        log.info(
                "{} events on {}: load {} ms, apply {} ms, write {} ms, publish {} ms, audit {} ms",
                commands.size(),
                tree,
                ms(t1 - t0),
                ms(t2 - t1),
                ms(t3 - t2),
                ms(t4 - t3),
                ms(System.nanoTime() - t4));
        return w.eventIds();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /**
     * One audit entry per event; a bulk batch (an import step) gets one entry covering its consecutive event
     * ids, so that thousands of events do not mean thousands of entries.
     */
    private void audit(List<EventCommand> commands, List<List<Link>> links, BatchWriter.Written w, String actor) {
        if (commands.size() > BULK) {
            List<Long> ids = w.eventIds();
            audit.record(AuditEntry.write(
                    actor,
                    "ORG_EVENT_APPLY",
                    "org_event",
                    ids.get(0) + "-" + ids.get(ids.size() - 1),
                    null,
                    null,
                    commands.size() + " events",
                    commands.size() + " sự kiện sắp xếp (mã " + ids.get(0) + "–" + ids.get(ids.size() - 1) + "), "
                            + commands.get(0).sourceKey()));
            return;
        }
        for (int i = 0; i < commands.size(); i++) {
            EventCommand c = commands.get(i);
            long unit = w.id(links.get(i).get(links.get(i).size() - 1).unitId());
            audit.record(AuditEntry.write(
                    actor,
                    "ORG_EVENT_APPLY",
                    "org_event",
                    w.eventIds().get(i),
                    unit,
                    null,
                    c.type() + " " + c.effectiveOn() + " " + c.resolutionNo(),
                    c.type() + " hiệu lực " + VnFormats.date(c.effectiveOn()) + ", căn cứ " + c.resolutionNo()));
        }
    }

    private void requireScope(TreeState s, List<EventCommand> commands, List<List<Link>> links) {
        for (List<Link> l : links) {
            for (Link link : l) {
                if (link.unitId() > 0) {
                    scopes.require(link.unitId());
                }
            }
        }
        for (long created : s.created) {
            Long parent = s.versions(created).get(0).parentId;
            if (parent == null && !vn.tochuc.web.CurrentUser.scope().global()) {
                throw new vn.tochuc.web.OutOfScopeException(0L);
            } else if (parent != null && parent > 0) {
                scopes.require(parent);
            }
        }
        for (long unit : s.touched) {
            Ver last = s.last(unit);
            if (last.parentId != null && last.parentId > 0) {
                scopes.require(last.parentId);
            }
        }
    }

    private void publish(List<EventCommand> commands, List<List<Link>> links, BatchWriter.Written w) {
        Map<Long, List<Long>> partial = new LinkedHashMap<>();
        Map<Long, Long> partialEvent = new LinkedHashMap<>();
        Map<Long, LocalDate> partialDate = new LinkedHashMap<>();
        for (int i = 0; i < commands.size(); i++) {
            EventCommand c = commands.get(i);
            long eventId = w.eventIds().get(i);
            List<Long> full = new ArrayList<>();
            List<Long> succ = new ArrayList<>();
            for (Link l : links.get(i)) {
                long id = w.id(l.unitId());
                if (l.role().equals("SUCCESSOR")) {
                    succ.add(id);
                } else if (l.role().equals("PREDECESSOR") && l.share().equals("PARTIAL")) {
                    partial.computeIfAbsent(id, k -> new ArrayList<>());
                    partialEvent.putIfAbsent(id, eventId);
                    partialDate.putIfAbsent(id, c.effectiveOn());
                } else if (l.role().equals("PREDECESSOR")) {
                    full.add(id);
                }
            }
            for (Link l : links.get(i)) {
                if (l.share().equals("PARTIAL")) {
                    partial.get(w.id(l.unitId())).addAll(succ);
                }
            }
            switch (c.type()) {
                case MERGE -> {
                    if (!full.isEmpty()) {
                        publisher.publishEvent(new OrgUnitsMerged(eventId, full, succ.get(0), c.effectiveOn()));
                    }
                }
                case SPLIT ->
                    publisher.publishEvent(new OrgUnitSplit(eventId, full.get(0), succ, succ.get(0), c.effectiveOn()));
                case DISSOLVE ->
                    full.forEach(u -> publisher.publishEvent(
                            new OrgUnitDissolved(eventId, u, succ.isEmpty() ? null : succ.get(0), c.effectiveOn())));
                default -> {}
            }
        }
        // A unit divided among several merges of one day is announced once, as a split.
        partial.forEach((unit, successors) -> publisher.publishEvent(
                new OrgUnitSplit(partialEvent.get(unit), unit, successors, successors.get(0), partialDate.get(unit))));
    }

    /** Withdraws an event that is not yet in force and that no later change builds on. */
    @Transactional
    public void withdraw(long eventId, String actor) {
        OrgEvent e = eventRepo.find(eventId).orElseThrow(() -> new vn.tochuc.web.NotFoundException("event " + eventId));
        eventRepo.lockTree(e.tree());
        if (e.withdrawn() || !e.effectiveOn().isAfter(OrgClock.today())) {
            throw new vn.tochuc.web.BadInputException(
                    "Không thể thu hồi sự kiện " + e.type() + " theo " + e.resolutionNo()
                            + ": chỉ thu hồi được sự kiện chưa đến ngày hiệu lực (" + VnFormats.date(e.effectiveOn())
                            + ") và chưa bị thu hồi (quy tắc ORG-R9).");
        }
        e.parties().forEach(p -> scopes.require(p.unitId()));
        if (eventRepo.laterChanges(eventId) > 0) {
            throw new vn.tochuc.web.BadInputException("Không thể thu hồi sự kiện " + e.type() + " theo "
                    + e.resolutionNo() + " vì đã có thay đổi sau đó dựa trên sự kiện này; hãy thu hồi các thay đổi"
                    + " sau trước (quy tắc ORG-R9).");
        }
        List<Long> units = eventRepo.undo(eventId, actor);
        current.sync(units, OrgClock.today());
        audit.record(AuditEntry.write(
                actor,
                "ORG_EVENT_WITHDRAW",
                "org_event",
                eventId,
                units.isEmpty() ? null : units.get(0),
                e.type() + " " + e.effectiveOn(),
                "WITHDRAWN",
                "Thu hồi sự kiện " + e.type() + " theo " + e.resolutionNo()));
        publisher.publishEvent(new OrgEventWithdrawn(eventId, units));
    }
}
