package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tochuc.appraisal.AppraisalFixtures.as;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.Role;

/** Opening a cycle for a whole unit: every cadre of the subtree, with planned work items; idempotent. */
@SpringBootTest
class CyclePopulationIntegrationTests {

    @Autowired
    Appraisals appraisals;

    @Autowired
    CycleRepository cycleRows;

    @Autowired
    vn.tochuc.evaluation.PackSelection packSelection;

    @Autowired
    CyclePopulation population;

    @Autowired
    WorkItems work;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    long unit(long parent) {
        return AppraisalFixtures.testUnit(jdbc, parent);
    }

    long person(long unit, String staff, String given, String job) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into people_person (staff_number, surname, middle_name, given_name, full_name, name_folded,
                    given_folded, sort_key, date_of_birth, sex, ethnicity, religion, political_theory, state_mgmt,
                    current_unit_id)
                values (:staff, 'Lê', 'Văn', :given, :full, :folded, :given, :key, :dob, 'M', 'Kinh', 'Không',
                    'NONE', 'NONE', :unit)
                """)
                .param("staff", staff)
                .param("given", given)
                .param("full", "Lê Văn " + given)
                .param("folded", "le van " + given.toLowerCase())
                .param("key", given.getBytes())
                .param("dob", LocalDate.of(1990, 1, 1))
                .param("unit", unit)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        if (!job.isEmpty()) {
            jdbc.sql("""
                    insert into people_assignment (person_id, unit_id, unit_name, position_title, job_position, from_date)
                    values (:p, :u, 'Chi bộ thử', :job, :job, :from)
                    """)
                    .param("p", id)
                    .param("u", unit)
                    .param("job", job)
                    .param("from", LocalDate.of(2024, 1, 1))
                    .update();
        }
        return id;
    }

    @Test
    @DisplayName(
            "Every cadre of the unit becomes a member with the planned items of their job position; again adds none")
    void populate() {
        long parent =
                org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        long u = unit(parent);
        String job = "Chuyên viên " + AppraisalFixtures.uniqueGroup();
        String tag = AppraisalFixtures.uniqueGroup();
        person(u, tag + "1", "An", job);
        person(u, tag + "2", "Bình", job);
        person(u, tag + "3", "Cường", "");
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), parent, Role.ORG_STAFF);
        as(staff, () -> work.addProduct(job, "BC", "Báo cáo tháng", "C", 2.0));
        as(staff, () -> work.addProduct(job, "CV", "Công văn", "B", 0.5));
        Cycle c = as(
                staff,
                () -> new AppraisalFixtures.Opener(cycleRows, packSelection)
                        .open(u, "MONTH", YearMonth.now(VnFormats.VIETNAM).toString(), "ND335", null));

        CyclePopulation.Outcome o = as(staff, () -> population.populate(c.id()));
        assertThat(o.members()).isEqualTo(3);
        assertThat(o.items()).isEqualTo(4);
        List<Member> members = as(staff, () -> appraisals.members(c.id()));
        assertThat(members).extracting(Member::username).containsExactlyInAnyOrder(tag + "1", tag + "2", tag + "3");
        assertThat(members).extracting(Member::displayName).contains("Lê Văn An", "Lê Văn Bình", "Lê Văn Cường");
        Member an = members.stream()
                .filter(m -> m.username().equals(tag + "1"))
                .findFirst()
                .orElseThrow();
        assertThat(an.jobPosition()).isEqualTo(job);
        assertThat(an.personId()).isNotNull();
        var items = as(staff, () -> work.items(an.id()));
        assertThat(items).extracting(WorkItem::title).containsExactlyInAnyOrder("Báo cáo tháng", "Công văn");
        assertThat(items).allSatisfy(w -> assertThat(w.dueDate()).isEqualTo(c.periodEnd()));
        assertThat(as(staff, () -> work.results(c, members)).get(an.id()).assigned())
                .isEqualTo(2.5);

        assertThat(as(staff, () -> population.populate(c.id()))).isEqualTo(new CyclePopulation.Outcome(0, 0));
        assertThat(as(staff, () -> appraisals.membersPage(c.id(), 0, 2)).total())
                .isEqualTo(3);
        assertThat(as(staff, () -> appraisals.membersPage(c.id(), 1, 2)).items())
                .hasSize(1);
        assertThatThrownBy(() ->
                        as(who(AppraisalFixtures.uniqueUser("cb"), u, Role.CADRE), () -> population.populate(c.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName(
            "EVAL-13: the population follows the target group: a non-leaders' cycle takes in no leader, a leaders' cycle only leaders")
    void populationFollowsGroup() {
        long parent =
                org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        long u = unit(parent);
        String tag = AppraisalFixtures.uniqueGroup();
        person(u, tag + "1", "An", "Trưởng phòng");
        person(u, tag + "2", "Bình", "Chuyên viên");
        person(u, tag + "3", "Cường", "Phó Chánh Văn phòng");
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), parent, Role.ORG_STAFF);
        Cycle others = as(staff, () -> appraisals.open(u, "KHONG_LANH_DAO", "YEAR", "2026", "QD366", null));
        Cycle leaders = as(staff, () -> appraisals.open(u, "LANH_DAO", "YEAR", "2026", "QD366", null));

        assertThat(as(staff, () -> population.populate(others.id())).members()).isEqualTo(1);
        assertThat(as(staff, () -> appraisals.members(others.id())))
                .extracting(Member::displayName)
                .containsExactly("Lê Văn Bình");
        assertThat(as(staff, () -> population.populate(leaders.id())).members()).isEqualTo(2);
        assertThat(as(staff, () -> appraisals.members(leaders.id())))
                .extracting(Member::displayName)
                .containsExactlyInAnyOrder("Lê Văn An", "Lê Văn Cường");
    }

    @Test
    @DisplayName(
            "EVAL-13: the target group is one of the pack's criteria sets; any other text is refused, nothing written")
    void groupFromThePack() {
        long parent =
                org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        long u = unit(parent);
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), parent, Role.ORG_STAFF);
        for (String group : List.of("XYZ", "CONG_CHUC")) {
            assertThatThrownBy(() -> as(staff, () -> appraisals.open(u, group, "YEAR", "2026", "QD366", null)))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("«" + group + "»")
                    .hasMessageContaining("Cá nhân không giữ chức vụ lãnh đạo (Phụ lục 4)");
        }
        assertThat(as(staff, () -> appraisals.cycles())).noneMatch(c -> c.unitId() == u);
        assertThat(as(staff, () -> appraisals.open(u, "CONG_CHUC", "YEAR", "2026", "ND335", null))
                        .targetGroup())
                .isEqualTo("CONG_CHUC");
    }

    @Test
    @DisplayName(
            "EVAL-19, EVAL-50: the pack in force at the review: a 2025 year review takes QĐ 366 (from 30/8/2025), not QĐ 124; NĐ 335 from 2026")
    void packInForceForThePeriod() {
        long parent =
                org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        long u = unit(parent);
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), parent, Role.ORG_STAFF);
        Cycle party = as(staff, () -> appraisals.open(u, "KHONG_LANH_DAO", "YEAR", "2025", "QD366", null));
        assertThat(party.packCode()).isEqualTo("QD366");
        assertThat(party.packVersion()).isEqualTo(1);
        assertThatThrownBy(() -> as(staff, () -> appraisals.open(u, "LANH_DAO", "YEAR", "2025", "QD124", null)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("QD124");
        assertThatThrownBy(() -> as(staff, () -> appraisals.open(u, "CONG_CHUC", "YEAR", "2025", "ND335", null)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("ND335");
        Cycle state = as(staff, () -> appraisals.open(u, "CONG_CHUC", "YEAR", "2025", "ND90", null));
        assertThat(state.packVersion()).isEqualTo(2);
        assertThat(as(staff, () -> appraisals.open(u, "LANH_DAO", "YEAR", "2024", "QD124", null))
                        .packCode())
                .isEqualTo("QD124");
    }
}
