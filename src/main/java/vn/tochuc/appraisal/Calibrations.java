package vn.tochuc.appraisal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.evaluation.DryRunResponse;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.evaluation.PackScoring;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.NotFoundException;
import vn.tochuc.web.Role;

/**
 * Calibration of the HTXSNV quota per peer group of a cycle (issue 6, point 5; §1.7 point 2): the allowed count
 * and the ranked candidates come from the evaluation engine's quota step over the appraised grades (EVAL-18,
 * EVAL-33/34, EVAL-44, EVAL-60, KPI-02, per the cycle's pack); the deciding authority (COMMITTEE in scope) keeps
 * or lowers each candidate with a reason. Nobody is lowered silently, and while a group's conflict is unresolved
 * its members' decisions (step 3) are refused with what blocks them.
 */
@Service
class Calibrations {

    static final String KEEP = "KEEP";
    static final String LOWER = "LOWER";

    private final CycleRepository cycles;
    private final CalibrationRepository store;
    private final EngineScores engine;
    private final PackScoring scoring;
    private final vn.tochuc.evaluation.Evaluations evaluations;
    private final UnitScopes scopes;
    private final AuditLog audit;

    Calibrations(CycleRepository cycles, CalibrationRepository store, EngineScores engine, PackScoring scoring,
            UnitScopes scopes, AuditLog audit, vn.tochuc.evaluation.Evaluations evaluations) {
        this.evaluations = evaluations;
        this.cycles = cycles;
        this.store = store;
        this.engine = engine;
        this.scoring = scoring;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** The calibration screen of a cycle: COMMITTEE (or ADMIN) whose scope covers the cycle's unit. */
    @Transactional(readOnly = true)
    List<CalibrationGroup> groups(long cycleId) {
        Appraisals.require(Role.COMMITTEE);
        Cycle c = cycle(cycleId);
        return compute(c);
    }

    /** Keeps or lowers one candidate, with a mandatory reason; audit-logged with the previous decision. */
    @Transactional
    void decide(long cycleId, long memberId, String decision, String reason) {
        Appraisals.require(Role.COMMITTEE);
        Cycle c = cycle(cycleId);
        Member m = cycles.member(memberId).filter(x -> x.cycleId() == cycleId)
                .orElseThrow(() -> new NotFoundException("member " + memberId));
        scopes.require(m.unitId());
        if (!KEEP.equals(decision) && !LOWER.equals(decision)) {
            throw new BadInputException("Quyết định hiệu chỉnh phải là giữ HTXSNV hoặc hạ xuống HTTNV.");
        }
        if (reason.isBlank()) {
            throw new BadInputException("Cần ghi lý do khi " + (LOWER.equals(decision) ? "hạ" : "giữ") + " mức HTXSNV"
                    + " của «" + m.displayName() + "»: không ai bị hạ bậc mà không có lý do (quy định §1.7 điểm 2).");
        }
        if (m.decidedGrade() != null) {
            throw new BadInputException("«" + m.displayName() + "» đã có quyết định xếp loại, không hiệu chỉnh được nữa.");
        }
        Appraisals.requireOpen(c);
        CalibrationGroup g = compute(c).stream().filter(x -> x.candidates().stream().anyMatch(r -> r.member().id() == memberId))
                .findFirst().orElseThrow(() -> new BadInputException("«" + m.displayName()
                        + "» không được đề xuất HTXSNV nên không thuộc diện hiệu chỉnh hạn mức."));
        CalibrationGroup.Row row = g.candidates().stream().filter(r -> r.member().id() == memberId).findFirst().orElseThrow();
        store.insertDecision(cycleId, memberId, g.peerGroup(), decision, reason.trim(), row.candidate().rank(),
                g.quota().allowed(), CurrentUser.name());
        audit.record(AuditEntry.write(CurrentUser.name(), "APPR_CALIBRATE", Appraisals.MEMBER, memberId, m.unitId(),
                row.decision() == null ? null : row.decision().decision(), decision + " " + g.peerGroup() + " hạng "
                        + row.candidate().rank() + "/" + g.quota().candidates() + " hạn mức " + g.quota().allowed(),
                reason.trim() + " (" + g.quota().rule() + ")"));
    }

    /**
     * Why the decision of {@code m} as {@code grade} is refused by the calibration: its peer group still has a
     * quota conflict, or it was lowered to HTTNV and HTXSNV is asked. Empty when it may be decided.
     */
    @Transactional(readOnly = true)
    Optional<String> blocker(Member m, Grade grade) {
        if (m.collective()) {
            return Optional.empty();
        }
        Cycle c = cycles.cycle(m.cycleId()).orElseThrow();
        for (CalibrationGroup g : compute(c)) {
            if (!g.memberIds().contains(m.id())) {
                continue;
            }
            if (g.conflict()) {
                return Optional.of("Chưa thể quyết định xếp loại «" + m.displayName() + "»: nhóm «" + g.peerGroup()
                        + "» còn vướng hạn mức HTXSNV (quy tắc " + g.quota().rule() + "): " + String.join("; ",
                                g.blockers()) + ". Cấp có thẩm quyền xử lý ở màn hình hiệu chỉnh hạn mức của kỳ.");
            }
            Optional<CalibrationGroup.Row> mine = g.candidates().stream().filter(r -> r.member().id() == m.id()).findFirst();
            if (grade == Grade.HTXSNV && mine.isPresent() && mine.get().decision() != null
                    && mine.get().decision().lowered()) {
                return Optional.of("«" + m.displayName() + "» đã được hạ xuống HTTNV khi hiệu chỉnh hạn mức ("
                        + mine.get().decision().reason() + "): không quyết định HTXSNV được.");
            }
        }
        return Optional.empty();
    }

    private Cycle cycle(long id) {
        Cycle c = cycles.cycle(id).orElseThrow(() -> new NotFoundException("cycle " + id));
        scopes.require(c.unitId());
        return c;
    }

    /** Peer groups = the criteria set the engine uses for each individual (e.g. civil servants, leaders). */
    private List<CalibrationGroup> compute(Cycle c) {
        Map<String, List<Member>> byGroup = new LinkedHashMap<>();
        List<Member> individuals = cycles.members(c.id()).stream().filter(m -> !m.collective()).toList();
        // Only appraised members are ranked, so only they are scored; the others just need their peer group.
        // The screen ranks by score and links to each member's form for the explanation: none is built here.
        Map<Long, EngineOutcome> outcomes = engine.scoreAll(c, individuals.stream()
                .filter(m -> m.apprGrade() != null).toList(), m -> false);
        Map<Long, String> peerGroups = engine.peerGroups(c, individuals);
        for (Member m : individuals) {
            byGroup.computeIfAbsent(peerGroups.get(m.id()), k -> new ArrayList<>()).add(m);
        }
        Map<Long, CalibrationDecision> decisions = store.current(c.id());
        List<CalibrationGroup> groups = new ArrayList<>();
        Map<Long, Member> byId = new java.util.HashMap<>();
        individuals.forEach(m -> byId.put(m.id(), m));
        byGroup.forEach((name, members) -> {
            List<PackScoring.Proposed> proposed = new ArrayList<>();
            List<Member> pending = new ArrayList<>();
            for (Member m : members) {
                if (m.apprGrade() == null) {
                    pending.add(m);
                    continue;
                }
                proposed.add(new PackScoring.Proposed(Long.toString(m.id()), rankScore(m, outcomes.get(m.id())),
                        Grade.valueOf(m.apprGrade())));
            }
            DryRunResponse.Quota q = quota(c, name, proposed);
            List<CalibrationGroup.Row> rows = new ArrayList<>();
            for (DryRunResponse.Candidate cand : q.ranked()) {
                long id = Long.parseLong(cand.subjectId());
                Member m = byId.get(id);
                rows.add(new CalibrationGroup.Row(m, outcomes.get(id), cand, decisions.get(id)));
            }
            groups.add(new CalibrationGroup(name, members.stream().map(Member::id).toList(), q, List.copyOf(rows), List.copyOf(pending), blockers(q, rows)));
        });
        return List.copyOf(groups);
    }

    /**
     * The engine's quota; when the pack's cap cannot be computed here (NĐ 48's Party-side share, EVAL-45), every
     * HTXSNV candidate is referred to the deciding authority with the engine's reason, as the batch does.
     */
    private DryRunResponse.Quota quota(Cycle c, String group, List<PackScoring.Proposed> proposed) {
        try {
            return scoring.quota(c.packCode(), c.packVersion(), Long.toString(c.unitId()), group, c.periodCode(),
                    proposed);
        } catch (BadInputException e) {
            List<PackScoring.Proposed> top = proposed.stream().filter(p -> p.grade() == Grade.HTXSNV)
                    .sorted(java.util.Comparator.comparingDouble(PackScoring.Proposed::score).reversed()).toList();
            List<DryRunResponse.Candidate> ranked = new ArrayList<>();
            for (int i = 0; i < top.size(); i++) {
                ranked.add(new DryRunResponse.Candidate(top.get(i).subjectId(), top.get(i).score(), i + 1, false, true,
                        e.getMessage() + " Trình cấp có thẩm quyền quyết định."));
            }
            String rule = evaluations.pack(c.packCode(), c.packVersion()).params().quota().rule();
            return new DryRunResponse.Quota(Long.toString(c.unitId()), group, c.periodCode(), rule, proposed.size(),
                    top.size(), top.size(), List.copyOf(ranked), e.getMessage());
        }
    }

    private static List<String> blockers(DryRunResponse.Quota q, List<CalibrationGroup.Row> rows) {
        List<String> out = new ArrayList<>();
        List<String> open = rows.stream().filter(r -> r.candidate().referredToAuthority() && r.decision() == null)
                .map(r -> r.member().displayName()).toList();
        if (!open.isEmpty()) {
            out.add(open.size() + " trường hợp vượt hạn mức chưa có quyết định (" + String.join(", ", open) + ")");
        }
        long kept = rows.stream().filter(r -> r.decision() == null || !r.decision().lowered()).count();
        if (kept > q.allowed()) {
            out.add("còn " + kept + " người giữ HTXSNV, vượt hạn mức " + q.allowed());
        }
        return List.copyOf(out);
    }

    /** Candidates are ranked by the engine's score; without one (inputs missing), by the self-assessed score. */
    static double rankScore(Member m, @Nullable EngineOutcome o) {
        if (o != null && o.result() != null) {
            return o.result().score();
        }
        return m.selfScore() == null ? 0 : m.selfScore();
    }
}
