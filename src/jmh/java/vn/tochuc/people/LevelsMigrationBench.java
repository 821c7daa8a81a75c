package vn.tochuc.people;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 12, point 3: the coded levels (people/V6, V7) migrated on the 1,000,000-person dataset of the people
 * benchmark, timed and checked. On a copy of that database it puts the people tables back as they were before V6
 * (drops the code columns and their history rows, writes the language and IT texts as the generator wrote them
 * then), writes old-style free text into every 100th record (diplomas,
 * certificates, capitals, nonsense), runs the people migrations with Flyway as the application does, and checks that
 * every text got its code and that exactly the nonsense is listed as unmapped. Exit code 1 on any mismatch.
 *   sh bench/people/levels-migration.sh        # figures: target/levels-bench.md
 */
public final class LevelsMigrationBench {

    /** Old text written into every 100th record → the code V6 must give it (null: listed as unmapped). */
    static final Map<String, String> PROFESSIONAL = new LinkedHashMap<>();

    static final Map<String, String> LANGUAGE = new LinkedHashMap<>();

    static {
        PROFESSIONAL.put("Cử nhân Luật", "DAI_HOC");
        PROFESSIONAL.put("Kỹ sư xây dựng", "DAI_HOC");
        PROFESSIONAL.put("đại học sư phạm", "DAI_HOC");
        PROFESSIONAL.put("Thạc sỹ Quản lý công", "THAC_SI");
        PROFESSIONAL.put("Tiến sĩ Kinh tế", "TIEN_SI");
        PROFESSIONAL.put("Cao đẳng", "CAO_DANG");
        PROFESSIONAL.put("Trung cấp Kế toán", "TRUNG_CAP");
        PROFESSIONAL.put("Giỏi việc nước", null);
        LANGUAGE.put("Tiếng Anh B1", "BAC_3");
        LANGUAGE.put("Tiếng Pháp B2", "BAC_4");
        LANGUAGE.put("Tiếng Anh bậc 2", "BAC_2");
        LANGUAGE.put("Tiếng Anh C", null);
    }

    private LevelsMigrationBench() {}

