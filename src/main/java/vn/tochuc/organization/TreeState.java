package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;

/**
 * The versions of one tree held in memory while a batch of events is applied, with the checks that keep
 * the history consistent. Nothing is written until the whole batch has passed {@link #verify()}, so a
 * refused event leaves nothing half-applied. New units get negative temporary ids.
 */
final class TreeState {

    final String tree;
    private final Map<String, OrgKind> kinds;
    private final Map<Long, List<Ver>> byUnit = new HashMap<>();
    private final Map<Long, List<Ver>> byParent = new HashMap<>();
    private final Map<String, List<Ver>> byCode = new HashMap<>();
    final List<Long> created = new ArrayList<>();
    final Set<Long> touched = new LinkedHashSet<>();
    private final Set<Long> partiallyClosed = new HashSet<>();
    private long nextTemp = -1;

    TreeState(String tree, Map<String, OrgKind> kinds, List<Ver> loaded) {
        this.tree = tree;
        this.kinds = kinds;
        loaded.forEach(this::index);
        byUnit.values().forEach(l -> l.sort(Comparator.comparing(v -> v.from)));
    }

    private void index(Ver v) {
        byUnit.computeIfAbsent(v.unitId, k -> new ArrayList<>()).add(v);
        if (v.parentId != null) {
            byParent.computeIfAbsent(v.parentId, k -> new ArrayList<>()).add(v);
        }
        if (v.code != null) {
            byCode.computeIfAbsent(v.code, k -> new ArrayList<>()).add(v);
        }
    }

    List<Ver> versions(long unit) {
        return byUnit.getOrDefault(unit, List.of());
    }

    boolean exists(long unit) {
        return byUnit.containsKey(unit);
    }

    @Nullable
    Ver at(long unit, LocalDate d) {
        for (Ver v : versions(unit)) {
            if (v.covers(d)) {
                return v;
            }
        }
        return null;
    }

    Ver last(long unit) {
        List<Ver> l = versions(unit);
        return l.get(l.size() - 1);
    }

    OrgKind kind(String code) {
        OrgKind k = kinds.get(code);
        if (k == null || !k.tree().equals(tree)) {
            throw new BadInputException("Loại đơn vị «" + code + "» không có trong danh mục loại đơn vị của cây "
                    + treeLabel() + " (quy tắc ORG-R4: chỉ dùng mã có trong danh mục).");
        }
        return k;
    }

    /** «Tên» (mã), the way messages name a unit. */
    String label(long unit) {
        List<Ver> l = versions(unit);
        if (l.isEmpty()) {
            return "#" + unit;
        }
        Ver v = l.get(l.size() - 1);
        return "«" + v.name + "»" + (v.code == null ? "" : " (mã " + v.code + ")");
    }

    /**
     * The unit a key names on {@code d}. Predecessors and subjects ({@code before}) are looked up first among
     * units in force the day before, so a code reused by a successor on the same day still finds the old unit.
     */
    long resolve(UnitKey key, LocalDate d, boolean before) {
        if (key.id() != null) {
            if (!exists(key.id())) {
                throw new BadInputException("Không tìm thấy đơn vị có mã số " + key.id() + " trong cây " + treeLabel()
                        + " (quy tắc ORG-R4: đơn vị phải tồn tại).");
            }
            return key.id();
        }
        String code = key.code() == null ? "" : key.code();
        List<LocalDate> days = before ? List.of(d.minusDays(1), d) : List.of(d, d.minusDays(1));
        for (LocalDate day : days) {
            for (Ver v : byCode.getOrDefault(code, List.of())) {
                if (v.covers(day) && (day.equals(d) || v.to == null || !v.to.isBefore(d))) {
                    return v.unitId;
                }
            }
        }
        throw new BadInputException("Không có đơn vị mang mã «" + code + "» vào ngày " + VnFormats.date(d)
                + " trong cây " + treeLabel() + " (quy tắc ORG-R4: mã đơn vị không xác định).");
    }

    long create(NewUnit spec, @Nullable Long parent, LocalDate d, int cmd) {
        OrgKind k = kind(spec.kind());
        if (spec.name().isBlank()) {
            throw new BadInputException("Đơn vị mới phải có tên (quy tắc ORG-R7).");
        }
        long id = nextTemp--;
        Ver v = new Ver(
                id,
                d,
                null,
                blankToNull(spec.code()),
                spec.name().strip(),
                k.code(),
                spec.level() != null ? spec.level() : k.level(),
                parent,
                spec.localityId());
        v.openedBy = cmd;
        index(v);
        created.add(id);
        touched.add(id);
        return id;
    }

