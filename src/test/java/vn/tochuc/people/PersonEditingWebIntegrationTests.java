package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tochuc.organization.OrgUnitDissolved;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;

/** Editing the 2C sections, the photo and transfers on the person page: CSRF, scope, roles, validation, audit. */
@SpringBootTest
@AutoConfigureMockMvc
class PersonEditingWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonService service;

    @Autowired
    EntryRepository entries;

    @Autowired
    AssignmentRepository assignments;

    @Autowired
    PersonRepository persons;

    @Autowired
    PlacementRepository placements;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    long unit;
    long other;
    long personId;

    @BeforeEach
    void data() {
        PeopleFixtures.signIn("staff", UnitScope.everything(), Role.ORG_STAFF);
        unit = PeopleFixtures.unit(jdbc, "Ban Tổ chức sửa hồ sơ", null);
        other = PeopleFixtures.unit(jdbc, "Đơn vị ngoài phạm vi", null);
        personId = service.create(
                PeopleFixtures.person("Kiều Văn Sửa", LocalDate.of(1982, 3, 4), Sex.M, unit, "Chuyên viên"),
                LocalDate.of(2020, 1, 1),
                List.of());
        PeopleFixtures.signOut();
    }

    @AfterEach
    void signOut() {
        PeopleFixtures.signOut();
    }

    RequestPostProcessor staff() {
        return PeopleWebIntegrationTests.as("staff", UnitScope.of(Set.of(unit)), Role.ORG_STAFF);
    }

    long audits(String action) {
        return jdbc.sql(
                        "select count(*) from audit_entry where action = :a and target_type = 'PERSON' and target_id = :id")
                .param("a", action)
                .param("id", String.valueOf(personId))
                .query(Long.class)
                .single();
    }

    List<PersonEntry> training() {
        return entries.ofPerson(personId).stream()
                .filter(e -> e.kind() == PersonEntry.Kind.TRAINING)
                .toList();
    }

    @Test
    void staffAddsEditsAndRemovesATrainingEntryAuditLogged() throws Exception {
        mvc.perform(post("/people/" + personId + "/entries/training")
                        .with(staff())
                        .with(csrf())
                        .param("from", "01/09/2000")
                        .param("to", "30/06/2004")
                        .param("title", "Trường Đại học Luật Hà Nội")
                        .param("detail", "Luật")
                        .param("body", "Chính quy")
                        .param("extra", "Cử nhân"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/people/" + personId + "?tab=training"));
        assertThat(training()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Trường Đại học Luật Hà Nội");
            assertThat(e.from()).isEqualTo(LocalDate.of(2000, 9, 1));
        });
        assertThat(audits("ADD_TRAINING")).isEqualTo(1);
        long id = training().get(0).id();

        mvc.perform(get("/people/" + personId)
                        .param("tab", "training")
                        .param("edit", String.valueOf(id))
                        .with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("entry-form-training")));
        mvc.perform(post("/people/" + personId + "/entries/training/" + id)
                        .with(staff())
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("from", "01/09/2000")
                        .param("to", "30/06/2005")
                        .param("title", "Học viện Chính trị quốc gia Hồ Chí Minh"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Học viện Chính trị quốc gia Hồ Chí Minh")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        assertThat(training().get(0).to()).isEqualTo(LocalDate.of(2005, 6, 30));
        assertThat(audits("UPDATE_TRAINING")).isEqualTo(1);

        mvc.perform(post("/people/" + personId + "/entries/training/" + id + "/delete")
                        .with(staff())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(training()).isEmpty();
        assertThat(audits("DELETE_TRAINING")).isEqualTo(1);
    }

    @Test
    void familyAwardAndDisciplineSectionsTakeTheirOwnFields() throws Exception {
        mvc.perform(post("/people/" + personId + "/entries/family")
                        .with(staff())
                        .with(csrf())
                        .param("title", "Vợ")
                        .param("detail", "Lò Thị Mai")
                        .param("year", "1985")
                        .param("code", "SELF"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/people/" + personId + "/entries/discipline")
                        .with(staff())
                        .with(csrf())
                        .param("from", "02/03/2023")
                        .param("title", "Khiển trách")
                        .param("body", "Đảng ủy")
                        .param("year", "2023"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/people/" + personId + "/entries/award")
                        .with(staff())
                        .with(csrf())
                        .param("from", "02/03/2024")
                        .param("title", "Bằng khen")
                        .param("body", "UBND tỉnh"))
                .andExpect(status().is3xxRedirection());
        assertThat(entries.ofPerson(personId))
                .extracting(PersonEntry::kind)
                .containsExactlyInAnyOrder(
                        PersonEntry.Kind.FAMILY, PersonEntry.Kind.DISCIPLINE, PersonEntry.Kind.AWARD);
        mvc.perform(get("/people/" + personId).param("tab", "family").with(staff()))
                .andExpect(content().string(Matchers.containsString("Lò Thị Mai")))
                .andExpect(content().string(Matchers.containsString("Bên bản thân")));
    }

    @Test
    void badInputIsRefusedWithAVietnameseMessageAndChangesNothing() throws Exception {
        String path = "/people/" + personId + "/entries/training";
        mvc.perform(post(path).with(staff()).with(csrf()).param("from", "01/09/2000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Tên trường: chưa nhập (bắt buộc).")));
        mvc.perform(post(path)
                        .with(staff())
                        .with(csrf())
                        .param("from", "31/02/2000")
                        .param("title", "Trường A"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Từ ngày:")));
        mvc.perform(post(path)
                        .with(staff())
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("from", "01/09/2004")
                        .param("to", "01/09/2000")
                        .param("title", "Trường A"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("không được trước ngày bắt đầu")))
                .andExpect(content().string(Matchers.containsString("value=\"Trường A\"")));
        mvc.perform(post("/people/" + personId + "/entries/family")
                        .with(staff())
                        .with(csrf())
                        .param("title", "Con")
                        .param("detail", "Kiều Văn Bé")
                        .param("year", "năm ngoái")
                        .param("code", "SELF"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Năm sinh: \"năm ngoái\" phải là số nguyên")));
        mvc.perform(post("/people/" + personId + "/entries/secret")
                        .with(staff())
                        .with(csrf())
                        .param("title", "x"))
                .andExpect(status().isBadRequest());
        assertThat(entries.ofPerson(personId)).isEmpty();
        assertThat(audits("ADD_TRAINING")).isZero();
    }

    @Test
    void withoutCsrfOutOfScopeOrWithoutTheRoleNothingChanges() throws Exception {
        String path = "/people/" + personId + "/entries/training";
        mvc.perform(post(path).with(staff()).param("from", "01/09/2000").param("title", "Trường A"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path)
                        .with(PeopleWebIntegrationTests.as("far", UnitScope.of(Set.of(other)), Role.ORG_STAFF))
                        .with(csrf())
                        .param("from", "01/09/2000")
                        .param("title", "Trường A"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path)
                        .with(PeopleWebIntegrationTests.as("head", UnitScope.of(Set.of(unit)), Role.UNIT_HEAD))
                        .with(csrf())
                        .param("from", "01/09/2000")
                        .param("title", "Trường A"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/people/" + personId + "/transfer")
                        .with(staff())
                        .with(csrf())
                        .param("unitCode", code(other))
                        .param("title", "Phó ban")
                        .param("from", "01/01/2026"))
                .andExpect(status().isForbidden());
        assertThat(entries.ofPerson(personId)).isEmpty();
        assertThat(persons.find(personId).orElseThrow().currentUnitId()).isEqualTo(unit);
        assertThat(assignments.ofPerson(personId)).hasSize(1);
    }

    @Test
    void pastPostsOfTheWorkHistoryButNotTheCurrentOne() throws Exception {
        mvc.perform(post("/people/" + personId + "/entries/work")
                        .with(staff())
                        .with(csrf())
                        .param("from", "01/01/2010")
                        .param("to", "31/12/2019")
                        .param("title", "Chuyên viên")
                        .param("body", "Sở Nội vụ tỉnh Quảng Trị"))
                .andExpect(status().is3xxRedirection());
        List<Assignment> history = assignments.ofPerson(personId);
        assertThat(history).hasSize(2);
        Assignment past = history.get(1);
        assertThat(past.unitName()).isEqualTo("Sở Nội vụ tỉnh Quảng Trị");
        mvc.perform(post("/people/" + personId + "/entries/work/"
                                + history.get(0).id() + "/delete")
                        .with(staff())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("dùng chức năng điều động")));
        mvc.perform(post("/people/" + personId + "/entries/work/" + past.id() + "/delete")
                        .with(staff())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(assignments.ofPerson(personId)).hasSize(1);
    }

    @Test
    void aTransferOpensANewEffectiveDatedPostInScope() throws Exception {
        long second = PeopleFixtures.unit(jdbc, "Văn phòng được điều động đến", unit);
        mvc.perform(post("/people/" + personId + "/transfer")
                        .with(staff())
                        .with(csrf())
                        .param("unitCode", "KHÔNG-CÓ")
                        .param("title", "Phó Chánh Văn phòng")
                        .param("from", "01/03/2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("không có trong danh mục tổ chức")));
        mvc.perform(post("/people/" + personId + "/transfer")
                        .with(staff())
                        .with(csrf())
                        .param("unitCode", code(second))
                        .param("title", "Phó Chánh Văn phòng")
                        .param("from", "01/03/2026"))
                .andExpect(status().is3xxRedirection());
        List<Assignment> history = assignments.ofPerson(personId);
        assertThat(history.get(0).unitId()).isEqualTo(second);
        assertThat(history.get(0).from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(history.get(0).open()).isTrue();
        assertThat(history.get(1).to()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(persons.find(personId).orElseThrow().currentUnitId()).isEqualTo(second);
        assertThat(audits("TRANSFER")).isEqualTo(1);
    }

    @Test
    void aPhotoMustBeARealJpegOrPngAndShowsOnThePageAndInThePdf() throws Exception {
        String path = "/people/" + personId + "/photo";
        byte[] fakeJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x01, 0x02, 0x03};
        mvc.perform(multipart(path)
                        .file(new MockMultipartFile("file", "anh.jpg", "image/jpeg", fakeJpeg))
                        .with(staff())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("bị hỏng")));
        mvc.perform(multipart(path)
                        .file(new MockMultipartFile(
                                "file", "anh.png", "image/png", "<script>alert(1)</script>".getBytes()))
                        .with(staff())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("phải là tệp JPEG hoặc PNG")));
        mvc.perform(multipart(path)
                        .file(new MockMultipartFile("file", "to.png", "image/png", new byte[2_100_000]))
                        .with(staff())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("quá giới hạn")));
        assertThat(entries.photo(personId)).isEmpty();

        byte[] png = png(120, 160);
        mvc.perform(multipart(path)
                        .file(new MockMultipartFile("file", "anh.bin", "application/octet-stream", png))
                        .with(staff()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(path)
                        .file(new MockMultipartFile("file", "anh.bin", "application/octet-stream", png))
                        .with(staff())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(path).with(staff()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"));
        mvc.perform(get("/people/" + personId).with(staff()))
                .andExpect(content().string(Matchers.containsString("id=\"person-photo\"")));
        byte[] pdf = mvc.perform(get("/people/" + personId + "/resume.pdf").with(staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("/Subtype/Image");
        assertThat(audits("PHOTO")).isEqualTo(1);
    }

    @Test
    void aDissolutionWithoutSuccessorPutsPeopleOnTheReviewListUntilTransferred() throws Exception {
        long dissolved = PeopleFixtures.unit(jdbc, "Ban giải thể không kế thừa", unit);
        PeopleFixtures.signIn("staff", UnitScope.everything(), Role.ORG_STAFF);
        long p = service.create(
                PeopleFixtures.person("Hứa Văn Chờ", LocalDate.of(1975, 5, 6), Sex.M, dissolved, "Trưởng ban"),
                LocalDate.of(2018, 1, 1),
                List.of());
        PeopleFixtures.signOut();
        tx.executeWithoutResult(s -> events.publishEvent(
                new OrgUnitDissolved(System.nanoTime(), dissolved, null, LocalDate.of(2025, 10, 1))));
        long deadline = System.currentTimeMillis() + 10_000;
        while (!placements.pending(p) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(placements.pending(p)).isTrue();
        assertThat(assignments.ofPerson(p).get(0).to()).isEqualTo(LocalDate.of(2025, 9, 30));

        mvc.perform(get("/people/pending").with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hứa Văn Chờ")))
                .andExpect(content().string(Matchers.containsString("Ban giải thể không kế thừa")));
        mvc.perform(get("/people/pending")
                        .with(PeopleWebIntegrationTests.as("far", UnitScope.of(Set.of(other)), Role.ORG_STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Hứa Văn Chờ"))));
        mvc.perform(get("/people/pending")
                        .with(PeopleWebIntegrationTests.as("head", UnitScope.of(Set.of(unit)), Role.UNIT_HEAD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/" + p).with(staff()))
                .andExpect(content().string(Matchers.containsString("id=\"person-pending\"")));

        mvc.perform(post("/people/" + p + "/transfer")
                        .with(staff())
                        .with(csrf())
                        .param("unitCode", code(unit))
                        .param("title", "Chuyên viên")
                        .param("from", "01/11/2025"))
                .andExpect(status().is3xxRedirection());
        assertThat(placements.pending(p)).isFalse();
        assertThat(persons.find(p).orElseThrow().currentUnitId()).isEqualTo(unit);
        mvc.perform(get("/people/pending").with(staff()))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Hứa Văn Chờ"))));
    }

    String code(long unitId) {
        return jdbc.sql("select code from org_unit where id = :id")
                .param("id", unitId)
                .query(String.class)
                .single();
    }

    static byte[] png(int w, int h) throws java.io.IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(10, 10, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
