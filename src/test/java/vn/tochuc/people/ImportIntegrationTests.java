package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;

@SpringBootTest
class ImportIntegrationTests {

    @Autowired
    ImportService imports;

    @Autowired
    ImportRepository uploads;

    @Autowired
    JdbcClient jdbc;

    String unitCode;

    @BeforeEach
    void setUp() {
        PeopleFixtures.signIn("importer", UnitScope.everything(), Role.ADMIN, Role.ORG_STAFF);
        long unit = PeopleFixtures.unit(jdbc, "Đơn vị nhập thử", null);
        unitCode = jdbc.sql("select code from org_unit where id = :id")
                .param("id", unit)
                .query(String.class)
                .single();
    }

    @AfterEach
    void signOut() {
        PeopleFixtures.signOut();
    }

    @Test
    void aValidFileIsImportedOnceAndTheSecondRunChangesNothing() throws Exception {
        String a = PeopleFixtures.uniqueCccd(Sex.M, 1985);
        String b = PeopleFixtures.uniqueCccd(Sex.F, 1990);
        byte[] file = ImportFiles.xlsx(List.of(
                ImportFiles.row(a, "Nguyễn Văn Nhập", "02/03/1985", "Nam", unitCode),
                ImportFiles.row(b, "Lê Thị Nhập", "1990-04-05", "Nữ", unitCode)));
        ImportOutcome first = run(file);
        assertThat(first.problems()).isEmpty();
        assertThat(first.created()).isEqualTo(2);
        ImportOutcome second = run(file);
        assertThat(second.accepted()).isTrue();
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(count(a, b)).isEqualTo(2);
    }

