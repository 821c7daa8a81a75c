package vn.tochuc.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The batch summary as an Excel workbook: one row per unit with its grade counts, then the totals. */
final class BatchSummaryExcel {

    private BatchSummaryExcel() {}

    static byte[] write(BatchSummary s) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Kỳ " + s.period().replaceAll("[\\\\/?*\\[\\]:]", "-"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Phân bố xếp loại kỳ " + s.period() + " – " + s.rootName());
            Row h = sheet.createRow(1);
            h.createCell(0).setCellValue("Mã đơn vị");
            h.createCell(1).setCellValue("Đơn vị");
            int c = 2;
            for (Grade g : BatchSummary.grades()) {
                h.createCell(c++).setCellValue(g.name());
            }
            h.createCell(c).setCellValue("Tổng");
            int n = 2;
            for (BatchSummary.UnitRow u : s.units()) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue(u.unitId());
                row.createCell(1).setCellValue(u.name());
                int col = 2;
                for (Grade g : BatchSummary.grades()) {
                    row.createCell(col++).setCellValue(u.count(g));
                }
                row.createCell(col).setCellValue(u.total());
            }
            Row total = sheet.createRow(n);
            total.createCell(1).setCellValue("Tổng cộng");
            int col = 2;
            for (Grade g : BatchSummary.grades()) {
                total.createCell(col++).setCellValue(s.total(g));
            }
            total.createCell(col).setCellValue(s.total());
            sheet.setColumnWidth(1, 50 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
