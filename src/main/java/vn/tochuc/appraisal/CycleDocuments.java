package vn.tochuc.appraisal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.Role;

/**
 * The documents of a cycle (issue 6 item 7): the collective report (Mẫu 01-style) as PDF and the unit's result
 * list in Excel as provinces send it upward. Scoped like the cycle page; each export is audit-logged.
 */
@Service
class CycleDocuments {

    private final Appraisals appraisals;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final vn.tochuc.evaluation.PackSelection packs;
    private final String place;

    CycleDocuments(
            Appraisals appraisals,
            OrgDirectory org,
            AuditLog audit,
            vn.tochuc.evaluation.PackSelection packs,
            @org.springframework.beans.factory.annotation.Value("${tochuc.documents.place}") String place) {
        this.packs = packs;
        this.place = place;
        this.appraisals = appraisals;
        this.org = org;
        this.audit = audit;
    }

    @Transactional
    byte[] reportPdf(long cycleId, @Nullable String signer) {
        CycleReport r = report(cycleId, "APPR_EXPORT_REPORT");
        return CycleReportPdf.render(r, signer == null || signer.isBlank() ? null : signer.trim(), CurrentUser.name());
    }

    @Transactional
    byte[] listExcel(long cycleId) {
        return CycleListExcel.write(report(cycleId, "APPR_EXPORT_LIST"));
    }

    /** The report data; the caller must be a staff member, head or committee member in scope. */
    CycleReport report(long cycleId, String action) {
        if (!CurrentUser.has(Role.COMMITTEE) && !CurrentUser.has(Role.UNIT_HEAD)) {
            CycleGuards.require(Role.ORG_STAFF);
        }
        Cycle c = appraisals.cycle(cycleId);
        List<Member> members = appraisals.members(cycleId);
        Map<Long, String> units = new HashMap<>();
        java.util.function.Function<Long, String> unitName = id -> units.computeIfAbsent(
                id, k -> org.find(k).map(OrgDirectory.UnitRef::name).orElse(String.valueOf(k)));
        List<CycleReport.Row> rows = members.stream()
                .map(m -> new CycleReport.Row(
                        m.kind(),
                        m.displayName(),
                        m.jobPosition() == null ? "" : m.jobPosition(),
                        unitName.apply(m.unitId()),
                        label(m.selfGrade()),
                        label(m.apprGrade()),
                        label(m.decidedGrade()),
                        note(m)))
                .toList();
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                action,
                CycleGuards.CYCLE,
                cycleId,
                c.unitId(),
                null,
                members.size() + " rows",
                null));
        var labels = packs.labels();
        return new CycleReport(
                c,
                unitName.apply(c.unitId()),
                LocalDate.now(VnFormats.VIETNAM),
                counts(members, true),
                counts(members, false),
                rows,
                place,
                labels.group(c.targetGroup()),
                labels.pack(c.packCode()));
    }

    private static CycleReport.Counts counts(List<Member> members, boolean collective) {
        Map<Grade, Integer> by = new EnumMap<>(Grade.class);
        int total = 0;
        int pending = 0;
        for (Member m : members) {
            if (m.collective() != collective) {
                continue;
            }
            total++;
            if (m.decidedGrade() == null) {
                pending++;
            } else {
                by.merge(Grade.valueOf(m.decidedGrade()), 1, Integer::sum);
            }
        }
        return new CycleReport.Counts(total, by, pending);
    }

    private static String label(@Nullable String grade) {
        return grade == null ? "" : Grade.valueOf(grade).label();
    }

    private static String note(Member m) {
        String head = m.headOfUnitId() != null ? Texts.vi("appr.doc.head") : "";
        String comment = m.decidedComment() == null ? "" : m.decidedComment().strip();
        return head.isEmpty() || comment.isEmpty() ? head + comment : head + "; " + comment;
    }
}
