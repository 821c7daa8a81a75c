package vn.tochuc.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.tochuc.shared.VietnameseText;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;

/**
 * The add/edit forms of the list sections of Mẫu 2C (training, work history, awards, discipline, family,
 * salary): which inputs each section has, and the parse of what was typed into an entry, refused whole with a
 * Vietnamese sentence naming the item and the rule. Field names are the {@link PersonEntry} columns.
 */
public final class EntryForm {

    /** One input: column name, HTML input type, whether it must be filled, and its Vietnamese label. */
    public record Field(String name, String type, boolean required, String label) {}

    /** The sections as they appear in URLs, in page order; "work" is the work history (assignments). */
    static final List<String> SECTIONS = List.of("work", "training", "award", "discipline", "family", "salary");

    private static final Map<String, List<Field>> FIELDS = Map.of(
            "work",
                    List.of(
                            date("from", true, "Từ ngày"),
                            date("to", true, "Đến ngày"),
                            text("title", true, "Chức vụ (chức danh)"),
                            text("body", true, "Cơ quan, đơn vị"),
                            text("detail", false, "Vị trí việc làm")),
            "training",
                    List.of(
                            date("from", true, "Từ ngày"),
                            date("to", false, "Đến ngày"),
                            text("title", true, "Tên trường"),
                            text("detail", false, "Chuyên ngành"),
                            text("body", false, "Hình thức đào tạo"),
                            text("extra", false, "Văn bằng, chứng chỉ")),
            "award",
                    List.of(
                            date("from", true, "Ngày quyết định"),
                            text("title", true, "Hình thức khen thưởng"),
                            text("body", true, "Cấp quyết định"),
                            text("detail", false, "Lý do")),
            "discipline",
                    List.of(
                            date("from", true, "Ngày quyết định"),
                            text("title", true, "Hình thức kỷ luật"),
                            text("body", true, "Cấp quyết định"),
                            new Field("year", "number", true, "Tính cho năm"),
                            text("detail", false, "Lý do")),
            "family",
                    List.of(
                            text("title", true, "Mối quan hệ"),
                            text("detail", true, "Họ và tên"),
                            new Field("year", "number", false, "Năm sinh"),
                            new Field("code", "side", true, "Bên"),
                            text("body", false, "Nghề nghiệp"),
                            text("extra", false, "Quê quán, nơi ở")),
            "salary",
                    List.of(
                            date("from", true, "Từ tháng/năm"),
                            text("title", true, "Ngạch"),
                            text("code", false, "Mã ngạch"),
                            new Field("year", "number", true, "Bậc"),
                            new Field("amount", "text", true, "Hệ số lương")));

    private EntryForm() {}

    public static List<Field> fields(String section) {
        return FIELDS.getOrDefault(section, List.of());
    }

    /** The section if Mẫu 2C has it, else a 400 naming it. */
    static String requireSection(String section) {
        if (!SECTIONS.contains(section)) {
            throw new BadInputException("Không có mục \"" + section + "\" trong hồ sơ Mẫu 2C.");
        }
        return section;
    }

    static PersonEntry.Kind kind(String section) {
        if (requireSection(section).equals("work")) {
            throw new BadInputException("Không có mục \"" + section + "\" trong hồ sơ Mẫu 2C.");
        }
        return PersonEntry.Kind.valueOf(section.toUpperCase(java.util.Locale.ROOT));
    }

