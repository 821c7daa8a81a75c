package vn.tochuc.people;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The filter values as the list page shows them, and the query string that repeats them (paging, export). */
public record PeopleFilter(
        String q,
        String unit,
        String position,
        String ageMin,
        String ageMax,
        String sex,
        String ethnicity,
        String theory,
        String party) {

    static PeopleFilter of(PersonQuery q, @Nullable String theory, @Nullable String party) {
        return new PeopleFilter(
                str(q.q()),
                str(q.unit()),
                str(q.position()),
                str(q.ageMin()),
                str(q.ageMax()),
                q.sex() == null ? "" : q.sex().name(),
                str(q.ethnicity()),
                str(theory),
                str(party));
    }

    public String queryString() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("q", q);
        m.put("unit", unit);
        m.put("position", position);
        m.put("ageMin", ageMin);
        m.put("ageMax", ageMax);
        m.put("sex", sex);
        m.put("ethnicity", ethnicity);
        m.put("theory", theory);
        m.put("party", party);
        return m.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public java.util.List<String> ethnicities() {
        return Levels.ETHNICITIES;
    }

    private static String str(@Nullable Object o) {
        return o == null ? "" : o.toString();
    }
}
