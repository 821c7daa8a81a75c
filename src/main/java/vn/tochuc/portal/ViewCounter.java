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
 * (500 ms by default, so a crash loses at most that) and on shutdown, each buffer is drained with
 * {@link LongAdder#sumThenReset()} (an atomic get-and-set per cell) and added in one statement,
 * {@code views = views + :delta}; if the write fails the delta goes back into the buffer.
 */
@Component
class ViewCounter {

    private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private final Map<Long, Long> flushed = new ConcurrentHashMap<>();
    private final ArticleRepository articles;

    ViewCounter(ArticleRepository articles) {
        this.articles = articles;
    }

    void hit(long articleId) {
        pending.computeIfAbsent(articleId, id -> new LongAdder()).increment();
    }

    /** The count to show: flushed total (read from the database at most once per flush) plus the buffer. */
    long count(long articleId) {
        LongAdder p = pending.get(articleId);
        return flushed.computeIfAbsent(articleId, articles::views) + (p == null ? 0 : p.sum());
    }

    @Scheduled(fixedDelayString = "${tochuc.portal.flush-millis:500}")
    synchronized void flush() {
        for (Map.Entry<Long, LongAdder> e : pending.entrySet()) {
            long delta = e.getValue().sumThenReset();
            if (delta == 0) {
                continue;
            }
            try {
                articles.addViews(e.getKey(), delta);
                flushed.remove(e.getKey());
            } catch (DataAccessException ex) {
                e.getValue().add(delta);
                log.warn("View counts of article {} not flushed, kept for the next try: {}", e.getKey(), ex.toString());
            }
        }
    }

    @PreDestroy
    void shutdown() {
        flush();
    }
}
