package vn.tochuc.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tochuc.TestPrincipals;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;

/** The staffing page of an organization: job positions, headcount and the KL 40 check, scoped and validated. */
@SpringBootTest
@AutoConfigureMockMvc
class StaffingPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgDirectory directory;

    @Autowired
    StaffingRepository repo;

    long unit(String code) {
        return directory.findByCode("ORGANIZATION", code).orElseThrow().id();
    }

    RequestPostProcessor staff(long scopeRoot) {
        return TestPrincipals.as("staffing-staff", UnitScope.of(Set.of(scopeRoot)), Role.ORG_STAFF);
    }

    @Test
    @DisplayName("ORG-09: the page lists positions, headcount and the KL 40 targets over the subtree")
    void pageShowsPositionsHeadcountAndTargets() throws Exception {
        long tu = unit("TU-QT");
        long btc = unit("BTC-TU-QT");
        mvc.perform(get("/organization/units/" + btc).with(staff(tu)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/organization/units/" + btc + "/staffing")));
        mvc.perform(get("/organization/units/" + btc + "/staffing").with(staff(tu)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(repo.positions(btc).get(0).name())))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/organization/units/" + tu + "/staffing").with(staff(tu)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ORG-09")))
                .andExpect(content().string(containsString("Cán bộ, công chức")));
    }

    @Test
    @DisplayName(
            "JOB-05: a position typed in the form is saved; a wrong date is refused with a message and nothing saved")
    void addPositionThroughTheForm() throws Exception {
        long tu = unit("TU-QT");
        long btc = unit("BTC-TU-QT");
        String code = "VTVL-F-" + Long.toString(System.nanoTime(), 36);
        int before = repo.positions(btc).size();
        mvc.perform(post("/organization/units/" + btc + "/staffing/positions")
                        .with(staff(tu))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "Chuyên viên tổ chức cán bộ")
                        .param("group", "PROFESSIONAL")
                        .param("workloadType", "MULTIPLE")
                        .param("targetHeadcount", "3")
                        .param("approvalNo", "12-QĐ/TU")
                        .param("approvalDate", "31/02/2025")
                        .param("validFrom", "01/03/2025"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Ngày phê duyệt")));
        assertThat(repo.positions(btc)).hasSize(before);
        mvc.perform(post("/organization/units/" + btc + "/staffing/positions")
                        .with(staff(tu))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "Chuyên viên tổ chức cán bộ")
                        .param("group", "PROFESSIONAL")
                        .param("workloadType", "MULTIPLE")
                        .param("targetHeadcount", "3")
                        .param("approvalNo", "12-QĐ/TU")
                        .param("approvalDate", "15/02/2025")
                        .param("validFrom", "01/03/2025"))
                .andExpect(status().is3xxRedirection());
        assertThat(repo.positions(btc)).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.targetHeadcount()).isEqualTo(3);
        });
        mvc.perform(post("/organization/units/" + btc + "/staffing/positions").with(staff(tu)))
                .andExpect(status().isForbidden());
        assertThat(repo.positions(btc)).hasSize(before + 1);
    }

    @Test
    @DisplayName("JOB-06: headcount with a negative number or a typed word is refused; another commune's staff get 403")
    void headcountValidationAndScope() throws Exception {
        long tu = unit("TU-QT");
        long btc = unit("BTC-TU-QT");
        long camLo = unit("DU-X-CAMLO");
        var before = repo.headcount(btc);
        mvc.perform(post("/organization/units/" + btc + "/staffing/headcount")
                        .with(staff(tu))
                        .with(csrf())
                        .param("year", "2031")
                        .param("category", "CIVIL_SERVANT")
                        .param("approved", "-2")
                        .param("filled", "1"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("JOB-06")));
        mvc.perform(post("/organization/units/" + btc + "/staffing/headcount")
                        .with(staff(tu))
                        .with(csrf())
                        .param("year", "2031")
                        .param("category", "CIVIL_SERVANT")
                        .param("approved", "mười")
                        .param("filled", "1"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("số nguyên")));
        // JOB-06: far more people in post than posts assigned is refused with the rule, nothing saved
        mvc.perform(post("/organization/units/" + btc + "/staffing/headcount")
                        .with(staff(tu))
                        .with(csrf())
                        .param("year", "2031")
                        .param("category", "CIVIL_SERVANT")
                        .param("approved", "100")
                        .param("filled", "950"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("vượt số được giao 100")))
                .andExpect(content().string(containsString("JOB-06")));
        assertThat(repo.headcount(btc)).isEqualTo(before);
        mvc.perform(get("/organization/units/" + btc + "/staffing").with(staff(camLo)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organization/units/" + btc + "/staffing/headcount")
                        .with(staff(camLo))
                        .with(csrf())
                        .param("year", "2031")
                        .param("category", "CIVIL_SERVANT")
                        .param("approved", "1.200")
                        .param("filled", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organization/units/" + btc + "/staffing/headcount")
                        .with(staff(tu))
                        .with(csrf())
                        .param("year", "2031")
                        .param("category", "CIVIL_SERVANT")
                        .param("approved", "1.200")
                        .param("filled", "1.150"))
                .andExpect(status().is3xxRedirection());
        assertThat(repo.headcount(btc)).anySatisfy(h -> {
            assertThat(h.year()).isEqualTo(2031);
            assertThat(h.approved()).isEqualTo(1200);
            assertThat(h.filled()).isEqualTo(1150);
        });
    }
}
