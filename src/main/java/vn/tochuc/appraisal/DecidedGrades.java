package vn.tochuc.appraisal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one source of people's decided grades (docs/adr/0014-decided-grades-owned-by-appraisal.md): what the
 * competent authority decided in the yearly reviews. Planning (PLAN-05), training (EVAL-74), rotation and congress
 * personnel read past years' grades here, for many people at once, and are told of each new or changed decision by
 * {@link GradeDecided}.
 */
@Service
public class DecidedGrades {

    /** The most ids one statement carries (PostgreSQL allows 32,767 parameters). */
    static final int CHUNK = 5_000;

    private final DecidedGradeRepository grades;

    DecidedGrades(DecidedGradeRepository grades) {
        this.grades = grades;
    }

    /**
     * The decided yearly grades of {@code personIds} for the years {@code fromYear}..{@code toYear}, by person, oldest
     * year first; one grade per person and year (when a person was decided in two cycles of a year, as after a move,
     * the later decision). People without a decided grade are absent. One query per {@value #CHUNK} people. The caller
     * has checked that it may read these people (this is a module-to-module read, not a page).
     */
    @Transactional(readOnly = true)
    public Map<Long, List<DecidedGrade>> yearGrades(Collection<Long> personIds, int fromYear, int toYear) {
        Map<Long, List<DecidedGrade>> out = new LinkedHashMap<>();
        if (personIds.isEmpty() || fromYear > toYear) {
            return out;
        }
        List<Long> ids = List.copyOf(personIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            grades.byPeople(ids.subList(i, Math.min(ids.size(), i + CHUNK)), fromYear, toYear)
                    .forEach(g -> out.computeIfAbsent(g.personId(), k -> new java.util.ArrayList<>())
                            .add(g));
        }
        return out;
    }
}
