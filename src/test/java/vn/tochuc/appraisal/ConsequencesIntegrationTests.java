package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tochuc.appraisal.AppraisalFixtures.as;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.web.OutOfScopeException;
import vn.tochuc.web.Role;

/** The consequence lists on a prepared dataset: own unit, own people, decided yearly grades 2023–2025. */
@SpringBootTest
class ConsequencesIntegrationTests {

    @Autowired
    Consequences consequences;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    long yearCycle(long unit, String group, int year) {
        return MonthSetup.insertYearCycle(jdbc, unit, group, year, "QD366", 1, LocalDate.of(year, 12, 14));
    }

    void decided(long cycle, long unit, String username, String name, String grade) {
        decided(cycle, unit, null, username, name, grade);
    }

    void decided(long cycle, long unit, @Nullable Long personId, String username, String name, String grade) {
        jdbc.sql("""
                insert into appr_member (cycle_id, kind, unit_id, person_id, username, display_name, self_submitted,
                    appr_grade, decided_grade, decided_by, decided_at)
                values (:cycle, 'INDIVIDUAL', :unit, :p, :u, :name, true, :g, :g, 'thuongvu', current_timestamp)
                """)
                .param("cycle", cycle)
                .param("unit", unit)
                .param("p", personId)
                .param("u", username)
                .param("name", name)
                .param("g", grade)
                .update();
    }

    static List<String> names(List<ConsequenceLists.Entry> entries) {
        return entries.stream().map(ConsequenceLists.Entry::name).toList();
    }

