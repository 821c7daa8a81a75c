package vn.tochuc.people;

import static vn.tochuc.people.ResumeText.d;
import static vn.tochuc.people.ResumeText.m;
import static vn.tochuc.people.ResumeText.period;
import static vn.tochuc.people.ResumeText.s;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tochuc.shared.VnFormats;

/**
 * The content of Mẫu 2C-BNV/2008 (domain-rules §8.1) for one person, once, for both the PDF and the print view:
 * numbered items, each sub-field (e.g. the sex beside the date of birth) a labelled field of its own, then the tables (training, work history, family, salary, awards, discipline).
 * Sensitive sections are marked hidden when the reader may not see them.
 */
public final class ResumeSections {

    /** A table section; {@code hidden} when its content is sensitive and not shown to this reader. */
    public record Table(String title, List<String> headers, List<List<String>> rows, boolean hidden) {}

    private ResumeSections() {}

    /**
     * One item of the form: its official number and label with its value, then its sub-fields (the form's own
     * labels, e.g. "Giới tính (nam, nữ):" beside "3) Sinh ngày:"), each with a label cell and a value cell.
     */
    public record Item(Field main, List<Field> subs) {

        /** The item's own field followed by its sub-fields, as rows of a label column and a value column. */
        public List<Field> fields() {
            List<Field> all = new ArrayList<>(subs.size() + 1);
            all.add(main);
            all.addAll(subs);
            return all;
        }
    }

    /** A labelled field; {@code sub} when it is a sub-field of the item above it. */
    public record Field(String label, String value, boolean sub) {}

    public static List<Item> items(PersonFile f) {
        Person p = f.person();
        var o = p.origin();
        var e = p.education();
        var pa = p.party();
        var c = p.career();
        var h = p.health();
        boolean sens = f.sensitiveVisible();
        List<Item> list = new ArrayList<>();
        list.add(item(
                "1) Họ và tên khai sinh (viết chữ in hoa):", p.fullName().toUpperCase(Locale.forLanguageTag("vi"))));
        list.add(item("2) Tên gọi khác:", s(p.otherNames())));
        list.add(item(
                "3) Sinh ngày:",
                d(p.dateOfBirth()),
                sub("Giới tính (nam, nữ):", p.sex().label())));
        list.add(locality("4) Nơi sinh:", o.birthplace(), f.birthplaceToday()));
        list.add(locality("5) Quê quán:", o.hometown(), f.hometownToday()));
        list.add(
                item("6) Dân tộc:", s(o.ethnicity()), sub("7) Tôn giáo:", sens ? s(o.religion()) : ResumeText.HIDDEN)));
        list.add(item("8) Nơi đăng ký hộ khẩu thường trú:", s(o.permanentResidence())));
        list.add(item("9) Nơi ở hiện nay:", s(o.currentAddress())));
        list.add(item("10) Nghề nghiệp khi được tuyển dụng:", s(c.occupationAtRecruitment())));
        list.add(item(
                "11) Ngày tuyển dụng:", d(c.recruitmentDate()), sub("Vào cơ quan nào, ở đâu:", s(c.recruitingOrg()))));
        list.add(item("12) Chức vụ (chức danh) hiện tại:", join(p.currentPosition(), f.unitName(), " — ")));
        list.add(item("13) Công việc chính được giao:", s(c.mainDuties())));
        list.add(item("14) Ngạch công chức, bậc lương, hệ số:", currentSalary(f)));
        list.add(item("15.1) Trình độ giáo dục phổ thông:", s(e.general())));
        list.add(item(
                "15.2) Trình độ chuyên môn cao nhất:",
                ((e.professionalLevel() == Levels.Professional.NONE
                                        ? ""
                                        : e.professionalLevel().label())
                                + " " + s(e.professionalField()))
                        .strip()));
        list.add(item("15.3) Lý luận chính trị:", e.theory().label()));
        list.add(item("15.4) Quản lý nhà nước:", e.stateMgmt().label()));
        list.add(item(
                "15.5) Ngoại ngữ:",
                (s(e.languageName()) + " "
                                + (e.foreignLanguage() == Levels.ForeignLanguage.NONE
                                        ? ""
                                        : e.foreignLanguage().label()))
                        .strip()));
        list.add(item(
                "15.6) Tin học:",
                e.itLevel() == Levels.It.NONE ? "" : e.itLevel().label()));
        list.add(item(
                "16) Ngày vào Đảng Cộng sản Việt Nam:",
                d(pa.joinDate()),
                sub("Ngày chính thức:", d(pa.officialDate())),
                sub("Tổ chức đảng:", s(pa.organization()))));
        list.add(item("17) Ngày tham gia tổ chức chính trị - xã hội:", d(pa.massOrgJoinDate())));
        list.add(item(
                "18) Ngày nhập ngũ:",
                d(pa.enlistDate()),
                sub("Ngày xuất ngũ:", d(pa.dischargeDate())),
                sub("Quân hàm cao nhất:", s(pa.militaryRank()))));
        list.add(item("19) Danh hiệu được phong tặng cao nhất:", s(pa.highestTitle())));
        list.add(item("20) Sở trường công tác:", s(c.strengths())));
        String health = "23) Tình trạng sức khỏe:";
        list.add(
                sens
                        ? item(
                                health,
                                s(h.status()),
                                sub("Chiều cao:", h.heightCm() == null ? "" : h.heightCm() + " cm"),
                                sub("Cân nặng:", h.weightKg() == null ? "" : h.weightKg() + " kg"),
                                sub("Nhóm máu:", s(h.bloodType())))
                        : item(health, ResumeText.HIDDEN));
        String invalid = "24) Là thương binh hạng:";
        list.add(
                sens
                        ? item(invalid, s(c.warInvalidGrade()), sub("Là con gia đình chính sách:", s(c.policyFamily())))
                        : item(invalid, ResumeText.HIDDEN));
        list.add(item("25) Số CCCD:", s(p.idNumber()), sub("Ngày cấp:", d(p.idIssuedOn()))));
        list.add(item("26) Số sổ BHXH:", sens ? s(c.socialInsuranceNo()) : ResumeText.HIDDEN));
        list.add(item("29) Đặc điểm lịch sử bản thân:", sens ? s(p.personalHistory()) : ResumeText.HIDDEN));
        list.add(item("32) Nhận xét, đánh giá của cơ quan, đơn vị quản lý và sử dụng:", s(p.orgAssessment())));
        return list;
    }

