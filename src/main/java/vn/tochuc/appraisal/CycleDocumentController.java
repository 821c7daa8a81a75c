package vn.tochuc.appraisal;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Downloads of a cycle's documents: the collective report (PDF) and the result list (Excel). */
@Controller
class CycleDocumentController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CycleDocuments documents;

    CycleDocumentController(CycleDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/appraisal/cycles/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(defaultValue = "") String signer) {
        return file(documents.reportPdf(id, signer), MediaType.APPLICATION_PDF, "bao-cao-ket-qua-ky-" + id + ".pdf");
    }

    @GetMapping("/appraisal/cycles/{id}/list.xlsx")
    ResponseEntity<byte[]> list(@PathVariable long id) {
        return file(documents.listExcel(id), XLSX, "danh-sach-ket-qua-ky-" + id + ".xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
