package vn.tochuc.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The name-search reads of {@code people_person}, each bounded: capped counts and page-sized reads of ordered
 * index ranges, never a count or a sort of all matches (ADR 0007). A name query {@code q} (folded) matches a
 * person whose full name starts with it ("name part") or whose name given-name-first starts with it ("given
 * part"). Rows come back as {@link Key}s (id and official-order key); {@link NameSearch} merges and pages them.
 * The filters are {@link PersonRepository#FILTERS}, with the same parameters.
 */
@Repository
class NameSearchRepository {

    /** Official-order key and id of a match; the page is cut from these before any row is read. */
    record Key(long id, byte[] sortKey) {}

    /** How many given words one statement reads, as ordered streams of one page each. */
    static final int SLOTS = 8;

    private static final String NAME = "p.name_folded >= :q and p.name_folded < :qEnd";

    private static final String GIVEN_ONLY = """
            p.given_word >= :w1 and p.given_word < :qEnd and p.given_folded >= :q and p.given_folded < :qEnd
              and not (p.name_folded >= :q and p.name_folded < :qEnd)
            """;

    private static final String COUNT_NAME = "select count(*) from (select 1 from people_person p where " + NAME
            + PersonRepository.FILTERS + " limit :cap) m";

    private static final String COUNT_GIVEN_ONLY = "select count(*) from (select 1 from people_person p where "
            + GIVEN_ONLY + PersonRepository.FILTERS + " limit :cap) m";

    /** Few name matches: read them all from the (name, sort key) index and sort them. */
    private static final String NAME_SORTED = "select id, sort_key from (select p.id, p.sort_key from people_person p"
            + " where " + NAME + PersonRepository.FILTERS + " offset 0) m order by sort_key, id limit :pageEnd";

    /** Many name matches: walk the covering (sort key, …) index and stop after a page. */
    private static final String NAME_WALK = "select p.id, p.sort_key from people_person p where " + NAME
            + PersonRepository.FILTERS + " order by p.sort_key, p.id limit :pageEnd";

    /** In a small scope: every person of its units from the covering (unit, sort key, …) index, filtered. */
    private static final String SCOPE_FIRST = "select id, sort_key from (select p.id, p.sort_key from people_person p"
            + " where (" + NAME + " or (p.given_folded >= :q and p.given_folded < :qEnd))" + PersonRepository.FILTERS
            + " offset 0) m order by sort_key, id limit :pageEnd";

    private static final String COUNT_SCOPE_FIRST = "select count(*) from (select 1 from people_person p where ("
            + NAME + " or (p.given_folded >= :q and p.given_folded < :qEnd))" + PersonRepository.FILTERS
            + " limit :cap) m";

    /** The distinct given words in [w1, qEnd): a skip scan of the given index, one probe per word. */
    private static final String GIVEN_WORDS = """
            with recursive words (word) as (
                select min(p.given_word) from people_person p where p.given_word >= :w1 and p.given_word < :qEnd
                union all
                select (select min(p.given_word) from people_person p
                        where p.given_word > words.word and p.given_word < :qEnd)
                from words where words.word is not null
            )
            select word from words where word is not null
            """;

    private static final String GIVEN_STREAMS = givenStreams();

    private final JdbcClient jdbc;

    NameSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long countName(Map<String, Object> params, long cap) {
        return jdbc.sql(COUNT_NAME)
                .params(params)
                .param("cap", cap)
                .query(Long.class)
                .single();
    }

    /** Given-part matches that the name part does not already have. */
    long countGivenOnly(Map<String, Object> params, long cap) {
        return jdbc.sql(COUNT_GIVEN_ONLY)
                .params(params)
                .param("cap", cap)
                .query(Long.class)
                .single();
    }

    long countScopeFirst(Map<String, Object> params, long cap) {
        return jdbc.sql(COUNT_SCOPE_FIRST)
                .params(params)
                .param("cap", cap)
                .query(Long.class)
                .single();
    }

    /** How many people the units hold, counting at most {@code cap} (index-only on the unit index). */
    long countInUnits(Collection<Long> units, long cap) {
        return jdbc.sql("""
                select count(*) from (select 1 from people_person p where p.current_unit_id in (:units) limit :cap) m
                """)
                .param("units", units)
                .param("cap", cap)
                .query(Long.class)
                .single();
    }

    List<Key> nameSorted(Map<String, Object> params, long pageEnd) {
        return keys(NAME_SORTED, params, pageEnd);
    }

    List<Key> nameWalk(Map<String, Object> params, long pageEnd) {
        return keys(NAME_WALK, params, pageEnd);
    }

    List<Key> scopeFirst(Map<String, Object> params, long pageEnd) {
        return keys(SCOPE_FIRST, params, pageEnd);
    }

    List<String> givenWords(Map<String, Object> params) {
        return jdbc.sql(GIVEN_WORDS)
                .param("w1", params.get("w1"))
                .param("qEnd", params.get("qEnd"))
                .query(String.class)
                .list();
    }

    /** The first {@code pageEnd} given-part matches of each word (at most {@link #SLOTS} words). */
    List<Key> givenStreams(Map<String, Object> params, List<String> words, long pageEnd) {
        Map<String, Object> p = new HashMap<>(params);
        for (int i = 0; i < SLOTS; i++) {
            // An unused slot reads the empty range of a word no index entry has ("" is below every q).
            p.put("g" + i, i < words.size() ? words.get(i) : "");
        }
        return keys(GIVEN_STREAMS, p, pageEnd);
    }

    private List<Key> keys(String sql, Map<String, Object> params, long pageEnd) {
        return jdbc.sql(sql)
                .params(params)
                .param("pageEnd", pageEnd)
                .query((rs, n) -> new Key(rs.getLong(1), rs.getBytes(2)))
                .list();
    }

    private static String givenStreams() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < SLOTS; i++) {
            parts.add("select id, sort_key from (select p.id, p.sort_key from people_person p where p.given_word = :g"
                    + i + " and p.given_folded >= :q and p.given_folded < :qEnd" + PersonRepository.FILTERS
                    + " order by p.sort_key, p.id limit :pageEnd) s" + i);
        }
        return String.join("\nunion all\n", parts);
    }
}
