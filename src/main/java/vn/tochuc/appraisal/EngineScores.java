package vn.tochuc.appraisal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.evaluation.Evaluations;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.evaluation.PackScoring;
import vn.tochuc.evaluation.RulePackDoc;
import vn.tochuc.evaluation.Subject;
import vn.tochuc.shared.Texts;
import vn.tochuc.web.BadInputException;

/**
 * Feeds a member's month to the engine (issue 6, point 3): the quantity, quality and timeliness the machine
 * computed from the work items (EVAL-52..56, with approved objective causes removing deductions) become the
 * task inputs of the cycle's pack, the criteria inputs the cadre entered at self-assessment the rest; the engine
 * scores and grades with its explanation, under the pack version the cycle is bound to. No access checks here:
 * callers check.
 */
@Service
class EngineScores {

    private final CycleRepository cycles;
    private final WorkRepository work;
    private final CalibrationRepository store;
    private final Evaluations evaluations;
    private final PackScoring scoring;

    EngineScores(
            CycleRepository cycles,
            WorkRepository work,
            CalibrationRepository store,
            Evaluations evaluations,
            PackScoring scoring) {
        this.cycles = cycles;
        this.work = work;
        this.store = store;
        this.evaluations = evaluations;
        this.scoring = scoring;
    }

    @Transactional(readOnly = true)
    EngineOutcome score(Member m) {
        Cycle c = cycles.cycle(m.cycleId()).orElseThrow();
        PackScoring.Scorer scorer = scoring.scorer(c.packCode(), c.packVersion());
        return outcome(
                scorer.doc(),
                c,
                m,
                work.items(m.id()),
                store.inputs(m.id()),
                m.headOfUnitId() == null ? null : collectiveGrade(m, cycles.collectives(m.cycleId())),
                scorer);
    }

    /**
     * Scores every given member of a cycle with the cycle's work items and entered inputs read in two queries and
     * the pack compiled once, on the engine's fast path without explanations (the calibration screen ranks a
     * province's cycle this way and links to each member's form for the explanation).
     */
    @Transactional(readOnly = true)
    Map<Long, EngineOutcome> scoreAll(Cycle c, List<Member> members) {
        if (members.isEmpty()) {
            return Map.of();
        }
        PackScoring.Scorer fast = scoring.scorer(c.packCode(), c.packVersion(), false);
        RulePackDoc doc = fast.doc();
        Map<Long, List<WorkItem>> items = new java.util.HashMap<>();
        work.itemsOfCycle(c.id())
                .forEach(i -> items.computeIfAbsent(i.memberId(), k -> new java.util.ArrayList<>())
                        .add(i));
        Map<Long, Map<String, Double>> entered = store.inputsOfCycle(c.id());
        List<Member> all = cycles.collectives(c.id());
        Map<Long, EngineOutcome> out = new LinkedHashMap<>();
        for (Member m : members) {
            out.put(
                    m.id(),
                    outcome(
                            doc,
                            c,
                            m,
                            items.getOrDefault(m.id(), List.of()),
                            entered.getOrDefault(m.id(), Map.of()),
                            collectiveGrade(m, all),
                            fast));
        }
        return out;
    }

    /**
     * The peer groups of a cycle's individuals without scoring: the criteria set's target group ("" when the pack
     * has none) for heads of unit and for the others.
     */
    PeerGroups peerGroups(Cycle c) {
        RulePackDoc doc = evaluations.pack(c.packCode(), c.packVersion());
        RulePackDoc.CriteriaSet heads = criteriaSet(doc, c, false, 0L);
        RulePackDoc.CriteriaSet others = criteriaSet(doc, c, false, null);
        return new PeerGroups(heads == null ? "" : heads.targetGroup(), others == null ? "" : others.targetGroup());
    }

    /** The peer group of a head of unit and of any other individual of one cycle. */
    record PeerGroups(String heads, String others) {

        String of(@Nullable Long headOfUnitId) {
            return headOfUnitId == null ? others : heads;
        }
    }

    private EngineOutcome outcome(
            RulePackDoc doc,
            Cycle c,
            Member m,
            List<WorkItem> items,
            Map<String, Double> entered,
            @Nullable Grade collectiveGrade,
            PackScoring.Scorer scorer) {
        RulePackDoc.CriteriaSet set = criteriaSet(doc, c, m);
        if (set == null) {
            return new EngineOutcome(
                    "",
                    List.of(),
                    Map.of(),
                    Map.of(),
                    null,
                    "Gói " + c.packCode() + " phiên bản " + c.packVersion() + " không có bộ tiêu chí cho "
                            + (m.collective() ? "tập thể" : "cá nhân") + ".");
        }
        Map<String, Double> machine = machineInputs(doc, set, items);
        List<RulePackDoc.Input> toEnter = set.inputs().stream()
                .filter(i -> !machine.containsKey(i.name()))
                .toList();
        Map<String, Double> inputs = new LinkedHashMap<>(entered);
        inputs.keySet().retainAll(toEnter.stream().map(RulePackDoc.Input::name).toList());
        inputs.putAll(machine);
        // What is missing, by the names the cadre enters them under (the rule IDs are in the pack's explanation).
        List<String> missing = set.inputs().stream()
                .filter(i -> i.required() && !inputs.containsKey(i.name()))
                .map(RulePackDoc.Input::label)
                .toList();
        if (!missing.isEmpty()) {
            return new EngineOutcome(
                    set.targetGroup(),
                    toEnter,
                    machine,
                    entered,
                    null,
                    Texts.t("apprc.engine.missing", String.join(", ", missing)));
        }
        Subject s = new Subject(
                "appr-" + m.id(),
                m.collective() ? Subject.Kind.COLLECTIVE : Subject.Kind.INDIVIDUAL,
                set.targetGroup(),
                m.unitId(),
                m.headOfUnitId(),
                inputs,
                Set.of());
        try {
            return new EngineOutcome(
                    set.targetGroup(), toEnter, machine, entered, scorer.score(s, collectiveGrade), null);
        } catch (BadInputException e) {
            return new EngineOutcome(set.targetGroup(), toEnter, machine, entered, null, e.getMessage());
        }
    }