    @Test
    @DisplayName(
            "EVAL-70/EVAL-72/EVAL-74 (and EVAL-19: the lowest grade of several posts): exactly who is on each list, with evidence, in scope")
    void listsOnPreparedDataset() {
        long u = org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        long other = org.findByCode("ORGANIZATION", "TU-QB").orElseThrow().id();
        String group = AppraisalFixtures.uniqueGroup();
        String tag = " " + group;
        long c23 = yearCycle(u, group, 2023);
        long c24 = yearCycle(u, group, 2024);
        long c25 = yearCycle(u, group, 2025);
        String[][] data = {
            // name, 2023, 2024, 2025
            {"An", null, null, "KHTNV"},
            {"Bình", null, "KHTNV", "HTNV"},
            {"Chi", null, "KHTNV", "KHTNV"},
            {"Dũng", "HTTNV", "HTXSNV", "HTNV"},
            {"Em", "HTTNV", "HTNV", null},
            {"Giang", "KHTNV", "HTTNV", "HTTNV"},
            {"Hoa", "HTTNV", "HTTNV", null},
        };
        long[] cycles = {c23, c24, c25};
        for (String[] row : data) {
            String user = AppraisalFixtures.uniqueUser("cb");
            for (int i = 0; i < 3; i++) {
                if (row[i + 1] != null) {
                    decided(cycles[i], u, user, row[0] + tag, row[i + 1]);
                }
            }
            if (row[0].equals("Hoa")) {
                // EVAL-19: graded in a second post in 2024, there KHTNV: the lowest grade counts.
                decided(c24, u, user, row[0] + tag, "KHTNV");
            }
        }
        long elsewhere = yearCycle(other, group, 2025);
        decided(elsewhere, other, AppraisalFixtures.uniqueUser("cb"), "Ngoài" + tag, "KHTNV");

        Who staff = who(AppraisalFixtures.uniqueUser("staff"), u, Role.ORG_STAFF);
        ConsequenceLists all = as(staff, () -> consequences.lists(2025, null));
        ConsequenceLists l = new ConsequenceLists(
                2025, mine(all.streamlining(), tag), mine(all.twoYearsKhtnv(), tag), mine(all.theoryTraining(), tag));
        assertThat(names(l.streamlining()))
                .containsExactlyInAnyOrder("An" + tag, "Bình" + tag, "Chi" + tag, "Hoa" + tag);
        assertThat(names(l.twoYearsKhtnv())).containsExactly("Chi" + tag);
        assertThat(names(l.theoryTraining())).containsExactlyInAnyOrder("Dũng" + tag);
        ConsequenceLists.Entry chi = l.twoYearsKhtnv().get(0);
        assertThat(chi.evidence()).extracting(YearGrade::year).containsExactly(2024, 2025);
        assertThat(chi.evidence()).extracting(YearGrade::cycleId).containsExactly(c24, c25);
        assertThat(chi.evidence()).allSatisfy(g -> assertThat(g.decidedBy()).isEqualTo("thuongvu"));
        assertThat(l.theoryTraining().get(0).evidence())
                .extracting(g -> g.grade().name())
                .containsExactly("HTTNV", "HTXSNV");
        assertThat(names(all.streamlining())).doesNotContain("Ngoài" + tag);

        // Reference year 2026: 2025 KHTNV still counts for streamlining (EVAL-70, last year); training needs
        // 2024 and 2025 (EVAL-74): Giang only.
        ConsequenceLists next = as(staff, () -> consequences.lists(2026, u));
        assertThat(names(mine(next.streamlining(), tag))).containsExactlyInAnyOrder("An" + tag, "Chi" + tag);
        assertThat(mine(next.twoYearsKhtnv(), tag)).isEmpty();
        assertThat(names(mine(next.theoryTraining(), tag))).containsExactly("Giang" + tag);

        Who cadre = who(AppraisalFixtures.uniqueUser("cb"), u, Role.CADRE);
        assertThatThrownBy(() -> as(cadre, () -> consequences.lists(2025, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staff, () -> consequences.lists(2025, other)))
                .isInstanceOf(OutOfScopeException.class);
    }

    /** The coded level beside the text, as the people module writes both (people/V6). */
    static final java.util.Map<String, String> LEVEL_CODES =
            java.util.Map.of("Đại học", "DAI_HOC", "Trung cấp", "TRUNG_CAP", "Thạc sĩ", "THAC_SI");

    /** A personnel record of our own (test-only insert: the people module has no public command to create one). */
    long person(long unit, String surname, String given, @Nullable String level, boolean partyMember) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into people_person (surname, middle_name, given_name, full_name, name_folded, given_folded,
                    sort_key, date_of_birth, sex, ethnicity, religion, professional_level, professional_code, political_theory,
                    state_mgmt, party_join_date, current_unit_id)
                values (:s, 'Văn', :g, :full, :full, :g, :key, :dob, 'M', 'Kinh', 'Không', :level, :code, 'NONE', 'NONE',
                    :party, :unit)
                """)
                .param("s", surname)
                .param("g", given)
                .param("full", surname + " Văn " + given)
                .param("key", new byte[] {1})
                .param("dob", LocalDate.of(1990, 1, 1))
                .param("level", level)
                .param("code", level == null ? "NONE" : LEVEL_CODES.getOrDefault(level, "NONE"))
                .param("party", partyMember ? LocalDate.of(2015, 5, 19) : null)
                .param("unit", unit)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    @Test
    @DisplayName(
            "EVAL-74: with a linked personnel record, Party membership and a college degree decide; the read is audited")
    void trainingChecksTheRecord() {
        long u = org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), u, Role.ORG_STAFF);
        String group = AppraisalFixtures.uniqueGroup();
        long c23 = yearCycle(u, group, 2023);
        long c24 = yearCycle(u, group, 2024);
        long graduate = person(u, "Ngô", "Đạt", "Đại học", true);
        long noDegree = person(u, "Ngô", "Trung", "Trung cấp", true);
        long notMember = person(u, "Ngô", "Ngoài", "Thạc sĩ", false);
        for (long id : new long[] {graduate, noDegree, notMember}) {
            decided(c23, u, id, "cb" + id, "Ngô " + id + " " + group, "HTTNV");
            decided(c24, u, id, "cb" + id, "Ngô " + id + " " + group, "HTXSNV");
        }
        decided(c23, u, null, "cb" + group, "Không hồ sơ " + group, "HTTNV");
        decided(c24, u, null, "cb" + group, "Không hồ sơ " + group, "HTTNV");
        List<ConsequenceLists.Entry> training =
                mine(as(staff, () -> consequences.lists(2025, u)).theoryTraining(), " " + group);
        assertThat(training)
                .extracting(ConsequenceLists.Entry::personKey)
                .containsExactlyInAnyOrder("P" + graduate, "Ucb" + group);
        assertThat(training.stream()
                        .filter(e -> e.personKey().equals("P" + graduate))
                        .findFirst()
                        .orElseThrow()
                        .note())
                .startsWith("Đảng viên, trình độ Đại học");
        assertThat(training.stream()
                        .filter(e -> e.personKey().startsWith("U"))
                        .findFirst()
                        .orElseThrow()
                        .note())
                .startsWith("Chưa liên kết hồ sơ");
        assertThat(audit.search(staff.username(), "READ", "PERSON", "" + graduate, 0, 5))
                .hasSize(1);
    }

    static List<ConsequenceLists.Entry> mine(List<ConsequenceLists.Entry> entries, String tag) {
        return entries.stream().filter(e -> e.name().endsWith(tag)).toList();
    }
}
