package vn.tochuc.people;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.organization.UnitAsOf;

/**
 * A unit a generated post may be held in, with its lifetime (its versions, oldest first), so a generated career
 * holds posts only in units in force at the time, under the name the unit bore then.
 */
record UnitSpan(long id, String kind, List<UnitAsOf> versions) {

    /** A unit with no known history: in force always, under its current name (benchmark loads). */
    static UnitSpan always(OrgDirectory.UnitRef ref) {
        return new UnitSpan(ref.id(), ref.kind(), List.of(new UnitAsOf(ref, 1, LocalDate.MIN, null, null)));
    }

    LocalDate from() {
        return versions.get(0).validFrom();
    }

    /** The first day it is no longer in force, or null while in force. */
    @Nullable
    LocalDate to() {
        return versions.get(versions.size() - 1).validTo();
    }

    boolean inForceOn(LocalDate d) {
        return !from().isAfter(d) && (to() == null || to().isAfter(d));
    }

    /** The name it bore on the date (its first name before it existed, its last after it ended). */
    String nameOn(LocalDate d) {
        for (UnitAsOf v : versions) {
            if (!v.validFrom().isAfter(d) && (v.validTo() == null || v.validTo().isAfter(d))) {
                return v.ref().name();
            }
        }
        return versions.get(d.isBefore(from()) ? 0 : versions.size() - 1).ref().name();
    }

    /** A Party organization (đảng bộ, chi bộ) itself, rather than a body whose members meet in its chi bộ. */
    boolean partyOrganization() {
        return kind.startsWith("DANG_BO") || kind.equals("CHI_BO");
    }
}
