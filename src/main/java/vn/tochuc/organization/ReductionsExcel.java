package vn.tochuc.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tochuc.shared.VnFormats;

/** The reductions report as an Excel workbook: by level, by kind, by province. */
final class ReductionsExcel {

    private ReductionsExcel() {}

    static byte[] write(Reductions r) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String before = "Ngày " + VnFormats.date(r.from());
            String after = "Ngày " + VnFormats.date(r.to());
            sheet(wb, "Theo cấp", List.of("Cấp", before, after, "Tăng/giảm", "%"), r.levels(), false);
            sheet(wb, "Theo loại", List.of("Loại", before, after, "Tăng/giảm", "%"), r.kinds(), false);
            sheet(
                    wb,
                    "Theo tỉnh",
                    List.of("Tỉnh, thành phố (sau)", before, after, "Tăng/giảm", "%"),
                    r.provinces(),
                    true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(
            XSSFWorkbook wb, String name, List<String> header, List<Reductions.Row> rows, boolean byLevel) {
        Sheet s = wb.createSheet(name);
        Row h = s.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            h.createCell(i).setCellValue(header.get(i));
        }
        int levels = 0;
        if (byLevel && !rows.isEmpty() && rows.get(0).beforeByLevel() != null) {
            levels = rows.get(0).beforeByLevel().length;
            for (int l = 0; l < levels; l++) {
                h.createCell(header.size() + 2 * l).setCellValue("Cấp " + (l + 1) + " (trước)");
                h.createCell(header.size() + 2 * l + 1).setCellValue("Cấp " + (l + 1) + " (sau)");
            }
        }
        int n = 1;
        for (Reductions.Row x : rows) {
            Row row = s.createRow(n++);
            row.createCell(0).setCellValue(x.label());
            row.createCell(1).setCellValue(x.before());
            row.createCell(2).setCellValue(x.after());
            row.createCell(3).setCellValue(x.change());
            row.createCell(4).setCellValue(x.percent());
            for (int l = 0; l < levels; l++) {
                row.createCell(header.size() + 2 * l).setCellValue(x.beforeByLevel()[l]);
                row.createCell(header.size() + 2 * l + 1).setCellValue(x.afterByLevel()[l]);
            }
        }
        s.setColumnWidth(0, 40 * 256);
    }
}
