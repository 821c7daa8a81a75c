package vn.tochuc.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The inputs of a batch run's units, read ahead on another thread: units in chunks of {@link #CHUNK}, one
 * query each, the next chunk read (and its JSON parsed) while the current one is scored and written. Reads
 * only: every write still happens in the unit's own transaction, in order. A unit's inputs are thus read
 * shortly before its transaction starts rather than inside it; under READ COMMITTED both see the inputs
 * committed at the time of the read.
 */
final class UnitInputs implements AutoCloseable {

    static final int CHUNK = 20;

    private final List<Long> units;
    private final int from;
    private final Function<List<Long>, Map<Long, List<Subject>>> read;
    private final Map<Integer, CompletableFuture<Map<Long, List<Subject>>>> chunks = new HashMap<>();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "evaluation-batch-reader");
        t.setDaemon(true);
        return t;
    });

    /** @param read the subjects of some units, by unit, each unit's in grading order */
    UnitInputs(List<Long> units, int from, Function<List<Long>, Map<Long, List<Subject>>> read) {
        this.units = units;
        this.from = from;
        this.read = read;
    }

    /** The subjects of the unit at {@code index}; indexes are asked in increasing order. */
    List<Subject> subjects(int index) {
        int chunk = (index - from) / CHUNK;
        chunks.keySet().removeIf(c -> c < chunk);
        CompletableFuture<Map<Long, List<Subject>>> current = submit(chunk);
        submit(chunk + 1); // read ahead
        try {
            return current.join().getOrDefault(units.get(index), List.of());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private CompletableFuture<Map<Long, List<Subject>>> submit(int chunk) {
        return chunks.computeIfAbsent(chunk, c -> {
            int start = from + c * CHUNK;
            if (start >= units.size()) {
                return CompletableFuture.completedFuture(Map.of());
            }
            List<Long> ids = List.copyOf(units.subList(start, Math.min(units.size(), start + CHUNK)));
            return CompletableFuture.supplyAsync(() -> read.apply(ids), reader);
        });
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
