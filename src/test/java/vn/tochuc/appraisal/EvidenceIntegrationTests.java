package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tochuc.appraisal.AppraisalFixtures.as;
import static vn.tochuc.appraisal.AppraisalFixtures.run;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.OutOfScopeException;
import vn.tochuc.web.Role;

/** Evidence on the self-assessment: type and size checked, owner-only until submitted, scoped, audit-logged. */
@SpringBootTest
class EvidenceIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n%minh chung\n".getBytes();

    @Autowired
    Appraisals appraisals;

    @Autowired
    CycleRepository cycleRows;

    @Autowired
    vn.tochuc.evaluation.PackSelection packSelection;

    @Autowired
    Evidences evidences;

    @Autowired
    OrgDirectory org;

    @Autowired
    AuditLog audit;

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource({
        "bao-cao.pdf, %PDF-1.7, application/pdf",
        "anh.PNG, PNG, image/png",
        "anh.jpg, JPEG, image/jpeg",
        "bang.xlsx, PK, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "bao-cao.pdf, PK, ''",
        "virus.exe, MZ, ''",
        "bao-cao.docx, %PDF-1.7, ''",
        "khong-duoi, %PDF-1.7, ''"
    })
    @DisplayName("Evidence types come from the leading bytes and must match the extension")
    void types(String name, String head, String expected) {
        byte[] content = switch (head) {
            case "PNG" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
            case "JPEG" -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
            case "PK" -> new byte[] {'P', 'K', 3, 4, 20};
            default -> head.getBytes();
        };
        assertThat(Evidences.contentType(name, content).orElse("")).isEqualTo(expected);
    }

    @Test
    @DisplayName("File names lose their path and control characters")
    void names() {
        assertThat(Evidences.cleanName("C:\\tmp\\Báo cáo\n.pdf")).isEqualTo("Báo cáo.pdf");
        assertThat(Evidences.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Evidences.cleanName("/")).isEqualTo("minh-chung");
    }

    @Test
    @DisplayName("EVAL-02: the owner attaches evidence until submitting; others in scope read it after; reads logged")
    void attachAndRead() {
        long u = org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        long other = org.findByCode("ORGANIZATION", "DU-X-CAMLO").orElseThrow().id();
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), u, Role.ORG_STAFF);
        Who cadre = who(AppraisalFixtures.uniqueUser("cadre"), u, Role.CADRE);
        Who head = who(AppraisalFixtures.uniqueUser("head"), u, Role.UNIT_HEAD);
        Who stranger = who(AppraisalFixtures.uniqueUser("far"), other, Role.UNIT_HEAD);
        Cycle c = as(
                staff,
                () -> new AppraisalFixtures.Opener(cycleRows, packSelection)
                        .open(u, "MONTH", YearMonth.now(VnFormats.VIETNAM).toString(), "ND335", null));
        long m = as(
                staff,
                () -> appraisals.addMember(
                        c.id(), "INDIVIDUAL", u, null, null, cadre.username(), "Nguyễn Văn Minh", null));

        long id = as(cadre, () -> evidences.attach(m, "Báo cáo tháng.pdf", PDF));
        assertThatThrownBy(() -> as(cadre, () -> evidences.attach(m, "x.pdf", new byte[0])))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("10 MB");
        assertThatThrownBy(() ->
                        as(cadre, () -> evidences.attach(m, "big.pdf", new byte[(int) Evidences.MAX_BYTES + 1])))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> as(cadre, () -> evidences.attach(m, "x.exe", "MZ".getBytes())))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("chỉ nhận PDF");
        assertThatThrownBy(() -> as(head, () -> evidences.attach(m, "y.pdf", PDF)))
                .isInstanceOf(AccessDeniedException.class);
        // Not submitted: only the owner sees it.
        assertThatThrownBy(() -> as(head, () -> evidences.list(m))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(cadre, () -> evidences.list(m)))
                .extracting(Evidence::fileName)
                .containsExactly("Báo cáo tháng.pdf");

        run(cadre, () -> appraisals.selfAssess(m, 90, Grade.HTTNV, "Đã hoàn thành", true));
        assertThatThrownBy(() -> as(cadre, () -> evidences.attach(m, "z.pdf", PDF)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("đã nộp");
        assertThat(as(head, () -> evidences.download(id)).content()).isEqualTo(PDF);
        assertThatThrownBy(() -> as(stranger, () -> evidences.download(id))).isInstanceOf(OutOfScopeException.class);
        assertThat(audit.search(head.username(), "READ", Evidences.EVIDENCE, null, 0, 10))
                .hasSize(1);
        assertThat(audit.search(cadre.username(), "APPR_EVIDENCE_ADD", Evidences.EVIDENCE, null, 0, 10))
                .hasSize(1);
    }
}
