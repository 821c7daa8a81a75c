package vn.tochuc.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The real administrative-unit data, imported once per JVM through the event machinery. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReductionsReport report;

    @BeforeAll
    static void importOnce(@Autowired AdminUnitImport importer) {
        OrgTestData.importAdminUnits(importer);
    }

    @Test
    @DisplayName("ORG-03, ORG-05: the reductions report reproduces 63→34, 696→0 and 10,035→3,321")
    void reproducesThe2025Reform() {
        Reductions r = report.build("LOCALITY", LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1));
        assertThat(r.levels())
                .extracting(Reductions.Row::level, Reductions.Row::before, Reductions.Row::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 63L, 34L),
                        org.assertj.core.groups.Tuple.tuple(2, 696L, 0L),
                        org.assertj.core.groups.Tuple.tuple(3, 10_035L, 3_321L));
        assertThat(r.provinces()).hasSize(34);
        assertThat(r.provinces().stream().mapToLong(Reductions.Row::before).sum())
                .isEqualTo(63 + 696 + 10_035);
    }

    @Test
    @DisplayName("ORG-02: the earlier snapshot gives 705 districts and 10,595 communes on 01/05/2024")
    void earlierSnapshot() {
        Reductions r = report.build("LOCALITY", LocalDate.of(2024, 5, 1), LocalDate.of(2025, 3, 1));
        assertThat(r.levels()).extracting(Reductions.Row::before).containsExactly(63L, 705L, 10_595L);
        assertThat(r.levels()).extracting(Reductions.Row::after).containsExactly(63L, 696L, 10_035L);
    }

    @Test
    void apiAnswersPerLevelRows() throws Exception {
        mvc.perform(get("/api/org/reports/reductions")
                        .param("tree", "localities")
                        .param("from", "2025-06-30")
                        .param("to", "2025-07-01")
                        .with(httpBasic("admin", "Test-admin-2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.levels[0].level").value(1))
                .andExpect(jsonPath("$.levels[0].before").value(63))
                .andExpect(jsonPath("$.levels[0].after").value(34))
                .andExpect(jsonPath("$.levels[1].before").value(696))
                .andExpect(jsonPath("$.levels[1].after").value(0))
                .andExpect(jsonPath("$.levels[2].before").value(10035))
                .andExpect(jsonPath("$.levels[2].after").value(3321));
    }

    @Test
    void localitiesAsOf(@Autowired OrgDirectory directory) throws Exception {
        var basic = httpBasic("admin", "Test-admin-2026");
        mvc.perform(get("/api/org/localities")
                        .param("asOf", "2025-06-30")
                        .param("level", "1")
                        .with(basic))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(63));
        mvc.perform(get("/api/org/localities").param("asOf", "2025-07-01").with(basic))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(34));
        long quangTri = directory
                .findByCodeAsOf("LOCALITY", "44", LocalDate.of(2025, 7, 1))
                .orElseThrow()
                .id();
        mvc.perform(get("/api/org/localities")
                        .param("asOf", "2025-07-01")
                        .param("parent", Long.toString(quangTri))
                        .with(basic))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(78));
        assertThat(directory
                        .findAsOf(quangTri, LocalDate.of(2025, 6, 30))
                        .orElseThrow()
                        .name())
                .isEqualTo("Tỉnh Quảng Bình");
        assertThat(directory.subtreeAsOf(quangTri, LocalDate.of(2025, 7, 1))).hasSize(79);
        var dongHa = directory
                .findByCodeAsOf("LOCALITY", "19333", LocalDate.of(2025, 7, 1))
                .orElseThrow();
        mvc.perform(get("/api/org/units/" + dongHa.id()).with(basic))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.predecessors.length()").value(org.hamcrest.Matchers.greaterThan(1)));
    }

    @Test
    void importIsIdempotent(@Autowired AdminUnitImport importer) {
        assertThat(importer.importAll()).isZero();
        assertThat(importer.done()).isTrue();
    }
}
