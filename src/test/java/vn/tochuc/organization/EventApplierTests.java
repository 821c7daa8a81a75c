package vn.tochuc.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tochuc.web.BadInputException;

/** Validation of every restructuring event type, on a small locality tree held in memory. */
class EventApplierTests {

    static final LocalDate START = LocalDate.of(2020, 1, 1);
    static final LocalDate D = LocalDate.of(2025, 7, 1);
    static final String L = "LOCALITY";

    static final Map<String, OrgKind> KINDS = Map.of(
            "TINH", new OrgKind("TINH", L, 1, "Tỉnh", "Province"),
            "TP_TW", new OrgKind("TP_TW", L, 1, "Thành phố trực thuộc trung ương", "City"),
            "HUYEN", new OrgKind("HUYEN", L, 2, "Huyện", "District"),
            "XA", new OrgKind("XA", L, 3, "Xã", "Commune"),
            "PHUONG", new OrgKind("PHUONG", L, 3, "Phường", "Ward"),
            "CHI_BO", new OrgKind("CHI_BO", "ORGANIZATION", 4, "Chi bộ", "Party cell"));

    /** Province 01; districts 001 (communes 00001, 00002) and 002 (commune 00003). */
    static TreeState state() {
        return new TreeState(
                L,
                KINDS,
                List.of(
                        ver(1, "01", "Tỉnh Thử", "TINH", 1, null),
                        ver(2, "001", "Huyện Một", "HUYEN", 2, 1L),
                        ver(3, "002", "Huyện Hai", "HUYEN", 2, 1L),
                        ver(4, "00001", "Xã An", "XA", 3, 2L),
                        ver(5, "00002", "Xã Bình", "XA", 3, 2L),
                        ver(6, "00003", "Xã Cát", "XA", 3, 3L)));
    }

    static Ver ver(long id, String code, String name, String kind, int level, Long parent) {
        Ver v = new Ver(id, START, null, code, name, kind, level, parent, null);
        v.dbId = id * 10;
        return v;
    }

    static EventCommand cmd(EventType type) {
        return EventCommand.of(L, type, D, "1680/NQ-UBTVQH15", LocalDate.of(2025, 6, 16));
    }

    static NewUnit unit(String code, String name, String kind, String parentCode) {
        return new NewUnit(code, name, kind, null, UnitKey.code(parentCode), null);
    }

