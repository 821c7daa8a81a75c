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
    private final Evaluations evaluations;

    BatchSummaries(EvalStoreRepository store, OrgDirectory org, UnitScopes scopes, Evaluations evaluations) {
        this.store = store;
        this.org = org;
        this.scopes = scopes;
        this.evaluations = evaluations;
    }

    @Transactional(readOnly = true)
    public BatchSummary summary(long rootUnitId, String period) {
        scopes.require(rootUnitId);
        OrgDirectory.UnitRef root = org.find(rootUnitId).orElseThrow(() -> new NotFoundException("unit " + rootUnitId));
        Set<Long> subtree = new HashSet<>(org.subtreeIds(rootUnitId));
        List<BatchSummary.UnitRow> rows = new ArrayList<>();
        long[] totals = new long[Grade.values().length];
        for (Map.Entry<Long, Map<Grade, Long>> e :
                store.distributionByUnit(period).entrySet()) {
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
        return new BatchSummary(rootUnitId, root.name(), period, List.copyOf(rows), totals, quotas(period, subtree));
    }

    /**
     * The quota line of every peer group (agency = unit, target group) with HTXSNV candidates, computed as the
     * batch's quota step does (§1.7 point 2; the pack's quota rule, e.g. EVAL-18, EVAL-60, KPI-02): the cap
     * from the pack's share, base and rounding, and the candidates above it routed to the deciding authority.
     */
    private List<BatchSummary.QuotaRow> quotas(String period, Set<Long> subtree) {
        Map<List<Object>, long[]> groups = new java.util.LinkedHashMap<>();
        for (EvalStoreRepository.PeerCount c : store.peerCounts(period)) {
            if (subtree.contains(c.unitId())) {
                groups.computeIfAbsent(
                                        List.of(c.unitId(), c.targetGroup(), c.packId()),
                                        k -> new long[Grade.values().length])[
                                c.grade().ordinal()] +=
                        c.count();
            }
        }
        List<BatchSummary.QuotaRow> out = new ArrayList<>();
        groups.forEach((key, counts) -> {
            long htxs = counts[Grade.HTXSNV.ordinal()];
            if (htxs == 0) {
                return;
            }
            long unitId = (Long) key.get(0);
            String group = (String) key.get(1);
            RulePackDoc doc = evaluations.compiled((Long) key.get(2)).doc();
            RulePackDoc.Quota q = doc.params().quota();
            long httnv = counts[Grade.HTTNV.ordinal()];
            long graded = java.util.Arrays.stream(counts).sum();
            Integer cap = "PARTY_SHARE".equals(q.base())
                    ? null
                    : QuotaPolicy.allowed(q, (int) htxs, (int) httnv, (int) graded, false, null);
            long referred = cap == null ? htxs : Math.max(0, htxs - cap);
            String name = doc.criteriaSets().stream()
                    .filter(cs -> cs.targetGroup().equals(group))
                    .map(RulePackDoc.CriteriaSet::name)
                    .findFirst()
                    .orElse(group);
            out.add(new BatchSummary.QuotaRow(
                    unitId,
                    org.find(unitId).map(OrgDirectory.UnitRef::name).orElse("#" + unitId),
                    name,
                    htxs,
                    httnv,
                    cap,
                    referred,
                    q.rule()));
        });
        return List.copyOf(out);
    }
}
