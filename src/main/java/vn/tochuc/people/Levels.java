package vn.tochuc.people;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        String k = " " + VietnameseText.fold(typed).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
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

    static @Nullable StateMgmt stateMgmt(String typed) {
        return parse(typed, StateMgmt.values());
    }

    private static <E extends Enum<E>> @Nullable E parse(String typed, E[] values) {
        String k = key(typed);
        for (E e : values) {
            String label = e instanceof Theory t
                    ? t.label()
                    : e instanceof Professional pr ? pr.label() : ((StateMgmt) e).label();
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
