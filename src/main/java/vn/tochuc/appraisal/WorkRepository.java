package vn.tochuc.appraisal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The work-product catalogue and work items. */
@Repository
class WorkRepository {

    private final JdbcClient jdbc;

    WorkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertProduct(String jobPosition, String code, String name, String group, double factor) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into appr_product (job_position, code, name, work_group, factor)
                values (:job, :code, :name, :group, :factor)
                """)
                .param("job", jobPosition)
                .param("code", code)
                .param("name", name)
                .param("group", group)
                .param("factor", factor)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Product> product(long id) {
        return jdbc.sql("select * from appr_product where id = :id")
                .param("id", id)
                .query(WorkRepository::product)
                .optional();
    }

    List<Product> products(String jobPosition) {
        return jdbc.sql("select * from appr_product where job_position = :job order by work_group, code")
                .param("job", jobPosition)
                .query(WorkRepository::product)
                .list();
    }

    long insertItem(
            long memberId,
            long productId,
            String title,
            double quantity,
            double converted,
            LocalDate due,
            String actor) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into appr_work_item (member_id, product_id, title, quantity, converted, due_date, assigned_by)
                values (:member, :product, :title, :quantity, :converted, :due, :actor)
                """)
                .param("member", memberId)
                .param("product", productId)
                .param("title", title)
                .param("quantity", quantity)
                .param("converted", converted)
                .param("due", due)
                .param("actor", actor)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<WorkItem> item(long id) {
        return jdbc.sql("""
                select w.*, p.name as product_name from appr_work_item w join appr_product p on p.id = w.product_id
                where w.id = :id
                """).param("id", id).query(WorkRepository::item).optional();
    }

    List<WorkItem> items(long memberId) {
        return jdbc.sql("""
                select w.*, p.name as product_name from appr_work_item w join appr_product p on p.id = w.product_id
                where w.member_id = :member order by w.due_date, w.id
                """)
                .param("member", memberId)
                .query(WorkRepository::item)
                .list();
    }

    /** The items of every member of a cycle in one query, for scoring the whole cycle (calibration). */
    List<WorkItem> itemsOfCycle(long cycleId) {
        return jdbc.sql("""
                select w.*, p.name as product_name from appr_work_item w join appr_product p on p.id = w.product_id
                join appr_member m on m.id = w.member_id
                where m.cycle_id = :cycle order by w.member_id, w.due_date, w.id
                """).param("cycle", cycleId).query(WorkRepository::item).list();
    }

    /** The items of many members in one query (a page of a cycle). */
    List<WorkItem> itemsOf(java.util.Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select w.*, p.name as product_name from appr_work_item w join appr_product p on p.id = w.product_id
                where w.member_id in (:members) order by w.member_id, w.due_date, w.id
                """)
                .param("members", memberIds)
                .query(WorkRepository::item)
                .list();
    }

    void log(long id, double done, LocalDate on, @Nullable String note) {
        jdbc.sql("update appr_work_item set done_quantity = :done, done_on = :on, done_note = :note where id = :id")
                .param("done", done)
                .param("on", on)
                .param("note", note)
                .param("id", id)
                .update();
    }

    void confirm(long id, boolean pass, int majorErrors, int delays, String actor) {
        jdbc.sql("""
                update appr_work_item set quality_pass = :pass, major_errors = :errors, delays = :delays,
                    confirmed_by = :actor where id = :id
                """)
                .param("pass", pass)
                .param("errors", majorErrors)
                .param("delays", delays)
                .param("actor", actor)
                .param("id", id)
                .update();
    }

    void cause(long id, String cause, boolean approved, @Nullable String actor) {
        jdbc.sql("update appr_work_item set cause = :cause, cause_approved = :ok, cause_by = :actor where id = :id")
                .param("cause", cause)
                .param("ok", approved)
                .param("actor", actor)
                .param("id", id)
                .update();
    }

    private static Product product(ResultSet rs, int n) throws SQLException {
        return new Product(
                rs.getLong("id"),
                rs.getString("job_position"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("work_group"),
                rs.getDouble("factor"));
    }

    private static WorkItem item(ResultSet rs, int n) throws SQLException {
        return new WorkItem(
                rs.getLong("id"),
                rs.getLong("member_id"),
                rs.getLong("product_id"),
                rs.getString("product_name"),
                rs.getString("title"),
                rs.getDouble("quantity"),
                rs.getDouble("converted"),
                rs.getObject("due_date", LocalDate.class),
                rs.getObject("done_quantity") == null ? null : rs.getDouble("done_quantity"),
                rs.getObject("done_on", LocalDate.class),
                rs.getObject("quality_pass", Boolean.class),
                rs.getInt("major_errors"),
                rs.getInt("delays"),
                rs.getString("confirmed_by"),
                rs.getString("cause"),
                rs.getBoolean("cause_approved"));
    }
}
