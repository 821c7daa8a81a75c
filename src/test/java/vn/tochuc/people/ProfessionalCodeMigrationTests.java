package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Coded professional levels (issue 12, point 3): people/V6 maps the old free text to Levels.Professional and lists
 * what it could not map; the form and the import read a level the same way ({@link Levels#professional}).
 */
class ProfessionalCodeMigrationTests {

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource({
        "Đại học, DAI_HOC",
        "dai hoc, DAI_HOC",
        "DAI_HOC, DAI_HOC",
        "Cử nhân Luật, DAI_HOC",
        "Kỹ sư xây dựng, DAI_HOC",
        "Thạc sỹ Quản lý công, THAC_SI",
        "'Thạc sĩ, kỹ sư', THAC_SI",
        "Tiến sĩ Kinh tế, TIEN_SI",
        "Cao đẳng sư phạm, CAO_DANG",
        "Trung cấp, TRUNG_CAP",
        "Sơ cấp nghề, SO_CAP",
        "Chưa qua đào tạo, NONE",
    })
    @DisplayName("A level typed as a code, a name or a diploma is read to its code")
    void parse(String typed, Levels.Professional expected) {
        assertThat(Levels.professional(typed)).isEqualTo(expected);
    }

    @Test
    @DisplayName("Nonsense is not a level")
    void unknown() {
        assertThat(Levels.professional("Giỏi việc nước")).isNull();
    }

    @Test
    @DisplayName("people/V6 maps the stored text by its diploma words and lists what it could not map")
    void migrationMapsAndListsTheRest() {
        var ds = new DriverManagerDataSource(
                "jdbc:h2:mem:v6-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "sa",
                "");
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration/people")
                .table("flyway_schema_history_people")
                .target("5")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        String[] texts = {
            "Đại học",
            "đại học luật",
            "Cử nhân Kinh tế",
            "Kỹ sư nông nghiệp",
            "Thạc sĩ",
            "Thạc sỹ QLC",
            "Tiến sĩ",
            "Cao đẳng",
            "Trung cấp",
            "Sơ cấp",
            "dai hoc",
            "Chưa qua đào tạo",
            "Không",
            "",
            null,
            "Giỏi việc nước"
        };
        for (int i = 0; i < texts.length; i++) {
            jdbc.sql("""
                    insert into people_person (id, surname, middle_name, given_name, full_name, name_folded,
                        given_folded, sort_key, date_of_birth, sex, ethnicity, religion, professional_level,
                        political_theory, state_mgmt, current_unit_id)
                    values (:id, 'Lê', 'Văn', 'A', 'Lê Văn A', 'le van a', 'a', :key, date '1980-01-01', 'M',
                        'Kinh', 'Không', :level, 'NONE', 'NONE', 1)
                    """)
                    .param("id", i + 1)
                    .param("key", new byte[] {1})
                    .param("level", texts[i])
                    .update();
        }

        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration/people")
                .table("flyway_schema_history_people")
                .target("6")
                .load()
                .migrate();

        Map<Long, String> codes = jdbc
                .sql("select id, professional_code from people_person order by id")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(List.of(codes.get(1L), codes.get(2L), codes.get(3L), codes.get(4L), codes.get(11L)))
                .containsOnly("DAI_HOC");
        assertThat(List.of(codes.get(5L), codes.get(6L))).containsOnly("THAC_SI");
        assertThat(codes.get(7L)).isEqualTo("TIEN_SI");
        assertThat(codes.get(8L)).isEqualTo("CAO_DANG");
        assertThat(codes.get(9L)).isEqualTo("TRUNG_CAP");
        assertThat(codes.get(10L)).isEqualTo("SO_CAP");
        assertThat(List.of(codes.get(12L), codes.get(13L), codes.get(14L), codes.get(15L), codes.get(16L)))
                .containsOnly("NONE");
        assertThat(jdbc.sql("select person_id, raw_value from people_level_unmapped")
                        .query((rs, n) -> rs.getLong(1) + ":" + rs.getString(2))
                        .list())
                .containsExactly("16:Giỏi việc nước");
    }
}
