package vn.tochuc.appraisal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.evaluation.PackSelection;
import vn.tochuc.evaluation.Subject;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.organization.VisibleUnits;
import vn.tochuc.people.People;
import vn.tochuc.people.PersonFile;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.NotFoundException;
import vn.tochuc.web.Role;

/**
 * The appraisal facade: cycles bound to the pack in force, their members, and the three-step decision
 * (EVAL-02, EVAL-19) in the grading order (EVAL-32). Scope-checked and audit-logged; refusals are Vietnamese 400s.
 */
@Service
public class Appraisals {

    /** The longest list of waiting members the queue page shows. */
    static final int QUEUE_LIMIT = 200;

    private final CycleRepository cycles;
    private final PackSelection packs;
    private final UnitScopes scopes;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final People people;
    private final WaitingRepository waiting;
    private final Calibrations calibrations;
    private final EngineScores engine;
    private final ApplicationEventPublisher events;

    Appraisals(
            CycleRepository cycles,
            PackSelection packs,
            UnitScopes scopes,
            OrgDirectory org,
            AuditLog audit,
            People people,
            WaitingRepository waiting,
            Calibrations calibrations,
            EngineScores engine,
            ApplicationEventPublisher events) {
        this.events = events;
        this.engine = engine;
        this.people = people;
        this.waiting = waiting;
        this.calibrations = calibrations;
        this.cycles = cycles;
        this.packs = packs;
        this.scopes = scopes;
        this.org = org;
        this.audit = audit;
    }

