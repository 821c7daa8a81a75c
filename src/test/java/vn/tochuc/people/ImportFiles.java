package vn.tochuc.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds import files for tests: valid ones, broken ones and hostile ones. */
final class ImportFiles {

    private ImportFiles() {}

    /** Each row: values by template column; a value starting with "=" becomes a formula. */
    static byte[] xlsx(List<String[]> rows) throws IOException {
        return xlsx(ImportColumns.ALL, rows);
    }

    /** The same with only the {@code columns} in the header row (an older template). */
    static byte[] xlsx(List<ImportColumns> columns, List<String[]> rows) throws IOException {
        try (var wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet();
            Row header = sheet.createRow(0);
            for (ImportColumns c : columns) {
                header.createCell(c.ordinal()).setCellValue(c.header());
            }
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                String[] values = rows.get(i);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] == null) {
                        continue;
                    }
                    if (values[c].startsWith("=")) {
                        row.createCell(c).setCellFormula(values[c].substring(1));
                    } else {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            var out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static String[] row(String cccd, String name, String dob, String sex, String unitCode) {
        return new String[] {
            cccd,
            null,
            name,
            dob,
            sex,
            "Kinh",
            "Không",
            "00004",
            "Phường Trúc Bạch",
            null,
            null,
            unitCode,
            "Chuyên viên",
            "01/07/2025",
            "Đại học",
            "Luật",
            "Trung cấp",
            "Chuyên viên",
            null,
            null
        };
    }

    static byte[] zipOf(String entry) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("xin chào".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A zip whose one entry inflates to 100 MB of zeros. */
    static byte[] zipBomb() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
