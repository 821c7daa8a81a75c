package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code org_unit} (the state as of today, with materialized paths for scope checks) in step with the
 * versions: after a withdrawal, at startup, and just after midnight when events dated today come into force.
 */
@Repository
class CurrentStateRepository {

    private final JdbcClient jdbc;
    private final HistoryRepository repo;
    private final BatchWriter writer;

    CurrentStateRepository(JdbcClient jdbc, HistoryRepository repo, BatchWriter writer) {
        this.jdbc = jdbc;
        this.repo = repo;
        this.writer = writer;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 1 0 * * *", zone = "Asia/Ho_Chi_Minh")
    @Transactional
    public void refresh() {
        LocalDate today = OrgClock.today();
        List<Long> stale = jdbc.sql("""
                select u.id from org_unit u join org_unit_version v on v.unit_id = u.id
                where v.valid_from <= :today and (v.valid_to is null or v.valid_to > :today)
                  and (u.name <> v.name or u.kind <> v.kind or u.level_no is distinct from v.level_no
                       or u.parent_id is distinct from v.parent_id or u.code is distinct from v.code)
                """).param("today", today).query(Long.class).list();
        sync(stale, today);
    }

    /** Recomputes the current columns and paths of the given units from their versions. */
    void sync(Collection<Long> unitIds, LocalDate today) {
        if (unitIds.isEmpty()) {
            return;
        }
        Map<Long, List<Ver>> versions = new HashMap<>();
        List<Long> ids = new ArrayList<>(unitIds);
        for (int i = 0; i < ids.size(); i += 1000) {
            jdbc.sql("""
                    select unit_id, valid_from, valid_to, code, name, kind, level_no, parent_id, locality_id
                    from org_unit_version where unit_id in (:ids)
                    """)
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .query((rs, n) -> new Ver(
                            rs.getLong("unit_id"),
                            rs.getObject("valid_from", LocalDate.class),
                            rs.getObject("valid_to", LocalDate.class),
                            rs.getString("code"),
                            rs.getString("name"),
                            rs.getString("kind"),
                            rs.getInt("level_no"),
                            HistoryRepository.nullableLong(rs, "parent_id"),
                            HistoryRepository.nullableLong(rs, "locality_id")))
                    .list()
                    .forEach(v -> versions.computeIfAbsent(v.unitId, k -> new ArrayList<>())
                            .add(v));
        }
        List<SqlParameterSource> rows = new ArrayList<>();
        List<String> trees = new ArrayList<>();
        versions.forEach((unit, vs) -> {
            vs.sort(Comparator.comparing(v -> v.from));
            rows.add(BatchWriter.currentRow(vs, unit, p -> p, today));
        });
        repo.updateCurrent(rows);
        jdbc.sql("select distinct tree from org_unit")
                .query(String.class)
                .list()
                .forEach(trees::add);
        trees.forEach(writer::fixPaths);
    }
}
