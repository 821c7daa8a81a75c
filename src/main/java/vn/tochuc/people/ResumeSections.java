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
 * numbered single-valued items, then the tables (training, work history, family, salary, awards, discipline).
 * Sensitive sections are marked hidden when the reader may not see them.
 */
public final class ResumeSections {

    /** A table section; {@code hidden} when its content is sensitive and not shown to this reader. */
    public record Table(String title, List<String> headers, List<List<String>> rows, boolean hidden) {}

    private ResumeSections() {}

    public static List<String[]> items(PersonFile f) {
        Person p = f.person();
        var o = p.origin();
        var e = p.education();
        var pa = p.party();
        var c = p.career();
        var h = p.health();
        boolean sens = f.sensitiveVisible();
        List<String[]> list = new ArrayList<>();
        list.add(item(
                "1) Họ và tên khai sinh (viết chữ in hoa):", p.fullName().toUpperCase(Locale.forLanguageTag("vi"))));
        list.add(item("2) Tên gọi khác:", s(p.otherNames())));
        list.add(item(
                "3) Sinh ngày:",
                d(p.dateOfBirth()) + "     Giới tính (nam, nữ): " + p.sex().label()));
        list.add(item("4) Nơi sinh:", ResumeText.locality(o.birthplace(), f.birthplaceToday())));
        list.add(item("5) Quê quán:", ResumeText.locality(o.hometown(), f.hometownToday())));
        list.add(item("6) Dân tộc:", o.ethnicity() + "     7) Tôn giáo: " + (sens ? o.religion() : ResumeText.HIDDEN)));
        list.add(item("8) Nơi đăng ký hộ khẩu thường trú:", s(o.permanentResidence())));
        list.add(item("9) Nơi ở hiện nay:", s(o.currentAddress())));
        list.add(item("10) Nghề nghiệp khi được tuyển dụng:", s(c.occupationAtRecruitment())));
        list.add(item(
                "11) Ngày tuyển dụng:",
                d(c.recruitmentDate()) + "     Vào cơ quan nào, ở đâu: " + s(c.recruitingOrg())));
        list.add(item("12) Chức vụ (chức danh) hiện tại:", s(p.currentPosition()) + " — " + s(f.unitName())));
        list.add(item("13) Công việc chính được giao:", s(c.mainDuties())));
        list.add(item("14) Ngạch công chức, bậc lương, hệ số:", currentSalary(f)));
        list.add(item("15.1) Trình độ giáo dục phổ thông:", s(e.general())));
        list.add(item(
                "15.2) Trình độ chuyên môn cao nhất:",
                (e.professionalLevel() == Levels.Professional.NONE
                                ? ""
                                : e.professionalLevel().label()) + " " + s(e.professionalField())));
        list.add(item(
                "15.3) Lý luận chính trị:",
                e.theory().label() + "     15.4) Quản lý nhà nước: "
                        + e.stateMgmt().label()));
        list.add(item(
                "15.5) Ngoại ngữ:",
                (s(e.languageName()) + " "
                                        + (e.foreignLanguage() == Levels.ForeignLanguage.NONE
                                                ? ""
                                                : e.foreignLanguage().label()))
                                .strip()
                        + "     15.6) Tin học: "
                        + (e.itLevel() == Levels.It.NONE ? "" : e.itLevel().label())));
        list.add(item(
                "16) Ngày vào Đảng Cộng sản Việt Nam:",
                d(pa.joinDate()) + "     Ngày chính thức: " + d(pa.officialDate())
                        + (pa.organization() == null ? "" : "     Tổ chức đảng: " + pa.organization())));
        list.add(item("17) Ngày tham gia tổ chức chính trị - xã hội:", d(pa.massOrgJoinDate())));
        list.add(item(
                "18) Ngày nhập ngũ:",
                d(pa.enlistDate()) + "     Ngày xuất ngũ: " + d(pa.dischargeDate()) + "     Quân hàm cao nhất: "
                        + s(pa.militaryRank())));
        list.add(item("19) Danh hiệu được phong tặng cao nhất:", s(pa.highestTitle())));
        list.add(item("20) Sở trường công tác:", s(c.strengths())));
        list.add(item(
                "23) Tình trạng sức khỏe:",
                sens
                        ? s(h.status()) + "     Chiều cao: " + s(h.heightCm()) + " cm     Cân nặng: " + s(h.weightKg())
                                + " kg     Nhóm máu: " + s(h.bloodType())
                        : ResumeText.HIDDEN));
        list.add(item(
                "24) Là thương binh hạng:",
                sens
                        ? s(c.warInvalidGrade()) + "     Là con gia đình chính sách: " + s(c.policyFamily())
                        : ResumeText.HIDDEN));
        list.add(item("25) Số CCCD:", s(p.idNumber()) + "     Ngày cấp: " + d(p.idIssuedOn())));
        list.add(item("26) Số sổ BHXH:", sens ? s(c.socialInsuranceNo()) : ResumeText.HIDDEN));
        list.add(item("29) Đặc điểm lịch sử bản thân:", sens ? s(p.personalHistory()) : ResumeText.HIDDEN));
        list.add(item("32) Nhận xét, đánh giá của cơ quan, đơn vị quản lý và sử dụng:", s(p.orgAssessment())));
        return list;
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
        return a == null || a.isBlank() ? s(b) : b == null || b.isBlank() ? s(a) : s(a) + "; " + s(b);
    }

    private static String[] item(String label, String value) {
        return new String[] {label, value};
    }
}