    /** Opens a cycle (ORG_STAFF): bound to the version of {@code packCode} in force on the period's first day. */
    @Transactional
    public Cycle open(
            long unitId,
            String targetGroup,
            String periodKind,
            String periodCode,
            String packCode,
            @Nullable LocalDate deadline) {
        CycleGuards.require(Role.ORG_STAFF);
        scopes.require(unitId);
        org.find(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId));
        if (!targetGroup.matches("[A-Z_]{2,40}")) {
            throw new BadInputException(Texts.t("appr.open.groupInvalid", targetGroup));
        }
        Periods.Period p = Periods.parse(periodKind, periodCode.trim());
        // The pack in force when the period is reviewed, at its end, by the packs' effective dates: QĐ 366 (in
        // force 30/8/2025) governs the 2025 review (EVAL-19), NĐ 335 the periods from 2026 on (EVAL-50).
        PackSelection.PackInForce pack = packs.inForce(packCode, p.end())
                .orElseThrow(() ->
                        new BadInputException(Texts.t("appr.open.noPackInForce", packCode, VnFormats.date(p.end()))));
        // The target group is one of the pack's criteria sets (EVAL-13): the population and criteria follow it.
        if (!pack.hasGroup(targetGroup)) {
            throw new BadInputException(Texts.t(
                    "appr.open.groupUnknown",
                    targetGroup,
                    pack.title(),
                    String.join(", ", pack.groups().stream().map(g -> g.name()).toList())));
        }
        LocalDate latest = Periods.latestDeadline(p, pack.numbers());
        LocalDate due = deadline == null ? latest : deadline;
        if (due.isAfter(latest) || due.isBefore(p.start())) {
            throw new BadInputException(Texts.t(
                    p.kind().equals("YEAR") || p.kind().equals("TERM")
                            ? "appr.open.deadlineRangeYear"
                            : "appr.open.deadlineRange",
                    p.code(),
                    VnFormats.date(p.start()),
                    VnFormats.date(latest)));
        }
        if (cycles.cycleExists(unitId, targetGroup, p.kind(), p.code())) {
            throw new BadInputException(Texts.t("appr.open.exists", p.code(), targetGroup));
        }
        Cycle c = new Cycle(
                0,
                unitId,
                targetGroup,
                p.kind(),
                p.code(),
                p.start(),
                p.end(),
                due,
                pack.code(),
                pack.version(),
                "OPEN");
        long id = cycles.insertCycle(c, CurrentUser.name());
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "APPR_CYCLE_OPEN",
                CycleGuards.CYCLE,
                id,
                unitId,
                null,
                p.code() + " " + targetGroup + " " + pack.code() + "/" + pack.version(),
                Texts.vi("appr.open.auditDeadline", VnFormats.date(due))));
        return cycles.cycle(id).orElseThrow();
    }

    /** Cycles in the caller's scope, newest first. */
    @Transactional(readOnly = true)
    public List<Cycle> cycles() {
        VisibleUnits units = scopes.visible();
        return cycles.cycles(null, 500).stream()
                .filter(c -> units.covers(c.unitId()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Cycle cycle(long id) {
        Cycle c = cycles.cycle(id).orElseThrow(() -> new NotFoundException("cycle " + id));
        scopes.require(c.unitId());
        return c;
    }

    /**
     * Members of a cycle in grading order, in scope. A self-assessment not yet submitted is shown only to its
     * owner.
     */
    @Transactional(readOnly = true)
    public List<Member> members(long cycleId) {
        cycle(cycleId);
        return cycles.members(cycleId).stream().map(Appraisals::visible).toList();
    }

    /** A page of a cycle's members in grading order, with the total; drafts shown only to their owners. */
    public record MemberPage(List<Member> items, long total, int page, int size) {

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    /** A page of members of a cycle in scope (a province's cycle has tens of thousands). */
    @Transactional(readOnly = true)
    public MemberPage membersPage(long cycleId, int page, int size) {
        cycle(cycleId);
        int p = Math.max(0, page);
        int s = Math.max(1, Math.min(size, 5000));
        return new MemberPage(
                cycles.membersPage(cycleId, p * s, s).stream()
                        .map(Appraisals::visible)
                        .toList(),
                cycles.memberCount(cycleId),
                p,
                s);
    }

    /** Adds a collective or an individual to a cycle (ORG_STAFF); {@code username} is who self-assesses. */
    @Transactional
    public long addMember(
            long cycleId,
            String kind,
            long unitId,
            @Nullable Long headOfUnitId,
            @Nullable Long personId,
            String username,
            String name,
            @Nullable String jobPosition) {
        CycleGuards.require(Role.ORG_STAFF);
        Cycle c = cycle(cycleId);
        scopes.require(unitId);
        if (!kind.equals("COLLECTIVE") && !kind.equals("INDIVIDUAL") || username.isBlank() || name.isBlank()) {
            throw new BadInputException(Texts.t("appr.member.required"));
        }
        long id = cycles.insertMember(
                c.id(), kind, unitId, headOfUnitId, personId, username.trim(), name.trim(), jobPosition);
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "APPR_MEMBER_ADD",
                CycleGuards.MEMBER,
                id,
                unitId,
                null,
                kind + " " + username,
                name));
        return id;
    }

    /**
     * Adds a person from the people records (ORG_STAFF): name, current unit and job position of the open main
     * assignment come from the record (a scope-checked, audit-logged read).
     */
    @Transactional
    public long addPerson(long cycleId, long personId, String username, @Nullable Long headOfUnitId) {
        PersonFile f = people.file(personId);
        String job = f.mainHistory().stream()
                .filter(a -> a.open())
                .map(a -> a.jobPosition())
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        return addMember(
                cycleId,
                "INDIVIDUAL",
                f.person().currentUnitId(),
                headOfUnitId,
                personId,
                username,
                f.person().fullName(),
                job);
    }

    /** The caller's own rows (their self-assessments), in scope or not: it is their own record. */
    @Transactional(readOnly = true)
    public List<Member> mine() {
        return cycles.ofUser(CurrentUser.name());
    }

    /** Step 1 (EVAL-02): self-assessment, only by its owner, before the deadline, until submitted. */
    @Transactional
    public void selfAssess(long memberId, double score, Grade grade, String comment, boolean submit) {
        Member m = member(memberId);
        Cycle c = cycles.cycle(m.cycleId()).orElseThrow();
        if (!m.username().equals(CurrentUser.name())) {
            throw new AccessDeniedException("not the owner of self-assessment " + memberId);
        }
        if (m.selfSubmitted()) {
            throw new BadInputException(Texts.t("appr.self.locked", m.displayName()));
        }
        CycleGuards.requireOpen(c);
        if (score < 0 || score > 100) {
            throw new BadInputException(Texts.t("appr.self.scoreRange"));
        }
        cycles.saveSelf(memberId, score, grade.name(), comment, CurrentUser.name(), submit);
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                submit ? "APPR_SELF_SUBMIT" : "APPR_SELF_SAVE",
                CycleGuards.MEMBER,
                memberId,
                m.unitId(),
                m.selfGrade(),
                grade.name() + " " + score,
                comment));
    }

    /** Step 2 (EVAL-02): appraisal by the direct head (UNIT_HEAD in scope), after the self-assessment. */
    @Transactional
    public void appraise(long memberId, Grade grade, String comment) {
        CycleGuards.require(Role.UNIT_HEAD);
        Member m = member(memberId);
        scopes.require(m.unitId());
        if (!m.selfSubmitted()) {
            throw new BadInputException(Texts.t("appr.appraise.notSubmitted", m.displayName()));
        }
        if (m.decidedGrade() != null) {
            throw new BadInputException(Texts.t("appr.appraise.decided", m.displayName()));
        }
        CycleGuards.requireOpen(cycles.cycle(m.cycleId()).orElseThrow());
        requireOrder(m, Member::apprGrade);
        cycles.saveAppraisal(memberId, grade.name(), comment, CurrentUser.name());
        calibrations.recordRank(m);
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "APPR_APPRAISE",
                CycleGuards.MEMBER,
                memberId,
                m.unitId(),
                m.apprGrade(),
                grade.name(),
                comment));
    }

    /** Step 3 as {@link #decide(long, Grade, String, boolean)} without a manual grade: the score is needed. */
    @Transactional
    public void decide(long memberId, Grade grade, String comment) {
        decide(memberId, grade, comment, false);
    }

    /**
     * Step 3 (EVAL-02, EVAL-19): decision by the competent authority (COMMITTEE in scope), after the appraisal.
     * The decision rests on the engine's score; when none could be computed (an input missing, no criteria set),
     * only an explicit manual grade ({@code manual}) with its reason in {@code comment} is accepted (issue 11.10).
     */
    @Transactional
    public void decide(long memberId, Grade grade, String comment, boolean manual) {
        CycleGuards.require(Role.COMMITTEE);
        Member m = member(memberId);
        scopes.require(m.unitId());
        if (m.apprGrade() == null) {
            throw new BadInputException(Texts.t("appr.decide.notAppraised", m.displayName()));
        }
        Cycle cycle = cycles.cycle(m.cycleId()).orElseThrow();
        CycleGuards.requireOpen(cycle);
        requireOrder(m, Member::decidedGrade);
        // §1.7 point 2: no decision while the peer group's HTXSNV quota conflict is unresolved (calibration).
        calibrations.blocker(m, grade).ifPresent(reason -> {
            throw new BadInputException(reason);
        });
        EngineOutcome scored = engine.score(m);
        boolean unscored = scored.result() == null;
        if (unscored && (!manual || comment.isBlank())) {
            throw new BadInputException(Texts.t(
                    "appr.decide.noScore",
                    m.displayName(),
                    scored.problem() == null ? "" : scored.problem().replaceAll("\\.$", "")));
        }
        cycles.saveDecision(memberId, grade.name(), comment, CurrentUser.name());
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "APPR_DECIDE",
                CycleGuards.MEMBER,
                memberId,
                m.unitId(),
                m.decidedGrade(),
                grade.name(),
                unscored ? Texts.t("appr.decide.manualAudit", comment) : comment));
        if (!grade.name().equals(m.decidedGrade())) {
            // The one source of decided grades tells the modules that keep a copy (docs/adr/0014).
            events.publishEvent(new GradeDecided(
                    m.id(),
                    m.cycleId(),
                    m.personId(),
                    m.unitId(),
                    cycle.periodKind(),
                    cycle.periodCode(),
                    grade,
                    m.decidedGrade() == null ? null : Grade.valueOf(m.decidedGrade()),
                    CurrentUser.name(),
                    OffsetDateTime.now()));
        }
    }

    /**
     * What waits for the caller: self-assessments to submit, appraisals to make, decisions to take in cycles
     * still open, each list in grading order and at most {@link #QUEUE_LIMIT} long (the counts are on the
     * waiting page). One query per list, filtered by the caller's scope units.
     */
    @Transactional(readOnly = true)
    public Queues queues() {
        List<Member> own = mine().stream().filter(m -> !m.selfSubmitted()).toList();
        List<Member> toAppraise = List.of();
        List<Member> toDecide = List.of();
        boolean head = CurrentUser.has(Role.UNIT_HEAD) || CurrentUser.has(Role.ADMIN);
        boolean committee = CurrentUser.has(Role.COMMITTEE) || CurrentUser.has(Role.ADMIN);
        if (head || committee) {
            List<Long> open = waiting.openCycles(LocalDate.now(VnFormats.VIETNAM), 200);
            @Nullable Set<Long> units = scopes.visible().idsOrAll();
            toAppraise = head ? waiting.waitingMembers(false, open, units, QUEUE_LIMIT) : List.of();
            toDecide = committee ? waiting.waitingMembers(true, open, units, QUEUE_LIMIT) : List.of();
        }
        return new Queues(own, toAppraise, toDecide);
    }

    /** The caller's waiting work, each list in grading order. */
    public record Queues(List<Member> toSelfAssess, List<Member> toAppraise, List<Member> toDecide) {}

    Member member(long id) {
        return cycles.member(id).orElseThrow(() -> new NotFoundException("member " + id));
    }

    /** EVAL-32 through evaluation's order check: collectives of this cycle first, heads after their unit. */
    private void requireOrder(Member m, Function<Member, @Nullable String> step) {
        Set<Long> open = new HashSet<>();
        for (Member other : cycles.collectives(m.cycleId())) {
            if (step.apply(other) == null) {
                open.add(other.unitId());
            }
        }
        PackSelection.orderBlocker(
                        m.collective() ? Subject.Kind.COLLECTIVE : Subject.Kind.INDIVIDUAL,
                        m.displayName(),
                        m.unitId(),
                        m.headOfUnitId(),
                        open)
                .ifPresent(reason -> {
                    throw new BadInputException(reason);
                });
    }

    static Member visible(Member m) {
        if (m.selfSubmitted() || m.username().equals(CurrentUser.name())) {
            return m;
        }
        return new Member(
                m.id(),
                m.cycleId(),
                m.kind(),
                m.unitId(),
                m.headOfUnitId(),
                m.personId(),
                m.username(),
                m.displayName(),
                m.jobPosition(),
                null,
                null,
                null,
                null,
                null,
                false,
                m.apprGrade(),
                m.apprComment(),
                m.apprBy(),
                m.apprAt(),
                m.decidedGrade(),
                m.decidedComment(),
                m.decidedBy(),
                m.decidedAt());
    }
}
