package vn.tochuc.people;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.Crumb;

/**
 * The edits on the person page: entries of the Mẫu 2C list sections, past posts, the photo and transfers
 * (điều động); plus the review list "chờ bố trí". htmx requests get the section back (a refused form with its
 * message, status 400); plain form posts are redirected to the tab, or get the 400 error page.
 */
@Controller
class PersonEntryController {

    private final People people;
    private final EntryService entries;
    private final PersonService service;
    private final OrgDirectory directory;

    PersonEntryController(People people, EntryService entries, PersonService service, OrgDirectory directory) {
        this.people = people;
        this.entries = entries;
        this.service = service;
        this.directory = directory;
    }

    @GetMapping("/people/{id}/entries/{section}")
    String section(
            @PathVariable long id,
            @PathVariable String section,
            @RequestParam(required = false) Long edit,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        entries.editable(id);
        if (htmx == null) {
            return "redirect:/people/" + id + "?tab=" + EntrySection.tabOf(section)
                    + (edit == null ? "" : "&edit=" + edit);
        }
        return fragment(model, EntrySection.of(people.file(id), known(section), edit, null, Map.of()));
    }

    @PostMapping({"/people/{id}/entries/{section}", "/people/{id}/entries/{section}/{entryId}"})
    String save(
            @PathVariable long id,
            @PathVariable String section,
            @PathVariable(required = false) Long entryId,
            @RequestParam Map<String, String> typed,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        try {
            entries.save(id, known(section), entryId, typed);
        } catch (BadInputException e) {
            if (htmx == null) {
                throw e;
            }
            response.setStatus(400);
            return fragment(model, EntrySection.of(people.file(id), section, entryId, e.getMessage(), typed));
        }
        return done(id, section, htmx, model);
    }

    @PostMapping("/people/{id}/entries/{section}/{entryId}/delete")
    String delete(
            @PathVariable long id,
            @PathVariable String section,
            @PathVariable long entryId,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        entries.delete(id, known(section), entryId);
        return done(id, section, htmx, model);
    }

    @PostMapping("/people/{id}/photo")
    String photo(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        vn.tochuc.web.ImageUpload.requireSize(file.getSize(), Photos.MAX_BYTES);
        entries.savePhoto(id, file.getBytes());
        return "redirect:/people/" + id;
    }

    /** Điều động: the person takes a post at another unit (by its code) from a date; both units in scope. */
    @PostMapping("/people/{id}/transfer")
    String transfer(@PathVariable long id, @RequestParam Map<String, String> typed) {
        entries.editable(id);
        String code = typed.getOrDefault("unitCode", "").strip();
        OrgDirectory.UnitRef unit = directory
                .findByCode("ORGANIZATION", code)
                .orElseThrow(
                        () -> new BadInputException("Mã đơn vị \"" + code + "\" không có trong danh mục tổ chức."));
        LocalDate from;
        try {
            from = VnFormats.parseDate(typed.get("from"));
        } catch (VnFormats.InvalidDateException e) {
            throw new BadInputException("Ngày điều động: " + e.getMessage());
        }
        if (directory.findAsOf(unit.id(), from).isEmpty()) {
            throw new BadInputException(
                    "Đơn vị " + unit.name() + " không hoạt động vào ngày " + VnFormats.date(from) + ".");
        }
        String job = typed.getOrDefault("jobPosition", "").strip();
        service.transfer(id, unit.id(), typed.getOrDefault("title", "").strip(), job.isEmpty() ? null : job, from);
        return "redirect:/people/" + id + "?tab=history";
    }

    @GetMapping("/people/pending")
    String pending(Model model) {
        model.addAttribute("pending", people.pendingPlacements());
        model.addAttribute("crumbs", List.of(Crumb.of("nav.people", "/people"), Crumb.of("people.pending", null)));
        return "people/pending";
    }

    private String done(long id, String section, @Nullable String htmx, Model model) {
        if (htmx == null) {
            return "redirect:/people/" + id + "?tab=" + EntrySection.tabOf(section);
        }
        return fragment(model, EntrySection.of(people.file(id), section, null, null, Map.of()));
    }

    private static String fragment(Model model, EntrySection s) {
        model.addAttribute("s", s);
        return "people/person_entries";
    }

    private static String known(String section) {
        return EntryForm.requireSection(section);
    }
}
