package vn.tochuc.people;

import java.io.IOException;
import java.util.List;
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
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.Crumb;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.LongJobs;
import vn.tochuc.web.NotFoundException;
import vn.tochuc.web.Role;

/** The import screen: template download, upload (run as a long job with a progress bar) and outcome. */
@Controller
class ImportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportService imports;
    private final ImportRepository uploads;
    private final LongJobs jobs;

    ImportController(ImportService imports, ImportRepository uploads, LongJobs jobs) {
        this.imports = imports;
        this.uploads = uploads;
        this.jobs = jobs;
    }

    @GetMapping("/people/import")
    String screen(Model model) {
        model.addAttribute("outcome", null);
        model.addAttribute("crumbs", crumbs());
        return "people/import";
    }

    @GetMapping("/people/import/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-nhap-ho-so-can-bo.xlsx\"")
                .body(ImportWorkbooks.template());
    }

    @PostMapping("/people/import")
    String upload(@RequestParam("file") MultipartFile file) throws IOException {
        if (!CurrentUser.has(Role.ORG_STAFF)) {
            throw new BadInputException("Chỉ cán bộ tổ chức mới được nhập hồ sơ.");
        }
        if (file.isEmpty()) {
            throw new BadInputException("Chưa chọn tệp Excel để nhập.");
        }
        if (file.getSize() > ImportSafety.MAX_FILE_BYTES) {
            throw new BadInputException("Tệp lớn hơn 20 MB, không thể nhập.");
        }
        String name = file.getOriginalFilename() == null ? "tep.xlsx" : file.getOriginalFilename();
        long id = imports.upload(name.length() > 200 ? name.substring(0, 200) : name, file.getBytes());
        long job = jobs.start(ImportJob.KIND, "Nhập hồ sơ cán bộ: " + name, String.valueOf(id));
        return "redirect:/jobs/" + job;
    }

    @GetMapping("/people/import/{id}")
    String outcome(@PathVariable long id, Model model) {
        mine(id);
        model.addAttribute("outcome", uploads.outcome(id).orElseThrow(() -> new NotFoundException("import " + id)));
        model.addAttribute("crumbs", crumbs());
        return "people/import";
    }

    @GetMapping("/people/import/{id}/errors.xlsx")
    ResponseEntity<byte[]> errors(@PathVariable long id) {
        mine(id);
        byte[] file = uploads.errorFile(id).orElseThrow(() -> new NotFoundException("import errors " + id));
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"loi-nhap-" + id + ".xlsx\"")
                .body(file);
    }

    private void mine(long id) {
        if (!uploads.owner(id).equals(CurrentUser.name()) && !CurrentUser.has(Role.ADMIN)) {
            throw new NotFoundException("import " + id);
        }
    }

    private static List<Crumb> crumbs() {
        return List.of(Crumb.of("nav.people", "/people"), Crumb.of("people.import", null));
    }
}
