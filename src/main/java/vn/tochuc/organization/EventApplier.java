package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.tochuc.web.BadInputException;

/**
 * Applies restructuring commands to a {@link TreeState}, one rule set per {@link EventType}, and returns the
 * lineage links of each. Pure (no database), so every event type's validation is unit-tested directly.
 */
final class EventApplier {

    private final TreeState s;

    EventApplier(TreeState state) {
        this.s = state;
    }

    /** Applies all commands, then the deferred checks; throws {@link BadInputException} on the first violation. */
    List<List<Link>> applyAll(List<EventCommand> commands) {
        List<List<Link>> out = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            EventCommand c = commands.get(i);
            requireBasics(c);
            out.add(apply(c, i));
        }
        TreeChecks.verify(s);
        return out;
    }

    private List<Link> apply(EventCommand c, int i) {
        LocalDate d = c.effectiveOn();
        return switch (c.type()) {
            case CREATE -> create(c, i, d);
            case RENAME, MOVE, CHANGE_TYPE -> modify(c, i, d);
            case MERGE -> merge(c, i, d);
            case SPLIT -> split(c, i, d);
            case DISSOLVE -> dissolve(c, i, d);
        };
    }

    private List<Link> create(EventCommand c, int i, LocalDate d) {
        if (c.newUnits().isEmpty()) {
            throw bad("Sự kiện thành lập phải có ít nhất một đơn vị mới (quy tắc ORG-R7).");
        }
        List<Link> links = new ArrayList<>();
        for (NewUnit n : c.newUnits()) {
            links.add(Link.successor(createUnit(n, i, d)));
        }
        return links;
    }

    private long createUnit(NewUnit n, int i, LocalDate d) {
        Long parent = n.parent() == null ? null : s.resolve(n.parent(), d, false);
        return s.create(n, parent, d, i);
    }

    private List<Link> modify(EventCommand c, int i, LocalDate d) {
        long unit = single(c, d);
        Ver now = s.last(unit);
        String name = TreeState.blankToNull(c.newName());
        String code = TreeState.blankToNull(c.newCode());
        Long parent = c.newParent() == null ? null : s.resolve(c.newParent(), d, false);
        OrgKind kind = c.newKind() == null ? null : s.kind(c.newKind());
        switch (c.type()) {
            case RENAME -> {
                if ((name == null || name.equals(now.name)) && (code == null || code.equals(now.code))) {
                    throw bad("Đổi tên " + s.label(unit) + ": tên mới (hoặc mã mới) phải khác tên, mã hiện tại"
                            + " (quy tắc ORG-R7).");
                }
            }
            case MOVE -> {
                if (parent == null || parent.equals(now.parentId)) {
                    throw bad("Điều chỉnh trực thuộc " + s.label(unit) + ": phải chọn đơn vị cấp trên mới khác"
                            + " đơn vị cấp trên hiện tại (quy tắc ORG-R7).");
                }
                s.requireNoCycle(unit, parent, d);
            }
            default -> {
                if (kind == null || kind.code().equals(now.kind)) {
                    throw bad("Chuyển đổi loại hình " + s.label(unit) + ": phải chọn loại đơn vị mới khác loại"
                            + " hiện tại (quy tắc ORG-R7).");
                }
            }
        }
        s.change(unit, d, i, v -> {
            v.name = name == null ? v.name : name;
            v.code = code == null ? v.code : code;
            if (parent != null) {
                v.parentId = parent;
            }
            if (kind != null) {
                v.kind = kind.code();
                v.level = kind.level();
            }
        });
        return List.of(Link.subject(unit));
    }

    private List<Link> merge(EventCommand c, int i, LocalDate d) {
        List<Long> preds = resolveAll(c.units(), d);
        if ((c.target() == null) == (c.newUnits().size() != 1)) {
            throw bad("Sáp nhập phải có đúng một đơn vị kế thừa: một đơn vị đã có hoặc một đơn vị mới"
                    + " (quy tắc ORG-R7).");
        }
        Long target = c.target() == null ? null : s.resolve(c.target(), d, false);
        if (target != null && preds.contains(target)) {
            preds.remove(target);
        }
        if (preds.isEmpty()) {
            throw bad("Sáp nhập phải có ít nhất một đơn vị bị sáp nhập ngoài đơn vị kế thừa (quy tắc ORG-R7).");
        }
        List<Link> links = new ArrayList<>();
        for (int k = 0; k < c.units().size(); k++) {
            long p = s.resolve(c.units().get(k), d, true);
            if (!Objects.equals(p, target)) {
                s.close(p, d, i, c.units().get(k).partial());
                links.add(Link.predecessor(p, c.units().get(k).partial()));
            }
        }
        long succ;
        if (target == null) {
            succ = createUnit(c.newUnits().get(0), i, d);
        } else {
            succ = target;
            if (c.newName() != null || c.newKind() != null || c.newCode() != null) {
                OrgKind kind = c.newKind() == null ? null : s.kind(c.newKind());
                s.change(succ, d, i, v -> {
                    v.name = c.newName() == null ? v.name : c.newName().strip();
                    v.code = c.newCode() == null ? v.code : c.newCode().strip();
                    if (kind != null) {
                        v.kind = kind.code();
                        v.level = kind.level();
                    }
                });
            }
        }
        links.add(Link.successor(succ));
        for (Link l : List.copyOf(links)) {
            if ("PREDECESSOR".equals(l.role()) && "FULL".equals(l.share())) {
                rehome(l.unitId(), succ, d, i);
            }
        }
        return links;
    }

    /** Children of a wholly merged unit follow it to the successor. */
    private void rehome(long from, long to, LocalDate d, int i) {
        for (long child : s.childrenFrom(from, d)) {
            Ver v = s.at(child, d);
            if (v != null && v.parentId != null && v.parentId == from && v.to == null) {
                s.change(child, d, i, n -> n.parentId = to);
            }
        }
    }

    private List<Link> split(EventCommand c, int i, LocalDate d) {
        long pred = single(c, d);
        List<Long> existing = resolveAll(c.successors(), d);
        if (existing.size() + c.newUnits().size() < 2) {
            throw bad("Chia tách " + s.label(pred) + " phải có ít nhất hai đơn vị kế thừa (quy tắc ORG-R7).");
        }
        List<Link> links = new ArrayList<>();
        links.add(Link.predecessor(pred, false));
        if (!existing.contains(pred)) {
            s.close(pred, d, i, false);
        }
        for (long e : existing) {
            links.add(Link.successor(e));
        }
        for (NewUnit n : c.newUnits()) {
            links.add(Link.successor(createUnit(n, i, d)));
        }
        return links;
    }

    private List<Link> dissolve(EventCommand c, int i, LocalDate d) {
        List<Long> units = resolveAll(c.units(), d);
        if (units.isEmpty()) {
            throw bad("Giải thể phải chọn ít nhất một đơn vị (quy tắc ORG-R7).");
        }
        Long successor = c.target() == null ? null : s.resolve(c.target(), d, false);
        List<Link> links = new ArrayList<>();
        for (long u : units) {
            if (Objects.equals(u, successor)) {
                throw bad("Đơn vị tiếp nhận hồ sơ không thể là chính đơn vị bị giải thể " + s.label(u)
                        + " (quy tắc ORG-R7).");
            }
            s.close(u, d, i, false);
            links.add(Link.predecessor(u, false));
        }
        if (successor != null) {
            links.add(Link.successor(successor));
        }
        return links;
    }

    private long single(EventCommand c, LocalDate d) {
        if (c.units().size() != 1) {
            throw bad("Sự kiện " + c.type() + " phải chọn đúng một đơn vị (quy tắc ORG-R7).");
        }
        return s.resolve(c.units().get(0), d, true);
    }

    private List<Long> resolveAll(List<UnitKey> keys, LocalDate d) {
        Set<Long> ids = new LinkedHashSet<>();
        for (UnitKey k : keys) {
            long id = s.resolve(k, d, true);
            if (!ids.add(id)) {
                throw bad("Đơn vị " + s.label(id) + " được chọn hai lần trong cùng sự kiện (quy tắc ORG-R7).");
            }
        }
        return new ArrayList<>(ids);
    }

    private void requireBasics(EventCommand c) {
        if (!c.tree().equals(s.tree)) {
            throw bad("Sự kiện thuộc cây " + c.tree() + " không thể áp dụng cho cây " + s.treeLabel() + ".");
        }
        if (c.resolutionNo().isBlank()) {
            throw bad("Sự kiện phải ghi số văn bản (nghị quyết, quyết định) làm căn cứ (quy tắc ORG-R8).");
        }
        if (c.resolutionDate().isAfter(c.effectiveOn())) {
            throw bad("Ngày ban hành văn bản " + c.resolutionNo() + " không được sau ngày hiệu lực của sự kiện"
                    + " (quy tắc ORG-R8).");
        }
    }

    private static BadInputException bad(String message) {
        return new BadInputException(message);
    }
}
