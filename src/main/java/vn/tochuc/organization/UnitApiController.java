package vn.tochuc.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.web.NotFoundException;

@RestController
@Tag(name = "api.tag.organization", description = "Units of the locality and organization trees")
class UnitApiController {

    record UnitJson(
            long id,
            String tree,
            @Nullable String code,
            String name,
            String kind,
            int level,
            @Nullable Long parentId,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable Long localityId,
            List<Long> childIds) {}

    record VersionJson(
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable String code,
            String name,
            String kind,
            int level,
            @Nullable Long parentId) {}

    /** The unit (same top-level fields as {@link UnitJson}) with its history and lineage. */
    record LineageJson(
            long id,
            String tree,
            @Nullable String code,
            String name,
            String kind,
            int level,
            @Nullable Long parentId,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable Long localityId,
            List<Long> childIds,
            List<VersionJson> versions,
            List<OrgEvent> events,
            List<OrgEvent.Party> predecessors,
            List<OrgEvent.Party> successors) {}

    private final OrgDirectory directory;
    private final OrgUnitRepository units;
    private final UnitScopes scopes;

    UnitApiController(OrgDirectory directory, OrgUnitRepository units, UnitScopes scopes) {
        this.directory = directory;
        this.units = units;
        this.scopes = scopes;
    }

    @GetMapping("/api/org/localities")
    @Operation(
            summary = "Administrative units in force on a date: the children of a parent, or all of a level",
            description = "asOf defaults to today; parent is a unit id; without parent, level defaults to 1.")
    List<UnitJson> localities(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @RequestParam(required = false) @Nullable Integer level,
            @RequestParam(required = false) @Nullable Long parent) {
        LocalDate d = asOf == null ? OrgClock.today() : asOf;
        List<UnitAsOf> list = parent != null
                ? units.childrenAsOf(parent, d)
                : units.levelAsOf("LOCALITY", level == null ? 1 : level, d);
        return list.stream()
                .filter(u -> level == null || u.level() == level)
                .map(u -> json(u, List.of()))
                .toList();
    }

    @GetMapping("/api/org/units")
    @Operation(
            summary = "The unit that bears a code today (else the one that bore it last), as of today;"
                    + " 404 when no unit has the code, 403 for an organization outside the caller's scope")
    UnitJson byCode(@RequestParam String code, @RequestParam(defaultValue = "ORGANIZATION") String tree) {
        OrgDirectory.UnitRef ref = directory
                .findByCode(EventRequest.tree(tree), code.strip())
                .orElseThrow(() -> new NotFoundException("unit " + code));
        UnitPages.requireReadable(scopes, ref);
        UnitAsOf at = units.findAsOf(ref.id(), OrgClock.today())
                .orElseGet(() ->
                        units.versions(ref.id()).get(units.versions(ref.id()).size() - 1));
        return json(
                at,
                units.childrenAsOf(ref.id(), OrgClock.today()).stream()
                        .map(UnitAsOf::id)
                        .toList());
    }

    @GetMapping("/api/org/units/{id}")
    @Operation(
            summary = "One unit as of a date (default today) with its children, versions, events and lineage;"
                    + " 403 for an organization outside the caller's scope")
    LineageJson unit(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        OrgDirectory.UnitRef ref = directory.find(id).orElseThrow(() -> new NotFoundException("unit " + id));
        UnitPages.requireReadable(scopes, ref);
        List<UnitAsOf> versions = units.versions(id);
        LocalDate d = asOf == null ? OrgClock.today() : asOf;
        UnitAsOf at = units.findAsOf(id, d).orElse(versions.get(versions.size() - 1));
        List<Long> children =
                units.childrenAsOf(id, d).stream().map(UnitAsOf::id).toList();
        List<OrgEvent> events = directory.events(id);
        UnitJson u = json(at, children);
        return new LineageJson(
                u.id(),
                u.tree(),
                u.code(),
                u.name(),
                u.kind(),
                u.level(),
                u.parentId(),
                u.validFrom(),
                u.validTo(),
                u.localityId(),
                u.childIds(),
                versions.stream()
                        .map(v -> new VersionJson(
                                v.validFrom(),
                                v.validTo(),
                                v.ref().code(),
                                v.name(),
                                v.ref().kind(),
                                v.level(),
                                v.ref().parentId()))
                        .toList(),
                events,
                Lineage.predecessors(id, events),
                Lineage.successors(id, events));
    }

    static UnitJson json(UnitAsOf u, List<Long> children) {
        return new UnitJson(
                u.id(),
                u.ref().tree(),
                u.ref().code(),
                u.name(),
                u.ref().kind(),
                u.level(),
                u.ref().parentId(),
                u.validFrom(),
                u.validTo(),
                u.localityId(),
                children);
    }
}
