package vn.tochuc.evaluation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dry-run and what-if forms as an officer reads them, built from a pack version (see {@code PackForms}):
 * the pack and criteria set chosen, and per subject the inputs of each item with their Vietnamese labels,
 * units and ranges, and the pack's disqualifying events as checkboxes. Values are what was typed (or the
 * defaults), each with the message beside it when refused. Rule IDs are only carried for the "căn cứ" details.
 */
public record PackForm(
        String pack,
        String group,
        List<Choice> packs,
        List<Choice> groups,
        List<Field> draft,
        List<SubjectFields> subjects,
        @Nullable Field collectiveGrade,
        int errorCount) {

    /** An option of a pick list: the value posted and the Vietnamese text shown. */
    public record Choice(String value, String label) {}

    /**
     * One input: {@code name} as posted, the label, unit and range shown beside it, the value, a hint (what a
     * count is worth, for checklists) and the message when refused. {@code options} non-empty makes it a select.
     */
    public record Field(
            String name,
            String label,
            String unit,
            String min,
            String max,
            String value,
            @Nullable String hint,
            @Nullable String error,
            boolean required,
            List<Choice> options) {

        public boolean select() {
            return !options.isEmpty();
        }

        /** The DOM id of the field, {@code name} with its dots replaced. */
        public String id() {
            return "f-" + name.replace('.', '-');
        }
    }

    /** A criterion with the inputs it reads that no earlier criterion already asked for. */
    public record Item(String name, String maxPoints, String rule, List<Field> fields) {}

    /** A group of criteria (tiêu chí chung, kết quả nhiệm vụ…) with its maximum. */
    public record Section(String name, String maxPoints, String rule, List<Item> items) {}

    /** A disqualifying event (bị kỷ luật…), as a checkbox. */
    public record Check(String name, String label, String rule, boolean checked) {

        public String id() {
            return "f-" + name.replace('.', '-');
        }
    }

    /**
     * The fields of one subject: its name and kind, the sections of the criteria set, other inputs, events;
     * {@code open} when something was typed for it (a further what-if subject starts folded).
     */
    public record SubjectFields(
            String prefix,
            int number,
            boolean open,
            Field name,
            Field kind,
            List<Section> sections,
            List<Field> others,
            List<Check> events) {}
}