    public static void main(String[] args) throws Exception {
        var ds = new DriverManagerDataSource(args[0], args[1], args[2]);
        JdbcClient jdbc = JdbcClient.create(ds);
        List<String> problems = new ArrayList<>();
        long people =
                jdbc.sql("select count(*) from people_person").query(Long.class).single();

        long t0 = System.nanoTime();
        jdbc.sql("drop table if exists people_level_unmapped").update();
        for (String c : List.of("professional_code", "language_code", "language_name", "it_code")) {
            jdbc.sql("alter table people_person drop column if exists " + c).update();
        }
        jdbc.sql("delete from flyway_schema_history_people where version in ('6', '7')")
                .update();
        // The language and IT texts as the generator wrote them before V7 (today it writes the codes' names).
        jdbc.sql("""
                update people_person set
                    foreign_language = case when mod(id, 2) = 0 then 'Tiếng Anh B1' else 'Tiếng Anh B2' end,
                    it_level = 'Ứng dụng CNTT cơ bản'
                """).update();
        List<String> p = List.copyOf(PROFESSIONAL.keySet());
        List<String> l = List.copyOf(LANGUAGE.keySet());
        int planted = jdbc.sql("""
                        update people_person set
                            professional_level = (array[:p])[1 + (id / 100) % :pn],
                            foreign_language = (array[:l])[1 + (id / 100) % :ln]
                        where id % 100 = 0
                        """)
                .param("p", p)
                .param("pn", p.size())
                .param("l", l)
                .param("ln", l.size())
                .update();
        double resetSeconds = (System.nanoTime() - t0) / 1e9;

        long t1 = System.nanoTime();
        var result = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration/people")
                .table("flyway_schema_history_people")
                .load()
                .migrate();
        double migrateSeconds = (System.nanoTime() - t1) / 1e9;

        for (var e : PROFESSIONAL.entrySet()) {
            check(jdbc, problems, "professional_level", "professional_code", e.getKey(), e.getValue());
        }
        for (var e : LANGUAGE.entrySet()) {
            check(jdbc, problems, "foreign_language", "language_code", e.getKey(), e.getValue());
        }
        // The generator's own texts (the other 99 %).
        check(jdbc, problems, "professional_level", "professional_code", "Đại học", "DAI_HOC");
        check(jdbc, problems, "professional_level", "professional_code", "Thạc sĩ", "THAC_SI");
        check(jdbc, problems, "it_level", "it_code", "Ứng dụng CNTT cơ bản", "CO_BAN");
        long unmapped = jdbc.sql("select count(*) from people_level_unmapped")
                .query(Long.class)
                .single();
        long expectedUnmapped = jdbc.sql("""
                        select count(*) from people_person where professional_level = 'Giỏi việc nước'
                        """).query(Long.class).single()
                + jdbc.sql("select count(*) from people_person where foreign_language = 'Tiếng Anh C'")
                        .query(Long.class)
                        .single();
        long unmappedOther = jdbc.sql("""
                        select count(*) from people_level_unmapped
                        where raw_value not in ('Giỏi việc nước', 'Tiếng Anh C')
                        """).query(Long.class).single();
        if (unmappedOther != 0) {
            problems.add(unmappedOther + " values listed as unmapped that the migration should have mapped");
        }
        if (unmapped - unmappedOther != expectedUnmapped) {
            problems.add(
                    "unmapped nonsense: " + (unmapped - unmappedOther) + " listed, " + expectedUnmapped + " expected");
        }
        Map<String, Long> byCode = new LinkedHashMap<>();
        jdbc.sql("select professional_code, count(*) from people_person group by professional_code order by 1")
                .query((rs, n) -> byCode.put(rs.getString(1), rs.getLong(2)))
                .list();

        StringBuilder md = new StringBuilder();
        md.append("| Measure | Result |\n|---|---|\n");
        md.append("| People in the database | ")
                .append(String.format("%,d", people))
                .append(" |\n");
        md.append("| Records given old-style text (every 100th) | ")
                .append(String.format("%,d", planted))
                .append(" |\n");
        md.append("| Reset to before V6 and plant the texts | ")
                .append(String.format("%.1f s", resetSeconds))
                .append(" |\n");
        md.append("| people/V6 + V7 (").append(result.migrationsExecuted).append(" migrations) on PostgreSQL | ");
        md.append(String.format("**%.1f s**", migrateSeconds)).append(" |\n");
        md.append("| Professional level by code | ").append(byCode).append(" |\n");
        md.append("| Listed as unmapped | ")
                .append(String.format("%,d", unmapped))
                .append(" (of which other than the planted nonsense: ")
                .append(String.format("%,d", unmappedOther))
                .append(") |\n");
        md.append("| Checks | ")
                .append(problems.isEmpty() ? "all passed" : String.join("; ", problems))
                .append(" |\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/levels-bench.md"), md.toString());
        System.out.println(md);
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    /** Every record holding {@code text} in {@code column} has {@code expected} in {@code codeColumn}. */
    static void check(
            JdbcClient jdbc, List<String> problems, String column, String codeColumn, String text, String expected) {
        String want = expected == null ? "NONE" : expected;
        long wrong = jdbc.sql(
                        "select count(*) from people_person where " + column + " = :t and " + codeColumn + " <> :c")
                .param("t", text)
                .param("c", want)
                .query(Long.class)
                .single();
        long all = jdbc.sql("select count(*) from people_person where " + column + " = :t")
                .param("t", text)
                .query(Long.class)
                .single();
        if (wrong > 0 || all == 0) {
            problems.add("«" + text + "»: " + wrong + " of " + all + " not " + want);
        }
    }
}
