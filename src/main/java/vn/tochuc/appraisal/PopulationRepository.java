package vn.tochuc.appraisal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tochuc.people.RosterEntry;

/** Batched writes of a cycle's members and their planned work items (opening a province's cycle at once). */
@Repository
class PopulationRepository {

    private static final int CHUNK = 2_000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    PopulationRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    Set<Long> memberPersons(long cycleId) {
        return new HashSet<>(jdbc.sql("select person_id from appr_member where cycle_id = :c and person_id is not null")
                .param("c", cycleId)
                .query(Long.class)
                .list());
    }

    void insertMembers(long cycleId, List<RosterEntry> people) {
        String sql = """
                insert into appr_member (cycle_id, kind, unit_id, person_id, username, display_name, job_position)
                values (:cycle, 'INDIVIDUAL', :unit, :person, :username, :name, :job)
                """;
        for (int i = 0; i < people.size(); i += CHUNK) {
            named.batchUpdate(
                    sql,
                    people.subList(i, Math.min(people.size(), i + CHUNK)).stream()
                            .map(p -> new MapSqlParameterSource()
                                    .addValue("cycle", cycleId)
                                    .addValue("unit", p.unitId())
                                    .addValue("person", p.personId())
                                    .addValue("username", CyclePopulation.username(p))
                                    .addValue("name", p.fullName())
                                    .addValue("job", p.jobPosition()))
                            .toArray(SqlParameterSource[]::new));
        }
    }

    /** Member id by person id, for the cycle. */
    Map<Long, Long> memberIds(long cycleId) {
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql("select person_id, id from appr_member where cycle_id = :c and person_id is not null")
                .param("c", cycleId)
                .query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return out;
    }

    /** The catalogue, by job position. */
    Map<String, List<Product>> catalogue() {
        Map<String, List<Product>> out = new HashMap<>();
        jdbc.sql("select id, job_position, code, name, work_group, factor from appr_product order by work_group, code")
                .query((rs, n) -> new Product(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getDouble(6)))
                .list()
                .forEach(p -> out.computeIfAbsent(p.jobPosition(), k -> new java.util.ArrayList<>())
                        .add(p));
        return out;
    }

    /** One planned item per (member, product): quantity 1, converted = the factor, due on {@code due}. */
    int insertItems(List<long[]> memberProduct, Map<Long, Product> products, LocalDate due, String actor) {
        String sql = """
                insert into appr_work_item (member_id, product_id, title, quantity, converted, due_date, assigned_by)
                values (:member, :product, :title, 1, :converted, :due, :actor)
                """;
        for (int i = 0; i < memberProduct.size(); i += CHUNK) {
            named.batchUpdate(
                    sql,
                    memberProduct.subList(i, Math.min(memberProduct.size(), i + CHUNK)).stream()
                            .map(mp -> {
                                Product p = products.get(mp[1]);
                                return new MapSqlParameterSource()
                                        .addValue("member", mp[0])
                                        .addValue("product", p.id())
                                        .addValue("title", p.name())
                                        .addValue("converted", p.factor())
                                        .addValue("due", due)
                                        .addValue("actor", actor);
                            })
                            .toArray(SqlParameterSource[]::new));
        }
        return memberProduct.size();
    }
}