    @Test
    void aFileWithErrorsChangesNothingAndNamesEveryBadCell() throws Exception {
        String good = PeopleFixtures.uniqueCccd(Sex.M, 1985);
        String dup = PeopleFixtures.uniqueCccd(Sex.F, 1991);
        List<String[]> rows = new ArrayList<>();
        rows.add(ImportFiles.row(good, "Trần Văn Tốt", "02/03/1985", "Nam", unitCode));
        rows.add(ImportFiles.row("001085999999", "Phạm Văn Sai", "31/02/1985", "Nam", unitCode));
        rows.add(ImportFiles.row(dup, "Vũ Thị Trùng", "01/01/1991", "Nữ", "KHONG-CO"));
        rows.add(ImportFiles.row(dup, "Vũ Thị Trùng", "01/01/1991", "Nữ", unitCode));
        rows.add(
                ImportFiles.row(dup.replace(dup.substring(0, 3), "001"), "Hồ Văn Lệch", "01/01/1991", "Nam", unitCode));
        String[] formula = ImportFiles.row(
                PeopleFixtures.uniqueCccd(Sex.M, 1980), "=CONCAT(\"A\",\"B\")", "01/01/1980", "Nam", unitCode);
        rows.add(formula);
        rows.get(rows.size() - 1)[5] = "Kinhh";
        rows.add(rowWithDupOf(dup));
        ImportOutcome o = run(ImportFiles.xlsx(rows));
        assertThat(o.accepted()).isFalse();
        assertThat(o.problems())
                .extracting(ImportProblem::where)
                .contains("Ô D3", "Ô L4", "Ô A6", "Ô C7", "Ô F7", "Ô A8");
        assertThat(o.problems())
                .filteredOn(p -> p.where().equals("Ô D3"))
                .first()
                .extracting(ImportProblem::message)
                .asString()
                .contains("31/02/1985");
        assertThat(count(good, dup)).isZero();
        byte[] errors = uploads.errorFile(o.importId()).orElseThrow();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(errors))) {
            var sheet = wb.getSheetAt(0);
            int errorCol = ImportColumns.ALL.size();
            assertThat(sheet.getRow(0).getCell(errorCol).getStringCellValue()).isEqualTo("Lỗi");
            assertThat(sheet.getRow(2).getCell(errorCol).getStringCellValue()).contains("D:");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "text", "xls", "broken", "bomb", "foreignZip"})
    void hostileOrMalformedFilesAreRefusedWithAClearMessage(String kind) throws Exception {
        byte[] valid = ImportFiles.xlsx(List.<String[]>of(ImportFiles.row(
                PeopleFixtures.uniqueCccd(Sex.M, 1985), "Đinh Văn Hỏng", "02/03/1985", "Nam", unitCode)));
        byte[] file = switch (kind) {
            case "empty" -> new byte[0];
            case "text" -> "họ tên;ngày sinh\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case "xls" -> new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
            case "broken" -> Arrays.copyOf(valid, valid.length / 2);
            case "bomb" -> ImportFiles.zipBomb();
            default -> ImportFiles.zipOf("hello.txt");
        };
        long before =
                jdbc.sql("select count(*) from people_person").query(Long.class).single();
        ImportOutcome o = run(file);
        assertThat(o.accepted()).isFalse();
        assertThat(o.problems()).hasSize(1);
        assertThat(o.problems().get(0).row()).isZero();
        assertThat(o.problems().get(0).message()).isNotBlank();
        assertThat(jdbc.sql("select count(*) from people_person")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void theLanguageAndItColumnsAreReadAsCodesAndAnOlderTemplateWithoutThemStillImports() throws Exception {
        String a = PeopleFixtures.uniqueCccd(Sex.M, 1985);
        String b = PeopleFixtures.uniqueCccd(Sex.F, 1990);
        byte[] file = ImportFiles.xlsx(List.of(
                withLevels(
                        ImportFiles.row(a, "Đào Văn Ngữ", "02/03/1985", "Nam", unitCode),
                        "Tiếng Pháp",
                        "Bậc 4 (B2)",
                        "Ứng dụng CNTT nâng cao"),
                withLevels(
                        ImportFiles.row(b, "Đào Thị Tin", "04/05/1990", "Nữ", unitCode), "Tiếng Anh", "B1", "CO_BAN")));
        ImportOutcome o = run(file);
        assertThat(o.problems()).isEmpty();
        assertThat(levels(a)).isEqualTo("BAC_4 Tiếng Pháp NANG_CAO");
        assertThat(levels(b)).isEqualTo("BAC_3 Tiếng Anh CO_BAN");

        // Blank level cells over an existing record keep what it had.
        run(ImportFiles.xlsx(List.<String[]>of(ImportFiles.row(a, "Đào Văn Ngữ", "02/03/1985", "Nam", unitCode))));
        assertThat(levels(a)).isEqualTo("BAC_4 Tiếng Pháp NANG_CAO");

        // An old certificate letter is no step of the framework: refused in its cell.
        String c = PeopleFixtures.uniqueCccd(Sex.M, 1980);
        ImportOutcome bad = run(ImportFiles.xlsx(List.<String[]>of(withLevels(
                ImportFiles.row(c, "Đào Văn Cũ", "01/01/1980", "Nam", unitCode), "Tiếng Anh", "Tiếng Anh B", null))));
        assertThat(bad.accepted()).isFalse();
        assertThat(bad.problems())
                .extracting(ImportProblem::where)
                .containsExactly("Ô " + ImportColumns.FOREIGN_LANGUAGE.letter() + "2");
        assertThat(count(c)).isZero();

        // A file made from the template before these columns still imports.
        String d = PeopleFixtures.uniqueCccd(Sex.F, 1992);
        ImportOutcome old = run(ImportFiles.xlsx(
                ImportColumns.ALL.subList(0, ImportColumns.LANGUAGE_NAME.ordinal()),
                List.<String[]>of(ImportFiles.row(d, "Đào Thị Mẫu", "01/01/1992", "Nữ", unitCode))));
        assertThat(old.problems()).isEmpty();
        assertThat(levels(d)).isEqualTo("NONE null NONE");
    }

    private static String[] withLevels(String[] row, String name, String language, String it) {
        String[] out = Arrays.copyOf(row, ImportColumns.ALL.size());
        out[ImportColumns.LANGUAGE_NAME.ordinal()] = name;
        out[ImportColumns.FOREIGN_LANGUAGE.ordinal()] = language;
        out[ImportColumns.IT_LEVEL.ordinal()] = it;
        return out;
    }

    private String levels(String cccd) {
        return jdbc.sql("select language_code, language_name, it_code from people_person where id_number = :c")
                .param("c", cccd)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .single();
    }

    private String[] rowWithDupOf(String cccd) {
        return ImportFiles.row(cccd, "Vũ Thị Trùng", "01/01/1991", "Nữ", unitCode);
    }

    private ImportOutcome run(byte[] file) {
        long id = imports.upload("test.xlsx", file);
        return imports.run(id, (d, t) -> {}, () -> false);
    }

    private long count(String... cccds) {
        return jdbc.sql("select count(*) from people_person where id_number in (:ids)")
                .param("ids", List.of(cccds))
                .query(Long.class)
                .single();
    }
}
