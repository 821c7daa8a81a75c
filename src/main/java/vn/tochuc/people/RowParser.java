package vn.tochuc.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.jspecify.annotations.Nullable;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.PersonName;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VietnameseText;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.ColumnLimits;

/** Parses one spreadsheet row into a person, adding a problem for every bad cell (not just the first). */
final class RowParser {

    private final int rowNumber;
    private final Row row;
    private final List<ImportProblem> problems;
    private final Function<String, Optional<OrgDirectory.UnitRef>> units;

    RowParser(
            int rowNumber,
            Row row,
            List<ImportProblem> problems,
            Function<String, Optional<OrgDirectory.UnitRef>> units) {
        this.rowNumber = rowNumber;
        this.row = row;
        this.problems = problems;
        this.units = units;
    }

    ImportReader.@Nullable Row2C parse() {
        int before = problems.size();
        String id = text(ImportColumns.ID_NUMBER, true);
        String staff = text(ImportColumns.STAFF_NUMBER, false);
        String name = text(ImportColumns.FULL_NAME, false);
        LocalDate dob = date(ImportColumns.DATE_OF_BIRTH);
        Sex sex = sex();
        String ethnicity = code(ImportColumns.ETHNICITY, Levels::ethnicity, Texts.t("people.err.list.ethnicity"));
        String religion = text(ImportColumns.RELIGION, false);
        Person.Locality birthplace = locality(ImportColumns.BIRTHPLACE_CODE, ImportColumns.BIRTHPLACE);
        Person.Locality hometown = locality(ImportColumns.HOMETOWN_CODE, ImportColumns.HOMETOWN);
        OrgDirectory.UnitRef unit = unit();
        String position = text(ImportColumns.POSITION, false);
        LocalDate from = date(ImportColumns.POSITION_FROM);
        Levels.Theory theory = optionalCode(
                ImportColumns.THEORY, Levels::theory, Levels.Theory.NONE, Texts.t("people.err.list.theory"));
        Levels.StateMgmt mgmt = optionalCode(
                ImportColumns.STATE_MGMT,
                Levels::stateMgmt,
                Levels.StateMgmt.NONE,
                Texts.t("people.err.list.stateMgmt"));
        Levels.Professional professional = optionalCode(
                ImportColumns.PROFESSIONAL_LEVEL,
                Levels::professional,
                Levels.Professional.NONE,
                Texts.vi("import.list.professional"));
        String languageName = text(ImportColumns.LANGUAGE_NAME, false);
        String languageTooLong = ColumnLimits.problem("people_person.language_name", languageName);
        if (languageTooLong != null) {
            problem(ImportColumns.LANGUAGE_NAME, languageTooLong);
        }
        Levels.ForeignLanguage language = optionalCode(
                ImportColumns.FOREIGN_LANGUAGE,
                Levels::foreignLanguage,
                Levels.ForeignLanguage.NONE,
                Texts.vi("import.list.foreignLanguage"));
        Levels.It it = optionalCode(ImportColumns.IT_LEVEL, Levels::it, Levels.It.NONE, Texts.vi("import.list.it"));
        LocalDate join = optionalDate(ImportColumns.PARTY_JOIN);
        LocalDate official = optionalDate(ImportColumns.PARTY_OFFICIAL);
        if (id != null && dob != null && sex != null) {
            Cccd.problem(id, dob, sex).ifPresent(m -> problem(ImportColumns.ID_NUMBER, m));
        }
        if (problems.size() > before
                || dob == null
                || sex == null
                || unit == null
                || from == null
                || name == null
                || ethnicity == null
                || religion == null) {
            return null;
        }
        Person p = new Person(
                0,
                staff,
                id,
                null,
                PersonName.parse(name),
                null,
                dob,
                sex,
                new Person.Origin(birthplace, hometown, ethnicity, religion, null, null),
                new Person.Education(
                        null,
                        professional,
                        text(ImportColumns.PROFESSIONAL_FIELD, false),
                        theory,
                        mgmt,
                        language,
                        languageName,
                        it),
                new Person.Party(join, official, null, null, null, null, null, null),
                new Person.Career(null, null, null, null, null, null, null, null),
                new Person.Health(null, null, null, null),
                null,
                null,
                unit.id(),
                position);
        return new ImportReader.Row2C(rowNumber, p, from);
    }

