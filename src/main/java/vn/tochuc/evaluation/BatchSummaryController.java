package vn.tochuc.evaluation;

import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.Crumb;

/** The batch summary page (grade distribution per unit: chart and table) and its Excel download. */
@Controller
class BatchSummaryController {

    static final String PAGE = "/evaluation/batch/summary";

    private final BatchSummaries summaries;

    BatchSummaryController(BatchSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping(PAGE)
    String page(@RequestParam long root, @RequestParam(defaultValue = "") String period, Model model) {
        model.addAttribute("summary", summaries.summary(root, requirePeriod(period)));
        model.addAttribute(
                "crumbs",
                List.of(
                        Crumb.of("nav.evaluation", "/evaluation/packs"),
                        Crumb.of("eval.batch", "/evaluation/batch"),
                        Crumb.of("eval.summary", null)));
        return "evaluation/batch_summary";
    }

    @GetMapping(PAGE + ".xlsx")
    ResponseEntity<byte[]> excel(@RequestParam long root, @RequestParam(defaultValue = "") String period) {
        BatchSummary s = summaries.summary(root, requirePeriod(period));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("xep-loai-" + s.period().replaceAll("[^A-Za-z0-9_-]", "-") + "-" + root
                                        + ".xlsx")
                                .build()
                                .toString())
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(BatchSummaryExcel.write(s));
    }

    static String requirePeriod(String period) {
        if (period.isBlank() || period.length() > 20) {
            throw new BadInputException("Kỳ đánh giá phải có từ 1 đến 20 ký tự.");
        }
        return period.strip();
    }
}
