package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization facade: look units up, today or "as of" a date, with their events. Scope checks go
 * through {@link UnitScopes}. Plain lookups give the state as of today; {@code …AsOf} ones read the history.
 */
@Service
public class OrgDirectory {

    /** A unit as other modules see it. {@code tree} is LOCALITY or ORGANIZATION. */
    public record UnitRef(
            long id,
            String tree,
            @Nullable String code,
            String name,
            String kind,
            @Nullable Long parentId,
            String path) {}

    private final OrgUnitRepository units;
    private final OrgEventRepository events;
    private final UnitChoices choices;

    OrgDirectory(OrgUnitRepository units, OrgEventRepository events, UnitChoices choices) {
        this.units = units;
        this.events = events;
        this.choices = choices;
    }

    /**
     * The organizations with these ids as a unit picker shows them chosen ({@code organization/unit_pick_field.jte}
     * with its default id format): full name and parent, or the id alone for a unit the user may not see.
     */
    @Transactional(readOnly = true)
    public List<UnitChoice> chosen(java.util.Collection<Long> ids) {
        return choices.chosen("ORGANIZATION", ids.stream().map(String::valueOf).toList(), UnitChoices.Format.ID);
    }

    @Transactional(readOnly = true)
    public Optional<UnitRef> find(long id) {
        return units.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<UnitRef> findByCode(String tree, String code) {
        return units.findByCode(tree, code);
    }

    @Transactional(readOnly = true)
    public List<UnitRef> children(long id) {
        return units.children(id);
    }

    /** The unit as it stood on a date (its name, code, kind and parent then); empty when not in force. */
    @Transactional(readOnly = true)
    public Optional<UnitAsOf> findAsOf(long id, LocalDate date) {
        return units.findAsOf(id, date);
    }

    /** Every version of the unit, oldest first: its names, places and validity over time. */
    @Transactional(readOnly = true)
    public List<UnitAsOf> versions(long id) {
        return units.versions(id);
    }

    /** The unit bearing the code on the date. */
    @Transactional(readOnly = true)
    public Optional<UnitAsOf> findByCodeAsOf(String tree, String code, LocalDate date) {
        return units.idAsOf(tree, code, date).flatMap(id -> units.findAsOf(id, date));
    }

    @Transactional(readOnly = true)
    public List<UnitAsOf> childrenAsOf(long id, LocalDate date) {
        return units.childrenAsOf(id, date);
    }

    /** The unit and every unit below it as the tree stood on the date. */
    @Transactional(readOnly = true)
    public List<UnitAsOf> subtreeAsOf(long rootId, LocalDate date) {
        return units.subtreeAsOf(rootId, date);
    }

    /** The events a unit took part in, oldest first: its timeline and lineage. */
    @Transactional(readOnly = true)
    public List<OrgEvent> events(long unitId) {
        return events.forUnit(unitId);
    }

    @Transactional(readOnly = true)
    public OrgEvent eventsById(long eventId) {
        return events.find(eventId).orElseThrow(() -> new vn.tochuc.web.NotFoundException("event " + eventId));
    }

    /** Units of a tree in force today whose name contains the query, diacritics and case ignored. */
    @Transactional(readOnly = true)
    public List<UnitAsOf> search(String tree, String query, int limit) {
        String folded = vn.tochuc.shared.VietnameseText.fold(query);
        return folded.isBlank() ? List.of() : units.searchAsOf(tree, folded, LocalDate.now(), limit);
    }

    /**
     * Ids of the unit and every unit below it, as the tree stands today (units since ended included).
     * Parents come before their children, in a stable order: jobs resume by position in this list.
     */
    @Transactional(readOnly = true)
    public List<Long> subtreeIds(long rootId) {
        return units.subtreeIds(rootId);
    }
}
