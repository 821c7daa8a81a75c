package vn.tochuc.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.web.Crumb;
import vn.tochuc.web.CurrentUser;

/** The people list (live search, filters, export), the person page with tabs, the print view and the PDF. */
@Controller
class PeopleController {

    static final List<String> TABS = List.of("resume", "history", "training", "family", "salary", "awards");

    private final People people;
    private final PeopleExport export;
    private final Resumes resumes;
    private final AuditLog audit;

    PeopleController(People people, PeopleExport export, Resumes resumes, AuditLog audit) {
        this.people = people;
        this.export = export;
        this.resumes = resumes;
        this.audit = audit;
    }

    @GetMapping("/people")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String position,
            @RequestParam(required = false) Integer ageMin,
            @RequestParam(required = false) Integer ageMax,
            @RequestParam(required = false) String sex,
            @RequestParam(required = false) String ethnicity,
            @RequestParam(required = false) String theory,
            @RequestParam(required = false) String party,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!CurrentUser.staff()) {
            // A self-service cadre has one record: their own (docs/adr/0011-roles-and-pages.md).
            var mine = CurrentUser.personId();
            if (mine.isPresent()) {
                return "redirect:/people/" + mine.get();
            }
            audit.recordIndependently(AuditEntry.denied(
                    CurrentUser.name(),
                    request.getMethod(),
                    "URL",
                    request.getRequestURI(),
                    null,
                    "no linked person record"));
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("crumbs", List.of(Crumb.of("nav.people", null)));
            return "people/unlinked";
        }
        PersonQuery query = QueryParams.of(q, unit, position, ageMin, ageMax, sex, ethnicity, theory, party, page, 50);
        model.addAttribute("result", people.search(query));
        model.addAttribute("filter", PeopleFilter.of(query, theory, party));
        model.addAttribute("crumbs", List.of(Crumb.of("nav.people", null)));
        return htmx != null ? "people/list_table" : "people/list";
    }

    @GetMapping("/people/export.xlsx")
    void exportXlsx(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String position,
            @RequestParam(required = false) Integer ageMin,
            @RequestParam(required = false) Integer ageMax,
            @RequestParam(required = false) String sex,
            @RequestParam(required = false) String ethnicity,
            @RequestParam(required = false) String theory,
            @RequestParam(required = false) String party,
            HttpServletResponse response)
            throws IOException {
        PersonQuery query = QueryParams.of(q, unit, position, ageMin, ageMax, sex, ethnicity, theory, party, 0, 50);
        people.unitsFor(query);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"danh-sach-can-bo.xlsx\"");
        export.write(query, response.getOutputStream());
    }

    @GetMapping("/people/{id}")
    String person(
            @PathVariable long id,
            @RequestParam(defaultValue = "resume") String tab,
            @RequestParam(required = false) Long edit,
            Model model) {
        PersonFile f = people.file(id);
        model.addAttribute("file", f);
        model.addAttribute("edit", edit);
        model.addAttribute("hasPhoto", people.hasPhoto(id));
        model.addAttribute("pending", people.pendingPlacement(id));
        model.addAttribute("tab", TABS.contains(tab) ? tab : "resume");
        model.addAttribute("tabs", TABS);
        model.addAttribute(
                "crumbs",
                List.of(Crumb.of("nav.people", "/people"), Crumb.text(f.person().fullName(), null)));
        return "people/person";
    }

    @GetMapping("/people/{id}/print")
    String print(@PathVariable long id, Model model) {
        model.addAttribute("file", people.file(id));
        return "people/print";
    }

    @GetMapping("/people/{id}/resume.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"so-yeu-ly-lich-" + id + ".pdf\"")
                .body(resumes.pdf(id));
    }

    @GetMapping("/people/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        return people.photo(id)
                .map(b -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(
                                java.util.Optional.ofNullable(vn.tochuc.web.ImageUpload.sniff(b))
                                        .orElse(vn.tochuc.web.ImageUpload.Format.JPEG)
                                        .contentType()))
                        .header("X-Content-Type-Options", "nosniff")
                        .body(b))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
