package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
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
        List<Long> events = commands.stream().map(c -> repo.insertEvent(c, actor)).toList();
        Map<Long, Long> ids = new HashMap<>();
        Map<Long, String> paths = new HashMap<>(repo.paths(s.created.stream()
                .map(u -> s.versions(u).get(0).parentId).filter(p -> p != null && p > 0).distinct().toList()));
        for (long temp : s.created) {
            Ver first = s.versions(temp).get(0);
            Long parent = first.parentId == null ? null : first.parentId < 0 ? ids.get(first.parentId) : first.parentId;
            Ver row = copyWithParent(first, parent);
            long id = repo.insertUnit(s.tree, row, "/");
            ids.put(temp, id);
            String path = (parent == null ? "/" : paths.get(parent)) + id + "/";
            paths.put(id, path);
        }
        Written w = new Written(events, ids);
        List<SqlParameterSource> opened = HistoryRepository.list();
        List<SqlParameterSource> closed = HistoryRepository.list();
        List<SqlParameterSource> current = HistoryRepository.list();
        for (long unit : s.touched) {
            for (Ver v : s.versions(unit)) {
                Long closedBy = v.closedBy < 0 ? null : events.get(v.closedBy);
                if (v.isNew()) {
                    opened.add(HistoryRepository.versionRow(v, w.id(unit), mapped(w, v.parentId),
                            v.openedBy < 0 ? null : events.get(v.openedBy), closedBy));
                } else if (closedBy != null) {
                    closed.add(new MapSqlParameterSource().addValue("id", v.dbId).addValue("to", v.to)
                            .addValue("closed", closedBy));
                }
            }
            current.add(currentRow(s, unit, w, today));
        }
        repo.insertVersions(opened);
        repo.closeVersions(closed);
        List<SqlParameterSource> linkRows = HistoryRepository.list();
        for (int i = 0; i < links.size(); i++) {
            for (Link l : links.get(i)) {
                linkRows.add(new MapSqlParameterSource().addValue("event", events.get(i))
                        .addValue("unit", w.id(l.unitId())).addValue("role", l.role()).addValue("share", l.share()));
            }
        }
        repo.insertLinks(linkRows);
        repo.updateCurrent(current);
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
                boolean safe = stale.stream().noneMatch(y -> y.id() != x.id()
                        && (x.oldPath().startsWith(y.oldPath()) || x.newPath().startsWith(y.oldPath())));
                if (safe) {
                    repo.movePaths(x);
                }
            }
        }
        throw new IllegalStateException("materialized paths of tree " + tree + " do not converge");
    }

    private static @Nullable Long mapped(Written w, @Nullable Long unit) {
        return unit == null ? null : w.id(unit);
    }

    private static Ver copyWithParent(Ver v, @Nullable Long parent) {
        Ver c = new Ver(v.unitId, v.from, v.to, v.code, v.name, v.kind, v.level, parent, v.localityId);
        c.openedBy = v.openedBy;
        return c;
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
    static SqlParameterSource currentRow(List<Ver> vs, long unitId, UnaryOperator<@Nullable Long> ids,
            LocalDate today) {
        Ver c = current(vs, today);
        Ver last = vs.get(vs.size() - 1);
        return new MapSqlParameterSource().addValue("unit", unitId).addValue("code", c.code, java.sql.Types.VARCHAR)
                .addValue("name", c.name).addValue("folded", VietnameseText.fold(c.name)).addValue("kind", c.kind)
                .addValue("level", c.level).addValue("parent", ids.apply(c.parentId), java.sql.Types.BIGINT)
                .addValue("locality", c.localityId, java.sql.Types.BIGINT).addValue("from", vs.get(0).from)
                .addValue("to", last.to, java.sql.Types.DATE);
    }
}