    static List<List<Link>> apply(TreeState s, EventCommand... commands) {
        return new EventApplier(s).applyAll(List.of(commands));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(
                        "create: unknown kind",
                        cmd(EventType.CREATE).withNewUnits(List.of(unit("00009", "Xã Mới", "THON", "001"))),
                        "ORG-R4"),
                Arguments.of(
                        "create: unknown parent code",
                        cmd(EventType.CREATE).withNewUnits(List.of(unit("00009", "Xã Mới", "XA", "999"))),
                        "«999»"),
                Arguments.of(
                        "create: code already in force",
                        cmd(EventType.CREATE).withNewUnits(List.of(unit("00001", "Xã Trùng", "XA", "001"))),
                        "ORG-R5"),
                Arguments.of(
                        "create: district under a commune",
                        cmd(EventType.CREATE).withNewUnits(List.of(unit("009", "Huyện Lạ", "HUYEN", "00001"))),
                        "ORG-R6"),
                Arguments.of(
                        "create: kind of the other tree",
                        cmd(EventType.CREATE).withNewUnits(List.of(unit("CB1", "Chi bộ", "CHI_BO", "001"))),
                        "ORG-R4"),
                Arguments.of(
                        "rename: same name",
                        cmd(EventType.RENAME)
                                .withUnits(List.of(UnitKey.code("00001")))
                                .withChanges("Xã An", null, null, null),
                        "Xã An"),
                Arguments.of(
                        "rename: two units",
                        cmd(EventType.RENAME)
                                .withUnits(List.of(UnitKey.code("00001"), UnitKey.code("00002")))
                                .withChanges("Xã Mới", null, null, null),
                        "đúng một đơn vị"),
                Arguments.of(
                        "move: same parent",
                        cmd(EventType.MOVE)
                                .withUnits(List.of(UnitKey.code("00001")))
                                .withChanges(null, null, null, UnitKey.code("001")),
                        "cấp trên mới"),
                Arguments.of(
                        "move: into own subtree",
                        cmd(EventType.MOVE)
                                .withUnits(List.of(UnitKey.code("001")))
                                .withChanges(null, null, null, UnitKey.code("00001")),
                        "ORG-R2"),
                Arguments.of(
                        "merge: no successor",
                        cmd(EventType.MERGE).withUnits(List.of(UnitKey.code("00001"), UnitKey.code("00002"))),
                        "đúng một đơn vị kế thừa"),
                Arguments.of(
                        "merge: only the target",
                        cmd(EventType.MERGE)
                                .withUnits(List.of(UnitKey.code("00001")))
                                .withTarget(UnitKey.code("00001")),
                        "ít nhất một đơn vị bị sáp nhập"),
                Arguments.of(
                        "merge: unknown predecessor",
                        cmd(EventType.MERGE)
                                .withUnits(List.of(UnitKey.code("00001"), UnitKey.code("07777")))
                                .withTarget(UnitKey.code("00002")),
                        "«07777»"),
                Arguments.of(
                        "split: one successor",
                        cmd(EventType.SPLIT)
                                .withUnits(List.of(UnitKey.code("00003")))
                                .withNewUnits(List.of(unit("00010", "Xã Cát Một", "XA", "002"))),
                        "hai đơn vị kế thừa"),
                Arguments.of(
                        "split: children left behind",
                        cmd(EventType.SPLIT)
                                .withUnits(List.of(UnitKey.code("001")))
                                .withNewUnits(List.of(
                                        unit("011", "Huyện Một A", "HUYEN", "01"),
                                        unit("012", "Huyện Một B", "HUYEN", "01"))),
                        "ORG-R3"),
                Arguments.of(
                        "dissolve: children left behind",
                        cmd(EventType.DISSOLVE).withUnits(List.of(UnitKey.code("002"))),
                        "«Xã Cát»"),
                Arguments.of(
                        "dissolve: successor is itself",
                        cmd(EventType.DISSOLVE)
                                .withUnits(List.of(UnitKey.code("00003")))
                                .withTarget(UnitKey.code("00003")),
                        "chính đơn vị"),
                Arguments.of(
                        "change type: same kind",
                        cmd(EventType.CHANGE_TYPE)
                                .withUnits(List.of(UnitKey.code("01")))
                                .withChanges(null, null, "TINH", null),
                        "loại đơn vị mới"),
                Arguments.of(
                        "change type: unknown kind",
                        cmd(EventType.CHANGE_TYPE)
                                .withUnits(List.of(UnitKey.code("01")))
                                .withChanges(null, null, "BANG", null),
                        "ORG-R4"),
                Arguments.of(
                        "any: no legal basis",
                        EventCommand.of(L, EventType.DISSOLVE, D, " ", D).withUnits(List.of(UnitKey.code("00003"))),
                        "ORG-R8"),
                Arguments.of(
                        "any: resolution after effect",
                        EventCommand.of(L, EventType.DISSOLVE, D, "1/NQ", D.plusDays(1))
                                .withUnits(List.of(UnitKey.code("00003"))),
                        "ORG-R8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    @DisplayName("ORG-R1..R8: invalid events are refused with a message naming the unit and the rule")
    void refusesInvalidEvents(String name, EventCommand command, String expected) {
        TreeState s = state();
        assertThatThrownBy(() -> apply(s, command))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(expected)
                .hasMessageContaining("quy tắc");
    }

    @Test
    @DisplayName("ORG-R1: a change dated before the unit's last change is refused (no overlapping validity)")
    void refusesOverlappingValidity() {
        TreeState s = state();
        apply(
                s,
                cmd(EventType.RENAME)
                        .withUnits(List.of(UnitKey.code("00001")))
                        .withChanges("Xã An Mới", null, null, null));
        EventCommand earlier = EventCommand.of(L, EventType.RENAME, D.minusDays(10), "2/NQ", D.minusDays(20))
                .withUnits(List.of(UnitKey.id(4)))
                .withChanges("Xã An Cũ", null, null, null);
        TreeState again = new TreeState(
                L,
                KINDS,
                s.versions(4).stream()
                        .map(v -> {
                            v.dbId = 1L;
                            v.openedBy = -1;
                            v.closedBy = -1;
                            return v;
                        })
                        .toList());
        assertThatThrownBy(() -> apply(again, earlier))
                .hasMessageContaining("ORG-R1")
                .hasMessageContaining("Xã An");
    }

    @Test
    @DisplayName("ORG-R1: a wholly merged unit cannot be merged again the same day; a partly merged one can")
    void partialPredecessorsMayRecur() {
        EventCommand a = cmd(EventType.MERGE)
                .withUnits(List.of(UnitKey.partialCode("00001"), UnitKey.code("00002")))
                .withNewUnits(List.of(unit("00001", "Xã An Bình", "XA", "001")));
        EventCommand b = cmd(EventType.MERGE)
                .withUnits(List.of(UnitKey.partialCode("00001"), UnitKey.code("00003")))
                .withNewUnits(List.of(unit("00003", "Xã An Cát", "XA", "002")));
        List<List<Link>> links = apply(state(), a, b);
        assertThat(links.get(1)).contains(Link.predecessor(4, true));
        EventCommand c = cmd(EventType.MERGE)
                .withUnits(List.of(UnitKey.code("00002"), UnitKey.code("00003")))
                .withNewUnits(List.of(unit("00005", "Xã Lạ", "XA", "002")));
        assertThatThrownBy(() -> apply(state(), a, c)).hasMessageContaining("«Xã Bình»");
    }

    @Test
    void mergeIntoNewUnitClosesPredecessorsAndReusesTheirCodeNextDay() {
        TreeState s = state();
        List<List<Link>> links = apply(
                s,
                cmd(EventType.MERGE)
                        .withUnits(List.of(UnitKey.code("00001"), UnitKey.code("00002")))
                        .withNewUnits(List.of(unit("00001", "Xã An Bình", "XA", "001"))));
        assertThat(s.last(4).to).isEqualTo(D);
        assertThat(s.last(5).to).isEqualTo(D);
        long created = s.created.get(0);
        assertThat(s.at(created, D).name).isEqualTo("Xã An Bình");
        assertThat(links.get(0)).extracting(Link::role).containsExactly("PREDECESSOR", "PREDECESSOR", "SUCCESSOR");
    }

    @Test
    void mergeIntoExistingUnitMovesTheChildrenOfMergedUnits() {
        TreeState s = state();
        apply(
                s,
                cmd(EventType.MERGE)
                        .withUnits(List.of(UnitKey.code("001")))
                        .withTarget(UnitKey.code("002"))
                        .withChanges("Huyện Hợp Nhất", null, null, null));
        assertThat(s.at(4, D).parentId).isEqualTo(3L);
        assertThat(s.at(4, D.minusDays(1)).parentId).isEqualTo(2L);
        assertThat(s.at(3, D).name).isEqualTo("Huyện Hợp Nhất");
        assertThat(s.at(2, D)).isNull();
    }

    @Test
    void splitMoveDissolveAndChangeTypeApply() {
        TreeState s = state();
        apply(
                s,
                cmd(EventType.SPLIT)
                        .withUnits(List.of(UnitKey.code("00003")))
                        .withNewUnits(List.of(
                                unit("00011", "Xã Cát Đông", "XA", "002"), unit("00012", "Xã Cát Tây", "XA", "002"))),
                cmd(EventType.MOVE)
                        .withUnits(List.of(UnitKey.code("00002")))
                        .withChanges(null, null, null, UnitKey.code("002")),
                cmd(EventType.CHANGE_TYPE)
                        .withUnits(List.of(UnitKey.code("01")))
                        .withChanges("Thành phố Thử", null, "TP_TW", null),
                cmd(EventType.DISSOLVE).withUnits(List.of(UnitKey.code("00001"))));
        assertThat(s.at(6, D)).isNull();
        assertThat(s.created).hasSize(2);
        assertThat(s.at(5, D).parentId).isEqualTo(3L);
        assertThat(s.at(1, D).kind).isEqualTo("TP_TW");
        assertThat(s.at(1, D.minusDays(1)).name).isEqualTo("Tỉnh Thử");
        assertThat(s.at(4, D)).isNull();
    }
}
