package vn.tochuc.evaluation;

/**
 * The compiled form of a CEL formula: a tree of closures over a {@code double[]} of input slots, built
 * once when a criteria set is compiled and then evaluated millions of times without allocation.
 * Booleans are represented as 1.0 / 0.0 so that one interface covers every node.
 */
@FunctionalInterface
interface FastExpr {

    double eval(double[] slots);

    default boolean test(double[] slots) {
        return eval(slots) != 0.0;
    }

    static FastExpr constant(double value) {
        return v -> value;
    }

    static FastExpr slot(int index) {
        return v -> v[index];
    }
}
