package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.web.Crumb;

/** The reductions report page (tables, chart, drill by province) and its Excel download. */
@Controller
class ReportController {

    static final LocalDate DEFAULT_FROM = LocalDate.of(2025, 6, 30);
    static final LocalDate DEFAULT_TO = LocalDate.of(2025, 7, 1);

    private final ReductionsReport report;

    ReportController(ReductionsReport report) {
        this.report = report;
    }

    @GetMapping("/organization/reports/reductions")
    String page(
            @RequestParam(defaultValue = "localities") String tree,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        Reductions r = build(tree, from, to);
        model.addAttribute("report", r);
        model.addAttribute(
                "chart",
                new ReductionsChart(
                        json(r.levels().stream().map(Reductions.Row::label).toList()),
                        r.levels().stream()
                                .map(x -> Long.toString(x.before()))
                                .collect(Collectors.joining(",", "[", "]")),
                        r.levels().stream()
                                .map(x -> Long.toString(x.after()))
                                .collect(Collectors.joining(",", "[", "]"))));
        model.addAttribute("crumbs", List.of(Crumb.of("nav.orgReports", null)));
        return "organization/reductions";
    }

    @GetMapping("/organization/reports/reductions.xlsx")
    ResponseEntity<byte[]> excel(
            @RequestParam(defaultValue = "localities") String tree,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Reductions r = build(tree, from, to);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("giam-dau-moi-" + r.from() + "-" + r.to() + ".xlsx")
                                .build()
                                .toString())
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(ReductionsExcel.write(r));
    }

    private Reductions build(String tree, String from, String to) {
        LocalDate f = from == null || from.isBlank() ? DEFAULT_FROM : UnitController.date(from);
        LocalDate t = to == null || to.isBlank() ? DEFAULT_TO : UnitController.date(to);
        return report.build(ReductionsReport.tree(tree), f, t);
    }

    private static String json(List<String> labels) {
        return labels.stream()
                .map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
