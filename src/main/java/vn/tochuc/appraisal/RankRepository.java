package vn.tochuc.appraisal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ranks recorded at appraisal (engine score and peer group), and the light rows the calibration reads. */
@Repository
class RankRepository {

    /** The engine's verdict on an appraised individual: its peer group and score (null: not scored). */
    record Rank(String peerGroup, @Nullable Double score) {}

    /** What the calibration needs of each individual of a cycle. */
    record Light(
            long id,
            @Nullable Long headOfUnitId,
            @Nullable String apprGrade,
            @Nullable Double selfScore) {}

    /** An appraised individual of one peer group with the score recorded at appraisal (null: not scored). */
    record Peer(
            long id,
            String apprGrade,
            @Nullable Double selfScore,
            @Nullable Double score) {}

    private final JdbcClient jdbc;

    RankRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(long memberId, long cycleId, String peerGroup, @Nullable Double score) {
        jdbc.sql("delete from appr_rank where member_id = :m")
                .param("m", memberId)
                .update();
        jdbc.sql("""
                insert into appr_rank (member_id, cycle_id, peer_group, score) values (:m, :c, :g, :s)
                """)
                .param("m", memberId)
                .param("c", cycleId)
                .param("g", peerGroup)
                .param("s", score == null ? null : BigDecimal.valueOf(score))
                .update();
    }

    Map<Long, Rank> ranks(long cycleId) {
        Map<Long, Rank> out = new HashMap<>();
        jdbc.sql("select member_id, peer_group, score from appr_rank where cycle_id = :c")
                .param("c", cycleId)
                .query((rs, n) -> out.put(
                        rs.getLong(1),
                        new Rank(
                                rs.getString(2),
                                rs.getBigDecimal(3) == null
                                        ? null
                                        : rs.getBigDecimal(3).doubleValue())))
                .list();
        return out;
    }

    List<Light> individuals(long cycleId) {
        return jdbc.sql("""
                select id, head_of_unit_id, appr_grade, self_score from appr_member
                where cycle_id = :c and kind <> 'COLLECTIVE' order by id
                """)
                .param("c", cycleId)
                .query((rs, n) -> new Light(
                        rs.getLong(1),
                        rs.getObject(2) == null ? null : rs.getLong(2),
                        rs.getString(3),
                        rs.getBigDecimal(4) == null ? null : rs.getBigDecimal(4).doubleValue()))
                .list();
    }

    /** The peer group recorded at the appraisal of an individual, if one was. */
    Optional<String> peerGroupOf(long memberId) {
        return jdbc.sql("select peer_group from appr_rank where member_id = :m")
                .param("m", memberId)
                .query(String.class)
                .optional();
    }

    /** The appraised individuals of a cycle whose rank was recorded in {@code peerGroup}, by id. */
    List<Peer> peers(long cycleId, String peerGroup) {
        return jdbc.sql("""
                select m.id, m.appr_grade, m.self_score, r.score from appr_rank r join appr_member m on m.id = r.member_id
                where r.cycle_id = :c and r.peer_group = :g and m.kind <> 'COLLECTIVE' and m.appr_grade is not null
                order by m.id
                """)
                .param("c", cycleId)
                .param("g", peerGroup)
                .query((rs, n) -> new Peer(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getBigDecimal(3) == null ? null : rs.getBigDecimal(3).doubleValue(),
                        rs.getBigDecimal(4) == null ? null : rs.getBigDecimal(4).doubleValue()))
                .list();
    }

    /** The appraised individuals of a cycle with no recorded rank (appraised before ranks were kept), by id. */
    List<Long> unranked(long cycleId) {
        return jdbc.sql("""
                select m.id from appr_member m
                where m.cycle_id = :c and m.kind <> 'COLLECTIVE' and m.appr_grade is not null
                  and not exists (select 1 from appr_rank r where r.member_id = m.id)
                order by m.id
                """).param("c", cycleId).query(Long.class).list();
    }
}
