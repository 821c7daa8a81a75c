package vn.tochuc.evaluation;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.TochucApplication;
import vn.tochuc.web.JobContext;

/**
 * End to end on PostgreSQL (issue 5): read inputs, score, grade, apply quotas, write results, through the batch job's
 * own path (per-unit transactions, two units in flight committed in order, one COPY of results per unit, each with its
 * explanation data (ADR 0010), audit entry and checkpoint per unit), then the same scoring as the single SQL statement
 * a DBA would write ({@code bench/dba-qd366.sql}) over the same inputs; prints both times, the ratio and how many
 * grades agree. Also times what-if end to end over 100,000 subjects (JSON in, both packs, rows out).
 *
 * <p>Run (a throwaway database; the app's migrations run on it): {@code ./mvnw -q -Pjmh -DskipTests test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then {@code java -cp
 * target/classes:target/test-classes:$(cat target/cp.txt) vn.tochuc.evaluation.EndToEndBenchmark
 * jdbc:postgresql://127.0.0.1:5432/tochuc_eval2 tochuc tochuc 100000 100} (optional 6th argument {@code no-what-if};
 * {@code -Deval.workers=1} for one unit at a time, {@code -Deval.compare=N} for N more rounds of the job path with 1
 * and 2 units in flight).
 */
public final class EndToEndBenchmark {

    private static final Logger log = LoggerFactory.getLogger(EndToEndBenchmark.class);

