package vn.tochuc.people;

import java.time.LocalDate;
import java.util.Optional;
import vn.tochuc.shared.Texts;

/** Whole-record rules checked before any save, with the Vietnamese sentence shown to the user. */
final class PersonValidation {

    private PersonValidation() {}

    static Optional<String> check(Person p) {
        if (p.name().given().isBlank() || p.name().surname().isBlank()) {
            return Optional.of(Texts.t("people.err.name"));
        }
        LocalDate today = LocalDate.now(vn.tochuc.shared.VnFormats.VIETNAM);
        if (p.dateOfBirth().isAfter(today.minusYears(15)) || p.dateOfBirth().isBefore(LocalDate.of(1900, 1, 1))) {
            return Optional.of(Texts.t("people.err.dob", vn.tochuc.shared.VnFormats.date(p.dateOfBirth())));
        }
        if (p.idNumber() != null) {
            Optional<String> cccd = Cccd.problem(p.idNumber(), p.dateOfBirth(), p.sex());
            if (cccd.isPresent()) {
                return cccd;
            }
        }
        if (Levels.ethnicity(p.origin().ethnicity()) == null) {
            return Optional.of(Texts.t("people.err.ethnicityNamed", p.origin().ethnicity()));
        }
        if (p.origin().religion().isBlank()) {
            return Optional.of(Texts.t("people.err.religion"));
        }
        var party = p.party();
        if (party.officialDate() != null
                && (party.joinDate() == null || party.officialDate().isBefore(party.joinDate()))) {
            return Optional.of(Texts.t("people.err.partyOfficial"));
        }
        if (party.joinDate() != null
                && party.joinDate().isBefore(p.dateOfBirth().plusYears(18))) {
            return Optional.of(Texts.t("people.err.partyAge"));
        }
        return Optional.empty();
    }
}
