package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;

@SpringBootTest
@AutoConfigureMockMvc
class PeopleWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonService service;

    @Autowired
    JdbcClient jdbc;

    long unit;
    long other;
    long personId;

    @BeforeEach
    void data() {
        PeopleFixtures.signIn("staff", UnitScope.everything(), Role.ORG_STAFF);
        unit = PeopleFixtures.unit(jdbc, "Ban Tổ chức web thử", null);
        other = PeopleFixtures.unit(jdbc, "Đơn vị khác web", null);
        personId = service.create(
                PeopleFixtures.person("Quách Văn Ưng", LocalDate.of(1981, 1, 2), Sex.M, unit, "Trưởng phòng"),
                LocalDate.of(2021, 1, 1),
                PeopleFixtures.sensitiveEntries());
        PeopleFixtures.signOut();
    }

    static RequestPostProcessor as(String user, UnitScope scope, Role... roles) {
        return vn.tochuc.TestPrincipals.as(user, scope, roles);
    }

    RequestPostProcessor staff() {
        return as("staff", UnitScope.of(Set.of(unit)), Role.ORG_STAFF);
    }

    @Test
    void listPageLiveSearchAndPersonPage() throws Exception {
        mvc.perform(get("/people")
                        .param("q", "quach van ung")
                        .param("unit", String.valueOf(unit))
                        .with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Quách Văn Ưng")))
                .andExpect(content().string(Matchers.containsString("<html")));
        mvc.perform(get("/people")
                        .param("q", "QUACH")
                        .header("HX-Request", "true")
                        .with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Quách Văn Ưng")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        for (String tab : PeopleController.TABS) {
            mvc.perform(get("/people/" + personId).param("tab", tab).with(staff()))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/people/" + personId).param("tab", "history").with(staff()))
                .andExpect(content().string(Matchers.containsString("Ban Tổ chức web thử")));
        mvc.perform(get("/people/" + personId).param("tab", "family").with(staff()))
                .andExpect(content().string(Matchers.containsString("Trần Thị Lan")));
        mvc.perform(get("/people/" + personId)
                        .param("tab", "family")
                        .with(as("head", UnitScope.of(Set.of(unit)), Role.UNIT_HEAD)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Trần Thị Lan"))));
        mvc.perform(get("/people/" + personId + "/print").with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
        mvc.perform(get("/people/" + personId).with(as("outsider", UnitScope.of(Set.of(other)), Role.ORG_STAFF)))
                .andExpect(status().isForbidden());
    }

    @Test
    void apiSearchAndRecordAreScopedAndDocumented() throws Exception {
        mvc.perform(get("/api/people")
                        .param("q", "quach van ung")
                        .param("unit", String.valueOf(unit))
                        .with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(personId))
                .andExpect(jsonPath("$.items[0].fullName").value("Quách Văn Ưng"))
                .andExpect(jsonPath("$.items[0].dateOfBirth").value("1981-01-02"))
                .andExpect(jsonPath("$.items[0].currentUnit.id").value(unit));
        mvc.perform(get("/api/people/" + personId).with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.name.given").value("Ưng"));
        mvc.perform(get("/api/people/" + personId).with(as("o", UnitScope.of(Set.of(other)), Role.ORG_STAFF)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/people").param("sex", "X").with(staff())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/docs").with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/api/people/{id}")));
    }

    @Test
    void exportCarriesWhoAndWhen() throws Exception {
        byte[] xlsx = mvc.perform(get("/people/export.xlsx")
                        .param("unit", String.valueOf(unit))
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("Người xuất: staff", "Thời điểm xuất");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Quách Văn Ưng");
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EXPORT' and actor = 'staff'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void theCreateFormRefusesBadFieldsAndSavesGoodOnes() throws Exception {
        String code = jdbc.sql("select code from org_unit where id = :id")
                .param("id", unit)
                .query(String.class)
                .single();
        mvc.perform(createPost(code, "Lò Văn Páo", "31/02/1990", "M")
                        .param("theory", "NONE")
                        .param("stateMgmt", "NONE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("e-dateOfBirth")))
                .andExpect(content().string(Matchers.containsString("Lò Văn Páo")));
        String cccd = PeopleFixtures.uniqueCccd(Sex.M, 1990);
        mvc.perform(createPost(code, "Lò Văn Páo", "28/02/1990", "M")
                        .param("theory", "NONE")
                        .param("stateMgmt", "NONE")
                        .param("idNumber", cccd))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from people_person where id_number = :c")
                        .param("c", cccd)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/people/import/template.xlsx").with(staff())).andExpect(status().isOk());
        mvc.perform(get("/people/import").with(staff())).andExpect(status().isOk());
    }

    @Test
    void theLanguageAndItLevelsArePickedFromTheListsAndPrintedByTheirNames() throws Exception {
        String code = jdbc.sql("select code from org_unit where id = :id")
                .param("id", unit)
                .query(String.class)
                .single();
        mvc.perform(get("/people/new").with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<select id=\"f-foreignLanguage\"")))
                .andExpect(content().string(Matchers.containsString(">Bậc 4 (B2)</option>")))
                .andExpect(content().string(Matchers.containsString(">Ứng dụng CNTT nâng cao</option>")));
        mvc.perform(createPost(code, "Lò Thị Mai", "28/02/1990", "F")
                        .param("languageName", "Tiếng Pháp")
                        .param("foreignLanguage", "Tiếng Anh B")
                        .param("itLevel", "NANG_CAO"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"e-foreignLanguage\"")))
                .andExpect(content().string(Matchers.containsString("Tiếng Pháp")));
        String cccd = PeopleFixtures.uniqueCccd(Sex.F, 1990);
        mvc.perform(createPost(code, "Lò Thị Mai", "28/02/1990", "F")
                        .param("idNumber", cccd)
                        .param("languageName", "Tiếng Pháp")
                        .param("foreignLanguage", "BAC_4")
                        .param("itLevel", "NANG_CAO"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from people_person where id_number = :c")
                .param("c", cccd)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("""
                        select language_code || '|' || language_name || '|' || foreign_language || '|' || it_code
                            || '|' || it_level from people_person where id = :id""").param("id", id).query(String.class).single())
                .isEqualTo("BAC_4|Tiếng Pháp|Bậc 4 (B2)|NANG_CAO|Ứng dụng CNTT nâng cao");
        mvc.perform(get("/people/" + id + "/print").with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tiếng Pháp Bậc 4 (B2)")))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "<th scope=\"row\">15.6) Tin học:</th><td>Ứng dụng CNTT nâng cao</td>")))
                .andExpect(content().string(Matchers.containsString("<th scope=\"row\">Giới tính (nam, nữ):</th><td>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Đảng bộ Đảng bộ"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("BAC_4"))));
        mvc.perform(get("/people/" + id + "/edit").with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<option value=\"BAC_4\" selected")));
    }

    /** A post of the create form with the required fields filled, in the unit {@code code}. */
    MockHttpServletRequestBuilder createPost(String code, String fullName, String dateOfBirth, String sex) {
        return post("/people")
                .with(staff())
                .with(csrf())
                .param("fullName", fullName)
                .param("dateOfBirth", dateOfBirth)
                .param("sex", sex)
                .param("ethnicity", "Thái")
                .param("religion", "Không")
                .param("unitCode", code)
                .param("position", "Chuyên viên")
                .param("positionFrom", "01/01/2020");
    }
}
