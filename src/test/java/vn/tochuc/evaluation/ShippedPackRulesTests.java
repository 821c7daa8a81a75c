package vn.tochuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tochuc.evaluation.Cases.PARTY_GOOD;
import static vn.tochuc.evaluation.Cases.STATE_GOOD;
import static vn.tochuc.evaluation.Cases.grade;
import static vn.tochuc.evaluation.Cases.item;
import static vn.tochuc.evaluation.Cases.score;
import static vn.tochuc.evaluation.Cases.subject;
import static vn.tochuc.evaluation.Cases.with;
import static vn.tochuc.evaluation.RuleChecks.authorityDecides;
import static vn.tochuc.evaluation.RuleChecks.group;
import static vn.tochuc.evaluation.RuleChecks.headCap;
import static vn.tochuc.evaluation.RuleChecks.orderRefused;
import static vn.tochuc.evaluation.RuleChecks.quota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tochuc.evaluation.Cases.Case;

/** Every rule of the shipped packs, by ID: scores, band edges, conditions, disqualifiers, quota, head cap. */
class ShippedPackRulesTests {

    static final String QD366 = "qd366-v1",
            QD124 = "qd124-v1",
            ND335 = "nd335-v1",
            ND90 = "nd90-v1",
            ND48 = "nd90-v2",
            HN = "hn3814-v1";
    static final Map<String, Double> COLLECTIVE_GOOD = Map.of(
            "chinhTri",
            6.0,
            "doanKet",
            6.0,
            "kiemTra",
            6.0,
            "phongChong",
            6.0,
            "tuPheBinh",
            6.0,
            "tasksCompletedPct",
            100.0,
            "tasksOnTimePct",
            100.0,
            "tasksExceededPct",
            30.0,
            "lateTasksPct",
            0.0,
            "shortcomingsFixedPct",
            100.0);
    static final Map<String, Double> LEADER_GOOD = with(PARTY_GOOD, "ledUnitsCompletedPct", 100);
    static final Map<String, Double> ND90_GOOD =
            with(STATE_GOOD, "onTimePct", 100, "exceededPct", 50, "lateOrPoorPct", 0);
    static final Map<String, Double> ND90_LEADER = with(
            ND90_GOOD,
            "unitExceededPct",
            50,
            "unitTargetsPct",
            100,
            "subunitsHtnvPct",
            100,
            "subunitsGoodPct",
            70,
            "organizingPct",
            100);
    static final Map<String, Double> HN_GOOD = Map.of("assigned", 10.0, "completed", 10.0);

