package vn.tochuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.tochuc.Sessions;
import vn.tochuc.organization.OrgDirectory;

/** A batch takes the units in force on its date: a unit dissolved before the date is not scored (issue 11.7). */
@SpringBootTest
@AutoConfigureMockMvc
class BatchUnitsInForceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BatchScoringJob batch;

    @Autowired
    EvalStoreRepository store;

    @Autowired
    OrgDirectory org;

    void event(String json) throws Exception {
        mvc.perform(post("/api/org/events")
                        .with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated());
    }

    @Test
    @DisplayName("EVAL-32: a batch dated after a unit's dissolution leaves that unit out and scores the units in force")
    void aDissolvedUnitIsNotScored() throws Exception {
        String u = Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        event("""
                {"tree":"ORGANIZATION","type":"CREATE","effectiveOn":"2025-08-01","resolutionNo":"11-QĐ/ĐU",
                 "resolutionDate":"2025-07-20","newUnits":[
                   {"code":"CB-GONE-%1$s","name":"Chi bộ tạm %1$s","kind":"CHI_BO","parent":{"code":"DU-P-DONGHA"}}]}
                """.formatted(u));
        event("""
                {"tree":"ORGANIZATION","type":"DISSOLVE","effectiveOn":"2025-10-01","resolutionNo":"12-QĐ/ĐU",
                 "resolutionDate":"2025-09-20","units":[{"code":"CB-GONE-%s"}]}
                """.formatted(u));
        OrgDirectory.UnitRef root =
                org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow();
        OrgDirectory.UnitRef cell =
                org.findByCode("ORGANIZATION", "CB-DONGHA-KP1").orElseThrow();
        OrgDirectory.UnitRef gone =
                org.findByCode("ORGANIZATION", "CB-GONE-" + u).orElseThrow();
        String period = "G" + System.nanoTime() % 1_000_000_000L;
        for (OrgDirectory.UnitRef unit : java.util.List.of(cell, gone)) {
            store.addInput(
                    period,
                    new Subject(
                            "s" + unit.id(),
                            Subject.Kind.INDIVIDUAL,
                            "KHONG_LANH_DAO",
                            unit.id(),
                            null,
                            Cases.PARTY_GOOD,
                            Set.of()));
        }
        batch.run(new EvaluationPagesIntegrationTests.FakeJob(
                RulePackJson.write(new BatchScoringJob.Params(root.id(), period, "QD366", LocalDate.of(2025, 12, 1))),
                null,
                Integer.MAX_VALUE));
        var byUnit = store.distributionByUnit(period);
        assertThat(byUnit).containsKey(cell.id()).doesNotContainKey(gone.id());
    }
}
