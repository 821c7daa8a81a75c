package vn.tochuc.appraisal;

import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.shared.Texts;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.NotFoundException;

/**
 * A member's evaluation form (Mẫu 2A/2B/2C-style): the three steps with who and when, the task results from work
 * items, and the engine's score and explanation. Read by its owner, or by a head, the committee or organisation
 * staff whose scope covers the member's unit; every read is audit-logged. The owner enters the criteria inputs.
 */
@Service
class MemberForms {

    static final String FORM = "APPR_FORM";

    private final CycleRepository cycles;
    private final WorkRepository work;
    private final EngineScores engine;
    private final UnitScopes scopes;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final vn.tochuc.evaluation.PackSelection packs;

    MemberForms(
            CycleRepository cycles,
            WorkRepository work,
            EngineScores engine,
            UnitScopes scopes,
            OrgDirectory org,
            AuditLog audit,
            vn.tochuc.evaluation.PackSelection packs) {
        this.packs = packs;
        this.cycles = cycles;
        this.work = work;
        this.engine = engine;
        this.scopes = scopes;
        this.org = org;
        this.audit = audit;
    }

    /** The form of a member; {@code what} names the read in the audit log (page or PDF). */
    @Transactional
    MemberForm form(long memberId, String what) {
        Member m = cycles.member(memberId).orElseThrow(() -> new NotFoundException("member " + memberId));
        if (!m.username().equals(CurrentUser.name())) {
            // Another member's form: a staff role in scope (the Role.STAFF set).
            CurrentUser.requireStaff();
            scopes.require(m.unitId());
        }
        Cycle c = cycles.cycle(m.cycleId()).orElseThrow();
        audit.record(AuditEntry.read(CurrentUser.name(), what, memberId, m.unitId()));
        List<WorkItem> items = work.items(memberId);
        TaskResult tasks = engine.tasks(m, items);
        String unit = org.find(m.unitId()).map(u -> u.name()).orElse(Long.toString(m.unitId()));
        return new MemberForm(c, Appraisals.visible(m), unit, tasks, items, engine.score(m));
    }

    /** The form as PDF (Mẫu 2B/2C-style), an audit-logged read of the member's evaluation. */
    @Transactional
    byte[] pdf(long memberId) {
        MemberForm f = form(memberId, FORM + "_PDF");
        return EvaluationFormPdf.render(f, packs.labels().pack(f.cycle().packCode()), CurrentUser.name());
    }

    /** The owner enters the criteria inputs of the pack (not those the machine supplies), until submitted. */
    @Transactional
    void saveCriteria(long memberId, Map<String, String> raw) {
        Member m = cycles.member(memberId).orElseThrow(() -> new NotFoundException("member " + memberId));
        if (!m.username().equals(CurrentUser.name())) {
            throw new AccessDeniedException("not the owner of self-assessment " + memberId);
        }
        if (m.selfSubmitted()) {
            throw new BadInputException(Texts.t("appr.self.locked", m.displayName()));
        }
        CycleGuards.requireOpen(cycles.cycle(m.cycleId()).orElseThrow());
        Map<String, Double> saved = engine.save(m, raw);
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "APPR_CRITERIA_SAVE",
                CycleGuards.MEMBER,
                memberId,
                m.unitId(),
                null,
                saved.toString(),
                null));
    }
}
