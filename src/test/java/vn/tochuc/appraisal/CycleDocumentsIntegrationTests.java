package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tochuc.appraisal.AppraisalFixtures.as;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import vn.tochuc.appraisal.AppraisalScenario.Person;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.OutOfScopeException;
import vn.tochuc.web.Role;

/** The collective report (PDF) and the result list (Excel) parsed back and checked. */
@SpringBootTest
class CycleDocumentsIntegrationTests {

    @Autowired
    Appraisals appraisals;

    @Autowired
    CycleRepository cycleRows;

    @Autowired
    vn.tochuc.evaluation.PackSelection packSelection;

    @Autowired
    CycleDocuments documents;

    @Autowired
    OrgDirectory org;

    @Autowired
    AuditLog audit;

    long unit;
    AppraisalScenario.Built built;

    @BeforeEach
    void cycle() {
        unit = org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        built = AppraisalScenario.build(
                appraisals,
                new AppraisalFixtures.Opener(cycleRows, packSelection),
                unit,
                "MONTH",
                YearMonth.now(VnFormats.VIETNAM).toString(),
                Grade.HTTNV,
                List.of(
                        new Person("Lê Thị Xuân", Grade.HTXSNV, Grade.HTXSNV, Grade.HTXSNV),
                        new Person("Trần Văn Bình", Grade.HTTNV, Grade.HTTNV, Grade.HTTNV),
                        new Person("Phạm Quốc Đạt", Grade.HTTNV, Grade.HTTNV, Grade.HTNV),
                        new Person("Võ Thị Hạnh", Grade.HTTNV, Grade.HTTNV, null),
                        new Person("Ngô Minh Khánh", Grade.HTTNV, Grade.HTTNV, null),
                        new Person("Đinh Văn Long", Grade.HTTNV, Grade.HTTNV, null),
                        new Person("Bùi Thị Mai", Grade.HTTNV, Grade.HTTNV, null)));
    }

    @Test
    @DisplayName("Mẫu 01: the report counts decided grades with percentages, has the header and signatory block")
    void reportPdf() throws Exception {
        byte[] pdf = as(built.boss(), () -> documents.reportPdf(built.cycle().id(), "Nguyễn Văn Ký"));
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            all.append(new PdfTextExtractor(reader).getTextFromPage(i)).append('\n');
        }
        String text = all.toString();
        String unitName = org.find(unit).orElseThrow().name();
        LocalDate today = LocalDate.now(VnFormats.VIETNAM);
        // Issue 11.13: a Party document (EVAL-19, Mẫu 01): the Party's heading, "Quảng Trị, ngày dd tháng MM năm yyyy".
        assertThat(text)
                .contains(
                        "ĐẢNG CỘNG SẢN VIỆT NAM",
                        "BÁO CÁO",
                        "Mẫu 01",
                        "I. Kết quả xếp loại tập thể",
                        "II. Kết quả xếp loại cá nhân",
                        "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ",
                        "Nguyễn Văn Ký",
                        String.format(
                                "Quảng Trị, ngày %02d tháng %02d năm %d",
                                today.getDayOfMonth(), today.getMonthValue(), today.getYear()),
                        unitName.toUpperCase(java.util.Locale.ROOT))
                .doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .doesNotContainPattern("[A-Z]{2,}_[A-Z_]+")
                .doesNotContain("ND335");
        // Individuals: 3 decided (1 HTXSNV, 1 HTTNV, 1 HTNV), 4 pending; each 33,33 % of the decided.
        assertThat(text)
                .containsPattern("Hoàn thành xuất sắc nhiệm vụ \\(HTXSNV\\)\\s*1\\s*33,33")
                .containsPattern("Hoàn thành nhiệm vụ \\(HTNV\\)\\s*1\\s*33,33")
                .containsPattern("Không hoàn thành nhiệm vụ \\(KHTNV\\)\\s*0\\s*0,00")
                .containsPattern("Chưa có quyết định xếp loại\\s*4")
                .containsPattern("Tổng số\\s*7");
        // Collective: 1 HTTNV = 100 %.
        assertThat(text).containsPattern("Hoàn thành tốt nhiệm vụ \\(HTTNV\\)\\s*1\\s*100,00");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("/FontFile2", "DejaVuSans");
        assertThat(audit.search(built.boss().username(), "APPR_EXPORT_REPORT", null, null, 0, 5))
                .hasSize(1);
    }

    @Test
    @DisplayName("The result list in Excel: header rows with unit, period, date; one row per individual, three grades")
    void listExcel() throws Exception {
        byte[] xlsx = as(built.boss(), () -> documents.listExcel(built.cycle().id()));
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet("Cá nhân");
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(s.getRow(0).getCell(0)))
                    .isEqualTo(org.find(unit).orElseThrow().name().toUpperCase(java.util.Locale.ROOT));
            YearMonth m = YearMonth.from(built.cycle().periodStart());
            assertThat(f.formatCellValue(s.getRow(1).getCell(0)))
                    .contains("DANH SÁCH KẾT QUẢ ĐÁNH GIÁ")
                    .contains(String.format("THÁNG %02d/%d", m.getMonthValue(), m.getYear()));
            assertThat(f.formatCellValue(s.getRow(2).getCell(0)))
                    .contains(VnFormats.date(built.cycle().periodStart()))
                    .contains("ngày lập " + VnFormats.date(LocalDate.now(VnFormats.VIETNAM)))
                    .containsPattern("\\d{2}/\\d{2}/\\d{4}");
            List<String> header = new ArrayList<>();
            s.getRow(CycleListExcel.FIRST_ROW - 1).forEach(c -> header.add(f.formatCellValue(c)));
            assertThat(header)
                    .containsExactly(
                            "STT",
                            "Họ và tên",
                            "Chức vụ",
                            "Đơn vị",
                            "Tự đánh giá",
                            "Người đứng đầu đánh giá",
                            "Cấp có thẩm quyền quyết định",
                            "Ghi chú");
            List<List<String>> rows = new ArrayList<>();
            for (int i = CycleListExcel.FIRST_ROW; i <= s.getLastRowNum(); i++) {
                Row r = s.getRow(i);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 8; c++) {
                    cells.add(f.formatCellValue(r.getCell(c)));
                }
                rows.add(cells);
            }
            assertThat(rows).hasSize(7);
            String unitName = org.find(unit).orElseThrow().name();
            assertThat(rows.get(2))
                    .containsExactly(
                            "3",
                            "Phạm Quốc Đạt",
                            "Chuyên viên",
                            unitName,
                            "Hoàn thành tốt nhiệm vụ",
                            "Hoàn thành tốt nhiệm vụ",
                            "Hoàn thành nhiệm vụ",
                            "Ghi chú Phạm Quốc Đạt");
            assertThat(rows.get(3).get(6)).isEmpty();
            Sheet coll = wb.getSheet("Tập thể");
            assertThat(f.formatCellValue(coll.getRow(CycleListExcel.FIRST_ROW).getCell(1)))
                    .isEqualTo("Tập thể " + built.cycle().targetGroup());
        }
    }

    @Test
    @DisplayName("Documents are scoped: a cadre cannot export, nor staff of another unit")
    void scoped() {
        long other = org.findByCode("ORGANIZATION", "DU-X-CAMLO").orElseThrow().id();
        assertThatThrownBy(() -> as(
                        built.people().get(0),
                        () -> documents.listExcel(built.cycle().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        who(AppraisalFixtures.uniqueUser("far"), other, Role.ORG_STAFF),
                        () -> documents.reportPdf(built.cycle().id(), null)))
                .isInstanceOf(OutOfScopeException.class);
    }
}