    /** Checks and stores the entered criteria inputs against the pack's ranges (the caller checked ownership). */
    @Transactional
    Map<String, Double> save(Member m, Map<String, String> raw) {
        EngineOutcome o = score(m);
        Map<String, Double> values = new LinkedHashMap<>();
        for (RulePackDoc.Input in : o.toEnter()) {
            String text = raw.getOrDefault(in.name(), "").trim();
            if (text.isEmpty()) {
                continue;
            }
            double v;
            try {
                v = vn.tochuc.shared.VnFormats.parseNumber(text).doubleValue();
            } catch (RuntimeException e) {
                throw new BadInputException("«" + in.label() + "»: «" + text + "» không phải là số.");
            }
            if (v < in.min() || v > in.max()) {
                throw new BadInputException("«" + in.label() + "» phải trong khoảng " + TaskResult.show(in.min())
                        + " – " + TaskResult.show(in.max()) + " (gói quy tắc của kỳ).");
            }
            values.put(in.name(), v);
        }
        store.saveInputs(m.id(), values);
        return values;
    }

    /** The criteria set (peer group) of a member: the cycle's target group, else by kind and headship. */
    static RulePackDoc.@Nullable CriteriaSet criteriaSet(RulePackDoc doc, Cycle c, Member m) {
        return criteriaSet(doc, c, m.collective(), m.headOfUnitId());
    }

    static RulePackDoc.@Nullable CriteriaSet criteriaSet(
            RulePackDoc doc, Cycle c, boolean collective, @Nullable Long headOfUnitId) {
        List<String> wanted = collective
                ? List.of(c.targetGroup(), "TAP_THE")
                : headOfUnitId != null
                        ? List.of(c.targetGroup(), "LANH_DAO", "CONG_CHUC", "TAT_CA")
                        : List.of(c.targetGroup(), "CONG_CHUC", "KHONG_LANH_DAO", "TAT_CA");
        for (String w : wanted) {
            for (RulePackDoc.CriteriaSet s : doc.criteriaSets()) {
                if (s.targetGroup().equals(w)) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * The work items' sums as the pack's inputs: converted quantities assigned and completed (EVAL-52/53); the
     * quality and timeliness deductions (EVAL-54/55, after approved objective causes) as the equivalent number of
     * failures at the pack's deduction, so the pack's formulas give the machine's (b) and (c); or percentages.
     */
    private static Map<String, Double> machineInputs(
            RulePackDoc doc, RulePackDoc.CriteriaSet set, List<WorkItem> items) {
        WorkItemPolicy policy = WorkItemPolicy.forPack(doc);
        WorkItemPolicy.Sums s =
                policy.sums(items.stream().map(WorkItemPolicy.Item::of).toList());
        Map<String, Double> all = new LinkedHashMap<>();
        if (s.assigned() > 0) {
            all.put("assigned", round(s.assigned()));
            all.put("completed", round(s.completed()));
            all.put("qualityFailures", round((s.completed() - s.quality()) / policy.deduction()));
            all.put("delays", round((s.completed() - s.timely()) / policy.deduction()));
            all.put("tasksCompletedPct", round(100 * s.completed() / s.assigned()));
            all.put("tasksOnTimePct", round(100 * s.timely() / s.assigned()));
            all.put("lateTasksPct", round(100 - 100 * s.timely() / s.assigned()));
        }
        Map<String, Double> used = new LinkedHashMap<>();
        set.inputs().forEach(i -> {
            if (all.containsKey(i.name())) {
                used.put(i.name(), Math.max(i.min(), Math.min(i.max(), all.get(i.name()))));
            }
        });
        return used;
    }

    /** The task results of a member's work items under the cycle's pack (EVAL-52..56). */
    @Transactional(readOnly = true)
    TaskResult tasks(Member m, List<WorkItem> items) {
        Cycle c = cycles.cycle(m.cycleId()).orElseThrow();
        return WorkItemPolicy.forPack(evaluations.pack(c.packCode(), c.packVersion()))
                .compute(items.stream().map(WorkItemPolicy.Item::of).toList());
    }

    /** For a head: the grade of the unit headed, as far as the cycle has it (decided, else appraised, else self). */
    private static @Nullable Grade collectiveGrade(Member m, List<Member> ofCycle) {
        if (m.collective() || m.headOfUnitId() == null) {
            return null;
        }
        for (Member o : ofCycle) {
            if (o.collective() && o.unitId() == m.headOfUnitId()) {
                String g = o.decidedGrade() != null
                        ? o.decidedGrade()
                        : o.apprGrade() != null ? o.apprGrade() : o.selfGrade();
                return g == null ? null : Grade.valueOf(g);
            }
        }
        return null;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
