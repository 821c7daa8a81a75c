package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.web.BadInputException;

/** Builds the reductions report (ORG-03, ORG-05: the 2025 reform in numbers) from the unit versions. */
@Service
class ReductionsReport {

    private final ReportRepository repo;

    ReductionsReport(ReportRepository repo) {
        this.repo = repo;
    }

    static String tree(String param) {
        return switch (param.toLowerCase(java.util.Locale.ROOT)) {
            case "localities", "locality" -> "LOCALITY";
            case "organizations", "organization" -> "ORGANIZATION";
            default ->
                throw new BadInputException("Cây «" + param + "» không hợp lệ: chọn localities (đơn vị hành"
                        + " chính) hoặc organizations (tổ chức).");
        };
    }

    @Transactional(readOnly = true)
    Reductions build(String tree, LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            throw new BadInputException("Ngày đầu kỳ (" + vn.tochuc.shared.VnFormats.date(from)
                    + ") phải trước ngày cuối kỳ (" + vn.tochuc.shared.VnFormats.date(to) + ").");
        }
        List<ReportRepository.Label> levels = repo.levels(tree);
        int n = levels.size();
        List<ReportRepository.InForce> before = repo.inForce(tree, from);
        List<ReportRepository.InForce> after = repo.inForce(tree, to);
        Map<Long, Long> successor = new HashMap<>();
        for (long[] link : repo.rootMerges(tree, from, to)) {
            successor.put(link[0], link[1]);
        }
        Map<String, long[]> levelCounts = new LinkedHashMap<>();
        Map<String, long[]> kindCounts = new LinkedHashMap<>();
        Map<Long, long[]> provinceCounts = new LinkedHashMap<>();
        for (ReportRepository.Label r : repo.roots(tree, to)) {
            provinceCounts.put(Long.parseLong(r.key()), new long[2 * n]);
        }
        count(before, 0, n, levelCounts, kindCounts, provinceCounts, successor);
        count(after, 1, n, levelCounts, kindCounts, provinceCounts, successor);
        List<Reductions.Row> levelRows = new ArrayList<>();
        for (ReportRepository.Label l : levels) {
            long[] c = levelCounts.getOrDefault(l.key(), new long[2]);
            levelRows.add(new Reductions.Row(l.key(), l.name(), l.level(), c[0], c[1], null, null));
        }
        List<Reductions.Row> kindRows = new ArrayList<>();
        for (ReportRepository.Label k : repo.kinds(tree)) {
            long[] c = kindCounts.getOrDefault(k.key(), new long[2]);
            if (c[0] + c[1] > 0) {
                kindRows.add(new Reductions.Row(k.key(), k.name(), k.level(), c[0], c[1], null, null));
            }
        }
        List<Reductions.Row> provinceRows = new ArrayList<>();
        for (ReportRepository.Label r : repo.roots(tree, to)) {
            long[] c = provinceCounts.get(Long.parseLong(r.key()));
            long[] b = java.util.Arrays.copyOfRange(c, 0, n);
            long[] a = java.util.Arrays.copyOfRange(c, n, 2 * n);
            provinceRows.add(new Reductions.Row(
                    r.key(),
                    r.name(),
                    1,
                    java.util.Arrays.stream(b).sum(),
                    java.util.Arrays.stream(a).sum(),
                    b,
                    a));
        }
        return new Reductions(tree, from, to, levelRows, kindRows, provinceRows);
    }

    private static void count(
            List<ReportRepository.InForce> units,
            int side,
            int n,
            Map<String, long[]> levels,
            Map<String, long[]> kinds,
            Map<Long, long[]> provinces,
            Map<Long, Long> successor) {
        for (ReportRepository.InForce u : units) {
            levels.computeIfAbsent(Integer.toString(u.level()), k -> new long[2])[side]++;
            kinds.computeIfAbsent(u.kind(), k -> new long[2])[side]++;
            long root = u.rootId();
            for (int guard = 0; guard < 8 && successor.containsKey(root); guard++) {
                root = successor.get(root);
            }
            long[] p = provinces.get(root);
            if (p != null && u.level() >= 1 && u.level() <= n) {
                p[side * n + u.level() - 1]++;
            }
        }
    }
}
