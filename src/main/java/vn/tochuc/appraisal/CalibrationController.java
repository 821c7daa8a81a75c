package vn.tochuc.appraisal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.Crumb;

/**
 * Pages: a member's evaluation form (engine score and explanation, criteria inputs, the three steps, the PDF),
 * the calibration screen of a cycle, and the consequence lists.
 */
@Controller
class CalibrationController {

    private final Appraisals appraisals;
    private final MemberForms forms;
    private final Calibrations calibrations;
    private final Consequences consequences;
    private final vn.tochuc.evaluation.PackSelection packs;

    CalibrationController(
            Appraisals appraisals,
            MemberForms forms,
            Calibrations calibrations,
            Consequences consequences,
            vn.tochuc.evaluation.PackSelection packs) {
        this.packs = packs;
        this.appraisals = appraisals;
        this.forms = forms;
        this.calibrations = calibrations;
        this.consequences = consequences;
    }

    @GetMapping("/appraisal/members/{id}")
    String member(@PathVariable long id, Model model) {
        MemberForm f = forms.form(id, MemberForms.FORM);
        model.addAttribute("form", f);
        model.addAttribute("owner", f.member().username().equals(vn.tochuc.web.CurrentUser.name()));
        var labels = packs.labels();
        model.addAttribute("labels", labels);
        model.addAttribute(
                "crumbs",
                List.of(
                        Crumb.of("appr.nav", "/appraisal/cycles"),
                        Crumb.text(
                                f.cycle().periodCode() + " · "
                                        + labels.group(f.cycle().targetGroup()),
                                "/appraisal/cycles/" + f.cycle().id()),
                        Crumb.text(f.member().displayName(), null)));
        return "appraisal/member";
    }

    @PostMapping("/appraisal/members/{id}/criteria")
    String criteria(@PathVariable long id, @RequestParam Map<String, String> params) {
        forms.saveCriteria(id, params);
        return "redirect:/appraisal/members/" + id;
    }

    @GetMapping("/appraisal/members/{id}/form.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"phieu-danh-gia-" + id + ".pdf\"")
                .body(forms.pdf(id));
    }

    @GetMapping("/appraisal/cycles/{id}/calibration")
    String calibration(@PathVariable long id, Model model) {
        Cycle c = appraisals.cycle(id);
        model.addAttribute("cycle", c);
        model.addAttribute("groups", calibrations.groups(id));
        var labels = packs.labels();
        model.addAttribute("labels", labels);
        model.addAttribute(
                "crumbs",
                List.of(
                        Crumb.of("appr.nav", "/appraisal/cycles"),
                        Crumb.text(c.periodCode() + " · " + labels.group(c.targetGroup()), "/appraisal/cycles/" + id),
                        Crumb.of("apprc.calibration", null)));
        return "appraisal/calibration";
    }

    @PostMapping("/appraisal/cycles/{id}/calibration")
    String calibrate(
            @PathVariable long id,
            @RequestParam long memberId,
            @RequestParam String decision,
            @RequestParam(defaultValue = "") String reason) {
        calibrations.decide(id, memberId, decision, reason);
        return "redirect:/appraisal/cycles/" + id + "/calibration";
    }

    @PostMapping("/appraisal/cycles/{id}/calibration/lower-all")
    String lowerAll(
            @PathVariable long id,
            @RequestParam String peerGroup,
            @RequestParam(defaultValue = "") String reason,
            org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        calibrations.lowerAllAboveCap(id, peerGroup, reason);
        flash.addFlashAttribute("flashKey", "apprc.lowered");
        return "redirect:/appraisal/cycles/" + id + "/calibration";
    }

    @GetMapping("/appraisal/consequences")
    String consequences(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Long unitId,
            Model model) {
        int y = year == null ? LocalDate.now(VnFormats.VIETNAM).getYear() : year;
        model.addAttribute("lists", consequences.lists(y, unitId));
        model.addAttribute("unitId", unitId == null ? "" : unitId.toString());
        model.addAttribute(
                "crumbs", List.of(Crumb.of("appr.nav", "/appraisal/cycles"), Crumb.of("apprc.consequences", null)));
        return "appraisal/consequences";
    }
}
