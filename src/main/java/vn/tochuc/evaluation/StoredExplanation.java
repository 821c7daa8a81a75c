package vn.tochuc.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The stored form of an explanation (ADR 0010): the data of every step, not its Vietnamese text. It keeps
 * the inputs the rules read (the criteria set's input slots), each item's value as its formula computed
 * it (before the clamp), whether each grade condition held, the disqualifying events hit, the head cap
 * and the quota decision. With the pack version stored beside the result (pack versions are never edited)
 * this is everything the explanation built at scoring time shows: {@link #render} replays the same code
 * ({@link ScoringPolicy#explained}, {@link GradePolicy#explained}) from these values instead of evaluating
 * the formulas again, so the text read back equals the text built when scoring.
 *
 * <p>Text form, one line: {@code E1;<inputs>;<item values>;<conditions 0/1>;<events hex>;<head cap>;<quota>},
 * numbers as Java writes doubles (integers without ".0"), e.g.
 * {@code E1;6,6,100,95.5;30,20,7.333333333333333;1101;0;HTTNV;}. About 90 bytes instead of about 1.5 KB of
 * compressed JSON per result.
 */
final class StoredExplanation {

    /** The format tag; a stored explanation that starts with '{' is the full JSON of older results. */
    static final String FORMAT = "E1";

    /** A result of the batch path and the data of its explanation. */
    record Scored(EvaluationResult result, StoredExplanation explanation) {}

    private final double[] inputs;
    private final double[] raws;
    private final boolean[] conditions;
    private final long events;
    private final @Nullable Grade headCap;
    private final @Nullable Grade quota;

    StoredExplanation(
            double[] inputs,
            double[] raws,
            boolean[] conditions,
            long events,
            @Nullable Grade headCap,
            @Nullable Grade quota) {
        this.inputs = inputs;
        this.raws = raws;
        this.conditions = conditions;
        this.events = events;
        this.headCap = headCap;
        this.quota = quota;
    }

    /** Records the explanation's data for slots {@code v} of set {@code s}. */
    /** Whether each grade condition of the set held, in the set's order. */
    boolean[] conditions() {
        return conditions;
    }

    static StoredExplanation of(
            CompiledSet s, double[] v, long events, @Nullable Grade headCap, @Nullable Grade quota) {
        return new StoredExplanation(
                java.util.Arrays.copyOf(v, s.inputCount()),
                ScoringPolicy.raws(s, v),
                GradePolicy.conditions(s, v),
                events,
                headCap,
                quota);
    }

    double[] raws() {
        return raws;
    }

    static boolean isCompact(String stored) {
        return stored.startsWith(FORMAT + ";");
    }

    /** The one-line text form (also what the audit digest of a unit covers). */
    String encode() {
        StringBuilder b = new StringBuilder(200).append(FORMAT).append(';');
        join(b, inputs).append(';');
        join(b, raws).append(';');
        for (boolean c : conditions) {
            b.append(c ? '1' : '0');
        }
        return b.append(';')
                .append(Long.toHexString(events))
                .append(';')
                .append(headCap == null ? "" : headCap.name())
                .append(';')
                .append(quota == null ? "" : quota.name())
                .toString();
    }

    static StoredExplanation decode(String text) {
        String[] f = text.split(";", -1);
        if (f.length != 7 || !FORMAT.equals(f[0])) {
            throw new IllegalStateException("Stored explanation in an unknown format: " + abbreviate(text));
        }
        boolean[] conditions = new boolean[f[3].length()];
        for (int i = 0; i < conditions.length; i++) {
            conditions[i] = f[3].charAt(i) == '1';
        }
        return new StoredExplanation(
                numbers(f[1]),
                numbers(f[2]),
                conditions,
                Long.parseUnsignedLong(f[4], 16),
                f[5].isEmpty() ? null : Grade.valueOf(f[5]),
                f[6].isEmpty() ? null : Grade.valueOf(f[6]));
    }

    /**
     * The explanation in Vietnamese, as built at scoring time, under the pack version the result was scored
     * with and the result's target group.
     */
    Explanation render(CompiledPack pack, String targetGroup) {
        CompiledSet s = pack.set(targetGroup);
        RulePackDoc doc = pack.doc();
        if (inputs.length != s.inputCount()
                || raws.length != s.items().length
                || conditions.length != s.conditions().length) {
            throw new IllegalStateException("Stored explanation does not fit pack " + doc.code() + " v" + doc.version()
                    + ", set " + targetGroup);
        }
        double[] v = s.newSlots();
        System.arraycopy(inputs, 0, v, 0, inputs.length);
        Explanation.Builder ex = new Explanation.Builder();
        double total = ScoringPolicy.explained(s, v, raws, ex);
        List<RulePackDoc.Disqualifier> hit = new ArrayList<>();
        for (RulePackDoc.Disqualifier d : PackChecks.nullSafe(doc.disqualifiers())) {
            if ((events & (1L << pack.events().get(d.code()))) != 0) {
                hit.add(d);
            }
        }
        GradePolicy.explained(
                s,
                v,
                conditions,
                total,
                hit,
                headCap,
                headCap == null ? "" : doc.params().headCap().rule(),
                quota,
                doc.params().quota().rule(),
                ex);
        return new Explanation(doc.code(), doc.version(), ex.steps());
    }

    private static StringBuilder join(StringBuilder b, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            double d = values[i];
            // integers without ".0"; -0.0 keeps its sign (it shows as "-0.0" among the inputs read)
            if (d == Math.rint(d) && Math.abs(d) < 1e15 && Double.doubleToRawLongBits(d) != Long.MIN_VALUE) {
                b.append((long) d);
            } else {
                b.append(d);
            }
        }
        return b;
    }

    private static double[] numbers(String field) {
        if (field.isEmpty()) {
            return new double[0];
        }
        String[] parts = field.split(",", -1);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i]);
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
