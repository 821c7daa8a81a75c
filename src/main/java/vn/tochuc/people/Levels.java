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

    static @Nullable StateMgmt stateMgmt(String typed) {
        return parse(typed, StateMgmt.values());
    }

    private static <E extends Enum<E>> @Nullable E parse(String typed, E[] values) {
        String k = key(typed);
        for (E e : values) {
            String label = e instanceof Theory t ? t.label() : ((StateMgmt) e).label();
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
