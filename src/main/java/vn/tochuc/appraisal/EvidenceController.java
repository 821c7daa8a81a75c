package vn.tochuc.appraisal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.tochuc.web.Crumb;

/** Evidence on a self-assessment: the list with the upload form, the upload, the (audit-logged) download. */
@Controller
class EvidenceController {

    private final Evidences evidences;
    private final Appraisals appraisals;

    EvidenceController(Evidences evidences, Appraisals appraisals) {
        this.evidences = evidences;
        this.appraisals = appraisals;
    }

    @GetMapping("/appraisal/members/{id}/evidence")
    String list(@PathVariable long id, Model model) {
        List<Evidence> files = evidences.list(id);
        Member m = appraisals.member(id);
        model.addAttribute("member", m);
        model.addAttribute("files", files);
        model.addAttribute("canUpload", !m.selfSubmitted() && m.username().equals(vn.tochuc.web.CurrentUser.name()));
        model.addAttribute(
                "crumbs", List.of(Crumb.of("appr.mine", "/appraisal/mine"), Crumb.of("appr.evidence", null)));
        return "appraisal/evidence";
    }

    @PostMapping("/appraisal/members/{id}/evidence")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename();
        evidences.attach(id, name == null ? "" : name, file.getBytes());
        return "redirect:/appraisal/members/" + id + "/evidence";
    }

    @GetMapping("/appraisal/evidence/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        Evidences.Download d = evidences.download(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.evidence().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.evidence().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(d.content());
    }
}
