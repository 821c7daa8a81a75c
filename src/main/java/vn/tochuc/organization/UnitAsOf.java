package vn.tochuc.organization;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A unit as it stood on a date: its version's attributes, level and validity, and its locality if any. */
public record UnitAsOf(
        OrgDirectory.UnitRef ref,
        int level,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable Long localityId) {

    public long id() {
        return ref.id();
    }

    public String name() {
        return ref.name();
    }
}
