package vn.tochuc.evaluation;

import java.time.LocalDate;
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

    /** A pack version in force: code, version, title, period kind and the pack's numeric parameters. */
    public record PackInForce(String code, int version, String title, String period, LocalDate effectiveFrom,
            @Nullable LocalDate effectiveTo, Map<String, Double> numbers) {}

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
            Map<String, Double> numbers = doc.params() == null || doc.params().numbers() == null ? Map.of()
                    : Map.copyOf(doc.params().numbers());
            return new PackInForce(row.code(), row.version(), row.title(), doc.period(), row.effectiveFrom(),
                    row.effectiveTo(), numbers);
        });
    }

    /**
     * Why {@code subject} may not be graded yet (EVAL-32: collectives before their members, heads after the
     * unit they head), given the units whose collective grade is still open; empty when it may.
     */
    public static Optional<String> orderBlocker(Subject.Kind kind, String subjectLabel, long unitId,
            @Nullable Long headOfUnitId, Set<Long> undecidedCollectives) {
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
