package vn.tochuc.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.web.NotFoundException;

/** Builds the batch summary of a period over a unit subtree, within the user's scope. */
@Component
class BatchSummaries {

    private final EvalStoreRepository store;
    private final OrgDirectory org;
    private final UnitScopes scopes;

    BatchSummaries(EvalStoreRepository store, OrgDirectory org, UnitScopes scopes) {
        this.store = store;
        this.org = org;
        this.scopes = scopes;
    }

    @Transactional(readOnly = true)
    public BatchSummary summary(long rootUnitId, String period) {
        scopes.require(rootUnitId);
        OrgDirectory.UnitRef root = org.find(rootUnitId).orElseThrow(() -> new NotFoundException("unit " + rootUnitId));
        Set<Long> subtree = new HashSet<>(org.subtreeIds(rootUnitId));
        List<BatchSummary.UnitRow> rows = new ArrayList<>();
        long[] totals = new long[Grade.values().length];
        for (Map.Entry<Long, Map<Grade, Long>> e : store.distributionByUnit(period).entrySet()) {
            if (!subtree.contains(e.getKey())) {
                continue;
            }
            long[] counts = new long[Grade.values().length];
            e.getValue().forEach((g, n) -> {
                counts[g.ordinal()] = n;
                totals[g.ordinal()] += n;
            });
            String name = org.find(e.getKey()).map(OrgDirectory.UnitRef::name).orElse("#" + e.getKey());
            rows.add(new BatchSummary.UnitRow(e.getKey(), name, counts));
        }
        return new BatchSummary(rootUnitId, root.name(), period, List.copyOf(rows), totals);
    }
}
