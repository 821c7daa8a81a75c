package vn.tochuc.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark of issue 3 (run on purpose, on an empty database): the full import against its peer, a raw
 * batched copy of the same CSV rows into a scratch table; the as-of subtree listing of the largest province
 * (p95 &lt; 20 ms); the national reductions report (p95 &lt; 500 ms). Writes target/org-benchmark.txt.
 * {@code ./mvnw -o -q test -Dtest=OrgBenchmarkTests -Dsurefire.excludedGroups=none} (add {@code -Ppostgres} and
 * TOCHUC_DB_URL for PostgreSQL).
 */
@SpringBootTest
@Tag("benchmark")
class OrgBenchmarkTests {

    @Autowired
    AdminUnitImport importer;

    @Autowired
    OrgDirectory directory;

    @Autowired
    ReductionsReport report;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void benchmark() throws Exception {
        List<String> out = new ArrayList<>();
        String db = jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName();
        assertThat(importer.done()).as("the benchmark needs an empty database").isFalse();
        long t0 = System.nanoTime();
        importer.importAll();
        double importMs = ms(System.nanoTime() - t0);
        double rawMs = rawCopy();
        out.add("database: " + db);
        out.add(String.format(
                "full import (3 steps, events): %.0f ms; peer raw batched copy: %.0f ms; ratio %.1fx",
                importMs, rawMs, importMs / rawMs));
        for (LocalDate d : List.of(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1))) {
            long largest = largestProvince(d);
            int size = directory.subtreeAsOf(largest, d).size();
            double[] p = percentiles(() -> directory.subtreeAsOf(largest, d).size(), 50, 300);
            out.add(String.format(
                    "as-of %s subtree of the largest province (%s, %d units): p50 %.2f ms, p95 %.2f ms",
                    d, directory.find(largest).orElseThrow().code(), size, p[0], p[1]));
            assertThat(p[1]).isLessThan(20);
        }
        double[] r = percentiles(
                () -> report.build("LOCALITY", LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1))
                        .levels()
                        .size(),
                5,
                30);
        out.add(String.format(
                "national reductions report 30/06/2025 -> 01/07/2025: p50 %.1f ms, p95 %.1f ms", r[0], r[1]));
        assertThat(r[1]).isLessThan(500);
        assertThat(importMs).isLessThan(30_000);
        Files.write(Path.of("target/org-benchmark.txt"), out);
        out.forEach(org.slf4j.LoggerFactory.getLogger(OrgBenchmarkTests.class)::info);
    }

    private long largestProvince(LocalDate d) {
        return jdbc.queryForList("""
                select v.unit_id from org_unit_version v join org_unit u on u.id = v.unit_id
                where u.tree = 'LOCALITY' and v.level_no = 1 and v.valid_from <= ? and (v.valid_to is null or v.valid_to > ?)
                """, Long.class, d, d).stream()
                .max(Comparator.comparingInt(id -> directory.subtreeAsOf(id, d).size()))
                .orElseThrow();
    }

    /** The peer: the same rows copied as they are, batched, into a scratch table (no events, no checks). */
    private double rawCopy() {
        jdbc.execute("create table bench_org_raw (code varchar(8), name varchar(255), kind varchar(60), "
                + "level_no int, parent_code varchar(8), file varchar(20))");
        try {
            long t0 = System.nanoTime();
            for (String file : List.of("units_2024_05.csv", "units_2024.csv", "units_2025.csv")) {
                List<Object[]> rows = AdminUnitImport.units(file).stream()
                        .map(u -> new Object[] {u.code(), u.name(), u.type(), u.level(), u.parentCode(), file})
                        .toList();
                jdbc.batchUpdate("insert into bench_org_raw values (?, ?, ?, ?, ?, ?)", rows);
            }
            return ms(System.nanoTime() - t0);
        } finally {
            jdbc.execute("drop table bench_org_raw");
        }
    }

    private static double[] percentiles(Supplier<Integer> work, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            work.get();
            t[i] = ms(System.nanoTime() - s);
        }
        java.util.Arrays.sort(t);
        return new double[] {t[runs / 2], t[(int) Math.ceil(runs * 0.95) - 1]};
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
