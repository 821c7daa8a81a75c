package vn.tochuc.people;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.CurrentUser;

/**
 * Exports any search result to Excel, streaming (SXSSF) page by page. The file names who exported it and when
 * in its first rows and in the document properties (NĐ 13/2023/NĐ-CP), and the export is audit-logged.
 */
@Component
class PeopleExport {

    static final int MAX_ROWS = 1_000_000;
    private static final int PAGE = 2_000;
    private static final String[] HEADERS = {
        "STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Đơn vị", "Chức vụ", "Lý luận chính trị", "Đảng viên"
    };

    private final People people;
    private final PersonRepository persons;
    private final AuditLog audit;

    PeopleExport(People people, PersonRepository persons, AuditLog audit) {
        this.people = people;
        this.persons = persons;
        this.audit = audit;
    }

    @Transactional
    void write(PersonQuery query, OutputStream out) throws IOException {
        @Nullable Collection<Long> units = people.unitsFor(query);
        LocalDate today = LocalDate.now(VnFormats.VIETNAM);
        String who = CurrentUser.name();
        OffsetDateTime when = OffsetDateTime.now(VnFormats.VIETNAM);
        long rows = 0;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreator(who);
            wb.getXSSFWorkbook()
                    .getProperties()
                    .getCoreProperties()
                    .setDescription("Xuất bởi " + who + " lúc " + VnFormats.dateTime(when));
            Sheet sheet = wb.createSheet("Danh sách cán bộ");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            text(sheet.createRow(0), 0, "DANH SÁCH CÁN BỘ", bold);
            text(
                    sheet.createRow(1),
                    0,
                    "Người xuất: " + who + " — Thời điểm xuất: " + VnFormats.dateTime(when)
                            + " — Dữ liệu cá nhân được bảo vệ theo Nghị định 13/2023/NĐ-CP",
                    null);
            Row header = sheet.createRow(3);
            for (int i = 0; i < HEADERS.length; i++) {
                text(header, i, HEADERS[i], bold);
            }
            int r = 4;
            for (int page = 0; rows < MAX_ROWS; page++) {
                List<PersonSummary> batch =
                        people.withUnitNames(persons.search(query.withPage(page, PAGE), units, today, true));
                for (PersonSummary s : batch) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(++rows);
                    text(row, 1, s.fullName(), null);
                    text(row, 2, VnFormats.date(s.dateOfBirth()), null);
                    text(row, 3, s.sex().label(), null);
                    text(row, 4, s.ethnicity(), null);
                    text(row, 5, s.unitName(), null);
                    text(row, 6, s.position(), null);
                    text(row, 7, s.theory().label(), null);
                    text(row, 8, s.partyMember() ? "Có" : "Không", null);
                }
                if (batch.size() < PAGE) {
                    break;
                }
            }
            wb.write(out);
        }
        audit.record(AuditEntry.write(
                who, "EXPORT", People.TARGET, null, query.unit(), null, null, rows + " người; " + query));
    }

    private static void text(Row row, int col, @Nullable String value, @Nullable CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }
}
