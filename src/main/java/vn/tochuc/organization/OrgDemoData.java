package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo organization tree of Quảng Trị (after 01/07/2025 including the former Quảng Bình), recorded through
 * the same restructuring events as real changes: the 2015 state, a 2020 merger, the 2025 merger of Party
 * commissions and departments, and the 2025 reform (district Party committees dissolved, a Party committee
 * per new commune linked to the real commune, Quảng Bình's committee merged into Quảng Trị's). Resolution
 * numbers are marked as sample data. Runs once (the code TU-QT identifies it), after the locality import.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "tochuc.demo.enabled", havingValue = "true")
class OrgDemoData implements ApplicationRunner {

    static final String ORG = "ORGANIZATION";
    static final String SAMPLE = " (dữ liệu mẫu)";
    static final LocalDate Y2015 = LocalDate.of(2015, 10, 1);
    static final LocalDate Y2020 = LocalDate.of(2020, 2, 1);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    /** The three demo commune committees other modules' tests use, by the code of their commune. */
    static final Map<String, String> NAMED =
            Map.of("19333", "DU-P-DONGHA", "19597", "DU-X-CAMLO", "18880", "DU-P-DONGHOI");

    private final OrgUnitRepository units;
    private final Restructuring restructuring;
    private final StaffingRepository staffing;

    OrgDemoData(OrgUnitRepository units, Restructuring restructuring, StaffingRepository staffing) {
        this.units = units;
        this.restructuring = restructuring;
        this.staffing = staffing;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (units.findByCode(ORG, "TU-QT").isPresent()) {
            return;
        }
        List<EventCommand> all = new ArrayList<>(OrgDemoHistory.before2025());
        all.addAll(reform());
        restructuring.applyAsSystem(all, "system:demo");
        staffing();
    }

    /** Sample headcount 2021–2025 (KL 40 base year 2021) and two job positions. */
    private void staffing() {
        long btc = units.findByCode(ORG, "BTC-TU-QT").orElseThrow().id();
        long health = units.findByCode(ORG, "SYT-QT").orElseThrow().id();
        int[] civil = {42, 41, 40, 40, 39};
        int[] budget = {1_250, 1_210, 1_180, 1_150, 1_120};
        for (int i = 0; i < civil.length; i++) {
            int year = 2021 + i;
            staffing.saveHeadcount(new Staffing.Headcount(
                    btc, year, "CIVIL_SERVANT", civil[i], civil[i] - 1, 0, i == 0 ? 0 : civil[i - 1] - civil[i], 0));
            staffing.saveHeadcount(new Staffing.Headcount(
                    health,
                    year,
                    "PUBLIC_EMPLOYEE_BUDGET",
                    budget[i],
                    budget[i] - 20,
                    0,
                    i == 0 ? 0 : budget[i - 1] - budget[i],
                    0));
        }
        LocalDate approved = LocalDate.of(2023, 9, 15);
        LocalDate from = LocalDate.of(2023, 10, 1);
        staffing.insertPosition(new Staffing.Position(
                0,
                btc,
                "VTVL-LD-01",
                "Trưởng ban",
                "LEADERSHIP",
                "SINGLE",
                1,
                "Chuyên viên cao cấp",
                "Cao cấp lý luận chính trị; đại học trở lên",
                "Năng lực lãnh đạo cấp 5",
                "QĐ 1234-QĐ/TU" + SAMPLE,
                approved,
                from,
                null));
        staffing.insertPosition(new Staffing.Position(
                0,
                btc,
                "VTVL-CM-01",
                "Chuyên viên tổ chức cán bộ",
                "PROFESSIONAL",
                "MULTIPLE",
                6,
                "Chuyên viên",
                "Đại học; trung cấp lý luận chính trị",
                "Năng lực chuyên môn cấp 3",
                "QĐ 1234-QĐ/TU" + SAMPLE,
                approved,
                from,
                null));
    }

    private List<EventCommand> reform() {
        List<NewUnit> communes = new ArrayList<>();
        List<NewUnit> cells = new ArrayList<>();
        for (AdminCsv.UnitRow r : AdminUnitImport.units("units_2025.csv")) {
            if (r.level() != 3 || !r.provinceCode().equals("44")) {
                continue;
            }
            String code = NAMED.getOrDefault(r.code(), "DU-" + r.code());
            Long locality = units.idAsOf("LOCALITY", r.code(), REFORM).orElse(null);
            communes.add(new NewUnit(
                    code,
                    "Đảng bộ " + r.name().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                            + r.name().substring(1),
                    "DANG_BO_XA",
                    null,
                    UnitKey.code("TU-QT"),
                    locality));
            if (!NAMED.containsKey(r.code())) {
                cells.add(new NewUnit(
                        "CB-" + r.code() + "-CQ",
                        "Chi bộ cơ quan Đảng ủy " + r.name(),
                        "CHI_BO",
                        null,
                        UnitKey.code(code),
                        null));
            }
        }
        String basis = "Quyết định thành lập đảng bộ xã, phường" + SAMPLE;
        LocalDate signed = LocalDate.of(2025, 6, 30);
        List<EventCommand> out = new ArrayList<>();
        out.add(OrgDemoHistory.cmd(EventType.CREATE, REFORM, basis, signed).withNewUnits(communes));
        out.add(OrgDemoHistory.cmd(EventType.CREATE, REFORM, basis, signed).withNewUnits(cells));
        out.add(OrgDemoHistory.merge(REFORM, signed, "DU-P-DONGHA", "DU-P1-DONGHA", "DU-P5-DONGHA"));
        out.add(OrgDemoHistory.merge(REFORM, signed, "DU-X-CAMLO", "DU-TT-CAMLO"));
        out.add(OrgDemoHistory.merge(REFORM, signed, "DU-P-DONGHOI", "DU-P-HAIDINH"));
        out.add(OrgDemoHistory.cmd(EventType.DISSOLVE, REFORM, "Kết thúc hoạt động đảng bộ cấp huyện" + SAMPLE, signed)
                .withUnits(List.of(
                        UnitKey.code("DU-TP-DONGHA"), UnitKey.code("DU-H-CAMLO"), UnitKey.code("DU-TP-DONGHOI"))));
        out.add(OrgDemoHistory.merge(REFORM, signed, "BTC-TU-QT", "BTC-TU-QB"));
        out.add(OrgDemoHistory.merge(REFORM, signed, "TU-QT", "TU-QB"));
        return out;
    }
}
