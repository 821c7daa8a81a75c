package vn.tochuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import vn.tochuc.Sessions;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;

/** Decided grades: versions with reasons, canonical inputs and result in the hash-chained audit log. */
@SpringBootTest
@AutoConfigureMockMvc
class GradeDecisionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BatchScoringJob batch;

    @Autowired
    EvalStoreRepository store;

    @Autowired
    OrgDirectory org;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    MvcResult decide(String body) throws Exception {
        return mvc.perform(post("/api/evaluation/decisions")
                        .with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
    }

    JsonNode json(MvcResult r) throws Exception {
        return RulePackJson.JSON.readTree(r.getResponse().getContentAsString());
    }

    JsonNode versions(String period, String subject) throws Exception {
        MvcResult r = mvc.perform(get("/api/evaluation/decisions/" + period + "/" + subject)
                        .with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return json(r);
    }

    /** Scores one subject in a fresh period over a demo cell; returns the period. */
    String scored(String prefix, String subject, Set<String> events) {
        long cell =
                org.findByCode("ORGANIZATION", "CB-DONGHA-KP1").orElseThrow().id();
        String period = prefix + System.nanoTime() % 1_000_000_000L;
        store.addInput(
                period,
                new Subject(subject, Subject.Kind.INDIVIDUAL, "KHONG_LANH_DAO", cell, null, Cases.PARTY_GOOD, events));
        batch.run(new EvaluationPagesIntegrationTests.FakeJob(
                RulePackJson.write(new BatchScoringJob.Params(cell, period, "QD366", LocalDate.of(2025, 12, 1))),
                null,
                Integer.MAX_VALUE));
        return period;
    }

    @Test
    @DisplayName("EVAL-02: a decided grade goes into the audit chain; a change needs a reason and adds a version")
    void decideAndChange() throws Exception {
        String period = scored("D", "dec-1", Set.of());

        MvcResult none = decide("{\"period\":\"" + period + "\",\"subjectId\":\"nobody\"}");
        assertThat(none.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(none).get("detail").asString()).contains("Chưa có kết quả chấm điểm của «nobody»");

        MvcResult first = decide("{\"period\":\"" + period + "\",\"subjectId\":\"dec-1\"}");
        assertThat(first.getResponse().getStatus())
                .as(first.getResponse().getContentAsString())
                .isEqualTo(201);
        String computed = json(first).get("grade").asString();
        assertThat(json(first).get("version").asInt()).isEqualTo(1);
        assertThat(json(first).get("intact").asBoolean()).isTrue();

        MvcResult noReason = decide("{\"period\":\"" + period + "\",\"subjectId\":\"dec-1\",\"grade\":\"HTNV\"}");
        assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(noReason).get("detail").asString())
                .contains("Thay đổi xếp loại đã quyết định của «dec-1»")
                .contains("phải nêu lý do");
        MvcResult blank = decide(
                "{\"period\":\"" + period + "\",\"subjectId\":\"dec-1\",\"grade\":\"HTNV\"," + "\"reason\":\"  \"}");
        assertThat(blank.getResponse().getStatus()).isEqualTo(400);

        MvcResult changed = decide("{\"period\":\"" + period + "\",\"subjectId\":\"dec-1\",\"grade\":\"HTNV\","
                + "\"reason\":\"Kết luận kiểm tra về chậm tiến độ\"}");
        assertThat(changed.getResponse().getStatus()).isEqualTo(201);
        assertThat(json(changed).get("version").asInt()).isEqualTo(2);

        JsonNode all = versions(period, "dec-1");
        assertThat(all.size()).isEqualTo(2);
        assertThat(all.get(0).get("grade").asString()).isEqualTo(computed);
        assertThat(all.get(0).get("current").asBoolean()).isFalse();
        assertThat(all.get(1).get("grade").asString()).isEqualTo("HTNV");
        assertThat(all.get(1).get("current").asBoolean()).isTrue();
        assertThat(all.get(1).get("reason").asString()).isEqualTo("Kết luận kiểm tra về chậm tiến độ");
        assertThat(all.get(1).get("packCode").asString()).isEqualTo("QD366");
        assertThat(all).allSatisfy(v -> assertThat(v.get("intact").asBoolean()).isTrue());
        assertThat(audit.search(null, "EVAL_GRADE_CHANGE", GradeDecisions.TARGET, period + "/dec-1", 0, 10))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("→ HTNV").contains("Lý do"));
        assertThat(audit.verify().intact()).isTrue();

        // Editing a stored decision behind the application's back no longer matches the chain.
        jdbc.sql("update eval_decision set grade = 'KHTNV' where period = :p and subject_id = 'dec-1' and version = 1")
                .param("p", period)
                .update();
        JsonNode tampered = versions(period, "dec-1");
        assertThat(tampered.get(0).get("intact").asBoolean()).isFalse();
        assertThat(tampered.get(1).get("intact").asBoolean()).isTrue();
    }

    @Test
    @DisplayName(
            "EVAL-02, EVAL-31: the stored result keeps compact explanation data; the decision record holds the full explanation built when scoring")
    void explanationRenderedFromStoredData() throws Exception {
        String period = scored("X", "dec-3", Set.of("DISCIPLINED"));
        String stored = jdbc.sql("select explanation from eval_result where period = :p and subject_id = 'dec-3'")
                .param("p", period)
                .query(String.class)
                .single();
        assertThat(stored).startsWith("E1;").hasSizeLessThan(300);
        MvcResult r = decide("{\"period\":\"" + period + "\",\"subjectId\":\"dec-3\",\"grade\":\"KHTNV\"}");
        assertThat(r.getResponse().getStatus())
                .as(r.getResponse().getContentAsString())
                .isEqualTo(201);
        String record = jdbc.sql("select record from eval_decision where period = :p and subject_id = 'dec-3'")
                .param("p", period)
                .query(String.class)
                .single();
        CompiledPack pack = TestPacks.pack("qd366-v1");
        Subject s = new Subject(
                "dec-3", Subject.Kind.INDIVIDUAL, "KHONG_LANH_DAO", 1L, null, Cases.PARTY_GOOD, Set.of("DISCIPLINED"));
        JsonNode built = RulePackJson.JSON.readTree(
                RulePackJson.write(pack.evaluate(s, null, null).explanation()));
        JsonNode explanation = RulePackJson.JSON.readTree(record).get("explanation");
        assertThat(explanation).isEqualTo(built);
        assertThat(explanation.toString()).contains("Sự kiện loại trừ").contains("EVAL-31");
    }

    @Test
    @DisplayName("EVAL-02: deciding a grade other than the computed one without a reason is refused")
    void overrideNeedsReason() throws Exception {
        String period = scored("E", "dec-2", Set.of("DISCIPLINED"));
        MvcResult r = decide("{\"period\":\"" + period + "\",\"subjectId\":\"dec-2\",\"grade\":\"HTTNV\"}");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(r).get("detail").asString())
                .contains("khác kết quả chấm KHTNV")
                .contains("phải nêu lý do");
        assertThat(mvc.perform(get("/api/evaluation/decisions/" + period + "/dec-2")
                                .with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