    /** A birthplace or hometown as written, and today's name (after a merger) as its own sub-field when it differs. */
    private static Item locality(String label, Person.Locality at, @org.jspecify.annotations.Nullable String today) {
        String name = s(at.name());
        if (today == null || today.equals(name) || name.isEmpty()) {
            return item(label, ResumeText.locality(at, today));
        }
        return item(label, name, sub(ResumeText.NOW_LABEL, today));
    }

    public static List<Table> tables(PersonFile f) {
        List<Table> list = new ArrayList<>();
        list.add(new Table(
                "21) Khen thưởng",
                List.of("Thời gian", "Hình thức", "Cấp quyết định", "Lý do"),
                f.entries(PersonEntry.Kind.AWARD).stream()
                        .map(e -> List.of(d(e.from()), e.title(), s(e.body()), s(e.detail())))
                        .toList(),
                false));
        list.add(new Table(
                "22) Kỷ luật",
                List.of("Thời gian", "Hình thức", "Cấp quyết định", "Tính cho năm", "Lý do"),
                f.entries(PersonEntry.Kind.DISCIPLINE).stream()
                        .map(e -> List.of(d(e.from()), e.title(), s(e.body()), s(e.year()), s(e.detail())))
                        .toList(),
                !f.sensitiveVisible()));
        list.add(new Table(
                "27) Đào tạo, bồi dưỡng về chuyên môn, nghiệp vụ, lý luận chính trị, ngoại ngữ, tin học",
                List.of(
                        "Tên trường",
                        "Chuyên ngành",
                        "Từ tháng, năm – đến tháng, năm",
                        "Hình thức",
                        "Văn bằng, chứng chỉ"),
                f.entries(PersonEntry.Kind.TRAINING).stream()
                        .map(e ->
                                List.of(e.title(), s(e.detail()), period(e.from(), e.to()), s(e.body()), s(e.extra())))
                        .toList(),
                false));
        list.add(new Table(
                "28) Tóm tắt quá trình công tác",
                List.of("Từ tháng, năm – đến tháng, năm", "Chức danh, chức vụ, đơn vị công tác"),
                f.assignments().stream()
                        .map(a -> List.of(
                                period(a.from(), a.to()),
                                a.positionTitle() + (a.concurrent() ? " (kiêm nhiệm)" : "") + ", " + a.unitName()))
                        .toList(),
                false));
        list.add(new Table(
                "30) Quan hệ gia đình",
                List.of("Mối quan hệ", "Họ và tên", "Năm sinh", "Quê quán, nghề nghiệp, nơi ở"),
                f.entries(PersonEntry.Kind.FAMILY).stream()
                        .map(e -> List.of(e.title(), s(e.detail()), s(e.year()), join(e.extra(), e.body())))
                        .toList(),
                !f.sensitiveVisible()));
        list.add(new Table(
                "31) Diễn biến quá trình lương",
                List.of("Tháng/năm", "Ngạch, mã ngạch", "Bậc", "Hệ số"),
                f.entries(PersonEntry.Kind.SALARY).stream()
                        .map(e -> List.of(
                                m(e.from()),
                                e.title() + " (" + s(e.code()) + ")",
                                s(e.year()),
                                e.amount() == null ? "" : VnFormats.number(e.amount(), 2)))
                        .toList(),
                false));
        return list;
    }

    private static String currentSalary(PersonFile f) {
        var salaries = f.entries(PersonEntry.Kind.SALARY);
        if (salaries.isEmpty()) {
            return "";
        }
        var e = salaries.get(salaries.size() - 1);
        return e.title() + ", mã ngạch " + s(e.code()) + ", bậc " + s(e.year()) + ", hệ số "
                + (e.amount() == null ? "" : VnFormats.number(e.amount(), 2)) + ", ngày hưởng " + d(e.from());
    }

    private static String join(
            @org.jspecify.annotations.Nullable String a, @org.jspecify.annotations.Nullable String b) {
        return join(a, b, "; ");
    }

    private static String join(
            @org.jspecify.annotations.Nullable String a, @org.jspecify.annotations.Nullable String b, String sep) {
        return a == null || a.isBlank() ? s(b) : b == null || b.isBlank() ? s(a) : s(a) + sep + s(b);
    }

    private static Item item(String label, String value, Field... subs) {
        return new Item(new Field(label, value, false), List.of(subs));
    }

    private static Field sub(String label, String value) {
        return new Field(label, value, true);
    }
}
