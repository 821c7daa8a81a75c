package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.NotFoundException;

/** Job positions and headcount of organizations, and the KL 40 streamlining report (ORG-09). */
@Service
class StaffingService {

    private final StaffingRepository repo;
    private final OrgDirectory directory;
    private final UnitScopes scopes;
    private final AuditLog audit;

    StaffingService(StaffingRepository repo, OrgDirectory directory, UnitScopes scopes, AuditLog audit) {
        this.repo = repo;
        this.directory = directory;
        this.scopes = scopes;
        this.audit = audit;
    }

    private OrgDirectory.UnitRef organization(long unitId) {
        OrgDirectory.UnitRef u = directory.find(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId));
        scopes.require(unitId);
        if (!"ORGANIZATION".equals(u.tree())) {
            throw new BadInputException("Vị trí việc làm và biên chế chỉ ghi cho tổ chức, không ghi cho đơn vị hành"
                    + " chính «" + u.name() + "».");
        }
        return u;
    }

    @Transactional(readOnly = true)
    List<Staffing.Position> positions(long unitId) {
        organization(unitId);
        return repo.positions(unitId);
    }

    /** Adds a job position after checking the fields of JOB-01/JOB-05. */
    @Transactional
    long addPosition(Staffing.Position p) {
        OrgDirectory.UnitRef u = organization(p.unitId());
        if (p.code().isBlank() || p.name().isBlank()) {
            throw new BadInputException("Vị trí việc làm của «" + u.name() + "» phải có mã và tên (JOB-05).");
        }
        if (!repo.groupExists(p.group())) {
            throw new BadInputException("Nhóm vị trí việc làm «" + p.group() + "» không có trong danh mục (JOB-01).");
        }
        if (!Staffing.WORKLOADS.contains(p.workloadType())) {
            throw new BadInputException("Tính chất khối lượng công việc «" + p.workloadType()
                    + "» phải là SINGLE, MULTIPLE hoặc CONCURRENT (JOB-01).");
        }
        if (p.targetHeadcount() < 1 && !p.workloadType().equals("CONCURRENT")) {
            throw new BadInputException("Vị trí «" + p.name() + "» phải có số người định biên từ 1 trở lên (JOB-05).");
        }
        if (p.approvalDate().isAfter(p.validFrom())
                || (p.validTo() != null && !p.validTo().isAfter(p.validFrom()))) {
            throw new BadInputException("Vị trí «" + p.name() + "»: ngày phê duyệt phải trước ngày hiệu lực và ngày"
                    + " hết hiệu lực phải sau ngày hiệu lực (JOB-05).");
        }
        long id = repo.insertPosition(p);
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "JOB_POSITION_CREATE",
                "org_job_position",
                id,
                p.unitId(),
                null,
                p.code() + " " + p.name(),
                "Vị trí việc làm " + p.name()));
        return id;
    }

    @Transactional(readOnly = true)
    List<Staffing.Headcount> headcount(long unitId) {
        organization(unitId);
        return repo.headcount(unitId);
    }

    @Transactional
    void saveHeadcount(Staffing.Headcount h) {
        OrgDirectory.UnitRef u = organization(h.unitId());
        if (!Staffing.CATEGORIES.contains(h.category())) {
            throw new BadInputException(
                    "Loại biên chế «" + h.category() + "» không hợp lệ: " + Staffing.CATEGORIES + " (JOB-06).");
        }
        if (h.year() < 2000
                || h.year() > 2100
                || h.approved() < 0
                || h.filled() < 0
                || h.reducedRestructuring() < 0
                || h.reducedStreamlining() < 0
                || h.reducedOther() < 0) {
            throw new BadInputException("Biên chế năm " + h.year() + " của «" + u.name()
                    + "»: năm từ 2000 đến 2100 và các số không được âm (JOB-06).");
        }
        // JOB-06: the people in post may not exceed the posts assigned beyond the tolerance of the rule in force
        var limit = repo.filledLimit(LocalDate.of(h.year(), 12, 31));
        if (limit.isPresent() && h.filled() > limit.get().maxFilled(h.approved())) {
            throw new BadInputException(Texts.t(
                    "org.headcount.over-quota",
                    String.valueOf(h.year()),
                    u.name(),
                    VnFormats.number(h.filled()),
                    VnFormats.number(h.approved()),
                    limit.get().basis(),
                    limit.get().ruleId()));
        }
        repo.saveHeadcount(h);
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "HEADCOUNT_SAVE",
                "org_headcount",
                h.unitId() + "/" + h.year() + "/" + h.category(),
                h.unitId(),
                null,
                h.toString(),
                "Biên chế " + h.year() + " " + h.category()));
    }

    /** ORG-09: the KL 40 targets checked over the unit's subtree. */
    @Transactional(readOnly = true)
    List<Staffing.Result> streamlining(long unitId, LocalDate asOf) {
        organization(unitId);
        return StaffingRules.check(repo.targets("ORG-09", asOf), repo.approvedInSubtree(unitId));
    }

    /** Headcount of merged units from the merger's year on follows the lineage to the successor. */
    @EventListener
    void onMerged(OrgUnitsMerged e) {
        repo.moveHeadcount(e.predecessorIds(), e.successorId(), e.effectiveOn().getYear());
    }
}
