package vn.tochuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import vn.tochuc.Sessions;

/** The dry-run and pack API: documented examples, bad input as problem JSON, publishing, selection by date. */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationApiIntegrationTests {

    static final String[] FILES = TestPacks.FILES;

    @Autowired
    MockMvc mvc;

    MvcResult call(String uri, String body) throws Exception {
        return mvc.perform(post(uri)
                        .with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
    }

    JsonNode json(MvcResult r) throws Exception {
        return RulePackJson.JSON.readTree(r.getResponse().getContentAsString());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("FILES")
    @DisplayName("EVAL-01: the dry-run answers each pack's documented example with its expected score and grade")
    void examples(String file) throws Exception {
        JsonNode example = RulePackJson.JSON.readTree(TestPacks.json(file)).get("example");
        MvcResult r = call("/api/evaluation/dry-run", example.get("request").toString());
        assertThat(r.getResponse().getStatus())
                .as(r.getResponse().getContentAsString())
                .isEqualTo(200);
        JsonNode result = json(r).get("result");
        assertThat(result.get("score").asDouble())
                .isEqualTo(example.get("expected").get("score").asDouble());
        assertThat(result.get("grade").asString())
                .isEqualTo(example.get("expected").get("grade").asString());
        assertThat(result.get("explanation").get("steps").size()).isGreaterThan(5);
    }

    static final String SUBJECT = """
            {"pack":"QD366","subject":{"id":"a","kind":"INDIVIDUAL","targetGroup":"KHONG_LANH_DAO","unitId":1,
             "inputs":{%s}}}""";
    static final String GOOD = "\"chinhTri\":6,\"daoDuc\":6,\"neuGuong\":6,\"doiMoi\":6,\"tuPheBinh\":6,"
            + "\"tasksCompletedPct\":100,\"tasksOnTimePct\":100,\"tasksExceededPct\":30,\"lateTasksPct\":0";

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("malformed JSON", "{not json", "không đọc được"),
                Arguments.of("empty body", "", "trống"),
                Arguments.of("JSON null", "null", "trống"),
                Arguments.of("an array", "[1,2]", "sai kiểu"),
                Arguments.of("a string", "\"x\"", "sai kiểu"),
                Arguments.of("no subject", "{\"pack\":\"QD366\"}", "subject"),
                Arguments.of(
                        "no pack", SUBJECT.replace("\"pack\":\"QD366\",", "").formatted(GOOD), "gói quy tắc"),
                Arguments.of(
                        "unknown pack",
                        SUBJECT.replace("QD366", "KHONG").formatted(GOOD),
                        "Không có gói quy tắc «KHONG»"),
                Arguments.of("no unit", SUBJECT.replace(",\"unitId\":1", "").formatted(GOOD), "subject.unitId"),
                Arguments.of("unknown field", "{\"pack\":\"QD366\",\"bogus\":1}", "bogus"),
                Arguments.of(
                        "wrong type of input", SUBJECT.formatted("\"chinhTri\":\"sáu\""), "subject.inputs.chinhTri"),
                Arguments.of(
                        "wrong kind", SUBJECT.replace("INDIVIDUAL", "ROBOT").formatted(GOOD), "subject.kind"),
                Arguments.of(
                        "unitId as text",
                        SUBJECT.replace("\"unitId\":1", "\"unitId\":\"x\"").formatted(GOOD),
                        "subject.unitId"),
                Arguments.of("missing input", SUBJECT.formatted(GOOD), "Thiếu đầu vào «shortcomingsFixedPct»"),
                Arguments.of(
                        "out-of-range input",
                        SUBJECT.formatted(
                                GOOD.replace("\"doiMoi\":6", "\"doiMoi\":7") + ",\"shortcomingsFixedPct\":100"),
                        "mục C4 (quy tắc EVAL-12)"),
                Arguments.of(
                        "huge number", SUBJECT.formatted(GOOD + ",\"shortcomingsFixedPct\":1e999"), "ngoài khoảng"),
                Arguments.of(
                        "unknown event",
                        SUBJECT.replace("\"inputs\"", "\"events\":[\"X\"],\"inputs\"")
                                .formatted(GOOD + ",\"shortcomingsFixedPct\":100"),
                        "Sự kiện «X»"),
                Arguments.of(
                        "unknown target group",
                        SUBJECT.replace("KHONG_LANH_DAO", "ABC").formatted(GOOD),
                        "EVAL-13"),
                Arguments.of(
                        "null subject id",
                        SUBJECT.replace("\"id\":\"a\"", "\"id\":null").formatted(GOOD),
                        "subject.id"),
                Arguments.of("empty peer group", "{\"pack\":\"QD366\",\"peerGroup\":{\"subjects\":[]}}", "peerGroup"),
                Arguments.of(
                        "null in peer group",
                        "{\"pack\":\"QD366\",\"peerGroup\":{\"subjects\":[null]}}",
                        "peerGroup.subjects[0]"),
                Arguments.of("period out of range", "{\"pack\":\"ND335\",\"periods\":[90, 101]}", "periods[1]"),
                Arguments.of(
                        "draft pack with a bad formula",
                        "{\"packBody\":" + TestPacks.json("nd335-v1").replace("completed / assigned", "completed / 2")
                                + ",\"periods\":[90]}",
                        "EVAL-53"),
                Arguments.of(
                        "draft pack of the wrong shape", "{\"packBody\":{\"code\":5},\"periods\":[90]}", "sai kiểu"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    @DisplayName("dry-run: any bad JSON gets a 400 problem JSON naming the field, item or rule, never a 500")
    void badInput(String name, String body, String fragment) throws Exception {
        MvcResult r = call("/api/evaluation/dry-run", body);
        String text = r.getResponse().getContentAsString();
        assertThat(r.getResponse().getStatus()).as(text).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).contains("problem+json");
        assertThat(json(r).get("detail").asString()).contains(fragment);
        assertThat(text).doesNotContain("Exception").doesNotContain("at vn.tochuc");
    }

    @Test
    @DisplayName("EVAL-18: a peer group's candidates above the quota are ranked and referred, not demoted")
    void peerGroupQuota() throws Exception {
        StringBuilder subjects = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            String exceeded = i < 3 ? "40" : "10";
            subjects.append(i == 0 ? "" : ",").append("""
                    {"id":"p%d","kind":"INDIVIDUAL","targetGroup":"KHONG_LANH_DAO","unitId":1,"inputs":{%s}}""".formatted(
                            i,
                            GOOD.replace("\"tasksExceededPct\":30", "\"tasksExceededPct\":" + exceeded)
                                            .replace("\"tuPheBinh\":6", "\"tuPheBinh\":" + (6 - i * 0.5))
                                    + ",\"shortcomingsFixedPct\":100"));
        }
        MvcResult r = call(
                "/api/evaluation/dry-run",
                "{\"pack\":\"QD366\",\"peerGroup\":{\"agency\":\"BTC\","
                        + "\"group\":\"chuyên viên\",\"period\":\"2025\",\"subjects\":[" + subjects + "]}}");
        assertThat(r.getResponse().getStatus())
                .as(r.getResponse().getContentAsString())
                .isEqualTo(200);
        JsonNode quota = json(r).get("quota");
        assertThat(quota.get("base").asInt()).isEqualTo(5);
        assertThat(quota.get("allowed").asInt()).isEqualTo(1);
        assertThat(quota.get("ranked").size()).isEqualTo(3);
        assertThat(quota.get("ranked").get(0).get("subjectId").asString()).isEqualTo("p0");
        assertThat(quota.get("ranked").get(2).get("referredToAuthority").asBoolean())
                .isTrue();
        assertThat(json(r).get("results").get(2).get("grade").asString()).isEqualTo("HTXSNV");
    }

    @Test
    @DisplayName("EVAL-50: packs are selected by date: NĐ 90/48 until 31/12/2025, NĐ 335 from 01/01/2026")
    void selectionByDate() throws Exception {
        String subject = ",\"periods\":[80]}";
        assertThat(json(call("/api/evaluation/dry-run", "{\"side\":\"STATE\",\"date\":\"2025-12-31\"" + subject))
                        .get("pack")
                        .asString())
                .isEqualTo("ND90");
        JsonNode nd48 = json(call("/api/evaluation/dry-run", "{\"side\":\"STATE\",\"date\":\"2025-12-31\"" + subject));
        assertThat(nd48.get("version").asInt()).isEqualTo(2);
        assertThat(json(call("/api/evaluation/dry-run", "{\"side\":\"STATE\",\"date\":\"2026-01-01\"" + subject))
                        .get("pack")
                        .asString())
                .isEqualTo("ND335");
        assertThat(json(call("/api/evaluation/dry-run", "{\"pack\":\"ND90\",\"date\":\"2021-06-01\"" + subject))
                        .get("version")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "KPI-02: an ADMIN publishes a new version (a band changed) without touching code; it applies from its date")
    void publishNewVersion() throws Exception {
        String body = TestPacks.json("hn3814-v1")
                .replace("\"effectiveFrom\": \"2018-05-16\"", "\"effectiveFrom\": \"2031-01-01\"")
                .replaceFirst("\"min\": 90", "\"min\": 95");
        MvcResult r = call("/api/evaluation/packs", body);
        assertThat(r.getResponse().getStatus())
                .as(r.getResponse().getContentAsString())
                .isEqualTo(201);
        int version = json(r).get("version").asInt();
        assertThat(version).isGreaterThan(1);
        String periods = ",\"periods\":[92]}";
        JsonNode before =
                json(call("/api/evaluation/dry-run", "{\"pack\":\"HN3814\",\"date\":\"2030-12-31\"" + periods));
        JsonNode after =
                json(call("/api/evaluation/dry-run", "{\"pack\":\"HN3814\",\"date\":\"2031-01-02\"" + periods));
        assertThat(before.get("yearly").get("bandGrade").asString()).isEqualTo("HTXSNV");
        assertThat(after.get("version").asInt()).isEqualTo(version);
        assertThat(after.get("yearly").get("bandGrade").asString()).isEqualTo("HTTNV");
        MvcResult bad = call("/api/evaluation/packs", body.replaceFirst("\"min\": 70", "\"min\": 99"));
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(bad).get("detail").asString()).contains("chồng lấn");
    }

    @Test
    @DisplayName("only an ADMIN publishes packs")
    void publishNeedsAdmin() throws Exception {
        MvcResult r = mvc.perform(post("/api/evaluation/packs")
                        .with(user("cadre").roles("CADRE"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestPacks.json("hn3814-v1")))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    @DisplayName("the OpenAPI document carries a worked example per shipped pack")
    void openApiExamples() throws Exception {
        String doc = mvc.perform(get("/api/docs")).andReturn().getResponse().getContentAsString();
        for (String code : List.of("QD366 v1", "QD124 v1", "ND335 v1", "ND90 v1", "ND90 v2", "HN3814 v1")) {
            assertThat(doc).contains(code);
        }
        assertThat(Map.of()).isEmpty();
    }
}
