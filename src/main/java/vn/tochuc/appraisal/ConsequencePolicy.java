package vn.tochuc.appraisal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.evaluation.Grade;

/**
 * Consequences of decided yearly grades (domain rules §1.6), pure. For a reference year Y: subject to
 * streamlining when graded KHTNV in Y or Y−1 (EVAL-70; the exemptions of EVAL-71 are checked by the organisation
 * staff); two consecutive years KHTNV, Y−1 and Y (EVAL-72); eligible for intermediate political-theory training
 * by grade when graded HTTNV or better in both years immediately before, Y−2 and Y−1 (EVAL-74; degree, Party
 * membership and age are in the personnel record). A person graded in several places in a year (EVAL-19) counts
 * with the lowest grade; each entry carries the decided grades it rests on, as its evidence.
 */
final class ConsequencePolicy {

    private ConsequencePolicy() {}

    /** The years whose decided grades the lists of {@code year} read. */
    static List<String> years(int year) {
        return List.of(Integer.toString(year - 2), Integer.toString(year - 1), Integer.toString(year));
    }

    static ConsequenceLists lists(int year, List<YearGrade> grades) {
        Map<String, Map<Integer, YearGrade>> lowest = new LinkedHashMap<>();
        for (YearGrade g : grades) {
            lowest.computeIfAbsent(g.personKey(), k -> new LinkedHashMap<>())
                    .merge(
                            g.year(),
                            g,
                            (a, b) -> b.grade().ordinal() < a.grade().ordinal() ? b : a);
        }
        List<ConsequenceLists.Entry> streamlining = new ArrayList<>();
        List<ConsequenceLists.Entry> consecutive = new ArrayList<>();
        List<ConsequenceLists.Entry> training = new ArrayList<>();
        lowest.forEach((key, byYear) -> {
            Optional<YearGrade> now = grade(byYear, year, Grade.KHTNV, false);
            Optional<YearGrade> last = grade(byYear, year - 1, Grade.KHTNV, false);
            // EVAL-70: KHTNV in the previous or the current year; one year is enough.
            if (now.isPresent() || last.isPresent()) {
                streamlining.add(entry(key, present(last, now)));
            }
            // EVAL-72: KHTNV two consecutive years.
            if (now.isPresent() && last.isPresent()) {
                consecutive.add(entry(key, present(last, now)));
            }
            // EVAL-74: HTTNV or better in each of the two years immediately before being sent.
            Optional<YearGrade> y1 = grade(byYear, year - 1, Grade.HTTNV, true);
            Optional<YearGrade> y2 = grade(byYear, year - 2, Grade.HTTNV, true);
            if (y1.isPresent() && y2.isPresent()) {
                training.add(entry(key, present(y2, y1)));
            }
        });
        return new ConsequenceLists(year, List.copyOf(streamlining), List.copyOf(consecutive), List.copyOf(training));
    }

    /** The lowest decided grade of a year if it is {@code g} (or at least {@code g} when {@code atLeast}). */
    private static Optional<YearGrade> grade(Map<Integer, YearGrade> byYear, int year, Grade g, boolean atLeast) {
        YearGrade y = byYear.get(year);
        if (y == null) {
            return Optional.empty();
        }
        Grade actual = y.grade();
        return (atLeast ? actual.atLeast(g) : actual == g) ? Optional.of(y) : Optional.empty();
    }

    private static ConsequenceLists.Entry entry(String key, List<YearGrade> evidence) {
        YearGrade last = evidence.get(evidence.size() - 1);
        return new ConsequenceLists.Entry(key, last.displayName(), last.unitId(), evidence, "");
    }

    /** The present values of two optionals, in order. */
    private static List<YearGrade> present(Optional<YearGrade> a, Optional<YearGrade> b) {
        List<YearGrade> l = new ArrayList<>();
        a.ifPresent(l::add);
        b.ifPresent(l::add);
        return List.copyOf(l);
    }
}
