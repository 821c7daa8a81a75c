package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the shipped administrative-unit files into restructuring events, three steps in date order: the
 * state of 01/05/2024 (one "create" per province), the changes found in the state of 01/03/2025 (create,
 * rename, move, change of type, dissolve), and the reform of 01/07/2025 from the mapping (communes merged
 * or split into new units, districts dissolved, provinces merged). Pure: no database.
 */
final class AdminImportPlan {

    static final String TREE = "LOCALITY";
    static final LocalDate BASELINE = LocalDate.of(2024, 5, 1);
    static final LocalDate WAVE = LocalDate.of(2025, 3, 1);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private AdminImportPlan() {}

    static List<EventCommand> baseline(List<AdminCsv.UnitRow> units) {
        Map<String, List<AdminCsv.UnitRow>> byProvince = units.stream()
                .sorted(Comparator.comparingInt(AdminCsv.UnitRow::level))
                .collect(
                        Collectors.groupingBy(AdminCsv.UnitRow::provinceCode, LinkedHashMap::new, Collectors.toList()));
        List<EventCommand> out = new ArrayList<>();
        byProvince.forEach((province, rows) -> out.add(EventCommand.of(
                        TREE,
                        EventType.CREATE,
                        BASELINE,
                        "Danh mục ĐVHC ngày 01/05/2024 (NQ 1013/NQ-UBTVQH15)",
                        BASELINE)
                .withNewUnits(
                        rows.stream().map(r -> newUnit("units_2024_05.csv", r)).toList())
                .withText("Trạng thái ban đầu nhập từ danh mục đơn vị hành chính", "vn-admin/2024-05/" + province)));
        return out;
    }

    static List<EventCommand> wave(List<AdminCsv.UnitRow> before, List<AdminCsv.UnitRow> after) {
        Map<String, AdminCsv.UnitRow> old = index(before);
        Map<String, AdminCsv.UnitRow> now = index(after);
        List<EventCommand> out = new ArrayList<>();
        String basis = "Các nghị quyết UBTVQH sắp xếp ĐVHC 2023–2025 (danh mục 01/03/2025)";
        after.stream()
                .filter(r -> !old.containsKey(r.code()))
                .sorted(Comparator.comparingInt(AdminCsv.UnitRow::level))
                .forEach(r -> out.add(cmd(EventType.CREATE, WAVE, basis, WAVE, "vn-admin/2025-03/create/" + r.code())
                        .withNewUnits(List.of(newUnit("units_2024.csv", r)))));
        after.stream()
                .filter(r -> old.containsKey(r.code()))
                .sorted(Comparator.comparingInt(AdminCsv.UnitRow::level))
                .forEach(r -> {
                    AdminCsv.UnitRow o = old.get(r.code());
                    boolean typed = !o.type().equals(r.type());
                    boolean moved = !o.parentCode().equals(r.parentCode());
                    if (!typed && !moved && o.name().equals(r.name())) {
                        return;
                    }
                    EventType t = typed ? EventType.CHANGE_TYPE : moved ? EventType.MOVE : EventType.RENAME;
                    out.add(cmd(t, WAVE, basis, WAVE, "vn-admin/2025-03/" + t + "/" + r.code())
                            .withUnits(List.of(UnitKey.code(r.code())))
                            .withChanges(
                                    r.name(),
                                    null,
                                    typed ? AdminCsv.kind("units_2024.csv", r) : null,
                                    moved ? UnitKey.code(r.parentCode()) : null));
                });
        Map<String, List<UnitKey>> gone = before.stream()
                .filter(r -> !now.containsKey(r.code()))
                .collect(Collectors.groupingBy(
                        AdminCsv.UnitRow::provinceCode,
                        LinkedHashMap::new,
                        Collectors.mapping(r -> UnitKey.code(r.code()), Collectors.toList())));
        gone.forEach((province, keys) ->
                out.add(cmd(EventType.DISSOLVE, WAVE, basis, WAVE, "vn-admin/2025-03/dissolve/" + province)
                        .withUnits(keys)));
        return out;
    }

