package vn.tochuc.organization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Job positions, headcount and the streamlining rule pack. */
@Repository
class StaffingRepository {

    private final JdbcClient jdbc;

    StaffingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Staffing.Position> positions(long unitId) {
        return jdbc.sql("select * from org_job_position where unit_id = :u order by job_group, code")
                .param("u", unitId)
                .query((rs, n) -> new Staffing.Position(
                        rs.getLong("id"),
                        rs.getLong("unit_id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("job_group"),
                        rs.getString("workload_type"),
                        rs.getInt("target_headcount"),
                        rs.getString("required_rank"),
                        rs.getString("requirements"),
                        rs.getString("competency_framework"),
                        rs.getString("approval_no"),
                        rs.getObject("approval_date", LocalDate.class),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class)))
                .list();
    }

    boolean groupExists(String group) {
        return jdbc.sql("select count(*) from org_job_group where code = :g")
                        .param("g", group)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The job-position groups of the catalogue (JOB-01) as code and name, in catalogue order. */
    List<String[]> groups() {
        return jdbc.sql("select code, name from org_job_group order by sort_no")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }

    long insertPosition(Staffing.Position p) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into org_job_position (unit_id, code, name, job_group, workload_type, target_headcount,
                    required_rank, requirements, competency_framework, approval_no, approval_date, valid_from, valid_to)
                values (:unit, :code, :name, :grp, :workload, :target, :rank, :req, :comp, :appNo, :appDate, :from, :to)
                """)
                .param("unit", p.unitId())
                .param("code", p.code())
                .param("name", p.name())
                .param("grp", p.group())
                .param("workload", p.workloadType())
                .param("target", p.targetHeadcount())
                .param("rank", p.requiredRank())
                .param("req", p.requirements())
                .param("comp", p.competencyFramework())
                .param("appNo", p.approvalNo())
                .param("appDate", p.approvalDate())
                .param("from", p.validFrom())
                .param("to", p.validTo())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void saveHeadcount(Staffing.Headcount h) {
        jdbc.sql("delete from org_headcount where unit_id = :u and year_no = :y and category = :c")
                .param("u", h.unitId())
                .param("y", h.year())
                .param("c", h.category())
                .update();
        jdbc.sql("""
                insert into org_headcount (unit_id, year_no, category, approved, filled, reduced_restructuring,
                                           reduced_streamlining, reduced_other)
                values (:u, :y, :c, :approved, :filled, :r1, :r2, :r3)
                """)
                .param("u", h.unitId())
                .param("y", h.year())
                .param("c", h.category())
                .param("approved", h.approved())
                .param("filled", h.filled())
                .param("r1", h.reducedRestructuring())
                .param("r2", h.reducedStreamlining())
                .param("r3", h.reducedOther())
                .update();
    }

    List<Staffing.Headcount> headcount(long unitId) {
        return jdbc.sql("select * from org_headcount where unit_id = :u order by year_no, category")
                .param("u", unitId)
                .query(StaffingRepository::headcountRow)
                .list();
    }

    /** Approved posts by year and category over a unit's whole subtree (current paths, ended units included). */
    Map<Integer, Map<String, Long>> approvedInSubtree(long rootId) {
        Map<Integer, Map<String, Long>> out = new HashMap<>();
        jdbc.sql("""
                select h.year_no, h.category, sum(h.approved) from org_headcount h
                join org_unit u on u.id = h.unit_id join org_unit r on r.id = :root
                where u.path like r.path || '%'
                group by h.year_no, h.category
                """)
                .param("root", rootId)
                .query((rs, n) ->
                        out.computeIfAbsent(rs.getInt(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3)))
                .list();
        return out;
    }

    /** The JOB-06 limit on the people in post against the posts assigned, in force on the date. */
    java.util.Optional<Staffing.FilledLimit> filledLimit(LocalDate d) {
        return jdbc.sql("""
                select rule_id, basis, max_over_pct from org_headcount_rule where valid_from <= :d
                  and (valid_to is null or valid_to > :d) order by valid_from desc limit 1
                """)
                .param("d", d)
                .query((rs, n) -> new Staffing.FilledLimit(
                        rs.getString("rule_id"), rs.getString("basis"), rs.getObject("max_over_pct", BigDecimal.class)))
                .optional();
    }

    /** The targets of a rule in force on the date. */
    List<Staffing.Target> targets(String ruleId, LocalDate d) {
        return jdbc.sql("""
                select * from org_rule_pack where rule_id = :r and valid_from <= :d
                  and (valid_to is null or valid_to > :d) order by target_group
                """)
                .param("r", ruleId)
                .param("d", d)
                .query((rs, n) -> new Staffing.Target(
                        rs.getString("rule_id"),
                        rs.getString("basis"),
                        rs.getString("target_group"),
                        rs.getInt("base_year"),
                        rs.getInt("end_year"),
                        rs.getObject("min_cut_pct", BigDecimal.class)))
                .list();
    }

    /** Adds the headcount of the predecessors from {@code fromYear} on to the successor's and removes theirs. */
    void moveHeadcount(List<Long> predecessors, long successor, int fromYear) {
        for (Staffing.Headcount h : jdbc.sql("""
                select * from org_headcount where unit_id in (:p) and year_no >= :y
                """)
                .param("p", predecessors)
                .param("y", fromYear)
                .query(StaffingRepository::headcountRow)
                .list()) {
            Staffing.Headcount mine = headcount(successor).stream()
                    .filter(x -> x.year() == h.year() && x.category().equals(h.category()))
                    .findFirst()
                    .orElse(new Staffing.Headcount(successor, h.year(), h.category(), 0, 0, 0, 0, 0));
            saveHeadcount(new Staffing.Headcount(
                    successor,
                    h.year(),
                    h.category(),
                    mine.approved() + h.approved(),
                    mine.filled() + h.filled(),
                    mine.reducedRestructuring() + h.reducedRestructuring(),
                    mine.reducedStreamlining() + h.reducedStreamlining(),
                    mine.reducedOther() + h.reducedOther()));
        }
        jdbc.sql("delete from org_headcount where unit_id in (:p) and year_no >= :y")
                .param("p", predecessors)
                .param("y", fromYear)
                .update();
    }

    private static Staffing.Headcount headcountRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Staffing.Headcount(
                rs.getLong("unit_id"),
                rs.getInt("year_no"),
                rs.getString("category"),
                rs.getInt("approved"),
                rs.getInt("filled"),
                rs.getInt("reduced_restructuring"),
                rs.getInt("reduced_streamlining"),
                rs.getInt("reduced_other"));
    }
}