    static String section(PersonEntry.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses an entry of a list section (not "work"); {@code today} bounds the dates. */
    static PersonEntry parse(String section, Map<String, String> typed, LocalDate today) {
        PersonEntry.Kind kind = kind(section);
        Values v = new Values(section, typed, today);
        LocalDate from = v.date("from");
        LocalDate to = v.date("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadInputException("Ngày kết thúc (" + VnFormats.date(to) + ") không được trước ngày bắt đầu ("
                    + VnFormats.date(from) + ").");
        }
        Integer year = v.year(kind);
        String code = v.text("code");
        if (kind == PersonEntry.Kind.FAMILY && !List.of("SELF", "SPOUSE").contains(code)) {
            throw new BadInputException("Bên: chọn \"bên bản thân\" hoặc \"bên vợ (chồng)\".");
        }
        return PersonEntry.of(
                kind,
                from,
                to,
                v.required("title"),
                v.text("detail"),
                v.text("body"),
                code,
                v.amount(),
                year,
                v.text("extra"));
    }

    /** Parses a past (closed) post of the work history: unit by name as it was then, from and to required. */
    static Assignment parseWork(Map<String, String> typed, long personId, long unitId, LocalDate today) {
        Values v = new Values("work", typed, today);
        LocalDate from = v.date("from");
        LocalDate to = v.date("to");
        if (from == null || to == null || to.isBefore(from)) {
            throw new BadInputException("Quá trình công tác: \"đến ngày\" phải từ \"từ ngày\" trở về sau.");
        }
        return new Assignment(
                0,
                personId,
                unitId,
                v.required("body"),
                v.required("title"),
                v.text("detail"),
                false,
                from,
                to,
                null,
                false);
    }

    /** The value of a field of an entry, as the form shows it. */
    public static String value(PersonEntry e, String field) {
        return switch (field) {
            case "from" -> ResumeText.d(e.from());
            case "to" -> ResumeText.d(e.to());
            case "title" -> e.title();
            case "detail" -> ResumeText.s(e.detail());
            case "body" -> ResumeText.s(e.body());
            case "code" -> ResumeText.s(e.code());
            case "amount" -> e.amount() == null ? "" : VnFormats.number(e.amount(), 2);
            case "year" -> e.year() == null ? "" : String.valueOf(e.year());
            default -> ResumeText.s(e.extra());
        };
    }

    public static String value(Assignment a, String field) {
        return switch (field) {
            case "from" -> ResumeText.d(a.from());
            case "to" -> ResumeText.d(a.to());
            case "title" -> a.positionTitle();
            case "body" -> a.unitName();
            default -> ResumeText.s(a.jobPosition());
        };
    }

    private static Field date(String name, boolean required, String label) {
        return new Field(name, "date", required, label);
    }

    private static Field text(String name, boolean required, String label) {
        return new Field(name, "text", required, label);
    }

    /** The typed values of one section, each read with its rule. */
    private record Values(String section, Map<String, String> typed, LocalDate today) {

        @Nullable
        Field field(String name) {
            return fields(section).stream()
                    .filter(f -> f.name().equals(name))
                    .findFirst()
                    .orElse(null);
        }

        @Nullable
        String text(String name) {
            Field f = field(name);
            if (f == null) {
                return null;
            }
            String s = VietnameseText.nfc(typed.getOrDefault(name, "")).strip();
            if (s.isEmpty()) {
                if (f.required()) {
                    throw new BadInputException(f.label() + ": chưa nhập (bắt buộc).");
                }
                return null;
            }
            int max = name.equals("detail") ? 500 : 255;
            if (s.length() > max) {
                throw new BadInputException(f.label() + ": dài quá " + max + " ký tự.");
            }
            return s;
        }

        String required(String name) {
            String s = text(name);
            return s == null ? "" : s;
        }

        @Nullable
        LocalDate date(String name) {
            String s = text(name);
            if (s == null) {
                return null;
            }
            LocalDate d;
            try {
                d = VnFormats.parseDate(s);
            } catch (VnFormats.InvalidDateException e) {
                throw new BadInputException(label(name) + ": " + e.getMessage());
            }
            if (d.isAfter(today) || d.getYear() < 1900) {
                throw new BadInputException(
                        label(name) + ": ngày " + VnFormats.date(d) + " phải trong khoảng từ năm 1900 đến hôm nay.");
            }
            return d;
        }

        @Nullable
        Integer year(PersonEntry.Kind kind) {
            String s = text("year");
            if (s == null) {
                return null;
            }
            int min = kind == PersonEntry.Kind.SALARY ? 1 : 1900;
            int max = kind == PersonEntry.Kind.SALARY ? 20 : today.getYear() + 1;
            try {
                int y = Integer.parseInt(s);
                if (y >= min && y <= max) {
                    return y;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new BadInputException(
                    label("year") + ": \"" + s + "\" phải là số nguyên từ " + min + " đến " + max + ".");
        }

        @Nullable
        BigDecimal amount() {
            String s = text("amount");
            if (s == null) {
                return null;
            }
            BigDecimal a;
            try {
                a = VnFormats.parseNumber(s);
            } catch (VnFormats.InvalidNumberException e) {
                throw new BadInputException(label("amount") + ": " + e.getMessage());
            }
            if (a.signum() <= 0 || a.compareTo(BigDecimal.valueOf(20)) > 0) {
                throw new BadInputException(label("amount") + ": phải lớn hơn 0 và không quá 20.");
            }
            return a;
        }

        private String label(String name) {
            Field f = field(name);
            return f == null ? name : f.label();
        }
    }
}