    private EndToEndBenchmark() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int n = Integer.parseInt(args[3]);
        int perUnit = Integer.parseInt(args[4]);
        boolean whatIf = args.length <= 5 || !"no-what-if".equals(args[5]);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(TochucApplication.class)
                .profiles("postgres")
                .run(
                        "--spring.datasource.url=" + url + "?reWriteBatchedInserts=true",
                        "--spring.datasource.username=" + args[1],
                        "--spring.datasource.password=" + args[2],
                        "--server.port=0",
                        "--tochuc.demo.enabled=false",
                        "--tochuc.org.import-admin-units=false",
                        "--spring.datasource.hikari.maximum-pool-size=6",
                        "--logging.level.root=WARN")) {
            run(ctx, n, perUnit);
            if (whatIf) {
                whatIf(ctx.getBean(Evaluations.class), ctx.getBean(RulePackRepository.class));
            }
        }
    }

    static void run(ConfigurableApplicationContext ctx, int n, int perUnit) throws IOException {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        EvalStoreRepository store = ctx.getBean(EvalStoreRepository.class);
        BatchScoringJob batch = ctx.getBean(BatchScoringJob.class);
        RulePackRepository.Row row = ctx.getBean(RulePackRepository.class)
                .inForceByCode("QD366", LocalDate.of(2025, 12, 31))
                .orElseThrow();
        CompiledPack pack = PackCompiler.compile(RulePackJson.pack(row.body()));
        String period = "B" + n;
        jdbc.sql("delete from eval_result where period = :p").param("p", period).update();
        jdbc.sql("delete from eval_input where period = :p").param("p", period).update();
        jdbc.sql("""
                create table if not exists eval_result_dba (period varchar(20) not null, subject_id varchar(64) not null,
                    unit_id bigint not null, target_group varchar(40) not null, score numeric(6, 2) not null,
                    grade varchar(8) not null, quota_within boolean)""").update();
        jdbc.sql("delete from eval_result_dba where period = :p")
                .param("p", period)
                .update();

        long t0 = System.nanoTime();
        Random random = new Random(42);
        List<Long> units = new ArrayList<>();
        for (long u = 0; u < n / perUnit; u++) {
            long unit = 10_000_000L + u;
            units.add(unit);
            store.addInputs(period, SyntheticInputs.unit(pack, "b", unit, perUnit, random));
        }
        jdbc.sql("analyze eval_input").update();
        double load = seconds(t0);
        log.warn("inputs: {} subjects in {} units loaded in {} s (JDBC batches)", n, units.size(), load);

        batch.workers = Integer.getInteger("eval.workers", batch.workers);
        long t1 = System.nanoTime();
        batch.score(new Job(), new BatchScoringJob.Params(0, period, "QD366", LocalDate.of(2025, 12, 31)), row, units);
        double engine = seconds(t1);

        log.warn("engine: {} s", engine);
        // -Deval.compare=N: N more rounds of the job path with 1 and then 2 units in flight, same inputs and load
        for (int round = 0; round < Integer.getInteger("eval.compare", 0); round++) {
            for (int w = 1; w <= 2; w++) {
                batch.workers = w;
                long t = System.nanoTime();
                batch.score(
                        new Job(),
                        new BatchScoringJob.Params(0, period, "QD366", LocalDate.of(2025, 12, 31)),
                        row,
                        units);
                log.warn("RESULT compare round {} workers={}: {} s", round + 1, w, r(seconds(t)));
            }
        }
        String sql = java.nio.file.Files.readString(java.nio.file.Path.of("bench/dba-qd366.sql"));
        long t2 = System.nanoTime();
        int dbaRows = jdbc.sql(sql).param("period", period).update();
        double dba = seconds(t2);

        long agree = jdbc.sql("""
                select count(*) from eval_result r join eval_result_dba d on d.period = r.period
                    and d.subject_id = r.subject_id
                where r.period = :p and r.grade = d.grade and abs(r.score - d.score) <= 0.01
                    and (r.quota_note is null) = (d.quota_within is null)
                    and (r.quota_note is null or (r.quota_note like '%trong hạn mức%') = d.quota_within)
                """).param("p", period).query(Long.class).single();
        long engineRows = jdbc.sql("select count(*) from eval_result where period = :p")
                .param("p", period)
                .query(Long.class)
                .single();
        Map<String, Object> sizes = jdbc.sql("""
                select pg_size_pretty(pg_total_relation_size('eval_result')) as engine,
                       pg_size_pretty(pg_total_relation_size('eval_result_dba')) as dba,
                       (select round(avg(octet_length(explanation))) from eval_result where period = :p)
                           as explanation_bytes""").param("p", period).query().singleRow();
        log.warn(
                "RESULT n={} units={} workers={} engine={} s ({} rows, {} subjects/s) dba={} s ({} rows)"
                        + " ratio engine/dba={} agree (grade, score ±0.01, quota) {}/{} tables={}",
                n,
                units.size(),
                batch.workers,
                r(engine),
                engineRows,
                Math.round(n / engine),
                r(dba),
                dbaRows,
                r(engine / dba),
                agree,
                n,
                sizes);
    }

    /** What-if end to end: 100,000 subjects as JSON, graded under the published pack and a draft, rows out. */
    static void whatIf(Evaluations evaluations, RulePackRepository packs) {
        String published =
                packs.inForceByCode("QD366", LocalDate.now()).orElseThrow().body();
        String draft = published.replaceFirst("\"min\"\\s*:\\s*90(\\.0)?", "\"min\":85");
        CompiledPack pack = PackCompiler.compile(RulePackJson.pack(published));
        Random random = new Random(1);
        List<Subject> subjects = new ArrayList<>();
        for (int u = 0; subjects.size() < 100_000; u++) {
            for (Subject s : SyntheticInputs.unit(pack, "w", u, 100, random)) {
                subjects.add(new Subject(s.id(), s.kind(), s.targetGroup(), s.unitId(), null, s.inputs(), s.events()));
            }
        }
        String json = RulePackJson.write(subjects);
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            List<Evaluations.WhatIfRow> rows = evaluations.whatIf("QD366", draft, json);
            long moved = rows.stream().filter(Evaluations.WhatIfRow::moved).count();
            log.warn(
                    "RESULT what-if run {}: {} subjects ({} MB of JSON) in {} s, {} moved",
                    i + 1,
                    rows.size(),
                    json.length() / 1_000_000,
                    r(seconds(t)),
                    moved);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double r(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** A job context that never cancels and keeps its checkpoint in memory. */
    static final class Job implements JobContext {
        private @Nullable String checkpoint;

        @Override
        public String params() {
            return "";
        }

        @Override
        public @Nullable String checkpoint() {
            return checkpoint;
        }

        @Override
        public void total(long total) {}

        @Override
        public void progress(long done, @Nullable String message) {}

        @Override
        public void checkpoint(String c) {
            checkpoint = c;
        }

        @Override
        public boolean cancelled() {
            return false;
        }

        @Override
        public void result(String message) {}
    }
}
