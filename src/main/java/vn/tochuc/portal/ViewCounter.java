package vn.tochuc.portal;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Article view counts without a database write per view. Each view increments a {@link LongAdder} for its
 * article (no lock, no lost increment under any concurrency). Every {@code tochuc.portal.flush-millis}
 * (500 ms by default, so a crash loses at most that) and on shutdown, each buffer is drained and added in one
 * statement, {@code views = views + :delta}; if the write fails the delta goes back into the buffer.
 *
 * <p>The count shown is {@code stored + inFlight + pending}. A drained delta is "in flight" until its write
 * has committed and the stored value has been read again; the move between the three parts happens under the
 * article's lock, so a reader never sees a view drained but not yet stored (the count never steps back).
 */
@Component
class ViewCounter {

    private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);

    /** One article's counter: {@code stored} and {@code inFlight} change only under the entry's lock. */
    private static final class Entry {
        final LongAdder pending = new LongAdder();
        long stored = -1;
        long inFlight;
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final ArticleRepository articles;

    ViewCounter(ArticleRepository articles) {
        this.articles = articles;
    }

    private Entry entry(long articleId) {
        return entries.computeIfAbsent(articleId, id -> new Entry());
    }

    void hit(long articleId) {
        entry(articleId).pending.increment();
    }

    /** The count to show: stored total (read again after each flush of the article) plus what is buffered. */
    long count(long articleId) {
        Entry e = entry(articleId);
        synchronized (e) {
            if (e.stored < 0) {
                e.stored = articles.views(articleId);
            }
            return e.stored + e.inFlight + e.pending.sum();
        }
    }

    @Scheduled(fixedDelayString = "${tochuc.portal.flush-millis:500}")
    synchronized void flush() {
        for (Map.Entry<Long, Entry> me : entries.entrySet()) {
            try {
                flush(me.getKey(), me.getValue());
            } catch (DataAccessException ex) {
                log.warn(
                        "View counts of article {} not flushed, kept for the next try: {}", me.getKey(), ex.toString());
            }
        }
    }

    private void flush(long articleId, Entry e) {
        if (e.pending.sum() == 0) {
            return;
        }
        long known;
        synchronized (e) {
            known = e.stored;
        }
        if (known < 0) {
            known = articles.views(articleId);
        }
        long delta;
        synchronized (e) {
            if (e.stored < 0) {
                e.stored = known;
            }
            delta = e.pending.sumThenReset();
            e.inFlight += delta;
        }
        try {
            articles.addViews(articleId, delta);
        } catch (DataAccessException ex) {
            synchronized (e) {
                e.inFlight -= delta;
                e.pending.add(delta);
            }
            throw ex;
        }
        long stored;
        try {
            stored = articles.views(articleId);
        } catch (DataAccessException ex) {
            stored = -1;
        }
        synchronized (e) {
            // stored now holds the delta (and any other node's views); without a fresh read, add it ourselves
            e.stored = stored >= 0 ? stored : e.stored + delta;
            e.inFlight -= delta;
        }
    }

    @PreDestroy
    void shutdown() {
        flush();
    }
}
