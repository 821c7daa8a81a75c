package vn.tochuc.evaluation;

/**
 * The four grades shared by Party and State rules (EVAL-01), from the lowest to the highest, so that
 * "the lowest of" (§1.7) is {@link #min}. KPI-02's A/B/C/D map to them one to one.
 */
public enum Grade {
    KHTNV("Không hoàn thành nhiệm vụ", "D"),
    HTNV("Hoàn thành nhiệm vụ", "C"),
    HTTNV("Hoàn thành tốt nhiệm vụ", "B"),
    HTXSNV("Hoàn thành xuất sắc nhiệm vụ", "A");

    private final String label;
    private final String letter;

    Grade(String label, String letter) {
        this.label = label;
        this.letter = letter;
    }

    public String label() {
        return label;
    }

    /** The letter of monthly KPI models (KPI-02: A, B, C, D). */
    public String letter() {
        return letter;
    }

    public static Grade min(Grade a, Grade b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    public boolean atLeast(Grade other) {
        return ordinal() >= other.ordinal();
    }
}
