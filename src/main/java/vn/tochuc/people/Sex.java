package vn.tochuc.people;

/** Giới tính as recorded on the résumé. */
public enum Sex {
    M("Nam"),
    F("Nữ");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Sex parse(String text) {
        String t = vn.tochuc.shared.VietnameseText.fold(text);
        return switch (t) {
            case "nam", "m", "male" -> M;
            case "nu", "f", "female" -> F;
            default -> throw new IllegalArgumentException("Giới tính phải là Nam hoặc Nữ.");
        };
    }
}
