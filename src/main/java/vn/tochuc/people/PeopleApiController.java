package vn.tochuc.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "api.tag.people", description = "Search people and read full records, within the caller's unit scope")
class PeopleApiController {

    record UnitJson(long id, @Nullable String name) {}

    record PersonRow(
            long id,
            String fullName,
            LocalDate dateOfBirth,
            String sex,
            UnitJson currentUnit,
            @Nullable String position) {}

    record PageJson(List<PersonRow> items, long total, boolean totalIsLowerBound, int page, int size) {}

    private final People people;

    PeopleApiController(People people) {
        this.people = people;
    }

    @GetMapping("/api/people")
    @Operation(summary = "Search people (diacritic-insensitive name, filters) in official name order; scoped")
    PageJson search(
            @Parameter(description = "Name, any accents or none: \"nguyen van hung\"") @RequestParam(required = false)
                    String q,
            @Parameter(description = "Unit id: its whole subtree") @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String position,
            @RequestParam(required = false) Integer ageMin,
            @RequestParam(required = false) Integer ageMax,
            @Parameter(description = "M or F") @RequestParam(required = false) String sex,
            @RequestParam(required = false) String ethnicity,
            @Parameter(description = "Minimum political-theory level: SO_CAP, TRUNG_CAP, CAO_CAP, CU_NHAN")
                    @RequestParam(required = false)
                    String theory,
            @Parameter(description = "Party member: true or false") @RequestParam(required = false) String party,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PersonPage result = people.search(
                QueryParams.of(q, unit, position, ageMin, ageMax, sex, ethnicity, theory, party, page, size));
        return new PageJson(
                result.items().stream()
                        .map(s -> new PersonRow(
                                s.id(),
                                s.fullName(),
                                s.dateOfBirth(),
                                s.sex().name(),
                                new UnitJson(s.unitId(), s.unitName()),
                                s.position()))
                        .toList(),
                result.total(),
                result.more(),
                result.page(),
                result.size());
    }

    @GetMapping("/api/people/{id}")
    @Operation(summary = "A full record (Mẫu 2C sections); audit-logged; sensitive fields only for ORG_STAFF")
    PersonFile person(@PathVariable long id) {
        return people.file(id);
    }
}
