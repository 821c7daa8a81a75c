package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Coded foreign-language and IT levels (issue 12, point 3): people/V7 maps the old free text of items 15.5 and 15.6
 * to Levels.ForeignLanguage (6-level framework, TT 01/2014/TT-BGDĐT) with the language's name kept apart, and to
 * Levels.It (TT 03/2014/TT-BTTTT), and lists what it could not map; the form reads a level the same way.
 */
class LanguageItCodeMigrationTests {

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource({
        "BAC_3, BAC_3",
        "Bậc 3 (B1), BAC_3",
        "Tiếng Anh B1, BAC_3",
        "tieng anh b1, BAC_3",
        "Tiếng Anh bậc 3, BAC_3",
        "tiếng Pháp bậc 4/6, BAC_4",
        "Tiếng Anh (B2), BAC_4",
        "A1, BAC_1",
        "Anh văn A2, BAC_2",
        "Tiếng Nga C1, BAC_5",
        "Tiếng Anh C2, BAC_6",
        "NONE, NONE",
        "Chưa có bậc theo Khung 6 bậc, NONE",
    })
    @DisplayName("A foreign-language level typed as a code, a name or free text is read to its step")
    void parseLanguage(String typed, Levels.ForeignLanguage expected) {
        assertThat(Levels.foreignLanguage(typed)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "«{0}» is no step")
    @CsvSource({"Tiếng Anh B", "Tiếng Anh trình độ C", "Anh văn A", "Giỏi"})
    @DisplayName("The old certificates A, B, C are no step of the framework")
    void oldCertificatesAreNoStep(String typed) {
        assertThat(Levels.foreignLanguage(typed)).isNull();
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource({
        "CO_BAN, CO_BAN",
        "Ứng dụng CNTT cơ bản, CO_BAN",
        "Cơ bản, CO_BAN",
        "tin hoc co ban, CO_BAN",
        "Ứng dụng CNTT nâng cao, NANG_CAO",
        "Tin học nâng cao, NANG_CAO",
        "NANG_CAO, NANG_CAO",
        "Chưa có chứng chỉ, NONE",
    })
    @DisplayName("An IT level typed as a code, a name or free text is read to its code")
    void parseIt(String typed, Levels.It expected) {
        assertThat(Levels.it(typed)).isEqualTo(expected);
    }

    @Test
    @DisplayName("An IT text that says neither basic nor advanced is no level")
    void unknownIt() {
        assertThat(Levels.it("Tin học văn phòng, chứng chỉ A")).isNull();
    }

    @Test
    @DisplayName("people/V7 maps the stored text to steps, names the language and lists what it could not map")
    void migrationMapsAndListsTheRest() {
        var ds = new DriverManagerDataSource(
                "jdbc:h2:mem:v7-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "sa",
                "");
        migrate(ds, "6");
        JdbcClient jdbc = JdbcClient.create(ds);
        String[][] rows = {
            {"Tiếng Anh B1", "Ứng dụng CNTT cơ bản"},
            {"tiếng anh bậc 4", "Cơ bản"},
            {"Tiếng Pháp C1", "Tin học nâng cao"},
            {"Anh văn A2", "tin hoc co ban"},
            {"tieng trung bac 3", "Chứng chỉ A"},
            {"Tiếng Anh B", null},
            {"B2", ""},
            {"Tiếng Nga", "Không"},
            {"", "Chưa có"},
            {null, null},
            {"Chưa có", "nâng cao"},
            {"Tiếng Nhật bậc 6", "Giỏi tin"}
        };
        for (int i = 0; i < rows.length; i++) {
            jdbc.sql("""
                    insert into people_person (id, surname, middle_name, given_name, full_name, name_folded,
                        given_folded, sort_key, date_of_birth, sex, ethnicity, religion, professional_level,
                        political_theory, state_mgmt, foreign_language, it_level, current_unit_id)
                    values (:id, 'Lê', 'Văn', 'A', 'Lê Văn A', 'le van a', 'a', :key, date '1980-01-01', 'M',
                        'Kinh', 'Không', null, 'NONE', 'NONE', :language, :it, 1)
                    """)
                    .param("id", i + 1)
                    .param("key", new byte[] {1})
                    .param("language", rows[i][0])
                    .param("it", rows[i][1])
                    .update();
        }

        migrate(ds, "7");

        List<String> got = jdbc.sql("select id, language_code, language_name, it_code from people_person order by id")
                .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4))
                .list();
        assertThat(got)
                .containsExactly(
                        "1 BAC_3 Tiếng Anh CO_BAN",
                        "2 BAC_4 Tiếng Anh CO_BAN",
                        "3 BAC_5 Tiếng Pháp NANG_CAO",
                        "4 BAC_2 Tiếng Anh CO_BAN",
                        "5 BAC_3 Tiếng Trung NONE",
                        "6 NONE Tiếng Anh NONE",
                        "7 BAC_4 null NONE",
                        "8 NONE Tiếng Nga NONE",
                        "9 NONE null NONE",
                        "10 NONE null NONE",
                        "11 NONE null NANG_CAO",
                        "12 BAC_6 Tiếng Nhật NONE");
        assertThat(jdbc.sql(
                                "select person_id, field_name, raw_value from people_level_unmapped order by person_id, field_name")
                        .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2) + ": " + rs.getString(3))
                        .list())
                .containsExactly(
                        "5 it_level: Chứng chỉ A",
                        "6 foreign_language: Tiếng Anh B",
                        "7 foreign_language: B2",
                        "8 foreign_language: Tiếng Nga",
                        "12 it_level: Giỏi tin");
    }

    private static void migrate(DataSource ds, @Nullable String target) {
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration/people")
                .table("flyway_schema_history_people")
                .target(target)
                .load()
                .migrate();
    }
}
