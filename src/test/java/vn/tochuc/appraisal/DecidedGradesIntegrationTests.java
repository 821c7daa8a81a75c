package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.appraisal.AppraisalFixtures.run;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import vn.tochuc.appraisal.AppraisalScenario.Person;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.evaluation.PackSelection;
import vn.tochuc.organization.OrgDirectory;

/**
 * One source of decided grades (issue 12, point 1; docs/adr/0014): the bulk read of past years' grades by person,
 * and the GradeDecided event, kept in the event publication registry, on every new or changed decision.
 */
@SpringBootTest
@Import(DecidedGradesIntegrationTests.Listener.class)
class DecidedGradesIntegrationTests {

    /** A module that keeps a copy of the grades, as planning will. */
    @TestConfiguration
    static class Listener {
        private final List<GradeDecided> received = new CopyOnWriteArrayList<>();

        /** A method, not the field: the bean is a proxy (the listener is asynchronous and transactional). */
        List<GradeDecided> received() {
            return received;
        }

        @ApplicationModuleListener
        void on(GradeDecided e) {
            received.add(e);
        }
    }

    @Autowired
    DecidedGrades grades;

    @Autowired
    Appraisals appraisals;

    @Autowired
    Listener listener;

    @Autowired
    CycleRepository cycleRows;

    @Autowired
    PackSelection packSelection;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    static long nextPerson = 8_000_000_000L + System.nanoTime() % 1_000_000_000L;

    long yearCycle(long unit, int year) {
        return MonthSetup.insertYearCycle(
                jdbc, unit, AppraisalFixtures.uniqueGroup(), year, "QD366", 1, LocalDate.of(year, 12, 14));
    }

    void decided(long cycle, long unit, @Nullable Long person, String grade, OffsetDateTime at) {
        jdbc.sql("""
                insert into appr_member (cycle_id, kind, unit_id, person_id, username, display_name, self_submitted,
                    appr_grade, decided_grade, decided_by, decided_at)
                values (:cycle, 'INDIVIDUAL', :unit, :p, 'cb', 'Cán bộ', true, :g, :g, 'thuongvu', :at)
                """)
                .param("cycle", cycle)
                .param("unit", unit)
                .param("p", person)
                .param("g", grade)
                .param("at", at)
                .update();
    }

    @Test
    @DisplayName("yearGrades: by person, the years asked only, one grade a year (the later of two), typed Grade")
    void yearGradesByPerson() {
        long u = org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        long v = org.findByCode("ORGANIZATION", "TU-QB").orElseThrow().id();
        long a = nextPerson++;
        long b = nextPerson++;
        long none = nextPerson++;
        long c22 = yearCycle(u, 2022);
        long c23 = yearCycle(u, 2023);
        long c24 = yearCycle(u, 2024);
        long c24moved = yearCycle(v, 2024);
        long c25 = yearCycle(u, 2025);
        OffsetDateTime t = OffsetDateTime.parse("2024-12-20T09:00:00+07:00");
        decided(c22, u, a, "KHTNV", t.minusYears(2));
        decided(c23, u, a, "HTTNV", t.minusYears(1));
        decided(c24, u, a, "HTNV", t);
        decided(c24moved, v, a, "HTXSNV", t.plusDays(3)); // moved in 2024: decided again where they went
        decided(c25, u, a, "HTTNV", t.plusYears(1));
        decided(c24, u, b, "KHTNV", t);
        decided(c24, u, null, "KHTNV", t); // a member without a personnel record is nobody's grade

        Map<Long, List<DecidedGrade>> got = grades.yearGrades(List.of(a, b, none), 2023, 2024);

        assertThat(got).containsOnlyKeys(a, b);
        assertThat(got.get(a)).extracting(DecidedGrade::year).containsExactly(2023, 2024);
        assertThat(got.get(a)).extracting(DecidedGrade::grade).containsExactly(Grade.HTTNV, Grade.HTXSNV);
        assertThat(got.get(a).get(1).unitId()).isEqualTo(v);
        assertThat(got.get(a).get(1).cycleId()).isEqualTo(c24moved);
        assertThat(got.get(b)).extracting(DecidedGrade::grade).containsExactly(Grade.KHTNV);
        assertThat(grades.yearGrades(List.of(), 2020, 2030)).isEmpty();
        assertThat(grades.yearGrades(List.of(a), 2025, 2024)).isEmpty();
    }

    @Test
    @DisplayName("yearGrades takes more people than one statement carries")
    void yearGradesInChunks() {
        long u = org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        long c = yearCycle(u, 2021);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < DecidedGrades.CHUNK * 2 + 7; i++) {
            ids.add(nextPerson++);
        }
        long first = ids.get(0);
        long last = ids.get(ids.size() - 1);
        decided(c, u, first, "HTNV", OffsetDateTime.now());
        decided(c, u, last, "HTTNV", OffsetDateTime.now());

        Map<Long, List<DecidedGrade>> got = grades.yearGrades(ids, 2021, 2021);

        assertThat(got).containsOnlyKeys(first, last);
        assertThat(got.get(last).get(0).grade()).isEqualTo(Grade.HTTNV);
    }

    @Test
    @DisplayName(
            "GradeDecided: each decision and each change is published and kept in the registry, with the grade before")
    void decisionsArePublished() throws Exception {
        long u = org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        AppraisalScenario.Built b = AppraisalScenario.build(
                appraisals,
                new AppraisalFixtures.Opener(cycleRows, packSelection),
                u,
                "MONTH",
                java.time.YearMonth.now(vn.tochuc.shared.VnFormats.VIETNAM).toString(),
                Grade.HTTNV,
                List.of(new Person("Nguyễn Văn Quyết", Grade.HTTNV, Grade.HTTNV, Grade.HTTNV)));
        long member = b.members().get(0);
        run(b.boss(), () -> appraisals.decide(member, Grade.HTNV, "Xem xét lại", true));

        List<GradeDecided> mine = awaitEvents(member, 2);
        assertThat(mine).extracting(GradeDecided::grade).containsExactly(Grade.HTTNV, Grade.HTNV);
        assertThat(mine).extracting(GradeDecided::previous).containsExactly(null, Grade.HTTNV);
        GradeDecided last = mine.get(1);
        assertThat(last.cycleId()).isEqualTo(b.cycle().id());
        assertThat(last.unitId()).isEqualTo(u);
        assertThat(last.periodKind()).isEqualTo(b.cycle().periodKind());
        assertThat(last.periodCode()).isEqualTo(b.cycle().periodCode());
        assertThat(last.decidedBy()).isEqualTo(b.boss().username());
        assertThat(jdbc.sql("""
                select count(*) from event_publication
                where event_type = :t and serialized_event like :m
                """)
                        .param("t", GradeDecided.class.getName())
                        .param("m", "%\"memberId\":" + member + ",%")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private List<GradeDecided> awaitEvents(long member, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        List<GradeDecided> mine;
        do {
            mine = listener.received().stream()
                    .filter(e -> e.memberId() == member)
                    .toList();
            if (mine.size() >= count) {
                break;
            }
            Thread.sleep(50);
        } while (System.currentTimeMillis() < deadline);
        return mine;
    }
}