    static Subject nonLeader(Map<String, Double> in, String... ev) {
        return subject("KHONG_LANH_DAO", in, ev);
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // §1.1 and §1.2: QĐ 366
        c.add(new Case("EVAL-01", "four grades, lowest first, with KPI letters", () -> {
            assertThat(Grade.values()).containsExactly(Grade.KHTNV, Grade.HTNV, Grade.HTTNV, Grade.HTXSNV);
            assertThat(Grade.HTXSNV.letter() + Grade.HTTNV.letter() + Grade.HTNV.letter() + Grade.KHTNV.letter())
                    .isEqualTo("ABCD");
        }));
        c.add(score("EVAL-12", "QĐ 366: 30 general + 70 task points = 100", QD366, nonLeader(PARTY_GOOD), 100.0));
        c.add(new Case(
                "EVAL-13",
                "QĐ 366 has one criteria set per target group (5 appendices)",
                () -> assertThat(TestPacks.pack(QD366).sets().keySet())
                        .containsExactlyInAnyOrder(
                                "TAP_THE", "LANH_DAO_TW", "LANH_DAO", "KHONG_LANH_DAO", "DANG_VIEN_NGOAI")));
        c.add(new Case(
                "EVAL-10",
                "QĐ 366 grades collectives and individuals",
                () -> assertThat(Cases.eval(QD366, subject("TAP_THE", COLLECTIVE_GOOD))
                                .grade())
                        .isEqualTo(Grade.HTXSNV)));
        Map<String, Double> g8999 = with(PARTY_GOOD, "neuGuong", 3.99, "doiMoi", 2, "tuPheBinh", 2);
        c.add(grade("EVAL-14", "band edge 89.99 → HTTNV", QD366, nonLeader(g8999), Grade.HTTNV));
        c.add(grade("EVAL-14", "band edge 90.00 → HTXSNV", QD366, nonLeader(with(g8999, "neuGuong", 4)), Grade.HTXSNV));
        c.add(grade(
                "EVAL-14",
                "97.97 points but 29.9% exceeded → HTTNV",
                QD366,
                nonLeader(with(PARTY_GOOD, "tasksExceededPct", 29.9)),
                Grade.HTTNV));
        c.add(grade(
                "EVAL-14",
                "shortcomings not all fixed → not HTXSNV",
                QD366,
                nonLeader(with(PARTY_GOOD, "shortcomingsFixedPct", 99.9)),
                Grade.HTTNV));
        c.add(grade(
                "EVAL-14",
                "collective: a subordinate disciplined → HTTNV",
                QD366,
                subject("TAP_THE", with(COLLECTIVE_GOOD, "subordinatesDisciplined", 1)),
                Grade.HTTNV));
        c.add(grade(
                "EVAL-14",
                "leader: led area 90% complete → fails HTXSNV and HTTNV → HTNV",
                QD366,
                subject("LANH_DAO", with(LEADER_GOOD, "ledUnitsCompletedPct", 90)),
                Grade.HTNV));
        c.add(grade(
                "EVAL-15",
                "band edge 70.00 → HTTNV",
                QD366,
                nonLeader(with(PARTY_GOOD, "chinhTri", 0, "daoDuc", 0, "neuGuong", 0, "doiMoi", 0, "tuPheBinh", 0)),
                Grade.HTTNV));
        c.add(grade(
                "EVAL-15",
                "band edge 69.99 → HTNV",
                QD366,
                nonLeader(with(
                        PARTY_GOOD,
                        "chinhTri",
                        0,
                        "daoDuc",
                        0,
                        "neuGuong",
                        0,
                        "doiMoi",
                        0,
                        "tuPheBinh",
                        0,
                        "shortcomingsFixedPct",
                        99.9)),
                Grade.HTNV));
        c.add(grade(
                "EVAL-15",
                "99.8 points but 99% on time → HTNV",
                QD366,
                nonLeader(with(PARTY_GOOD, "tasksOnTimePct", 99)),
                Grade.HTNV));
        Map<String, Double> g50 = with(
                PARTY_GOOD,
                "chinhTri",
                0,
                "daoDuc",
                0,
                "neuGuong",
                0,
                "doiMoi",
                0,
                "tuPheBinh",
                0,
                "tasksExceededPct",
                0,
                "shortcomingsFixedPct",
                0);
        c.add(grade("EVAL-16", "band edge 50.00 → HTNV", QD366, nonLeader(g50), Grade.HTNV));
        c.add(grade(
                "EVAL-16",
                "band edge 49.99 → KHTNV",
                QD366,
                nonLeader(with(g50, "tasksOnTimePct", 99.95)),
                Grade.KHTNV));
        c.add(grade(
                "EVAL-16",
                "21% of tasks late → KHTNV whatever the score",
                QD366,
                nonLeader(with(PARTY_GOOD, "lateTasksPct", 21)),
                Grade.KHTNV));
        c.add(grade(
                "EVAL-17",
                "40 points → KHTNV (U: below 50)",
                QD366,
                nonLeader(with(g50, "tasksOnTimePct", 50)),
                Grade.KHTNV));
        for (String ev : List.of("DISCIPLINED", "DEGRADATION", "CORRUPTION_IN_UNIT", "DISUNITY", "TARGETS_UNDER_50")) {
            c.add(grade(
                    "EVAL-31",
                    "QĐ 366 (fallback to QĐ 124 list): " + ev + " → KHTNV at 100 points",
                    QD366,
                    subject("LANH_DAO", LEADER_GOOD, ev),
                    Grade.KHTNV));
            c.add(grade(
                    "EVAL-31",
                    "QĐ 124: " + ev + " → KHTNV at 100 points",
                    QD124,
                    nonLeader(PARTY_GOOD, ev),
                    Grade.KHTNV));
        }
        c.add(grade(
                "EVAL-31",
                "QĐ 124: a criterion rated poor (under 1 point) → KHTNV at 94.5 points",
                QD124,
                nonLeader(with(PARTY_GOOD, "doiMoi", 0.5)),
                Grade.KHTNV));
        c.add(quota(
                "EVAL-18", "QĐ 366 (U): 20% of 12 HTTNV = 2.4 → 2, the 3rd candidate referred", QD366, 12, 3, 2, 1));
        c.add(new Case(
                "EVAL-11",
                "QĐ 366: quarterly results into the year by the mean",
                () -> assertThat(AggregationPolicy.aggregate(
                                TestPacks.pack(QD366).doc().params().aggregation(), List.of(88.0, 91.0, 90.0, 92.5)))
                        .isEqualTo(90.38)));
        c.add(new Case(
                "EVAL-19",
                "HD 43: referred candidates go to the committee one level up; its decision applies",
                authorityDecides(QD366)));
        c.add(new Case(
                "EVAL-02", "QĐ 124: the competent authority's decision is the last step", authorityDecides(QD124)));
        // §1.3 QĐ 124
        c.add(grade("EVAL-30", "QĐ 124 converted band edge 89.99 → HTTNV", QD124, nonLeader(g8999), Grade.HTTNV));
        c.add(grade(
                "EVAL-30",
                "QĐ 124 converted band edge 90.00 → HTXSNV",
                QD124,
                nonLeader(with(g8999, "neuGuong", 4)),
                Grade.HTXSNV));
        c.add(new Case("EVAL-32", "QĐ 124: head capped at the grade of the collective", headCap(QD124, true)));
        c.add(new Case("EVAL-32", "a member graded before their collective is refused", orderRefused(false)));
        c.add(new Case("EVAL-32", "a head graded before their unit is refused", orderRefused(true)));
        c.add(new Case("EVAL-36", "QĐ 366 (U): head cap on by default", headCap(QD366, true)));
        c.add(new Case("EVAL-36", "Hà Nội KPI: head cap switched off in the pack", headCap(HN, false)));
        c.add(quota("EVAL-33", "QĐ 124 leaders: 20% of 13 HTTNV = 2.6 → floor 2", QD124, 13, 4, 2, 2));
        c.add(quota("EVAL-34", "QĐ 124 Party members: 20% of 5 HTTNV = 1", QD124, 5, 2, 1, 1));
        c.add(grade(
                "EVAL-34",
                "QĐ 124: a civil servant not HTXSNV on the State side cannot be HTXSNV as a Party member",
                QD124,
                nonLeader(with(PARTY_GOOD, "stateSideExcellent", 0)),
                Grade.HTTNV));
        c.add(grade(
                "EVAL-34",
                "QĐ 124: State-side HTXSNV (or not a civil servant) keeps HTXSNV",
                QD124,
                nonLeader(with(PARTY_GOOD, "stateSideExcellent", 1)),
                Grade.HTXSNV));
        // §1.4 NĐ 90 + NĐ 48
        c.add(grade(
                "EVAL-40",
                "NĐ 90: 100% on time and ≥ 50% exceeded → HTXSNV",
                ND90,
                subject("CONG_CHUC", ND90_GOOD),
                Grade.HTXSNV));
        c.add(grade(
                "EVAL-40",
                "NĐ 90: 49% exceeded → HTTNV",
                ND90,
                subject("CONG_CHUC", with(ND90_GOOD, "exceededPct", 49)),
                Grade.HTTNV));
        c.add(grade(
                "EVAL-40",
                "NĐ 90 leader: 69% of units HTTNV → not HTXSNV, not HTTNV",
                ND90,
                subject("LANH_DAO", with(ND90_LEADER, "subunitsGoodPct", 69)),
                Grade.HTNV));
        c.add(grade(
                "EVAL-41",
                "NĐ 90: 99% on time → HTNV",
                ND90,
                subject("CONG_CHUC", with(ND90_GOOD, "onTimePct", 99)),
                Grade.HTNV));
        c.add(grade(
                "EVAL-41",
                "NĐ 90 leader: 80% on time is enough for HTTNV",
                ND90,
                subject("LANH_DAO", with(ND90_LEADER, "onTimePct", 80)),
                Grade.HTTNV));
        c.add(grade(
                "EVAL-42",
                "NĐ 90: 21% late or poor → KHTNV",
                ND90,
                subject("CONG_CHUC", with(ND90_GOOD, "lateOrPoorPct", 21)),
                Grade.KHTNV));
        c.add(grade(
                "EVAL-42",
                "NĐ 90 leader: unit completes only 70% of targets → KHTNV",
                ND90,
                subject("LANH_DAO", with(ND90_LEADER, "unitTargetsPct", 70)),
                Grade.KHTNV));
        for (String ev : List.of("DEGRADATION", "DISCIPLINED", "CORRUPTION_IN_UNIT")) {
            c.add(grade(
                    "EVAL-43",
                    "NĐ 90 (U): " + ev + " → KHTNV",
                    ND48,
                    subject("CONG_CHUC", ND90_GOOD, ev),
                    Grade.KHTNV));
            c.add(grade(
                    "EVAL-59",
                    "NĐ 335: " + ev + " → KHTNV at 100 points",
                    ND335,
                    subject("LANH_DAO", with(STATE_GOOD, "organizingPct", 100), ev),
                    Grade.KHTNV));
        }
        c.add(quota("EVAL-44", "NĐ 90 (U): 20% of 10 HTTNV = 2", ND90, 10, 3, 2, 1));
        c.add(new Case("EVAL-45", "NĐ 48: HTXSNV share capped by the Party-side share (15% of 20 graded = 3)", () -> {
            var q = TestPacks.pack(ND48).doc().params().quota();
            assertThat(QuotaPolicy.calibrate(q, group(15, 5), false, 0.15).allowed())
                    .isEqualTo(3);
            assertThatThrownBy(() -> QuotaPolicy.calibrate(q, group(15, 5), false, null))
                    .hasMessageContaining("EVAL-45");
        }));
        c.add(new Case(
                "EVAL-46",
                "NĐ 90: yearly figure by the mean",
                () -> assertThat(AggregationPolicy.aggregate(
                                TestPacks.pack(ND90).doc().params().aggregation(), List.of(80.0, 90.0)))
                        .isEqualTo(85.0)));
        // §1.5 NĐ 335
        c.add(new Case("EVAL-50", "NĐ 335 in force from 01/01/2026; NĐ 90/48 ends that day with no gap", () -> {
            assertThat(TestPacks.pack(ND335).doc().effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(TestPacks.pack(ND48).doc().effectiveTo()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(TestPacks.pack(ND90).doc().effectiveTo())
                    .isEqualTo(TestPacks.pack(ND48).doc().effectiveFrom());
        }));
        c.add(score("EVAL-51", "NĐ 335: 30 + 70 = 100", ND335, subject("CONG_CHUC", STATE_GOOD), 100.0));
        c.add(new Case(
                "EVAL-52",
                "NĐ 335 is a monthly pack over converted products",
                () -> assertThat(TestPacks.pack(ND335).doc().period()).isEqualTo("MONTH")));
        c.add(item(
                "EVAL-53",
                "quantity: 8 of 10 converted products → 18.66",
                ND335,
                subject("CONG_CHUC", with(STATE_GOOD, "completed", 8)),
                "K1",
                18.66));
        c.add(item(
                "EVAL-54",
                "quality: 2 failed assessments, −25% each → 22.16",
                ND335,
                subject("CONG_CHUC", with(STATE_GOOD, "qualityFailures", 2)),
                "K2",
                22.16));
        c.add(item(
                "EVAL-55",
                "timeliness: 4 delays, −25% each → 21.01",
                ND335,
                subject("CONG_CHUC", with(STATE_GOOD, "delays", 4)),
                "K3",
                21.01));
        c.add(score(
                "EVAL-56",
                "NĐ 335 (U): the three parts average to 70 (40 points general 0)",
                ND335,
                subject(
                        "CONG_CHUC",
                        with(
                                STATE_GOOD,
                                "chinhTri",
                                0,
                                "daoDuc",
                                0,
                                "vanHoa",
                                0,
                                "kyLuat",
                                0,
                                "phucVu",
                                0,
                                "doiMoi",
                                0)),
                70.0));
        c.add(score(
                "EVAL-57",
                "NĐ 335 leader: own products count 42 of 70",
                ND335,
                subject("LANH_DAO", with(STATE_GOOD, "organizingPct", 0, "managedKhtnv", 1)),
                79.0));
        c.add(item(
                "EVAL-58",
                "leader: a managed civil servant KHTNV → unit result 50%",
                ND335,
                subject("LANH_DAO", with(STATE_GOOD, "organizingPct", 100, "managedKhtnv", 1)),
                "K4",
                7.0));
        Map<String, Double> s8999 = with(STATE_GOOD, "kyLuat", 4.99, "phucVu", 0, "doiMoi", 0);
        c.add(grade("EVAL-59", "NĐ 335 band edge 89.99 → HTTNV", ND335, subject("CONG_CHUC", s8999), Grade.HTTNV));
        c.add(grade(
                "EVAL-59",
                "NĐ 335 band edge 90.00 → HTXSNV",
                ND335,
                subject("CONG_CHUC", with(s8999, "kyLuat", 5)),
                Grade.HTXSNV));
        Map<String, Double> s70 =
                with(STATE_GOOD, "chinhTri", 0, "daoDuc", 0, "vanHoa", 0, "kyLuat", 0, "phucVu", 0, "doiMoi", 0);
        c.add(grade("EVAL-59", "NĐ 335 band edge 70.00 → HTTNV", ND335, subject("CONG_CHUC", s70), Grade.HTTNV));
        c.add(grade(
                "EVAL-59",
                "NĐ 335 band edge 69.99 → HTNV",
                ND335,
                subject("CONG_CHUC", with(s70, "qualityFailures", 0.02)),
                Grade.HTNV));
        Map<String, Double> s50 = with(s70, "chinhTri", 5, "daoDuc", 5, "vanHoa", 5, "completed", 5);
        c.add(grade("EVAL-59", "NĐ 335 band edge 50.00 → HTNV", ND335, subject("CONG_CHUC", s50), Grade.HTNV));
        c.add(grade(
                "EVAL-59",
                "NĐ 335 band edge 49.99 → KHTNV",
                ND335,
                subject("CONG_CHUC", with(s50, "vanHoa", 4.99)),
                Grade.KHTNV));
        c.add(quota("EVAL-60", "NĐ 335: 20% of 9 HTTNV = 1.8 → floor 1", ND335, 9, 2, 1, 1));
        c.add(new Case(
                "EVAL-62",
                "NĐ 335 (U): monthly totals into the year by the mean, 2 decimals",
                () -> assertThat(AggregationPolicy.aggregate(
                                TestPacks.pack(ND335).doc().params().aggregation(), List.of(90.0, 85.0, 92.5)))
                        .isEqualTo(89.17)));
        // §2 Hà Nội KPI-02
        c.add(grade(
                "KPI-02",
                "A (HTXSNV) from 90: full tasks and discipline = 90",
                HN,
                subject("TAT_CA", HN_GOOD),
                Grade.HTXSNV));
        c.add(grade(
                "KPI-02",
                "two late arrivals (−1 each) → 88 → B",
                HN,
                subject("TAT_CA", with(HN_GOOD, "lateDays", 2)),
                Grade.HTTNV));
        c.add(grade(
                "KPI-02",
                "bonus lifts 88 to 93 → A",
                HN,
                subject("TAT_CA", with(HN_GOOD, "lateDays", 2, "initiatives", 1)),
                Grade.HTXSNV));
        c.add(score(
                "KPI-02",
                "bonus group capped at 10 points",
                HN,
                subject("TAT_CA", with(HN_GOOD, "initiatives", 3)),
                100.0));
        c.add(grade(
                "KPI-02", "discipline in the month → D", HN, subject("TAT_CA", HN_GOOD, "DISCIPLINED"), Grade.KHTNV));
        c.add(quota("KPI-02", "A ≤ 30% of all graded: 10 graded → 3", HN, 7, 3, 3, 0));
        c.add(new Case(
                "KPI-02",
                "A ≤ 40% for outstanding collectives: 10 graded → 4",
                () -> assertThat(QuotaPolicy.calibrate(
                                        TestPacks.pack(HN).doc().params().quota(), group(5, 5), true, null)
                                .allowed())
                        .isEqualTo(4)));
        c.add(item(
                "KPI-03",
                "Hà Nội: quantity of products, 5 of 10 → 11.67",
                HN,
                subject("TAT_CA", with(HN_GOOD, "completed", 5)),
                "K1",
                11.67));
        return c;
    }

    static Stream<Case> table() {
        return cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    @DisplayName("rule table of the shipped packs (each row names its rule ID)")
    void rule(Case c) {
        c.check().run();
    }

    @Test
    @DisplayName("every rule ID cited by a shipped pack has a row in the table")
    void everyRuleCovered() {
        Set<String> cited = new TreeSet<>();
        for (String f : TestPacks.FILES) {
            RulePackDoc d = TestPacks.pack(f).doc();
            d.rules().forEach(r -> cited.add(r.id()));
            d.params().bands().forEach(b -> cited.add(b.rule()));
            d.conditions().forEach(x -> cited.add(x.rule()));
            d.disqualifiers().forEach(x -> cited.add(x.rule()));
            cited.add(d.params().quota().rule());
            cited.add(d.params().headCap().rule());
            cited.add(d.params().aggregation().rule());
            cited.add(d.params().scaleRule());
            d.criteriaSets()
                    .forEach(s -> s.groups().forEach(g -> {
                        cited.add(g.rule());
                        g.items().forEach(i -> cited.add(i.rule()));
                    }));
        }
        Set<String> covered = new TreeSet<>();
        cases().forEach(c -> covered.add(c.rule()));
        assertThat(covered).containsAll(cited);
    }
}
