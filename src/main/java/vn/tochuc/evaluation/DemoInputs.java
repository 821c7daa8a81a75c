package vn.tochuc.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.NotFoundException;
import vn.tochuc.web.Role;

/**
 * Demo action (ADMIN, only with {@code tochuc.demo.enabled=true}): fills {@code eval_input} of a period with
 * synthetic subjects for every unit of a subtree, so a batch over the demo province has something to score.
 */
@Component
class DemoInputs {

    /** What was generated. */
    public record Generated(String period, long rootUnitId, int units, int subjects) {}

    private final boolean enabled;
    private final OrgDirectory org;
    private final UnitScopes scopes;
    private final EvalStoreRepository store;
    private final RulePackRepository packs;
    private final AuditLog audit;

    DemoInputs(
            @Value("${tochuc.demo.enabled:false}") boolean enabled,
            OrgDirectory org,
            UnitScopes scopes,
            EvalStoreRepository store,
            RulePackRepository packs,
            AuditLog audit) {
        this.enabled = enabled;
        this.org = org;
        this.scopes = scopes;
        this.store = store;
        this.packs = packs;
        this.audit = audit;
    }

    @Transactional
    public Generated generate(long rootUnitId, String period, int perUnit) {
        if (!enabled) {
            throw new NotFoundException("demo inputs");
        }
        CurrentUser.require(Role.ADMIN);
        scopes.require(rootUnitId);
        String p = BatchSummaryController.requirePeriod(period);
        if (perUnit < 3 || perUnit > 1000) {
            throw new BadInputException("Số đối tượng mỗi đơn vị phải từ 3 đến 1.000.");
        }
        CompiledPack pack =
                PackCompiler.compile(RulePackJson.pack(packs.inForceByCode("QD366", LocalDate.of(2025, 12, 31))
                        .orElseThrow(() -> new BadInputException("Không có gói quy tắc «QD366»."))
                        .body()));
        // only the units in force today: a merged or dissolved unit has no one to evaluate
        List<Long> units = new ArrayList<>(org.subtreeAsOf(rootUnitId, LocalDate.now(VnFormats.VIETNAM)).stream()
                .map(u -> u.id())
                .toList());
        units.sort(null);
        Random random = new Random(p.hashCode());
        int n = 0;
        for (long unit : units) {
            List<Subject> subjects = SyntheticInputs.unit(pack, "demo-", unit, perUnit, random);
            store.addInputs(p, subjects);
            n += subjects.size();
        }
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "EVAL_DEMO_INPUTS",
                "EVAL_INPUT",
                p,
                rootUnitId,
                null,
                null,
                units.size() + " đơn vị, " + n + " đối tượng"));
        return new Generated(p, rootUnitId, units.size(), n);
    }
}