    /** The cell as text, NFC and trimmed; null when blank (a problem when required). */
    @Nullable
    String text(ImportColumns col, boolean mustBeText) {
        Cell c = row.getCell(col.ordinal());
        int before = problems.size();
        String value = null;
        if (c != null) {
            switch (c.getCellType()) {
                case FORMULA -> problem(col, Texts.t("people.err.cell.formula"));
                case STRING ->
                    value = VietnameseText.nfc(c.getStringCellValue()).strip();
                case NUMERIC -> {
                    if (mustBeText) {
                        problem(col, Texts.t("people.err.cell.text"));
                    } else {
                        double d = c.getNumericCellValue();
                        value = d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
                    }
                }
                case BOOLEAN, ERROR -> problem(col, Texts.t("people.err.cell.value"));
                default -> {}
            }
        }
        if (value != null && value.length() > 255) {
            problem(col, Texts.t("people.err.cell.length"));
            value = null;
        }
        if ((value == null || value.isEmpty()) && col.required() && problems.size() == before) {
            problem(col, Texts.t("people.err.cell.required", col.header()));
        }
        return value == null || value.isEmpty() ? null : value;
    }

    @Nullable
    LocalDate date(ImportColumns col) {
        Cell c = row.getCell(col.ordinal());
        if (c != null && c.getCellType() == CellType.NUMERIC) {
            LocalDate d = ImportReader.excelDate(c);
            if (d == null) {
                problem(col, Texts.t("people.err.cell.date"));
            }
            return d;
        }
        String s = text(col, false);
        if (s == null) {
            return null;
        }
        try {
            return VnFormats.parseDate(s);
        } catch (VnFormats.InvalidDateException e) {
            problem(col, e.getMessage());
            return null;
        }
    }

    private @Nullable LocalDate optionalDate(ImportColumns col) {
        Cell c = row.getCell(col.ordinal());
        return c == null || c.getCellType() == CellType.BLANK ? null : date(col);
    }

    private @Nullable Sex sex() {
        String s = text(ImportColumns.SEX, false);
        if (s == null) {
            return null;
        }
        try {
            return Sex.parse(s);
        } catch (IllegalArgumentException e) {
            problem(ImportColumns.SEX, e.getMessage());
            return null;
        }
    }

    private @Nullable String code(ImportColumns col, Function<String, @Nullable String> lookup, String list) {
        String s = text(col, false);
        if (s == null) {
            return null;
        }
        String v = lookup.apply(s);
        if (v == null) {
            problem(col, Texts.t("people.err.cell.notInList", s, list));
        }
        return v;
    }

    private <E> E optionalCode(ImportColumns col, Function<String, @Nullable E> lookup, E blank, String list) {
        String s = text(col, false);
        if (s == null) {
            return blank;
        }
        E v = lookup.apply(s);
        if (v == null) {
            problem(col, Texts.t("people.err.cell.notInList", s, list));
            return blank;
        }
        return v;
    }

    private Person.Locality locality(ImportColumns codeCol, ImportColumns nameCol) {
        String code = text(codeCol, true);
        String name = text(nameCol, false);
        if (code != null && !code.matches("\\d{5}")) {
            problem(codeCol, Texts.t("people.err.cell.commune"));
            code = null;
        }
        return new Person.Locality(code, name);
    }

    private OrgDirectory.@Nullable UnitRef unit() {
        String code = text(ImportColumns.UNIT_CODE, false);
        if (code == null) {
            return null;
        }
        Optional<OrgDirectory.UnitRef> unit = units.apply(code);
        if (unit.isEmpty()) {
            problem(ImportColumns.UNIT_CODE, Texts.t("people.err.cell.unit", code));
        }
        return unit.orElse(null);
    }

    private void problem(ImportColumns col, String message) {
        problems.add(new ImportProblem(rowNumber, col.letter(), message));
    }
}