    static List<EventCommand> reform(
            List<AdminCsv.UnitRow> before, List<AdminCsv.UnitRow> after, List<AdminCsv.MappingRow> mapping) {
        Map<String, AdminCsv.UnitRow> old = index(before);
        Map<String, List<AdminCsv.MappingRow>> byNew = mapping.stream()
                .filter(m ->
                        old.containsKey(m.oldCode()) && old.get(m.oldCode()).level() == m.oldLevel())
                .collect(Collectors.groupingBy(
                        m -> m.newLevel() + ":" + m.newCode(), LinkedHashMap::new, Collectors.toList()));
        LocalDate resolved = LocalDate.of(2025, 6, 16);
        List<EventCommand> out = new ArrayList<>();
        for (AdminCsv.UnitRow r : after) {
            List<AdminCsv.MappingRow> links = byNew.getOrDefault(r.level() + ":" + r.code(), List.of());
            if (r.level() == 3) {
                out.add(cmd(
                                EventType.MERGE,
                                REFORM,
                                "NQ 1654–1687/NQ-UBTVQH15 (sắp xếp ĐVHC cấp xã năm 2025)",
                                resolved,
                                "vn-admin/2025-07/commune/" + r.code())
                        .withUnits(links.stream()
                                .map(m -> new UnitKey(null, m.oldCode(), m.partial()))
                                .toList())
                        .withNewUnits(List.of(newUnit("units_2025.csv", r))));
            }
        }
        Set<String> succeeded =
                mapping.stream().map(AdminCsv.MappingRow::oldCode).collect(Collectors.toSet());
        Map<String, List<UnitKey>> districts = before.stream()
                .filter(r -> r.level() == 2 && !succeeded.contains(r.code()))
                .collect(Collectors.groupingBy(
                        AdminCsv.UnitRow::provinceCode,
                        LinkedHashMap::new,
                        Collectors.mapping(r -> UnitKey.code(r.code()), Collectors.toList())));
        districts.forEach((province, keys) -> out.add(cmd(
                        EventType.DISSOLVE,
                        REFORM,
                        "NQ 203/2025/QH15 (kết thúc hoạt động của ĐVHC cấp huyện)",
                        resolved,
                        "vn-admin/2025-07/districts/" + province)
                .withUnits(keys)));
        for (AdminCsv.UnitRow r : after) {
            List<AdminCsv.MappingRow> links = byNew.getOrDefault(r.level() + ":" + r.code(), List.of());
            if (r.level() != 1) {
                continue;
            }
            AdminCsv.UnitRow same = old.get(r.code());
            String kind = AdminCsv.kind("units_2025.csv", r);
            boolean changed = same == null
                    || !same.name().equals(r.name())
                    || !same.type().equals(r.type());
            String basis = "NQ 202/2025/QH15 (sắp xếp ĐVHC cấp tỉnh)";
            if (links.size() > 1) {
                out.add(cmd(
                                EventType.MERGE,
                                REFORM,
                                basis,
                                LocalDate.of(2025, 6, 12),
                                "vn-admin/2025-07/province/" + r.code())
                        .withUnits(links.stream()
                                .map(m -> UnitKey.code(m.oldCode()))
                                .toList())
                        .withTarget(UnitKey.code(r.code()))
                        .withChanges(
                                changed ? r.name() : null,
                                null,
                                same != null && !same.type().equals(r.type()) ? kind : null,
                                null));
            } else if (changed && same != null) {
                EventType t = same.type().equals(r.type()) ? EventType.RENAME : EventType.CHANGE_TYPE;
                out.add(cmd(t, REFORM, basis, LocalDate.of(2025, 6, 12), "vn-admin/2025-07/province/" + r.code())
                        .withUnits(List.of(UnitKey.code(r.code())))
                        .withChanges(r.name(), null, t == EventType.CHANGE_TYPE ? kind : null, null));
            }
        }
        return out;
    }

    private static EventCommand cmd(EventType t, LocalDate on, String basis, LocalDate basisDate, String key) {
        return EventCommand.of(TREE, t, on, basis, basisDate).withText(null, key);
    }

    private static NewUnit newUnit(String file, AdminCsv.UnitRow r) {
        return new NewUnit(
                r.code(),
                r.name(),
                AdminCsv.kind(file, r),
                r.level(),
                r.parentCode().isEmpty() ? null : UnitKey.code(r.parentCode()),
                null);
    }

    private static Map<String, AdminCsv.UnitRow> index(List<AdminCsv.UnitRow> rows) {
        return rows.stream()
                .collect(
                        Collectors.toMap(AdminCsv.UnitRow::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
