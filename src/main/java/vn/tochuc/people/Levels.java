package vn.tochuc.people;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.tochuc.shared.VietnameseText;

/**
 * Code lists of the résumé: political theory (lý luận chính trị, QĐ 350-QĐ/TW levels), state management
 * (quản lý nhà nước), and the 54 ethnic groups of the official list (Quyết định 121-TCTK/PPCĐ, 1979).
 */
public final class Levels {

    /** Lý luận chính trị, in increasing order. */
    public enum Theory {
        NONE("Chưa qua đào tạo"),
        SO_CAP("Sơ cấp"),
        TRUNG_CAP("Trung cấp"),
        CAO_CAP("Cao cấp"),
        CU_NHAN("Cử nhân");

        private final String label;

        Theory(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Quản lý nhà nước, by the rank of the programme. */
    public enum StateMgmt {
        NONE("Chưa qua bồi dưỡng"),
        CHUYEN_VIEN("Chuyên viên"),
        CHUYEN_VIEN_CHINH("Chuyên viên chính"),
        CHUYEN_VIEN_CAO_CAP("Chuyên viên cao cấp");

        private final String label;

        StateMgmt(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Trình độ chuyên môn cao nhất (item 15.2 of Mẫu 2C), by the level of the diploma (Luật Giáo dục 2019, Luật Giáo
     * dục nghề nghiệp 2014), in increasing order; the field of study is kept apart ({@code professionalField}).
     */
    public enum Professional {
        NONE,
        SO_CAP,
        TRUNG_CAP,
        CAO_DANG,
        DAI_HOC,
        THAC_SI,
        TIEN_SI;

        /** The Vietnamese name (message key {@code professionalLevel.<code>}), as records and documents print it. */
        public String label() {
            return vn.tochuc.shared.Texts.vi("professionalLevel." + name());
        }

        public boolean atLeast(Professional other) {
            return ordinal() >= other.ordinal();
        }
    }

    /**
     * Trình độ ngoại ngữ (item 15.5 of Mẫu 2C), by the six-level framework for Vietnam (Khung năng lực ngoại ngữ 6
     * bậc, Thông tư 01/2014/TT-BGDĐT; bậc 1–6 match CEFR A1–C2), in increasing order. The language itself is kept
     * apart ({@code languageName}). The old certificates A, B, C are not equivalent to any level by law, so they
     * are not mapped.
     */
    public enum ForeignLanguage {
        NONE,
        BAC_1,
        BAC_2,
        BAC_3,
        BAC_4,
        BAC_5,
        BAC_6;

        /** The Vietnamese name (message key {@code foreignLanguage.<code>}), as records and documents print it. */
        public String label() {
            return vn.tochuc.shared.Texts.vi("foreignLanguage." + name());
        }

        public boolean atLeast(ForeignLanguage other) {
            return ordinal() >= other.ordinal();
        }
    }

    /**
     * Trình độ tin học (item 15.6 of Mẫu 2C), by the IT skills standard (Chuẩn kỹ năng sử dụng CNTT, Thông tư
     * 03/2014/TT-BTTTT): basic or advanced, in increasing order.
     */
    public enum It {
        NONE,
        CO_BAN,
        NANG_CAO;

        /** The Vietnamese name (message key {@code itLevel.<code>}), as records and documents print it. */
        public String label() {
            return vn.tochuc.shared.Texts.vi("itLevel." + name());
        }

        public boolean atLeast(It other) {
            return ordinal() >= other.ordinal();
        }
    }

    public static final List<String> ETHNICITIES = List.of(
            "Kinh",
            "Tày",
            "Thái",
            "Mường",
            "Khmer",
            "Hoa",
            "Nùng",
            "H'Mông",
            "Dao",
            "Gia Rai",
            "Ê Đê",
            "Ba Na",
            "Sán Chay",
            "Chăm",
            "Cơ Ho",
            "Xơ Đăng",
            "Sán Dìu",
            "Hrê",
            "Ra Glai",
            "Mnông",
            "Thổ",
            "Stiêng",
            "Khơ mú",
            "Bru - Vân Kiều",
            "Cơ Tu",
            "Giáy",
            "Tà Ôi",
            "Mạ",
            "Giẻ-Triêng",
            "Co",
            "Chơ Ro",
            "Xinh Mun",
            "Hà Nhì",
            "Chu Ru",
            "Lào",
            "Kháng",
            "La Chí",
            "Phù Lá",
            "La Hủ",
            "La Ha",
            "Pà Thẻn",
            "Chứt",
            "Lự",
            "Lô Lô",
            "Mảng",
            "Cờ Lao",
            "Bố Y",
            "Cống",
            "Ngái",
            "Si La",
            "Pu Péo",
            "Rơ măm",
            "Brâu",
            "Ơ Đu");

    private static final Map<String, String> ETHNICITY_BY_FOLD =
            ETHNICITIES.stream().collect(Collectors.toMap(Levels::key, e -> e));

    private Levels() {}

    /** The official spelling of an ethnicity typed any way ("kinh", "H’Mông", "hmong"), or null. */
    static @Nullable String ethnicity(String typed) {
        return ETHNICITY_BY_FOLD.get(key(typed));
    }

    /** The level typed by code or label ("Trung cấp", "trung cap", "TRUNG_CAP"), or null. */
    static @Nullable Theory theory(String typed) {
        return parse(typed, Theory.values());
    }

    /**
     * The diploma level typed by code or label ("Đại học", "dai hoc", "DAI_HOC"), or written as a diploma ("Cử nhân
     * Luật", "Kỹ sư xây dựng", "Thạc sỹ"), or null. Used where a level enters (the form, the import, the migration
     * of old text in people/V6); the rules compare the codes.
     */
    static @Nullable Professional professional(String typed) {
        Professional exact = parse(typed, Professional.values());
        if (exact != null) {
            return exact;
        }
        String k = words(typed);
        for (Map.Entry<Professional, List<String>> e : DIPLOMA_WORDS.entrySet()) {
            if (e.getValue().stream().anyMatch(w -> k.contains(" " + w + " "))) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Diploma words by level, highest first (a "Thạc sĩ, kỹ sư" is a master). */
    private static final Map<Professional, List<String>> DIPLOMA_WORDS = new java.util.LinkedHashMap<>(Map.of());

    static {
        DIPLOMA_WORDS.put(Professional.TIEN_SI, List.of("tien si", "tien sy", "tskh"));
        DIPLOMA_WORDS.put(Professional.THAC_SI, List.of("thac si", "thac sy"));
        DIPLOMA_WORDS.put(
                Professional.DAI_HOC,
                List.of("dai hoc", "cu nhan", "ky su", "bac si", "duoc si", "kien truc su", "luat su"));
        DIPLOMA_WORDS.put(Professional.CAO_DANG, List.of("cao dang"));
        DIPLOMA_WORDS.put(Professional.TRUNG_CAP, List.of("trung cap"));
        DIPLOMA_WORDS.put(Professional.SO_CAP, List.of("so cap"));
    }

    /**
     * The foreign-language level typed by code or name ("BAC_3", "Bậc 3 (B1)"), or written as free text with a
     * level of the framework ("Tiếng Anh B1", "tiếng Pháp bậc 4", "B2"), or null. An old certificate letter alone
     * ("Tiếng Anh B") is no level of the framework and gives null. Used where a level enters (the form, the
     * migration of old text in people/V7); the language name is kept apart.
     */
    static @Nullable ForeignLanguage foreignLanguage(String typed) {
        ForeignLanguage exact = parse(typed, ForeignLanguage.values());
        if (exact != null) {
            return exact;
        }
        String k = words(typed);
        Matcher bac = LANGUAGE_STEP.matcher(k);
        if (bac.find()) {
            return ForeignLanguage.values()[Integer.parseInt(bac.group(1))];
        }
        Matcher cefr = CEFR.matcher(k);
        if (cefr.find()) {
            int step = (cefr.group(1).charAt(0) - 'a') * 2 + Integer.parseInt(cefr.group(2));
            return ForeignLanguage.values()[step];
        }
        return null;
    }

    /** "bac 3", "bac 3/6", folded. */
    private static final Pattern LANGUAGE_STEP = Pattern.compile(" bac ([1-6])(?: 6)? ");

    /** A CEFR level standing alone: "b1", "c2", folded. */
    private static final Pattern CEFR = Pattern.compile(" ([abc])([12]) ");

    /**
     * The IT level typed by code or name ("CO_BAN", "Ứng dụng CNTT cơ bản"), or written as free text saying basic
     * or advanced ("Cơ bản", "Tin học nâng cao"), or null. Used where a level enters (the form, the migration of
     * old text in people/V7).
     */
    static @Nullable It it(String typed) {
        It exact = parse(typed, It.values());
        if (exact != null) {
            return exact;
        }
        String k = words(typed);
        if (k.contains(" nang cao ")) {
            return It.NANG_CAO;
        }
        if (k.contains(" co ban ")) {
            return It.CO_BAN;
        }
        return null;
    }

    /** Folded, lower-case words separated by single spaces, with a space at each end. */
    private static String words(String typed) {
        return " "
                + VietnameseText.fold(typed)
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", " ")
                        .strip() + " ";
    }

    static @Nullable StateMgmt stateMgmt(String typed) {
        return parse(typed, StateMgmt.values());
    }

    private static <E extends Enum<E>> @Nullable E parse(String typed, E[] values) {
        String k = key(typed);
        for (E e : values) {
            String label = e instanceof Theory t
                    ? t.label()
                    : e instanceof Professional pr
                            ? pr.label()
                            : e instanceof ForeignLanguage fl
                                    ? fl.label()
                                    : e instanceof It it ? it.label() : ((StateMgmt) e).label();
            if (key(e.name()).equals(k) || key(label).equals(k)) {
                return e;
            }
        }
        return null;
    }

    private static String key(String s) {
        return VietnameseText.fold(s).replaceAll("[^a-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
