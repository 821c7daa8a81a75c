package vn.tochuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.tochuc.Sessions;
import vn.tochuc.organization.OrgDirectory;

/** The batch summary: grade distribution per unit as a chart and a table, and as an Excel file. */
@SpringBootTest
@AutoConfigureMockMvc
class BatchSummaryIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BatchScoringJob batch;

    @Autowired
    EvalStoreRepository store;

    @Autowired
    OrgDirectory org;

    @Test
    @DisplayName("EVAL-31: the summary counts grades per unit on the page (chart data, table) and in Excel")
    void summaryPageAndExcel() throws Exception {
        OrgDirectory.UnitRef root =
                org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow();
        OrgDirectory.UnitRef cell =
                org.findByCode("ORGANIZATION", "CB-DONGHA-KP1").orElseThrow();
        String period = "S" + System.nanoTime() % 1_000_000_000L;
        for (int i = 0; i < 3; i++) {
            store.addInput(
                    period,
                    new Subject(
                            "s" + i,
                            Subject.Kind.INDIVIDUAL,
                            "KHONG_LANH_DAO",
                            cell.id(),
                            null,
                            Cases.PARTY_GOOD,
                            i == 0 ? Set.of("DISCIPLINED") : Set.of()));
        }
        store.addInput(
                period,
                new Subject(
                        "r1",
                        Subject.Kind.INDIVIDUAL,
                        "KHONG_LANH_DAO",
                        root.id(),
                        null,
                        Cases.PARTY_GOOD,
                        Set.of("DISCIPLINED")));
        batch.run(new EvaluationPagesIntegrationTests.FakeJob(
                RulePackJson.write(new BatchScoringJob.Params(root.id(), period, "QD366", LocalDate.of(2025, 12, 1))),
                null,
                Integer.MAX_VALUE));
        MockHttpSession admin = Sessions.admin(mvc);

        String html = mvc.perform(get(BatchSummaryController.PAGE)
                        .session(admin)
                        .param("root", "" + root.id())
                        .param("period", period)
                        .accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("id=\"grade-chart\"")
                .contains("data-khtnv=\"[")
                .contains(cell.name())
                .contains(root.name())
                .contains("/js/evaluation.js")
                .contains("/webjars/echarts/dist/echarts.min.js")
                .contains("summary.xlsx?root=" + root.id())
                .doesNotContain("<script>");
        assertThat(html.replaceAll("\\s+", " ")).contains("4 kết quả trong 2 đơn vị");

        var xlsx = mvc.perform(get(BatchSummaryController.PAGE + ".xlsx")
                        .session(admin)
                        .param("root", "" + root.id())
                        .param("period", period))
                .andReturn()
                .getResponse();
        assertThat(xlsx.getContentType()).contains("spreadsheetml");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(1).getCell(2).getStringCellValue()).isEqualTo("HTXSNV");
            assertThat(s.getRow(1).getCell(5).getStringCellValue()).isEqualTo("KHTNV");
            Row cellRow = null;
            for (int r = 2; r <= s.getLastRowNum(); r++) {
                if (cell.name().equals(s.getRow(r).getCell(1).getStringCellValue())) {
                    cellRow = s.getRow(r);
                }
            }
            assertThat(cellRow).isNotNull();
            assertThat(cellRow.getCell(5).getNumericCellValue()).isEqualTo(1.0);
            assertThat(cellRow.getCell(6).getNumericCellValue()).isEqualTo(3.0);
            Row total = s.getRow(s.getLastRowNum());
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(2.0);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(4.0);
        }

        var bad = mvc.perform(get(BatchSummaryController.PAGE)
                        .session(admin)
                        .param("root", "" + root.id())
                        .param("period", "")
                        .accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("Kỳ đánh giá phải có");
    }

    @Test
    @DisplayName(
            "EVAL-18, §1.7 point 2: per peer group, the HTXSNV count against the cap and the candidates routed to the deciding authority")
    void quotaPerPeerGroup() throws Exception {
        OrgDirectory.UnitRef root =
                org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow();
        OrgDirectory.UnitRef cell =
                org.findByCode("ORGANIZATION", "CB-DONGHA-KP1").orElseThrow();
        String period = "Q" + System.nanoTime() % 1_000_000_000L;
        // 3 at HTXSNV and 5 at HTTNV (no task exceeded): cap = 20% × 5 = 1 (EVAL-18), 2 routed.
        for (int i = 0; i < 8; i++) {
            store.addInput(
                    period,
                    new Subject(
                            "q" + i,
                            Subject.Kind.INDIVIDUAL,
                            "KHONG_LANH_DAO",
                            cell.id(),
                            null,
                            i < 3 ? Cases.PARTY_GOOD : Cases.with(Cases.PARTY_GOOD, "tasksExceededPct", 0),
                            Set.of()));
        }
        // Leaders of the root unit: one HTXSNV among 5 HTTNV, within the cap.
        for (int i = 0; i < 6; i++) {
            store.addInput(
                    period,
                    new Subject(
                            "l" + i,
                            Subject.Kind.INDIVIDUAL,
                            "LANH_DAO",
                            root.id(),
                            null,
                            Cases.with(
                                    Cases.PARTY_GOOD, "ledUnitsCompletedPct", 100, "tasksExceededPct", i == 0 ? 30 : 0),
                            Set.of()));
        }
        batch.run(new EvaluationPagesIntegrationTests.FakeJob(
                RulePackJson.write(new BatchScoringJob.Params(root.id(), period, "QD366", LocalDate.of(2025, 12, 1))),
                null,
                Integer.MAX_VALUE));
        MockHttpSession admin = Sessions.admin(mvc);

        String html = mvc.perform(get(BatchSummaryController.PAGE)
                        .session(admin)
                        .param("root", "" + root.id())
                        .param("period", period)
                        .accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("\\s+", " ");
        assertThat(html)
                .contains("id=\"quota-table\"")
                .contains("Trình cấp có thẩm quyền quyết định: 2 trường hợp vượt hạn mức.");
        String cellRow = html.substring(html.indexOf("<td>" + cell.name() + "</td>", html.indexOf("quota-table")));
        cellRow = cellRow.substring(0, cellRow.indexOf("</tr>"));
        assertThat(cellRow)
                .contains("Cá nhân không giữ chức vụ lãnh đạo (Phụ lục 4)")
                .contains("<td class=\"num\">3</td>")
                .contains("<td class=\"num\">1</td>")
                .contains("Vượt hạn mức: 2 người")
                .contains("EVAL-18");
        String rootRow = html.substring(html.indexOf("<td>" + root.name() + "</td>", html.indexOf("quota-table")));
        rootRow = rootRow.substring(0, rootRow.indexOf("</tr>"));
        assertThat(rootRow).contains("Lãnh đạo, quản lý các cấp (Phụ lục 3)").contains("Trong hạn mức");
        assertThat(html).contains("class=\"quota-exceeded\"");
    }
}
