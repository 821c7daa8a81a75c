package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import vn.tochuc.shared.VietnameseCollator;
import vn.tochuc.shared.VietnameseText;

/**
 * Writes a batch that {@link EventApplier} has applied and checked: the events, the new units (temporary ids
 * become real ones), the versions opened and closed, the lineage links, and each touched unit's state as of
 * today with its materialized path. Runs inside the caller's transaction.
 */
@Component
class BatchWriter {

    private final HistoryRepository repo;

    BatchWriter(HistoryRepository repo) {
        this.repo = repo;
    }

    /** The written batch: event ids in command order, and temporary to real unit ids. */
    record Written(List<Long> eventIds, Map<Long, Long> ids) {

        long id(long unit) {
            return unit < 0 ? ids.get(unit) : unit;
        }
    }

    Written write(TreeState s, List<EventCommand> commands, List<List<Link>> links, String actor, LocalDate today) {
        long firstEvent = repo.allocate("event", commands.size());
        List<Long> events = new ArrayList<>();
        List<SqlParameterSource> eventRows = HistoryRepository.list();
        for (EventCommand c : commands) {
            long id = firstEvent + events.size();
            events.add(id);
            eventRows.add(HistoryRepository.eventRow(id, c, actor));
        }
        long a0 = System.nanoTime();
        repo.insertEvents(eventRows);
        long a1 = System.nanoTime();
        Map<Long, Long> ids = new HashMap<>();
        Map<Long, String> paths = new HashMap<>(repo.paths(s.created.stream()
                .map(u -> s.versions(u).get(0).parentId)
                .filter(p -> p != null && p > 0)
                .distinct()
                .toList()));
        long nextUnit = s.created.isEmpty() ? 0 : repo.allocate("unit", s.created.size());
        List<SqlParameterSource> unitRows = HistoryRepository.list();
        for (long temp : s.created) {
            Ver first = s.versions(temp).get(0);
            Long parent = first.parentId == null ? null : first.parentId < 0 ? ids.get(first.parentId) : first.parentId;
            long id = nextUnit++;
            ids.put(temp, id);
            String path = (parent == null ? "/" : paths.get(parent)) + id + "/";
            paths.put(id, path);
            unitRows.add(HistoryRepository.unitRow(id, s.tree, first, parent, path));
        }
        repo.insertUnits(unitRows);
        long a2 = System.nanoTime();
        Written w = new Written(events, ids);
        List<SqlParameterSource> opened = HistoryRepository.list();
        List<SqlParameterSource> closed = HistoryRepository.list();
        List<SqlParameterSource> current = HistoryRepository.list();
        for (long unit : s.touched) {
            for (Ver v : s.versions(unit)) {
                Long closedBy = v.closedBy < 0 ? null : events.get(v.closedBy);
                if (v.isNew()) {
                    opened.add(HistoryRepository.versionRow(
                            v,
                            w.id(unit),
                            mapped(w, v.parentId),
                            v.openedBy < 0 ? null : events.get(v.openedBy),
                            closedBy));
                } else if (closedBy != null) {
                    closed.add(new MapSqlParameterSource()
                            .addValue("id", v.dbId)
                            .addValue("to", v.to)
                            .addValue("closed", closedBy));
                }
            }
            List<Ver> vs = s.versions(unit);
            boolean onlyClosed = unit > 0 && vs.stream().noneMatch(Ver::isNew);
            if (!onlyClosed || vs.get(vs.size() - 1).to == null) {
                if (unit > 0 || vs.size() > 1) {
                    current.add(currentRow(s, unit, w, today));
                }
            }
        }
        long a3 = System.nanoTime();
        repo.insertVersions(opened);
        long a4 = System.nanoTime();
        repo.closeVersions(closed);
        long a5 = System.nanoTime();
        List<SqlParameterSource> linkRows = HistoryRepository.list();
        for (int i = 0; i < links.size(); i++) {
            for (Link l : links.get(i)) {
                linkRows.add(new MapSqlParameterSource()
                        .addValue("event", events.get(i))
                        .addValue("unit", w.id(l.unitId()))
                        .addValue("role", l.role())
                        .addValue("share", l.share()));
            }
        }
        repo.insertLinks(linkRows);
        long a6 = System.nanoTime();
        repo.updateCurrent(current);
        repo.endUnits(events.get(0), events.get(events.size() - 1));
        long a7 = System.nanoTime();
        org.slf4j.LoggerFactory.getLogger(BatchWriter.class)
                .debug(
                        "written {} units, {} versions; events {} units {} prep {} versions {} close {} links {} current {}",
                        ids.size(),
                        opened.size(),
                        (a1 - a0) / 1000000,
                        (a2 - a1) / 1000000,
                        (a3 - a2) / 1000000,
                        (a4 - a3) / 1000000,
                        (a5 - a4) / 1000000,
                        (a6 - a5) / 1000000,
                        (a7 - a6) / 1000000);
        fixPaths(s.tree);
        return w;
    }

    /**
     * Recomputes the materialized paths of moved units and their subtrees. Each round rewrites the stale units
     * that have no stale unit above their old or their new place; a round per tree level at most.
     */
    void fixPaths(String tree) {
        for (int guard = 0; guard < 64; guard++) {
            List<HistoryRepository.PathFix> stale = repo.stalePaths(tree);
            if (stale.isEmpty()) {
                return;
            }
            for (HistoryRepository.PathFix x : stale) {
                boolean safe = stale.stream()
                        .noneMatch(y -> y.id() != x.id()
                                && (x.oldPath().startsWith(y.oldPath())
                                        || x.newPath().startsWith(y.oldPath())));
                if (safe) {
                    repo.movePaths(x);
                }
            }
        }
        throw new IllegalStateException("materialized paths of tree " + tree + " do not converge: "
                + repo.stalePaths(tree).stream().limit(5).toList());
    }

    private static @Nullable Long mapped(Written w, @Nullable Long unit) {
        return unit == null ? null : w.id(unit);
    }

    /** The unit as of today: the version in force, else its first version if it starts later, else its last. */
    static Ver current(List<Ver> versions, LocalDate today) {
        for (Ver v : versions) {
            if (v.covers(today)) {
                return v;
            }
        }
        return versions.get(0).from.isAfter(today) ? versions.get(0) : versions.get(versions.size() - 1);
    }

    private static SqlParameterSource currentRow(TreeState s, long unit, Written w, LocalDate today) {
        return currentRow(s.versions(unit), w.id(unit), p -> mapped(w, p), today);
    }

    /** The update of {@code org_unit} for one unit: its state as of today and its overall validity. */
    static SqlParameterSource currentRow(
            List<Ver> vs, long unitId, UnaryOperator<@Nullable Long> ids, LocalDate today) {
        Ver c = current(vs, today);
        Ver last = vs.get(vs.size() - 1);
        return new MapSqlParameterSource()
                .addValue("unit", unitId)
                .addValue("code", c.code, java.sql.Types.VARCHAR)
                .addValue("name", c.name)
                .addValue("folded", VietnameseText.fold(c.name))
                .addValue("sortKey", VietnameseCollator.sortKey(c.name))
                .addValue("kind", c.kind)
                .addValue("level", c.level)
                .addValue("parent", ids.apply(c.parentId), java.sql.Types.BIGINT)
                .addValue("locality", c.localityId, java.sql.Types.BIGINT)
                .addValue("from", vs.get(0).from)
                .addValue("to", last.to, java.sql.Types.DATE);
    }
}
