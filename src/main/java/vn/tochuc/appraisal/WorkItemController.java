package vn.tochuc.appraisal;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.Crumb;
import vn.tochuc.web.FitsColumn;

/** Pages of a member's work items (the head assigns and confirms) and of the work-product catalogue. */
@Controller
class WorkItemController {

    private final Appraisals appraisals;
    private final WorkItems work;

    WorkItemController(Appraisals appraisals, WorkItems work) {
        this.appraisals = appraisals;
        this.work = work;
    }

    @GetMapping("/appraisal/members/{id}/items")
    String items(@PathVariable long id, Model model) {
        List<WorkItem> items = work.items(id);
        Member m = appraisals.member(id);
        model.addAttribute("member", m);
        model.addAttribute("items", items);
        model.addAttribute("result", work.result(id));
        model.addAttribute("products", m.jobPosition() == null ? List.of() : work.products(m.jobPosition()));
        model.addAttribute(
                "crumbs",
                List.of(
                        Crumb.of("appr.nav", "/appraisal/cycles"),
                        Crumb.text(m.displayName(), "/appraisal/cycles/" + m.cycleId()),
                        Crumb.of("appr.items", null)));
        return "appraisal/items";
    }

    @PostMapping("/appraisal/members/{id}/items")
    String assign(
            @PathVariable long id,
            @RequestParam long productId,
            @RequestParam(defaultValue = "") @FitsColumn("appr_work_item.title") String title,
            @RequestParam String quantity,
            @RequestParam String due) {
        work.assign(id, productId, title, VnFormats.parseNumber(quantity).doubleValue(), VnFormats.parseDate(due));
        return "redirect:/appraisal/members/" + id + "/items";
    }

    @PostMapping("/appraisal/items/{id}/confirm")
    String confirm(
            @PathVariable long id,
            @RequestParam long memberId,
            @RequestParam(defaultValue = "false") boolean pass,
            @RequestParam(defaultValue = "0") int majorErrors,
            @RequestParam(defaultValue = "0") int delays) {
        work.confirm(id, pass, majorErrors, delays);
        return "redirect:/appraisal/members/" + memberId + "/items";
    }

    @PostMapping("/appraisal/items/{id}/cause")
    String cause(
            @PathVariable long id,
            @RequestParam long memberId,
            @RequestParam @FitsColumn("appr_work_item.cause") String cause) {
        work.approveCause(id, cause);
        return "redirect:/appraisal/members/" + memberId + "/items";
    }

    @GetMapping("/appraisal/products")
    String products(@RequestParam(defaultValue = "") String job, Model model) {
        model.addAttribute("job", job);
        model.addAttribute("products", job.isBlank() ? List.of() : work.products(job));
        model.addAttribute(
                "crumbs", List.of(Crumb.of("appr.nav", "/appraisal/cycles"), Crumb.of("appr.products", null)));
        return "appraisal/products";
    }

    @PostMapping("/appraisal/products")
    String addProduct(
            @RequestParam @FitsColumn("appr_product.job_position") String job,
            @RequestParam @FitsColumn("appr_product.code") String code,
            @RequestParam @FitsColumn("appr_product.name") String name,
            @RequestParam String group,
            @RequestParam String factor) {
        work.addProduct(job, code, name, group, VnFormats.parseNumber(factor).doubleValue());
        return "redirect:/appraisal/products?job="
                + java.net.URLEncoder.encode(job.trim(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
