package vn.tochuc.evaluation;

import java.util.List;
import vn.tochuc.shared.Texts;

/**
 * The checks the rule pack's compilers and readers share (the pack, its items, its stored explanations): each
 * calls these, so {@link PackCompiler} calls {@link ItemCompiler} and never the other way (issue 12, point 6).
 */
final class PackChecks {

    private PackChecks() {}

    /** Refuses the pack with {@code message} unless {@code ok}. */
    static void require(boolean ok, String message) {
        if (!ok) {
            throw new EvaluationInputException(message);
        }
    }

    /** The list, empty when absent; a null element is refused (a pack with a hole is not a pack). */
    static <T> List<T> nullSafe(List<T> list) {
        if (list == null) {
            return List.of();
        }
        for (T t : list) {
            require(t != null, Texts.t("eval.pack.nullElement"));
        }
        return list;
    }
}
