package vn.tochuc.people;

import java.util.List;
import java.util.Random;

/**
 * Vietnamese name components with their approximate shares in the population. Surname shares follow the commonly
 * cited estimates (Nguyễn about 38%, Trần 11%, Lê 9.5%, Phạm 7%, Hoàng/Huỳnh 5%, Phan 4.5%, Vũ/Võ 3.9%, Đặng 2.1%,
 * Bùi 2%, Đỗ 1.4%, Hồ 1.3%, Ngô 1.3%, Dương 1%, Lý 0.5%); middle and given names are weighted by how common they
 * are among people born 1965–2000, separately for men and women.
 */
final class NameFrequencies {

    record Weighted(List<String> values, double[] cumulative) {

        static Weighted of(Object... pairs) {
            List<String> values = new java.util.ArrayList<>();
            double[] cum = new double[pairs.length / 2];
            double total = 0;
            for (int i = 0; i < pairs.length; i += 2) {
                values.add((String) pairs[i]);
                total += ((Number) pairs[i + 1]).doubleValue();
                cum[i / 2] = total;
            }
            for (int i = 0; i < cum.length; i++) {
                cum[i] /= total;
            }
            return new Weighted(List.copyOf(values), cum);
        }

        String pick(Random r) {
            double x = r.nextDouble();
            int i = java.util.Arrays.binarySearch(cumulative, x);
            return values.get(Math.min(i < 0 ? -i - 1 : i, values.size() - 1));
        }
    }

    static final Weighted SURNAMES = Weighted.of(
            "Nguyễn", 38.4, "Trần", 11.0, "Lê", 9.5, "Phạm", 7.0, "Hoàng", 3.0, "Huỳnh", 2.1, "Phan", 4.5, "Vũ", 2.0,
            "Võ", 1.9, "Đặng", 2.1, "Bùi", 2.0, "Đỗ", 1.4, "Hồ", 1.3, "Ngô", 1.3, "Dương", 1.0, "Lý", 0.5, "Đinh", 0.6,
            "Trương", 0.6, "Đoàn", 0.5, "Lương", 0.4, "Mai", 0.4, "Cao", 0.4, "Lâm", 0.4, "Hà", 0.4, "Tạ", 0.3, "Trịnh",
            0.4, "Phùng", 0.2, "Tô", 0.2, "Châu", 0.2, "Quách", 0.1, "Thái", 0.1, "Khổng", 0.05, "Ông", 0.05, "Âu",
            0.05, "Lưu", 0.5, "Kiều", 0.3, "Nông", 0.5, "Hứa", 0.3, "Triệu", 0.4, "La", 0.3, "Lò", 0.3, "Giáp", 0.2,
            "Chu", 0.3, "Từ", 0.2, "Vương", 0.3, "Mạc", 0.2, "Tăng", 0.2, "Thân", 0.2, "Khúc", 0.1, "Bạch", 0.1, "Lục",
            0.1, "Đàm", 0.3, "Hầu", 0.1, "Lã", 0.1);

    static final Weighted MALE_MIDDLE = Weighted.of(
            "Văn",
            40,
            "Đức",
            8,
            "Minh",
            8,
            "Hữu",
            6,
            "Quốc",
            5,
            "Công",
            5,
            "Thanh",
            4,
            "Ngọc",
            3,
            "Xuân",
            3,
            "Quang",
            4,
            "Anh",
            3,
            "Tuấn",
            2,
            "Trọng",
            3,
            "Đình",
            4,
            "Mạnh",
            2,
            "Hoàng",
            2,
            "Thế",
            2,
            "Duy",
            2,
            "Văn Minh",
            1,
            "Hồng",
            1);

    static final Weighted FEMALE_MIDDLE = Weighted.of(
            "Thị", 55, "Ngọc", 7, "Thu", 6, "Thanh", 6, "Minh", 4, "Hồng", 4, "Kim", 3, "Phương", 3, "Thùy", 3, "Hải",
            2, "Bích", 2, "Mai", 2, "Diệu", 1, "Thị Thu", 2);

    static final Weighted MALE_GIVEN = Weighted.of(
            "Hùng", 5, "Dũng", 5, "Tuấn", 5, "Minh", 4, "Hải", 4, "Nam", 4, "Sơn", 4, "Long", 4, "Thắng", 3, "Cường", 3,
            "Quang", 3, "Trung", 3, "Hiếu", 3, "Đức", 3, "Thành", 4, "Tùng", 3, "Phong", 2, "Bình", 3, "Hưng", 3, "Huy",
            3, "Khánh", 2, "Lâm", 2, "Toàn", 2, "Việt", 2, "Vinh", 2, "Tâm", 2, "Hoàng", 2, "Anh", 4, "Quân", 2,
            "Chính", 1, "Phúc", 2, "Thái", 1, "Lực", 1, "Kiên", 1, "Đạt", 2, "Nghĩa", 2, "Thịnh", 1, "Tiến", 2, "Ánh",
            0.3, "An", 1);

    static final Weighted FEMALE_GIVEN = Weighted.of(
            "Hương", 5, "Lan", 4, "Hoa", 4, "Linh", 5, "Trang", 5, "Thảo", 4, "Hà", 4, "Mai", 4, "Hằng", 4, "Nga", 3,
            "Ngọc", 3, "Thủy", 3, "Phương", 4, "Dung", 3, "Huyền", 3, "Anh", 4, "Yến", 3, "Oanh", 2, "Nhung", 2, "Hạnh",
            3, "Thu", 3, "Loan", 2, "Vân", 2, "Chi", 2, "Giang", 2, "Liên", 2, "Hiền", 3, "Thúy", 2, "Ánh", 1, "An", 1,
            "Ngân", 2, "Quỳnh", 2);

    static final Weighted ETHNICITY = Weighted.of(
            "Kinh",
            85.3,
            "Tày",
            1.9,
            "Thái",
            1.9,
            "Mường",
            1.5,
            "Khmer",
            1.4,
            "Hoa",
            0.8,
            "Nùng",
            1.1,
            "H'Mông",
            1.4,
            "Dao",
            0.9,
            "Gia Rai",
            0.5,
            "Ê Đê",
            0.4,
            "Ba Na",
            0.3,
            "Chăm",
            0.2,
            "Sán Dìu",
            0.2,
            "Cơ Tu",
            0.1,
            "Bru - Vân Kiều",
            0.1);

    static final Weighted RELIGION = Weighted.of(
            "Không", 86, "Phật giáo", 7, "Công giáo", 5.5, "Tin lành", 0.8, "Cao Đài", 0.4, "Phật giáo Hòa Hảo", 0.3);

    private NameFrequencies() {}
}
