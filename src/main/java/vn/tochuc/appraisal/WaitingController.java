package vn.tochuc.appraisal;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.tochuc.web.Crumb;

/** The page of what waits for me: per cycle the steps to take and the deadline, and my work items coming due. */
@Controller
class WaitingController {

    private final Waiting waiting;
    private final vn.tochuc.evaluation.PackSelection packs;

    WaitingController(Waiting waiting, vn.tochuc.evaluation.PackSelection packs) {
        this.waiting = waiting;
        this.packs = packs;
    }

    @GetMapping("/appraisal/waiting")
    String waiting(Model model) {
        model.addAttribute("summary", waiting.summary());
        model.addAttribute("labels", packs.labels());
        model.addAttribute("crumbs", List.of(Crumb.of("appr.waiting", null)));
        return "appraisal/waiting";
    }
}
