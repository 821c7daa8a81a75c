package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A restructuring event as pages and the API show it, with every unit's part in it. */
public record OrgEvent(
        long id,
        String tree,
        String type,
        LocalDate effectiveOn,
        String resolutionNo,
        LocalDate resolutionDate,
        @Nullable String description,
        String status,
        String createdBy,
        List<Party> parties) {

    public OrgEvent {
        parties = List.copyOf(parties);
    }

    /** One unit's part: role SUBJECT, PREDECESSOR or SUCCESSOR; share FULL or PARTIAL. */
    public record Party(long unitId, String name, @Nullable String code, String role, String share) {}

    public List<Party> withRole(String role) {
        return parties.stream().filter(p -> p.role().equals(role)).toList();
    }

    public boolean withdrawn() {
        return "WITHDRAWN".equals(status);
    }
}
