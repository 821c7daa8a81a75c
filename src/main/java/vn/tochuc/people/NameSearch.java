package vn.tochuc.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A name search as a few bounded reads (ADR 0007): the page is the first {@code pageEnd} matches of each part in
 * official order, merged, and the count stops at a cap ("hơn 1.000"). Which read serves the name part depends on
 * how many people have the name (a capped count of the name index); the given part is always read as one ordered
 * stream per given word. A scope of few people is instead read whole from the unit index.
 */
@Component
class NameSearch {

    /** Below this many matches of the full-name prefix, sort them; above, walk the official order. */
    static final long SORT_LIMIT = 10_000;
    /** A scope holding fewer people than this is read whole from the unit index. */
    static final long SMALL_SCOPE = 10_000;

    static final Comparator<NameSearchRepository.Key> ORDER = (a, b) -> {
        int c = Arrays.compareUnsigned(a.sortKey(), b.sortKey());
        return c != 0 ? c : Long.compare(a.id(), b.id());
    };

    record Result(List<Long> ids, long total, boolean more) {}

    private final NameSearchRepository repo;
    private final long sortLimit;
    private final long smallScope;
    private final Map<Integer, ScopeSize> scopeSizes = new ConcurrentHashMap<>();

    @Autowired
    NameSearch(NameSearchRepository repo) {
        this(repo, SORT_LIMIT, SMALL_SCOPE);
    }

    /** With other thresholds, so that tests reach every read on little data. */
    NameSearch(NameSearchRepository repo, long sortLimit, long smallScope) {
        this.repo = repo;
        this.sortLimit = sortLimit;
        this.smallScope = smallScope;
    }

    /** {@code params} as {@link PersonRepository#params}; {@code units} null when the scope is global. */
    Result search(Map<String, Object> params, @Nullable Collection<Long> units, int offset, int limit) {
        long pageEnd = (long) offset + limit;
        // Count to the next thousand past the page: enough for "page n of m" near the start, "hơn N" beyond.
        long cap = (pageEnd / 1_000 + 1) * 1_000;
        List<NameSearchRepository.Key> keys = new ArrayList<>();
        long total;
        if (units != null && smallScope(units)) {
            keys.addAll(repo.scopeFirst(params, pageEnd));
            total = repo.countScopeFirst(params, cap);
        } else {
            Map<String, Object> unfiltered = new LinkedHashMap<>(params);
            unfiltered.putAll(PersonRepository.noFilters());
            long nameAll = repo.countName(unfiltered, Math.max(sortLimit, cap));
            boolean few = nameAll < sortLimit;
            keys.addAll(few ? repo.nameSorted(params, pageEnd) : repo.nameWalk(params, pageEnd));
            List<String> words = repo.givenWords(params);
            for (int i = 0; i < words.size(); i += NameSearchRepository.SLOTS) {
                keys.addAll(repo.givenStreams(
                        params, words.subList(i, Math.min(words.size(), i + NameSearchRepository.SLOTS)), pageEnd));
            }
            long name = filtered(params) ? repo.countName(params, cap) : Math.min(nameAll, cap);
            total = name >= cap ? cap : Math.min(cap, name + repo.countGivenOnly(params, cap - name));
        }
        return new Result(page(keys, offset, limit), total, total >= cap);
    }

    /** Whether any filter besides the name is on (else the unfiltered name count is the count). */
    static boolean filtered(Map<String, Object> params) {
        return PersonRepository.noFilters().entrySet().stream()
                .anyMatch(e -> !e.getKey().equals("units") && !e.getValue().equals(params.get(e.getKey())));
    }

    /** The ids of matches offset..offset+limit in official order (duplicates of the two parts removed). */
    static List<Long> page(List<NameSearchRepository.Key> keys, int offset, int limit) {
        Map<Long, NameSearchRepository.Key> unique = new LinkedHashMap<>();
        keys.forEach(k -> unique.putIfAbsent(k.id(), k));
        return unique.values().stream()
                .sorted(ORDER)
                .skip(offset)
                .limit(limit)
                .map(NameSearchRepository.Key::id)
                .toList();
    }

    /** Whether the units hold fewer than {@code smallScope} people; remembered for ten minutes per unit set. */
    private boolean smallScope(Collection<Long> units) {
        long now = System.currentTimeMillis();
        int key = units.hashCode() * 31 + units.size();
        ScopeSize s = scopeSizes.get(key);
        if (s == null || s.until() < now) {
            if (scopeSizes.size() > 10_000) {
                scopeSizes.clear();
            }
            s = new ScopeSize(smallScope > 0 && repo.countInUnits(units, smallScope) < smallScope, now + 600_000);
            scopeSizes.put(key, s);
        }
        return s.small();
    }

    private record ScopeSize(boolean small, long until) {}
}