    /** Opens a new version of {@code unit} on {@code d}, edited by {@code edit}; the previous one ends on d. */
    Ver change(long unit, LocalDate d, int cmd, Consumer<Ver> edit) {
        Ver last = requireOpenAt(unit, d);
        Ver next;
        if (last.from.equals(d) && last.openedBy >= 0) {
            next = last; // a second change on the same day within the batch amends the new version
            unindex(next);
        } else {
            last.to = d;
            last.closedBy = cmd;
            next = last.successor(d, cmd);
            byUnit.get(unit).add(next);
        }
        edit.accept(next);
        reindex(next);
        touched.add(unit);
        return next;
    }

    /**
     * Ends {@code unit} on {@code d}. A unit split by several merges of one day ({@code partial}) may be ended
     * by each of them; a unit ended wholly may be ended only once.
     */
    void close(long unit, LocalDate d, int cmd, boolean partial) {
        Ver last = last(unit);
        if (d.equals(last.to) && last.closedBy >= 0) {
            if (partial && partiallyClosed.contains(unit)) {
                return;
            }
            throw new BadInputException("Đơn vị " + label(unit) + " đã được sáp nhập, chia tách hoặc giải thể bởi"
                    + " một sự kiện khác cùng ngày " + VnFormats.date(d) + "; chỉ đơn vị được chia một phần mới có"
                    + " thể là đơn vị bị sáp nhập của nhiều sự kiện (quy tắc ORG-R1).");
        }
        if (partial) {
            partiallyClosed.add(unit);
        }
        requireOpenAt(unit, d);
        if (last.from.equals(d)) {
            throw new BadInputException("Đơn vị " + label(unit) + " bắt đầu hiệu lực đúng ngày " + VnFormats.date(d)
                    + " nên không thể kết thúc cùng ngày (quy tắc ORG-R1: thời hạn hiệu lực không được chồng lấn).");
        }
        last.to = d;
        last.closedBy = cmd;
        touched.add(unit);
    }

    private Ver requireOpenAt(long unit, LocalDate d) {
        Ver last = last(unit);
        if (last.from.isAfter(d) || (last.from.equals(d) && last.openedBy < 0)) {
            throw new BadInputException("Đơn vị " + label(unit) + " đã có thay đổi hiệu lực từ ngày "
                    + VnFormats.date(last.from) + ", không thể ghi thay đổi từ ngày " + VnFormats.date(d)
                    + " (quy tắc ORG-R1: thời hạn hiệu lực không được chồng lấn; hãy ghi theo thứ tự thời gian).");
        }
        if (last.to != null) {
            throw new BadInputException("Đơn vị " + label(unit) + " đã kết thúc hiệu lực từ ngày "
                    + VnFormats.date(last.to) + ", không thể ghi thay đổi từ ngày " + VnFormats.date(d)
                    + " (quy tắc ORG-R1: đơn vị phải còn hiệu lực vào ngày của sự kiện).");
        }
        return last;
    }

    /** Units whose versions have {@code parent} as parent on some day from {@code d} on. */
    List<Long> childrenFrom(long parent, LocalDate d) {
        Set<Long> out = new LinkedHashSet<>();
        for (Ver v : byParent.getOrDefault(parent, List.of())) {
            if (v.to == null || v.to.isAfter(d)) {
                out.add(v.unitId);
            }
        }
        return new ArrayList<>(out);
    }

    /** Refuses a parent that lies below {@code unit} on {@code d} or in the latest state. */
    void requireNoCycle(long unit, long parent, LocalDate d) {
        for (LocalDate day : List.of(d, LocalDate.MAX.minusDays(1))) {
            Set<Long> seen = new HashSet<>();
            Long p = parent;
            while (p != null && seen.add(p)) {
                if (p == unit) {
                    throw new BadInputException("Không thể đặt " + label(unit) + " trực thuộc " + label(parent)
                            + " vì " + label(parent) + " đang là đơn vị cấp dưới của " + label(unit)
                            + " (quy tắc ORG-R2: cây tổ chức không được có vòng lặp).");
                }
                Ver v = at(p, day);
                p = v == null ? null : v.parentId;
            }
        }
    }

    private void unindex(Ver v) {
        if (v.parentId != null) {
            byParent.getOrDefault(v.parentId, new ArrayList<>()).remove(v);
        }
        if (v.code != null) {
            byCode.getOrDefault(v.code, new ArrayList<>()).remove(v);
        }
    }

    private void reindex(Ver v) {
        if (v.parentId != null) {
            byParent.computeIfAbsent(v.parentId, k -> new ArrayList<>()).add(v);
        }
        if (v.code != null) {
            byCode.computeIfAbsent(v.code, k -> new ArrayList<>()).add(v);
        }
    }

    String treeLabel() {
        return "ORGANIZATION".equals(tree) ? "tổ chức" : "đơn vị hành chính";
    }

    Map<String, List<Ver>> codes() {
        return byCode;
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
