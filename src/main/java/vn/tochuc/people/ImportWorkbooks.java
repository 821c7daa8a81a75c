package vn.tochuc.people;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tochuc.shared.Texts;

/** The downloadable import template and the error file (the upload with bad cells in red and a "Lỗi" column). */
final class ImportWorkbooks {

    private ImportWorkbooks() {}

    static byte[] template() {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Hồ sơ cán bộ");
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            for (ImportColumns c : ImportColumns.ALL) {
                header.createCell(c.ordinal()).setCellValue(c.header());
                sheet.setDefaultColumnStyle(c.ordinal(), text);
                sheet.setColumnWidth(c.ordinal(), 20 * 256);
            }
            String[] example = {
                "001085012345",
                "CB-0001",
                "Nguyễn Văn Hùng",
                "02/03/1985",
                "Nam",
                "Kinh",
                "Không",
                "00004",
                "Phường Trúc Bạch, Quận Ba Đình, Thành phố Hà Nội",
                "00004",
                "Phường Trúc Bạch",
                "TU-QT",
                "Chuyên viên",
                "01/07/2025",
                "Đại học",
                "Luật",
                "Trung cấp",
                "Chuyên viên",
                "03/02/2012",
                "03/02/2013",
                Texts.vi("people.demo.language"),
                Levels.ForeignLanguage.BAC_3.label(),
                Levels.It.CO_BAN.label()
            };
            Row row = sheet.createRow(1);
            for (int i = 0; i < example.length; i++) {
                row.createCell(i).setCellValue(example[i]);
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The upload annotated with its problems; a new sheet listing them when the upload cannot be opened. */
    static byte[] errors(byte[] upload, List<ImportProblem> problems) {
        Map<Integer, StringBuilder> byRow = new TreeMap<>();
        problems.forEach(p -> byRow.computeIfAbsent(p.row(), r -> new StringBuilder())
                .append(p.column() == null ? "" : p.column() + ": ")
                .append(p.message())
                .append(' '));
        boolean fileLevel = problems.stream().anyMatch(p -> p.row() <= 0);
        try (Workbook wb = fileLevel ? new XSSFWorkbook() : new XSSFWorkbook(new ByteArrayInputStream(upload))) {
            Sheet sheet = fileLevel ? wb.createSheet("Lỗi") : wb.getSheetAt(0);
            CellStyle red = wb.createCellStyle();
            red.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            red.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            int errorCol = ImportColumns.ALL.size();
            cell(sheet, 0, errorCol).setCellValue("Lỗi");
            for (var e : byRow.entrySet()) {
                cell(sheet, Math.max(e.getKey() - 1, 1), errorCol)
                        .setCellValue(e.getValue().toString().strip());
            }
            for (ImportProblem p : problems) {
                if (p.row() > 0 && p.column() != null) {
                    cell(sheet, p.row() - 1, p.column().charAt(0) - 'A').setCellStyle(red);
                }
            }
            return bytes(wb);
        } catch (IOException | RuntimeException e) {
            return template();
        }
    }

    private static Cell cell(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        var out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
