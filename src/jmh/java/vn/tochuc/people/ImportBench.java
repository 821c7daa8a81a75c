package vn.tochuc.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.VnFormats;

/** Builds an import file of generated people with the template's columns. */
final class ImportBench {

    private ImportBench() {}

    static byte[] file(List<OrgDirectory.UnitRef> units, int rows) throws IOException {
        var g = new PopulationGenerator(
                System.nanoTime(),
                units,
                LocalDate.now(VnFormats.VIETNAM),
                false,
                "I" + Long.toString(System.currentTimeMillis(), 36) + "-");
        try (var wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet();
            Row header = sheet.createRow(0);
            for (ImportColumns c : ImportColumns.ALL) {
                header.createCell(c.ordinal()).setCellValue(c.header());
            }
            for (int i = 0; i < rows; i++) {
                Person p = g.next(i).person();
                String code = units.stream()
                        .filter(u -> u.id() == p.currentUnitId())
                        .findFirst()
                        .orElseThrow()
                        .code();
                String[] v = {
                    p.idNumber(),
                    p.staffNumber(),
                    p.fullName(),
                    VnFormats.date(p.dateOfBirth()),
                    p.sex().label(),
                    p.origin().ethnicity(),
                    p.origin().religion(),
                    p.origin().birthplace().code(),
                    p.origin().birthplace().name(),
                    p.origin().hometown().code(),
                    p.origin().hometown().name(),
                    code,
                    p.currentPosition(),
                    "01/07/2025",
                    p.education().professionalLevel().label(),
                    p.education().professionalField(),
                    p.education().theory().label(),
                    p.education().stateMgmt().label(),
                    p.party().joinDate() == null
                            ? null
                            : VnFormats.date(p.party().joinDate()),
                    p.party().officialDate() == null
                            ? null
                            : VnFormats.date(p.party().officialDate())
                };
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < v.length; c++) {
                    if (v[c] != null) {
                        row.createCell(c).setCellValue(v[c]);
                    }
                }
            }
            var out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
