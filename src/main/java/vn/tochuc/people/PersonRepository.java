package vn.tochuc.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.tochuc.shared.VietnameseText;

/** {@code people_person}: one row per person; search by folded name with filters, in official name order. */
@Repository
class PersonRepository {

    private static final String INSERT =
            "insert into people_person (" + PersonRows.COLUMNS + ") values (" + PersonRows.VALUES + ")";

    private static final String UPDATE = """
            update people_person set (%s) = (%s), updated_at = current_timestamp where id = :id
            """.formatted(PersonRows.COLUMNS, PersonRows.VALUES);

    /**
     * The filters other than the name. Each is a constant clause that a flag switches off; PostgreSQL folds the
     * flags away in its per-call plans, so unused filters cost nothing and the SQL text stays fixed.
     */
    static final String FILTERS = """
              and (:allUnits or p.current_unit_id in (:units))
              and (:position = '' or p.position_folded like :position)
              and (not :ageFilter or (p.date_of_birth > :bornAfter and p.date_of_birth <= :bornOnOrBefore))
              and (:sex = '' or p.sex = :sex)
              and (:ethnicity = '' or p.ethnicity = :ethnicity)
              and (:allTheories or p.political_theory in (:theories))
              and (:party = 'ANY' or (:party = 'Y' and p.party_join_date is not null)
                                  or (:party = 'N' and p.party_join_date is null))
            """;

    /** The name clause: two prefix ranges on indexed folded columns (full name, and given name first). */
    private static final String WHERE = """
            from people_person p
            where (:q = '' or (p.name_folded >= :q and p.name_folded < :qEnd)
                           or (p.given_folded >= :q and p.given_folded < :qEnd))
            """ + FILTERS;

    private static final String SELECT = """
            select p.id, p.full_name, p.date_of_birth, p.sex, p.ethnicity, p.current_unit_id, p.current_position,
                   p.political_theory, p.party_join_date, p.sort_key
            """;

    /**
     * Many matches: walk the covering sort-key index (unit and folded names are in it) and stop after a page; the
     * skipped rows of a deep page are index entries only, the 50 rows are read last.
     */
    private static final String SEARCH_ORDER_FIRST = SELECT + """
            from people_person p join (select p.id, p.sort_key
            """ + WHERE + """
                order by p.sort_key, p.id
                limit :limit offset :offset
            ) page on page.id = p.id
            order by p.sort_key, p.id
            """;

    /**
     * Few matches without a name: find them through the unit index first, then sort them ("offset 0" keeps
     * PostgreSQL from flattening the subquery and walking the sort index instead).
     */
    private static final String SEARCH_FILTER_FIRST = "select * from (" + SELECT + WHERE + """
            offset 0) p
            order by p.sort_key, p.id
            limit :limit offset :offset
            """;

    /** Counting stops at {@code :cap} matches: lists show "more than 5.000" instead of scanning a whole province. */
    private static final String COUNT = "select count(*) from (select 1 " + WHERE + " limit :cap) matches";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final vn.tochuc.web.DatabaseKind database;

    PersonRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named, vn.tochuc.web.DatabaseKind database) {
        this.jdbc = jdbc;
        this.named = named;
        this.database = database;
    }

    /**
     * On PostgreSQL, plans the searches of this transaction for their actual parameters: after five executions
     * a prepared statement may switch to a generic plan, which cannot fold the filter flags away nor see how
     * wide a name range is, and then sorts 100,000 rows where a walk of 50 would do. H2 plans every execution.
     */
    void planForParameters() {
        if (database.postgres()) {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        }
    }

    long insert(Person p) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(PersonRows.params(p)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Inserts many people in JDBC batches; returns nothing, look ids up by staff number or CCCD. */
    void insertBatch(List<Person> people) {
        MapSqlParameterSource[] batch = people.stream()
                .map(p -> new MapSqlParameterSource(PersonRows.params(p)))
                .toArray(MapSqlParameterSource[]::new);
        named.batchUpdate(INSERT, batch);
    }

    void update(Person p) {
        Map<String, @Nullable Object> params = PersonRows.params(p);
        params.put("id", p.id());
        jdbc.sql(UPDATE).params(params).update();
    }

    void updateBatch(List<Person> people) {
        MapSqlParameterSource[] batch = people.stream()
                .map(p -> {
                    Map<String, @Nullable Object> params = PersonRows.params(p);
                    params.put("id", p.id());
                    return new MapSqlParameterSource(params);
                })
                .toArray(MapSqlParameterSource[]::new);
        named.batchUpdate(UPDATE, batch);
    }

    Optional<Person> find(long id) {
        return jdbc.sql("select * from people_person where id = :id")
                .param("id", id)
                .query(PersonRows::map)
                .optional();
    }

    List<Person> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from people_person where id in (:ids)")
                .param("ids", ids)
                .query(PersonRows::map)
                .list();
    }

    /** Person ids by CCCD, for the given numbers that exist. */
    Map<String, Long> idsByIdNumber(Collection<String> idNumbers) {
        return ids("select id_number, id from people_person where id_number in (:keys)", idNumbers);
    }

    Map<String, Long> idsByStaffNumber(Collection<String> staffNumbers) {
        return ids("select staff_number, id from people_person where staff_number in (:keys)", staffNumbers);
    }

    private Map<String, Long> ids(String sql, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> result = new java.util.HashMap<>();
        jdbc.sql(sql).param("keys", keys).query(rs -> {
            result.put(rs.getString(1), rs.getLong(2));
        });
        return result;
    }

    void moveCurrentUnit(long personId, long unitId) {
        jdbc.sql("update people_person set current_unit_id = :u, updated_at = current_timestamp where id = :id")
                .param("u", unitId)
                .param("id", personId)
                .update();
    }

    /**
     * One page in official name order. {@code many}: the capped count was reached, so walking the sort index
     * finds a page quickly; otherwise the (few) matches are found first and sorted. {@code units} null means no unit restriction (a global scope without a
     * unit filter).
     */
    List<PersonSummary> search(PersonQuery query, @Nullable Collection<Long> units, LocalDate today, boolean many) {
        String sql = many ? SEARCH_ORDER_FIRST : SEARCH_FILTER_FIRST;
        return jdbc.sql(sql)
                .params(params(query, units, today))
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(PersonRepository::summary)
                .list();
    }

    long count(PersonQuery query, @Nullable Collection<Long> units, LocalDate today, long cap) {
        return jdbc.sql(COUNT)
                .params(params(query, units, today))
                .param("cap", cap)
                .query(Long.class)
                .single();
    }

    /** People whose current unit is among {@code units} (null = everyone): a figure of the home page, uncapped. */
    long countIn(@Nullable Collection<Long> units) {
        if (units != null && units.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from people_person p where (:all or p.current_unit_id in (:units))")
                .param("all", units == null)
                .param("units", units == null ? List.of(-1L) : units)
                .query(Long.class)
                .single();
    }

    /** The rows of a page of ids, in the order of the ids. */
    List<PersonSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonSummary> byId = new java.util.HashMap<>();
        jdbc.sql(SELECT + "from people_person p where p.id in (:ids)")
                .param("ids", ids)
                .query(PersonRepository::summary)
                .list()
                .forEach(r -> byId.put(r.id(), r));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The filter flags that switch every filter of {@link #FILTERS} off. */
    static Map<String, Object> noFilters() {
        return Map.of(
                "allUnits",
                true,
                "units",
                List.of(-1L),
                "position",
                "",
                "ageFilter",
                false,
                "sex",
                "",
                "ethnicity",
                "",
                "allTheories",
                true,
                "party",
                "ANY");
    }

    static Map<String, Object> params(PersonQuery q, @Nullable Collection<Long> units, LocalDate today) {
        String folded = VietnameseText.fold(q.q());
        String position = VietnameseText.fold(q.position());
        LocalDate after = q.bornAfter(today);
        LocalDate onOrBefore = q.bornOnOrBefore(today);
        Levels.Theory min = q.theoryAtLeast();
        List<String> theories = Arrays.stream(Levels.Theory.values())
                .filter(t -> min == null || t.ordinal() >= min.ordinal())
                .map(Enum::name)
                .toList();
        return Map.ofEntries(
                Map.entry("allUnits", units == null),
                Map.entry("units", units == null || units.isEmpty() ? List.of(-1L) : units),
                Map.entry("q", folded),
                Map.entry("qEnd", folded.isEmpty() ? "" : prefixEnd(folded)),
                Map.entry("w1", folded.split(" ", 2)[0]),
                Map.entry("position", position.isEmpty() ? "" : "%" + position + "%"),
                Map.entry("ageFilter", after != null || onOrBefore != null),
                Map.entry("allTheories", min == null || min == Levels.Theory.NONE),
                Map.entry("bornAfter", after == null ? LocalDate.of(1000, 1, 1) : after),
                Map.entry("bornOnOrBefore", onOrBefore == null ? LocalDate.of(9999, 12, 31) : onOrBefore),
                Map.entry("sex", q.sex() == null ? "" : q.sex().name()),
                Map.entry("ethnicity", q.ethnicity() == null ? "" : q.ethnicity()),
                Map.entry("theories", theories),
                Map.entry("party", q.partyMember() == null ? "ANY" : q.partyMember() ? "Y" : "N"));
    }

    /** The smallest string greater than every string starting with {@code prefix} (folded text is ASCII). */
    static String prefixEnd(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    private static PersonSummary summary(ResultSet rs, int n) throws SQLException {
        return new PersonSummary(
                rs.getLong("id"),
                rs.getString("full_name"),
                PersonRows.date(rs, "date_of_birth"),
                Sex.valueOf(rs.getString("sex")),
                rs.getString("ethnicity"),
                rs.getLong("current_unit_id"),
                null,
                rs.getString("current_position"),
                Levels.Theory.valueOf(rs.getString("political_theory")),
                rs.getObject("party_join_date") != null);
    }
}
