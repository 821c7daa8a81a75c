package vn.tochuc.appraisal;

import java.util.List;

/** The consequence lists of a reference year (EVAL-70, EVAL-72, EVAL-74), each entry with its evidence. */
public record ConsequenceLists(
        int year, List<Entry> streamlining, List<Entry> twoYearsKhtnv, List<Entry> theoryTraining) {

    /**
     * One person on a list, with the decided yearly grades (cycle, who, when) that put them there, and a note on
     * what remains to check.
     */
    public record Entry(String personKey, String name, long unitId, List<YearGrade> evidence, String note) {

        Entry withNote(String text) {
            return new Entry(personKey, name, unitId, evidence, text);
        }
    }
}
