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
import vn.tochuc.shared.Texts;
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
    private final RankRepository ranks;
    private final EngineScores engine;
    private final PackScoring scoring;
    private final vn.tochuc.evaluation.Evaluations evaluations;
    private final UnitScopes scopes;
    private final AuditLog audit;

    Calibrations(
            CycleRepository cycles,
            CalibrationRepository store,
            RankRepository ranks,
            EngineScores engine,
            PackScoring scoring,
            UnitScopes scopes,
            AuditLog audit,
            vn.tochuc.evaluation.Evaluations evaluations) {
        this.ranks = ranks;
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
        CycleGuards.require(Role.COMMITTEE);
        Cycle c = cycle(cycleId);
        return compute(c);
    }

    /** Keeps or lowers one candidate, with a mandatory reason; audit-logged with the previous decision. */
    @Transactional
    void decide(long cycleId, long memberId, String decision, String reason) {
        CycleGuards.require(Role.COMMITTEE);
        Cycle c = cycle(cycleId);
        Member m = cycles.member(memberId)
                .filter(x -> x.cycleId() == cycleId)
                .orElseThrow(() -> new NotFoundException("member " + memberId));
        scopes.require(m.unitId());
        if (!KEEP.equals(decision) && !LOWER.equals(decision)) {
            throw new BadInputException(Texts.t("apprc.calib.decisionInvalid"));
        }
        if (reason.isBlank()) {
            throw new BadInputException(Texts.t(
                    LOWER.equals(decision) ? "apprc.calib.reasonLower" : "apprc.calib.reasonKeep", m.displayName()));
        }
        if (m.decidedGrade() != null) {
            throw new BadInputException(Texts.t("apprc.calib.decided", m.displayName()));
        }
        CycleGuards.requireOpen(c);
        Candidacy g = candidacy(c, m)
                .orElseThrow(() -> new BadInputException(Texts.t("apprc.calib.notCandidate", m.displayName())));
        store.insertDecision(
                cycleId,
                memberId,
                g.peerGroup(),
                decision,
                reason.trim(),
                g.candidate().rank(),
                g.quota().allowed(),
                CurrentUser.name());
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "APPR_CALIBRATE",
                CycleGuards.MEMBER,
                memberId,
                m.unitId(),
                g.previous() == null ? null : g.previous().decision(),
                auditRank(decision, g.peerGroup(), g.candidate().rank(), g.quota()),
                reason.trim() + " (" + g.quota().rule() + ")"));
    }

    /** A HTXSNV candidate's place in its peer group's quota, and the calibration decision it already has. */
    private record Candidacy(
            String peerGroup,
            DryRunResponse.Quota quota,
            DryRunResponse.Candidate candidate,
            @Nullable CalibrationDecision previous) {}

    /**
     * The quota of {@code m}'s peer group alone, from the ranks recorded at appraisal (as {@link #compute} ranks
     * that group, without scoring or reading the other groups): the group's appraised individuals and their
     * recorded scores in two queries, the individuals appraised before ranks were kept scored now. Empty when
     * {@code m} is no HTXSNV candidate.
     */
    private Optional<Candidacy> candidacy(Cycle c, Member m) {
        if (m.collective() || !Grade.HTXSNV.name().equals(m.apprGrade())) {
            return Optional.empty();
        }
        List<Member> unranked = cycles.membersIn(ranks.unranked(c.id()));
        Map<Long, EngineOutcome> scoredNow = engine.scoreAll(c, unranked);
        String group = scoredNow.containsKey(m.id())
                ? scoredNow.get(m.id()).criteriaSet()
                : ranks.peerGroupOf(m.id()).orElseThrow();
        List<RankRepository.Peer> peers = new ArrayList<>(ranks.peers(c.id(), group));
        for (Member u : unranked) {
            EngineOutcome o = scoredNow.get(u.id());
            if (o != null && o.criteriaSet().equals(group)) {
                peers.add(new RankRepository.Peer(
                        u.id(),
                        u.apprGrade(),
                        u.selfScore(),
                        o.result() == null ? null : o.result().score()));
            }
        }
        peers.sort(java.util.Comparator.comparingLong(RankRepository.Peer::id));
        List<PackScoring.Proposed> proposed = peers.stream()
                .map(p -> new PackScoring.Proposed(
                        Long.toString(p.id()), score(p.score(), p.selfScore()), Grade.valueOf(p.apprGrade())))
                .toList();
        DryRunResponse.Quota q = quota(c, group, proposed);
        return q.ranked().stream()
                .filter(cand -> cand.subjectId().equals(Long.toString(m.id())))
                .findFirst()
                .map(cand -> new Candidacy(
                        group, q, cand, store.currentOf(c.id(), m.id()).orElse(null)));
    }

    /** What ranks an appraised individual: the engine score recorded at appraisal, else the self-assessed score. */
    private static double score(@Nullable Double recorded, @Nullable Double self) {
        return recorded != null ? recorded : self == null ? 0 : self;
    }

    /**
     * Lowers to HTTNV, with one reason, every candidate of a peer group that the quota referred to the deciding
     * authority and that has no calibration decision yet (§1.7 point 2: nobody is lowered without a reason; each
     * member gets its own decision row and audit entry). Returns how many were lowered.
     */
    @Transactional
    int lowerAllAboveCap(long cycleId, String peerGroup, String reason) {
        CycleGuards.require(Role.COMMITTEE);
        Cycle c = cycle(cycleId);
        if (reason.isBlank()) {
            throw new BadInputException(Texts.t("apprc.calib.reasonLowerAll"));
        }
        CycleGuards.requireOpen(c);
        CalibrationGroup g = compute(c).stream()
                .filter(x -> x.peerGroup().equals(peerGroup))
                .findFirst()
                .orElseThrow(() -> new BadInputException(Texts.t("apprc.calib.noPeerGroup", peerGroup)));
        int lowered = 0;
        for (CalibrationGroup.Row row : g.candidates()) {
            Member m = row.member();
            if (!row.candidate().referredToAuthority() || row.decision() != null || m.decidedGrade() != null) {
                continue;
            }
            store.insertDecision(
                    cycleId,
                    m.id(),
                    g.peerGroup(),
                    LOWER,
                    reason.trim(),
                    row.candidate().rank(),
                    g.quota().allowed(),
                    CurrentUser.name());
            audit.record(AuditEntry.write(
                    CurrentUser.name(),
                    "APPR_CALIBRATE",
                    CycleGuards.MEMBER,
                    m.id(),
                    m.unitId(),
                    null,
                    auditRank(LOWER, g.peerGroup(), row.candidate().rank(), g.quota()),
                    Texts.vi(
                            "apprc.calib.auditLowerAll",
                            reason.trim(),
                            g.quota().rule())));
            lowered++;
        }
        return lowered;
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
                return Optional.of(Texts.t(
                        "apprc.calib.blocked",
                        m.displayName(),
                        g.peerGroup(),
                        g.quota().rule(),
                        String.join("; ", g.blockers())));
            }
            Optional<CalibrationGroup.Row> mine = g.candidates().stream()
                    .filter(r -> r.member().id() == m.id())
                    .findFirst();
            if (grade == Grade.HTXSNV
                    && mine.isPresent()
                    && mine.get().decision() != null
                    && mine.get().decision().lowered()) {
                return Optional.of(Texts.t(
                        "apprc.calib.lowered",
                        m.displayName(),
                        mine.get().decision().reason()));
            }
        }
        return Optional.empty();
    }

    private Cycle cycle(long id) {
        Cycle c = cycles.cycle(id).orElseThrow(() -> new NotFoundException("cycle " + id));
        scopes.require(c.unitId());
        return c;
    }

    /**
     * Records the engine's score and peer group of an individual as appraised (step 2): the quota ranks by it
     * (EVAL-18, §1.7 point 2). Called by the appraisal step, in its transaction.
     */
    void recordRank(Member m) {
        if (m.collective()) {
            return;
        }
        EngineOutcome o = engine.score(m);
        ranks.save(
                m.id(),
                m.cycleId(),
                o.criteriaSet(),
                o.result() == null ? null : o.result().score());
    }

    /** Records the ranks of a cycle's appraised individuals that have none (appraised before ranks were kept). */
    @Transactional
    int recordMissingRanks(long cycleId) {
        Cycle c = cycles.cycle(cycleId).orElseThrow(() -> new NotFoundException("cycle " + cycleId));
        Map<Long, RankRepository.Rank> known = ranks.ranks(cycleId);
        List<Long> missing = ranks.individuals(cycleId).stream()
                .filter(l -> l.apprGrade() != null && !known.containsKey(l.id()))
                .map(RankRepository.Light::id)
                .toList();
        Map<Long, EngineOutcome> scored = engine.scoreAll(c, cycles.membersIn(missing));
        scored.forEach((id, o) -> ranks.save(
                id,
                cycleId,
                o.criteriaSet(),
                o.result() == null ? null : o.result().score()));
        return scored.size();
    }

    /**
     * Peer groups = the criteria set the engine uses for each individual (e.g. civil servants, leaders). Appraised
     * members rank by the engine score recorded at appraisal (scored now when none was recorded), else by their
     * self-assessed score; only candidates' full rows are read.
     */
    private List<CalibrationGroup> compute(Cycle c) {
        List<RankRepository.Light> individuals = ranks.individuals(c.id());
        Map<Long, RankRepository.Rank> recorded = new java.util.HashMap<>(ranks.ranks(c.id()));
        List<Long> unranked = individuals.stream()
                .filter(l -> l.apprGrade() != null && !recorded.containsKey(l.id()))
                .map(RankRepository.Light::id)
                .toList();
        engine.scoreAll(c, cycles.membersIn(unranked))
                .forEach((id, o) -> recorded.put(
                        id,
                        new RankRepository.Rank(
                                o.criteriaSet(),
                                o.result() == null ? null : o.result().score())));
        EngineScores.PeerGroups peers = engine.peerGroups(c);
        Map<String, List<RankRepository.Light>> byGroup = new LinkedHashMap<>();
        for (RankRepository.Light l : individuals) {
            RankRepository.Rank r = recorded.get(l.id());
            byGroup.computeIfAbsent(r != null ? r.peerGroup() : peers.of(l.headOfUnitId()), k -> new ArrayList<>())
                    .add(l);
        }
        Map<Long, CalibrationDecision> decisions = store.current(c.id());
        Map<String, DryRunResponse.Quota> quotas = new LinkedHashMap<>();
        java.util.Set<Long> candidateIds = new java.util.HashSet<>();
        byGroup.forEach((name, members) -> {
            List<PackScoring.Proposed> proposed = new ArrayList<>();
            for (RankRepository.Light l : members) {
                if (l.apprGrade() != null) {
                    RankRepository.Rank r = recorded.get(l.id());
                    proposed.add(new PackScoring.Proposed(
                            Long.toString(l.id()),
                            score(r == null ? null : r.score(), l.selfScore()),
                            Grade.valueOf(l.apprGrade())));
                }
            }
            DryRunResponse.Quota q = quota(c, name, proposed);
            quotas.put(name, q);
            q.ranked().forEach(cand -> candidateIds.add(Long.parseLong(cand.subjectId())));
        });
        Map<Long, Member> candidates = new java.util.HashMap<>();
        cycles.membersIn(candidateIds).forEach(m -> candidates.put(m.id(), m));
        List<CalibrationGroup> groups = new ArrayList<>();
        byGroup.forEach((name, members) -> {
            DryRunResponse.Quota q = quotas.get(name);
            List<CalibrationGroup.Row> rows = new ArrayList<>();
            for (DryRunResponse.Candidate cand : q.ranked()) {
                long id = Long.parseLong(cand.subjectId());
                RankRepository.Rank r = recorded.get(id);
                rows.add(new CalibrationGroup.Row(
                        candidates.get(id), r != null && r.score() != null, cand, decisions.get(id)));
            }
            groups.add(new CalibrationGroup(
                    name,
                    members.stream().map(RankRepository.Light::id).toList(),
                    q,
                    List.copyOf(rows),
                    members.stream().filter(l -> l.apprGrade() == null).count(),
                    blockers(q, rows)));
        });
        return List.copyOf(groups);
    }

    /**
     * The engine's quota; when the pack's cap cannot be computed here (NĐ 48's Party-side share, EVAL-45), every
     * HTXSNV candidate is referred to the deciding authority with the engine's reason, as the batch does.
     */
    private DryRunResponse.Quota quota(Cycle c, String group, List<PackScoring.Proposed> proposed) {
        try {
            return scoring.quota(
                    c.packCode(), c.packVersion(), Long.toString(c.unitId()), group, c.periodCode(), proposed);
        } catch (BadInputException e) {
            List<PackScoring.Proposed> top = proposed.stream()
                    .filter(p -> p.grade() == Grade.HTXSNV)
                    .sorted(java.util.Comparator.comparingDouble(PackScoring.Proposed::score)
                            .reversed())
                    .toList();
            List<DryRunResponse.Candidate> ranked = new ArrayList<>();
            for (int i = 0; i < top.size(); i++) {
                ranked.add(new DryRunResponse.Candidate(
                        top.get(i).subjectId(),
                        top.get(i).score(),
                        i + 1,
                        false,
                        true,
                        Texts.t("apprc.calib.refer", e.getMessage())));
            }
            String rule = evaluations
                    .pack(c.packCode(), c.packVersion())
                    .params()
                    .quota()
                    .rule();
            return new DryRunResponse.Quota(
                    Long.toString(c.unitId()),
                    group,
                    c.periodCode(),
                    rule,
                    proposed.size(),
                    top.size(),
                    top.size(),
                    List.copyOf(ranked),
                    e.getMessage());
        }
    }

    private static List<String> blockers(DryRunResponse.Quota q, List<CalibrationGroup.Row> rows) {
        List<String> out = new ArrayList<>();
        List<String> open = rows.stream()
                .filter(r -> r.candidate().referredToAuthority() && r.decision() == null)
                .map(r -> r.member().displayName())
                .toList();
        if (!open.isEmpty()) {
            out.add(Texts.t("apprc.calib.openCases", open.size(), String.join(", ", open)));
        }
        long kept = rows.stream()
                .filter(r -> r.decision() == null || !r.decision().lowered())
                .count();
        if (kept > q.allowed()) {
            out.add(Texts.t("apprc.calib.overQuota", kept, q.allowed()));
        }
        return List.copyOf(out);
    }

    /** The audit detail of a calibration decision: decision, peer group, rank among the candidates, quota. */
    private static String auditRank(String decision, String peerGroup, Object rank, DryRunResponse.Quota quota) {
        return Texts.vi("apprc.calib.audit", decision, peerGroup, rank, quota.candidates(), quota.allowed());
    }
}
