package vn.tochuc.people;

import java.time.LocalDate;
import java.util.Optional;

/** Whole-record rules checked before any save, with the Vietnamese sentence shown to the user. */
final class PersonValidation {

    private PersonValidation() {}

    static Optional<String> check(Person p) {
        if (p.name().given().isBlank() || p.name().surname().isBlank()) {
            return Optional.of("Họ và tên phải có ít nhất họ và tên.");
        }
        LocalDate today = LocalDate.now(vn.tochuc.shared.VnFormats.VIETNAM);
        if (p.dateOfBirth().isAfter(today.minusYears(15)) || p.dateOfBirth().isBefore(LocalDate.of(1900, 1, 1))) {
            return Optional.of("Ngày sinh " + vn.tochuc.shared.VnFormats.date(p.dateOfBirth())
                    + " không hợp lệ: người khai phải từ 15 tuổi và sinh sau năm 1900.");
        }
        if (p.idNumber() != null) {
            Optional<String> cccd = Cccd.problem(p.idNumber(), p.dateOfBirth(), p.sex());
            if (cccd.isPresent()) {
                return cccd;
            }
        }
        if (Levels.ethnicity(p.origin().ethnicity()) == null) {
            return Optional.of("Dân tộc \"" + p.origin().ethnicity() + "\" không có trong danh mục 54 dân tộc.");
        }
        if (p.origin().religion().isBlank()) {
            return Optional.of("Tôn giáo phải ghi rõ, ghi \"Không\" nếu không theo tôn giáo nào.");
        }
        var party = p.party();
        if (party.officialDate() != null
                && (party.joinDate() == null || party.officialDate().isBefore(party.joinDate()))) {
            return Optional.of("Ngày chính thức vào Đảng phải sau ngày vào Đảng.");
        }
        if (party.joinDate() != null
                && party.joinDate().isBefore(p.dateOfBirth().plusYears(18))) {
            return Optional.of("Ngày vào Đảng phải từ khi đủ 18 tuổi.");
        }
        return Optional.empty();
    }
}
