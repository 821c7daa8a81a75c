package vn.tochuc.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * In-memory scoring and grading throughput (issue 5: at least 1,000,000 full evaluations of about 25 items
 * per second per core). One evaluation = 25 formula items, group caps, 3 grade conditions, band and
 * disqualifier check. {@code fast} runs the compiled closures; {@code celInterpreter} runs the very same
 * CEL formulas on CEL's own interpreter with one activation per subject (the baseline); {@code shippedQd366Leader} is the shipped QĐ 366
 * leader set (5 range + 5 formula items, 5 conditions).
 *
 * <p>{@code ./mvnw -Pjmh -DskipTests test-compile exec:exec@jmh -Djmh.args="ScoringBenchmark -f 1 -wi 2 -i 3"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class ScoringBenchmark {

    static final int N = 1024;

    CompiledSet fastSet;
    CompiledSet celSet;
    dev.cel.runtime.CelRuntime.Program[] programs;
    dev.cel.runtime.CelRuntime.Program[] conditionPrograms;
    CompiledSet shippedSet;
    CompiledPack shippedPack;
    List<Subject> namedSubjects;
    double[][] subjects;
    double[][] shippedSubjects;
    long[] events;

    @Setup(Level.Trial)
    public void setUp() {
        RulePackDoc doc = synthetic();
        fastSet = PackCompiler.compile(doc).set("BENCH");
        celSet = PackCompiler.compile(doc, true).set("BENCH");
        CelFormulas cel = new CelFormulas(celSet.slotNames(), true);
        programs = new dev.cel.runtime.CelRuntime.Program[celSet.items().length];
        for (int i = 0; i < programs.length; i++) {
            programs[i] = cel.compile(celSet.items()[i].item().formula(), CelFormulas.Kind.NUMBER, "x")
                    .program();
        }
        // conditions bottom-up (HTNV, HTTNV, HTXSNV), each grade one condition in this set
        List<CompiledSet.CompiledCondition> conds = new ArrayList<>(List.of(celSet.conditions()));
        java.util.Collections.reverse(conds);
        celSet = new CompiledSet(
                celSet.targetGroup(),
                celSet.name(),
                celSet.slotNames(),
                celSet.inputCount(),
                celSet.template(),
                celSet.inputs(),
                celSet.items(),
                celSet.groupMax(),
                celSet.groups(),
                conds.toArray(CompiledSet.CompiledCondition[]::new),
                celSet.bandMin(),
                celSet.bandGrade(),
                celSet.bandRule(),
                celSet.maxTotal(),
                celSet.scaleRule());
        conditionPrograms = new dev.cel.runtime.CelRuntime.Program[conds.size()];
        for (int i = 0; i < conds.size(); i++) {
            conditionPrograms[i] = cel.compile(conds.get(i).condition().expr(), CelFormulas.Kind.CONDITION, "x")
                    .program();
        }
        Random random = new Random(7);
        subjects = new double[N][];
        events = new long[N];
        for (int i = 0; i < N; i++) {
            subjects[i] = randomSlots(fastSet, random);
            events[i] = random.nextInt(50) == 0 ? 1L : 0L;
        }
        var qd366 = PackCompiler.compile(RulePackJson.pack(read("/data/rulepacks/qd366-v1.json")));
        shippedSet = qd366.set("LANH_DAO");
        shippedPack = qd366;
        shippedSubjects = new double[N][];
        for (int i = 0; i < N; i++) {
            shippedSubjects[i] = randomSlots(shippedSet, random);
        }
        namedSubjects = new ArrayList<>();
        for (double[] v : shippedSubjects) {
            Map<String, Double> inputs = new HashMap<>();
            for (int k = 0; k < shippedSet.inputCount(); k++) {
                inputs.put(shippedSet.slotNames().get(k), v[k]);
            }
            namedSubjects.add(
                    new Subject("s", Subject.Kind.INDIVIDUAL, "LANH_DAO", 1L, null, inputs, java.util.Set.of()));
        }
    }

    /**
     * What-if path per subject: named inputs validated into slots, scored and graded (no explanation), as
     * {@code Evaluations.whatIf} does for each sample subject; 100,000 subjects take 100,000 / this.
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public int whatIfPerSubject() {
        int sum = 0;
        for (Subject s : namedSubjects) {
            sum += shippedPack.evaluate(s, null, null, false).grade().ordinal();
        }
        return sum;
    }

    private static double[] randomSlots(CompiledSet set, Random random) {
        double[] v = set.newSlots();
        for (int k = 0; k < set.inputCount(); k++) {
            RulePackDoc.Input in = set.inputs().get(k);
            v[k] = in.min() + random.nextDouble() * (in.max() - in.min());
        }
        return v;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int fast() {
        return run(fastSet, subjects);
    }

    /**
     * The baseline: the same 25 formulas and 3 conditions on CEL's interpreter, with one activation map built
     * per subject (CEL's normal use), then the same caps, band and conditions.
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public int celInterpreter() throws Exception {
        int sum = 0;
        List<String> names = celSet.slotNames();
        CompiledSet.CompiledItem[] items = celSet.items();
        for (int s = 0; s < subjects.length; s++) {
            double[] v = subjects[s];
            Map<String, Object> activation = new HashMap<>(names.size() * 2);
            for (int i = 0; i < names.size(); i++) {
                activation.put(names.get(i), v[i]);
            }
            double[] groups = new double[celSet.groupMax().length];
            for (int i = 0; i < items.length; i++) {
                double p = ((Number) programs[i].eval(activation)).doubleValue();
                groups[items[i].group()] += Math.max(0, Math.min(p, items[i].max()));
            }
            double total = 0;
            for (int g = 0; g < groups.length; g++) {
                total += Math.min(groups[g], celSet.groupMax()[g]);
            }
            total = Math.round(Math.min(total, 100) * 100.0) / 100.0;
            Grade band = GradePolicy.band(celSet, total);
            Grade cond = Grade.KHTNV;
            for (int c = 0; c < conditionPrograms.length; c++) {
                if (!(Boolean) conditionPrograms[c].eval(activation)) {
                    break;
                }
                cond = celSet.conditions()[c].condition().grade();
            }
            sum += events[s] != 0 ? 0 : Grade.min(band, cond).ordinal();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int shippedQd366Leader() {
        return run(shippedSet, shippedSubjects);
    }

    private int run(CompiledSet set, double[][] in) {
        int sum = 0;
        for (int i = 0; i < in.length; i++) {
            double[] v = in[i];
            double total = ScoringPolicy.total(set, v);
            sum += GradePolicy.grade(set, v, total, events[i], null, null).ordinal();
        }
        return sum;
    }

    /** 25 formula items over 45 inputs: 10 general, 10 products with −25% deductions, 5 checklist-like. */
    static RulePackDoc synthetic() {
        List<RulePackDoc.Input> inputs = new ArrayList<>();
        List<RulePackDoc.Item> general = new ArrayList<>();
        List<RulePackDoc.Item> tasks = new ArrayList<>();
        List<RulePackDoc.Item> bonus = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            inputs.add(new RulePackDoc.Input("g" + i, "g", 0, 3, true, null));
            general.add(item("G" + i, 3, "g" + i + " * 1.0"));
            inputs.add(new RulePackDoc.Input("assigned" + i, "a", 1, 20, true, null));
            inputs.add(new RulePackDoc.Input("done" + i, "d", 0, 20, true, null));
            inputs.add(new RulePackDoc.Input("fails" + i, "f", 0, 4, true, null));
            tasks.add(item(
                    "T" + i,
                    7,
                    "7.0 * max(0.0, min(done%d, assigned%d) - deductionPerFailure * fails%d) / assigned%d"
                            .formatted(i, i, i, i)));
        }
        for (int i = 0; i < 5; i++) {
            inputs.add(new RulePackDoc.Input("late" + i, "l", 0, 3, true, null));
            bonus.add(item("B" + i, 2, "late%d > 2.0 ? 0.0 : 2.0 - 0.5 * late%d".formatted(i, i)));
        }
        for (String n : List.of("onTime", "exceeded", "latePct")) {
            inputs.add(new RulePackDoc.Input(n, n, 0, 100, true, null));
        }
        var groups = List.of(
                new RulePackDoc.ItemGroup("G", "general", 30, "EVAL-12", general),
                new RulePackDoc.ItemGroup("T", "tasks", 70, "EVAL-56", tasks),
                new RulePackDoc.ItemGroup("B", "bonus", 10, "KPI-02", bonus));
        var bands = List.of(
                new RulePackDoc.Band(Grade.HTXSNV, 90, "EVAL-59"),
                new RulePackDoc.Band(Grade.HTTNV, 70, "EVAL-59"),
                new RulePackDoc.Band(Grade.HTNV, 50, "EVAL-59"),
                new RulePackDoc.Band(Grade.KHTNV, 0, "EVAL-59"));
        var params = new RulePackDoc.Params(
                bands,
                100,
                "EVAL-51",
                new RulePackDoc.Quota(0.2, null, "HTTNV", "FLOOR", "EVAL-60"),
                new RulePackDoc.HeadCap(true, "EVAL-36"),
                new RulePackDoc.Aggregation("MEAN", 2, "EVAL-62"),
                Map.of("deductionPerFailure", 0.25));
        var conditions = List.of(
                new RulePackDoc.Condition(
                        Grade.HTXSNV, "x", "EVAL-14", "onTime >= 60.0 && exceeded >= 30.0", List.of()),
                new RulePackDoc.Condition(Grade.HTTNV, "t", "EVAL-15", "onTime >= 40.0", List.of()),
                new RulePackDoc.Condition(Grade.HTNV, "h", "EVAL-16", "latePct <= 80.0", List.of()));
        return new RulePackDoc(
                "BENCH",
                1,
                "bench",
                "STATE",
                "bench",
                LocalDate.of(2026, 1, 1),
                null,
                "MONTH",
                params,
                List.of(),
                List.of(new RulePackDoc.Disqualifier("DISCIPLINED", "d", "EVAL-59")),
                conditions,
                List.of(new RulePackDoc.CriteriaSet("BENCH", "bench", inputs, groups)),
                null);
    }

    private static RulePackDoc.Item item(String code, double max, String formula) {
        return new RulePackDoc.Item(code, code, max, "EVAL-56", "FORMULA", null, formula, null, null);
    }

    private static String read(String resource) {
        try (var in = ScoringBenchmark.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
