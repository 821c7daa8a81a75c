package vn.tochuc.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.VietnameseText;

/**
 * Reads and validates every row of an import file. Returns the rows and every problem found, each naming its row
 * and cell in Vietnamese; the caller writes nothing unless the problem list is empty. Unit codes are resolved
 * through {@code resolveUnit}, which also applies the caller's scope (an out-of-scope unit reads as unknown).
 */
final class ImportReader {

    static final int MAX_ROWS = 50_000;

    record Row2C(int row, Person person, LocalDate positionFrom) {}

    record Result(List<Row2C> rows, List<ImportProblem> problems) {}

    private final Function<String, Optional<OrgDirectory.UnitRef>> resolveUnit;
    private final Map<String, Optional<OrgDirectory.UnitRef>> units = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    ImportReader(Function<String, Optional<OrgDirectory.UnitRef>> resolveUnit) {
        this.resolveUnit = resolveUnit;
    }

    Result read(byte[] file) {
        try {
            ImportSafety.check(file);
        } catch (IllegalArgumentException e) {
            return new Result(List.of(), List.of(new ImportProblem(0, null, e.getMessage())));
        }
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            return read(wb.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            return new Result(
                    List.of(),
                    List.of(new ImportProblem(
                            0, null, "Không đọc được tệp Excel: tệp hỏng hoặc không đúng định dạng .xlsx.")));
        }
    }

    private Result read(Sheet sheet) {
        Row header = sheet.getRow(0);
        for (ImportColumns c : ImportColumns.ALL) {
            Cell cell = header == null ? null : header.getCell(c.ordinal());
            String h = cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
            if (h.isBlank() && ImportColumns.ADDED_LATER.contains(c)) {
                continue;
            }
            if (!VietnameseText.fold(h).equals(VietnameseText.fold(c.header()))) {
                return new Result(
                        List.of(),
                        List.of(new ImportProblem(
                                1, c.letter(), "Tiêu đề cột phải là \"" + c.header() + "\": hãy dùng đúng tệp mẫu.")));
            }
        }
        if (sheet.getLastRowNum() > MAX_ROWS) {
            return new Result(
                    List.of(),
                    List.of(new ImportProblem(0, null, "Tệp có hơn " + MAX_ROWS + " dòng; hãy chia thành nhiều tệp.")));
        }
        List<Row2C> rows = new ArrayList<>();
        Map<String, Integer> seenIds = new HashMap<>();
        Map<String, Integer> seenStaff = new HashMap<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row == null || blankRow(row)) {
                continue;
            }
            int before = problems.size();
            Row2C parsed = new RowParser(i + 1, row, problems, this::unit).parse();
            if (problems.size() == before && parsed != null) {
                Person p = parsed.person();
                LocalDate from = parsed.positionFrom();
                duplicate(seenIds, p.idNumber(), i + 1, ImportColumns.ID_NUMBER, "Số CCCD");
                duplicate(seenStaff, p.staffNumber(), i + 1, ImportColumns.STAFF_NUMBER, "Số hiệu cán bộ");
                if (from.isBefore(p.dateOfBirth().plusYears(15))) {
                    problems.add(new ImportProblem(
                            i + 1, ImportColumns.POSITION_FROM.letter(), "Ngày giữ chức vụ phải từ khi đủ 15 tuổi."));
                }
                int rowNo = i + 1;
                PersonValidation.check(p).ifPresent(m -> problems.add(new ImportProblem(rowNo, null, m)));
                rows.add(parsed);
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(0, null, "Tệp không có dòng dữ liệu nào."));
        }
        return new Result(rows, List.copyOf(problems));
    }

    private void duplicate(Map<String, Integer> seen, @Nullable String key, int row, ImportColumns col, String what) {
        if (key == null) {
            return;
        }
        Integer first = seen.putIfAbsent(key, row);
        if (first != null) {
            problems.add(new ImportProblem(row, col.letter(), what + " " + key + " trùng với dòng " + first + "."));
        }
    }

    private Optional<OrgDirectory.UnitRef> unit(String code) {
        return units.computeIfAbsent(code, resolveUnit);
    }

    private static boolean blankRow(Row row) {
        for (Cell c : row) {
            if (c.getCellType() != CellType.BLANK
                    && !(c.getCellType() == CellType.STRING
                            && c.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** A date typed as text or stored as an Excel date. */
    static @Nullable LocalDate excelDate(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        return null;
    }
}
