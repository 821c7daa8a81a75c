package vn.tochuc.evaluation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public read-only access for other modules (appraisal cycles): the pack version in force on a date, with its
 * numeric parameters, and the grading-order check of {@link GradingOrderPolicy} (EVAL-32) without scoring.
 * Added in its own file so that the evaluation module's existing files stay untouched.
 */
@Service
public class PackSelection {

    /**
     * A pack version in force: code, version, title, period kind, the pack's numeric parameters and its target
     * groups (one per criteria set, EVAL-13).
     */
    public record PackInForce(
            String code,
            int version,
            String title,
            String period,
            LocalDate effectiveFrom,
            @Nullable LocalDate effectiveTo,
            Map<String, Double> numbers,
            List<TargetGroup> groups) {

        public boolean hasGroup(String code) {
            return groups.stream().anyMatch(g -> g.code().equals(code));
        }
    }

    /** A target group of a pack (its criteria set): the code the data uses and the Vietnamese name officers read. */
    public record TargetGroup(String code, String name) {}

    /**
     * A pack code for pick lists: its latest published version's title and target groups, and the dates from the
     * first version's start to the last one's end ({@code null}: still in force).
     */
    public record PackOption(
            String code,
            String title,
            LocalDate effectiveFrom,
            @Nullable LocalDate effectiveTo,
            List<TargetGroup> groups) {}

    private final RulePackRepository packs;
    private final Evaluations evaluations;

    PackSelection(RulePackRepository packs, Evaluations evaluations) {
        this.packs = packs;
        this.evaluations = evaluations;
    }

    /** The published version of {@code code} in force on {@code date}, as the engine selects it. */
    @Transactional(readOnly = true)
    public Optional<PackInForce> inForce(String code, LocalDate date) {
        return packs.inForceByCode(code, date).map(row -> {
            RulePackDoc doc = evaluations.compiled(row).doc();
            Map<String, Double> numbers = doc.params() == null || doc.params().numbers() == null
                    ? Map.of()
                    : Map.copyOf(doc.params().numbers());
            return new PackInForce(
                    row.code(),
                    row.version(),
                    row.title(),
                    doc.period(),
                    row.effectiveFrom(),
                    row.effectiveTo(),
                    numbers,
                    groups(doc));
        });
    }

    /** Every published pack code, with its target groups, for the pick lists of the cycle form. */
    @Transactional(readOnly = true)
    public List<PackOption> options() {
        Map<String, PackOption> out = new LinkedHashMap<>();
        for (RulePackRepository.Row row : packs.all()) {
            if (!"PUBLISHED".equals(row.status())) {
                continue;
            }
            PackOption seen = out.get(row.code());
            if (seen == null) {
                out.put(
                        row.code(),
                        new PackOption(
                                row.code(),
                                row.title(),
                                row.effectiveFrom(),
                                row.effectiveTo(),
                                groups(evaluations.compiled(row).doc())));
            } else if (row.effectiveFrom().isBefore(seen.effectiveFrom())) {
                out.put(
                        row.code(),
                        new PackOption(
                                seen.code(), seen.title(), row.effectiveFrom(), seen.effectiveTo(), seen.groups()));
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * The Vietnamese names officers read for the codes of the packs: the target groups (criteria sets) and the
     * packs' titles, a code falling back to itself when no pack names it.
     */
    public record Labels(Map<String, String> groups, Map<String, String> packs) {

        public String group(String code) {
            return groups.getOrDefault(code, code);
        }

        public String pack(String code) {
            return packs.getOrDefault(code, code);
        }
    }

    /** The names of every published pack's target groups and of the packs, for pages and documents. */
    @Transactional(readOnly = true)
    public Labels labels() {
        Map<String, String> groups = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (PackOption o : options()) {
            titles.put(o.code(), o.title());
            o.groups().forEach(g -> groups.putIfAbsent(g.code(), g.name()));
        }
        return new Labels(Map.copyOf(groups), Map.copyOf(titles));
    }

    private static List<TargetGroup> groups(RulePackDoc doc) {
        return doc.criteriaSets() == null
                ? List.of()
                : doc.criteriaSets().stream()
                        .map(cs -> new TargetGroup(cs.targetGroup(), cs.name()))
                        .toList();
    }

    /**
     * Why {@code subject} may not be graded yet (EVAL-32: collectives before their members, heads after the
     * unit they head), given the units whose collective grade is still open; empty when it may.
     */
    public static Optional<String> orderBlocker(
            Subject.Kind kind,
            String subjectLabel,
            long unitId,
            @Nullable Long headOfUnitId,
            Set<Long> undecidedCollectives) {
        if (kind != Subject.Kind.INDIVIDUAL) {
            return Optional.empty();
        }
        if (undecidedCollectives.contains(unitId)) {
            return Optional.of(refusal(subjectLabel, "thành viên", unitId));
        }
        if (headOfUnitId != null && undecidedCollectives.contains(headOfUnitId)) {
            return Optional.of(refusal(subjectLabel, "người đứng đầu", headOfUnitId));
        }
        return Optional.empty();
    }

    private static String refusal(String label, String role, long unit) {
        return "Chưa thể xếp loại «" + label + "» (" + role + "): tập thể đơn vị " + unit
                + " chưa được xếp loại. Tập thể được xếp loại trước, cá nhân và người đứng đầu sau (quy tắc EVAL-32).";
    }
}
