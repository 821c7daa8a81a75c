package vn.tochuc.organization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;

/**
 * The checks run once a whole batch has been applied in memory (deferred, so that the order of the events
 * of one day does not matter): codes are not used twice at the same time, every unit's parent is in force
 * for as long as the unit is, and nothing is left under a unit that has ended.
 */
final class TreeChecks {

    private TreeChecks() {}

    static void verify(TreeState s) {
        Set<String> codes = new HashSet<>();
        for (long unit : s.touched) {
            for (Ver v : s.versions(unit)) {
                if (v.code != null) {
                    codes.add(v.code);
                }
                if (v.isNew()) {
                    parentCovers(s, v);
                }
            }
            Ver last = s.last(unit);
            if (last.to != null && last.closedBy >= 0) {
                noOrphans(s, unit, last);
            }
        }
        for (String code : codes) {
            uniqueCode(s, code);
        }
    }

    private static void uniqueCode(TreeState s, String code) {
        List<Ver> l = new ArrayList<>(s.codes().getOrDefault(code, List.of()));
        for (int i = 0; i < l.size(); i++) {
            for (int j = i + 1; j < l.size(); j++) {
                Ver a = l.get(i);
                Ver b = l.get(j);
                if (a.unitId != b.unitId
                        && a.overlaps(b.from, b.to)
                        && (s.touched.contains(a.unitId) || s.touched.contains(b.unitId))) {
                    Ver later = a.from.isAfter(b.from) ? a : b;
                    throw new BadInputException("Mã «" + code + "» đã được dùng cho " + s.label(a.unitId) + " và "
                            + s.label(b.unitId) + " trong cùng thời gian (từ ngày " + VnFormats.date(later.from)
                            + ") (quy tắc ORG-R5: một mã chỉ thuộc một đơn vị tại mỗi thời điểm).");
                }
            }
        }
    }

    private static void parentCovers(TreeState s, Ver v) {
        if (v.parentId == null) {
            return;
        }
        long p = v.parentId;
        if (!s.exists(p)) {
            throw new BadInputException("Đơn vị cấp trên #" + p + " của " + s.label(v.unitId) + " không thuộc cây "
                    + s.treeLabel() + " (quy tắc ORG-R4: đơn vị phải tồn tại).");
        }
        Ver atStart = s.at(p, v.from);
        Ver pLast = s.last(p);
        boolean lastsLongEnough = pLast.to == null || (v.to != null && !pLast.to.isBefore(v.to));
        if (atStart == null || !lastsLongEnough) {
            throw new BadInputException("Đơn vị " + s.label(v.unitId) + " được đặt trực thuộc " + s.label(p)
                    + " từ ngày " + VnFormats.date(v.from) + " nhưng " + s.label(p)
                    + " không còn hiệu lực suốt thời gian đó (quy tắc ORG-R3: không để đơn vị trực thuộc mồ côi).");
        }
        boolean locality = "LOCALITY".equals(s.tree);
        if (locality ? v.level <= atStart.level : v.level < atStart.level) {
            throw new BadInputException("Đơn vị " + s.label(v.unitId) + " (cấp " + v.level + ") không thể trực thuộc "
                    + s.label(p) + " (cấp " + atStart.level + ") (quy tắc ORG-R6: đơn vị cấp dưới phải ở cấp thấp hơn"
                    + (locality ? "" : " hoặc cùng cấp") + ").");
        }
    }

    private static void noOrphans(TreeState s, long unit, Ver last) {
        for (long child : s.childrenFrom(unit, last.to)) {
            if (child == unit) {
                continue;
            }
            for (Ver c : s.versions(child)) {
                if (c.parentId != null && c.parentId == unit && (c.to == null || c.to.isAfter(last.to))) {
                    throw new BadInputException("Không thể kết thúc " + s.label(unit) + " từ ngày "
                            + VnFormats.date(last.to) + " vì " + s.label(child)
                            + " vẫn trực thuộc đơn vị này; hãy chuyển hoặc giải thể đơn vị trực thuộc trước"
                            + " (quy tắc ORG-R3: không để đơn vị trực thuộc mồ côi).");
                }
            }
        }
    }
}
