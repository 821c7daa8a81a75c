package vn.tochuc.appraisal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Criteria inputs entered at self-assessment and calibration decisions. */
@Repository
class CalibrationRepository {

    private final JdbcClient jdbc;

    CalibrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Double> inputs(long memberId) {
        Map<String, Double> m = new LinkedHashMap<>();
        jdbc.sql("select input_name, input_value from appr_input where member_id = :m order by input_name")
                .param("m", memberId)
                .query((rs, n) -> m.put(rs.getString(1), rs.getBigDecimal(2).doubleValue()))
                .list();
        return m;
    }

    /** The entered criteria inputs of every member of a cycle, by member. */
    Map<Long, Map<String, Double>> inputsOfCycle(long cycleId) {
        Map<Long, Map<String, Double>> out = new java.util.HashMap<>();
        jdbc.sql("""
                select i.member_id, i.input_name, i.input_value from appr_input i
                join appr_member m on m.id = i.member_id where m.cycle_id = :cycle order by i.member_id, i.input_name
                """)
                .param("cycle", cycleId)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getBigDecimal(3).doubleValue()))
                .list();
        return out;
    }

    void saveInputs(long memberId, Map<String, Double> values) {
        jdbc.sql("delete from appr_input where member_id = :m")
                .param("m", memberId)
                .update();
        values.forEach((name, value) -> jdbc.sql("""
                insert into appr_input (member_id, input_name, input_value) values (:m, :name, :value)
                """)
                .param("m", memberId)
                .param("name", name)
                .param("value", BigDecimal.valueOf(value))
                .update());
    }

    void insertDecision(
            long cycleId,
            long memberId,
            String peerGroup,
            String decision,
            String reason,
            int rank,
            int allowed,
            String actor) {
        jdbc.sql("""
                insert into appr_calibration (cycle_id, member_id, peer_group, decision, reason, rank_no, allowed,
                    decided_by)
                values (:cycle, :member, :group, :decision, :reason, :rank, :allowed, :actor)
                """)
                .param("cycle", cycleId)
                .param("member", memberId)
                .param("group", peerGroup)
                .param("decision", decision)
                .param("reason", reason)
                .param("rank", rank)
                .param("allowed", allowed)
                .param("actor", actor)
                .update();
    }

    /** The current (latest) decision per member of a cycle. */
    Map<Long, CalibrationDecision> current(long cycleId) {
        Map<Long, CalibrationDecision> m = new LinkedHashMap<>();
        jdbc.sql("select * from appr_calibration where cycle_id = :c order by id")
                .param("c", cycleId)
                .query(CalibrationRepository::decision)
                .list()
                .forEach(d -> m.put(d.memberId(), d));
        return m;
    }

    /** The current (latest) decision on one member, if any. */
    java.util.Optional<CalibrationDecision> currentOf(long cycleId, long memberId) {
        return jdbc.sql("""
                select * from appr_calibration where cycle_id = :c and member_id = :m order by id desc limit 1
                """)
                .param("c", cycleId)
                .param("m", memberId)
                .query(CalibrationRepository::decision)
                .optional();
    }

    private static CalibrationDecision decision(ResultSet rs, int n) throws SQLException {
        return new CalibrationDecision(
                rs.getLong("id"),
                rs.getLong("cycle_id"),
                rs.getLong("member_id"),
                rs.getString("peer_group"),
                rs.getString("decision"),
                rs.getString("reason"),
                rs.getInt("rank_no"),
                rs.getInt("allowed"),
                rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class));
    }
}
