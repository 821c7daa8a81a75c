package vn.tochuc.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "api.tag.organization", description = "Units of the locality and organization trees")
class ReportApiController {

    /** One level's count on both dates. */
    record LevelJson(int level, String name, long before, long after, long change) {}

    record KindJson(String kind, String name, int level, long before, long after, long change) {}

    record ProvinceJson(String id, String name, long before, long after, long[] beforeByLevel, long[] afterByLevel) {}

    record ReductionsJson(
            String tree,
            LocalDate from,
            LocalDate to,
            List<LevelJson> levels,
            List<KindJson> kinds,
            List<ProvinceJson> provinces) {}

    private final ReductionsReport report;

    ReportApiController(ReductionsReport report) {
        this.report = report;
    }

    @GetMapping("/api/org/reports/reductions")
    @Operation(
            summary = "Units in force on two dates by level, kind and province, with the net change",
            description = "E.g. tree=localities&from=2025-06-30&to=2025-07-01 gives the 2025 reform: provinces "
                    + "63→34, districts 696→0, communes 10,035→3,321.")
    ReductionsJson reductions(
            @Parameter(description = "localities or organizations") @RequestParam(defaultValue = "localities")
                    String tree,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Reductions r = report.build(ReductionsReport.tree(tree), from, to);
        return new ReductionsJson(
                r.tree(),
                r.from(),
                r.to(),
                r.levels().stream()
                        .map(x -> new LevelJson(x.level(), x.label(), x.before(), x.after(), x.change()))
                        .toList(),
                r.kinds().stream()
                        .map(x -> new KindJson(x.key(), x.label(), x.level(), x.before(), x.after(), x.change()))
                        .toList(),
                r.provinces().stream()
                        .map(x -> new ProvinceJson(
                                x.key(), x.label(), x.before(), x.after(), x.beforeByLevel(), x.afterByLevel()))
                        .toList());
    }
}
