package vn.tochuc.appraisal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tochuc.shared.VnFormats;

/**
 * The unit's result list as provinces send it upward: the unit, the title with the period and the date
 * (dd/MM/yyyy) in the header rows, then STT, họ và tên, chức vụ, đơn vị, tự đánh giá, người đứng đầu đánh giá,
 * cấp có thẩm quyền quyết định, ghi chú. Individuals on the first sheet, collectives on the second. Streams
 * rows (SXSSF) so that a province's 30,000 cadres fit in memory.
 */
final class CycleListExcel {

    static final List<String> HEADERS = List.of(
            "STT",
            "Họ và tên",
            "Chức vụ",
            "Đơn vị",
            "Tự đánh giá",
            "Người đứng đầu đánh giá",
            "Cấp có thẩm quyền quyết định",
            "Ghi chú");
    /** The first row of data (0-based): unit, title, date, blank, headers. */
    static final int FIRST_ROW = 5;

    private CycleListExcel() {}

    static byte[] write(CycleReport r) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            sheet(
                    wb,
                    head,
                    "Cá nhân",
                    "DANH SÁCH KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC "
                            + r.periodText().toUpperCase(java.util.Locale.ROOT),
                    r,
                    false);
            sheet(
                    wb,
                    head,
                    "Tập thể",
                    "DANH SÁCH KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TẬP THỂ "
                            + r.periodText().toUpperCase(java.util.Locale.ROOT),
                    r,
                    true);
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(
            SXSSFWorkbook wb, CellStyle head, String name, String title, CycleReport r, boolean collective) {
        Sheet sheet = wb.createSheet(name);
        Row unit = sheet.createRow(0);
        unit.createCell(0).setCellValue(r.unitName().toUpperCase(java.util.Locale.ROOT));
        unit.getCell(0).setCellStyle(head);
        Row t = sheet.createRow(1);
        t.createCell(0).setCellValue(title);
        t.getCell(0).setCellStyle(head);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.size() - 1));
        sheet.createRow(2)
                .createCell(0)
                .setCellValue("Kỳ " + r.cycle().periodCode() + " (từ "
                        + VnFormats.date(r.cycle().periodStart()) + " đến "
                        + VnFormats.date(r.cycle().periodEnd())
                        + "), ngày lập " + VnFormats.date(r.date()));
        Row h = sheet.createRow(FIRST_ROW - 1);
        for (int i = 0; i < HEADERS.size(); i++) {
            h.createCell(i).setCellValue(HEADERS.get(i));
            h.getCell(i).setCellStyle(head);
        }
        int n = FIRST_ROW;
        int stt = 1;
        for (CycleReport.Row m : r.rows()) {
            if ("COLLECTIVE".equals(m.kind()) != collective) {
                continue;
            }
            Row row = sheet.createRow(n++);
            row.createCell(0).setCellValue(stt++);
            String[] values = {m.name(), m.job(), m.unit(), m.self(), m.appraised(), m.decided(), m.note()};
            for (int i = 0; i < values.length; i++) {
                row.createCell(i + 1).setCellValue(values[i]);
            }
        }
        int[] widths = {6, 30, 24, 36, 22, 22, 24, 30};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }
}
