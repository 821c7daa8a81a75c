package vn.tochuc.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Imports Vietnam's administrative units from the files shipped in {@code data/vn-admin} through the
 * restructuring machinery ({@link Restructuring}), in three steps, each one transaction. A step whose first
 * event is already recorded (by its source key) is skipped, so the import is idempotent and resumable.
 */
@Service
class AdminUnitImport {

    private static final Logger log = LoggerFactory.getLogger(AdminUnitImport.class);
    static final String ACTOR = "system:vn-admin-import";
    static final List<String> STEPS = List.of("2024-05", "2025-03", "2025-07");

    private final Restructuring restructuring;
    private final OrgEventRepository events;

    AdminUnitImport(Restructuring restructuring, OrgEventRepository events) {
        this.restructuring = restructuring;
        this.events = events;
    }

    /** Runs every step not yet done; returns the number of events applied now. */
    int importAll() {
        int n = 0;
        for (String step : STEPS) {
            n += runStep(step);
        }
        return n;
    }

    boolean done() {
        return STEPS.stream().allMatch(s -> events.sourceKeyExists(firstKey(s)));
    }

    /** Applies one step unless it was applied before; returns the number of events applied. */
    int runStep(String step) {
        List<EventCommand> commands = commands(step);
        if (commands.isEmpty() || events.sourceKeyExists(commands.get(0).sourceKey())) {
            return 0;
        }
        long t0 = System.nanoTime();
        restructuring.applyAsSystem(commands, ACTOR);
        log.info(
                "vn-admin import step {}: {} events in {} ms",
                step,
                commands.size(),
                (System.nanoTime() - t0) / 1_000_000);
        return commands.size();
    }

    private String firstKey(String step) {
        return commands(step).get(0).sourceKey();
    }

    static List<EventCommand> commands(String step) {
        return switch (step) {
            case "2024-05" -> AdminImportPlan.baseline(units("units_2024_05.csv"));
            case "2025-03" -> AdminImportPlan.wave(units("units_2024_05.csv"), units("units_2024.csv"));
            case "2025-07" ->
                AdminImportPlan.reform(
                        units("units_2024.csv"),
                        units("units_2025.csv"),
                        read("mapping_2025.csv", in -> AdminCsv.mapping("mapping_2025.csv", in)));
            default -> throw new IllegalArgumentException("unknown import step " + step);
        };
    }

    static List<AdminCsv.UnitRow> units(String file) {
        return read(file, in -> AdminCsv.units(file, in));
    }

    private interface Reader<T> {
        T read(InputStream in);
    }

    private static <T> T read(String file, Reader<T> reader) {
        Supplier<ClassPathResource> res = () -> new ClassPathResource("data/vn-admin/" + file);
        try (InputStream in = res.get().getInputStream()) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
