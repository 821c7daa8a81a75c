package vn.tochuc.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tochuc.shared.PersonName;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;

/** Test data for the people module: signed-in users, uniquely named units and valid people. */
final class PeopleFixtures {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 100_000);

    private PeopleFixtures() {}

    static void signIn(String name, UnitScope scope, Role... roles) {
        var u = new vn.tochuc.TestPrincipals.User(1, name, name, Set.of(roles), null, scope);
        var auth = new UsernamePasswordAuthenticationToken(
                u,
                "n/a",
                Set.of(roles).stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList());
        SecurityContextHolder.getContext().setAuthentication(auth);
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * Adds an organization unit for a test. Test-only: the people module never writes org tables; the organization
     * module has no public command to create units yet.
     */
    static long unit(JdbcClient jdbc, String name, @Nullable Long parent) {
        String parentPath = parent == null
                ? "/"
                : jdbc.sql("select path from org_unit where id = :p")
                        .param("p", parent)
                        .query(String.class)
                        .single();
        // Unit ids come from the organization module's id blocks (org_id_alloc), as its own inserts do.
        long id = jdbc.sql("select next_id from org_id_alloc where name = 'unit' for update")
                .query(Long.class)
                .single();
        jdbc.sql("update org_id_alloc set next_id = next_id + 1 where name = 'unit'")
                .update();
        jdbc.sql("""
                insert into org_unit (id, tree, code, name, name_folded, kind, parent_id, path, valid_from)
                values (:id, 'ORGANIZATION', :code, :name, :name, 'TEST', :parent, '/', :from)
                """)
                .param("code", "T" + SERIAL.incrementAndGet())
                .param("name", name)
                .param("parent", parent)
                .param("from", LocalDate.of(2025, 7, 1))
                .param("id", id)
                .update();
        jdbc.sql("""
                insert into org_unit_version (unit_id, valid_from, code, name, name_folded, kind, level_no, parent_id)
                select id, valid_from, code, name, name_folded, kind, 0, parent_id from org_unit where id = :id
                """).param("id", id).update();
        jdbc.sql("update org_unit set path = :p where id = :id")
                .param("p", parentPath + id + "/")
                .param("id", id)
                .update();
        return id;
    }

    /** Creates a valid person in the unit, with the family and discipline entries of {@link #sensitiveEntries}. */
    static long create(PersonService service, String fullName, LocalDate dob, Sex sex, long unitId, String position) {
        return service.create(
                person(fullName, dob, sex, unitId, position), LocalDate.of(2020, 1, 1), sensitiveEntries());
    }

    static String uniqueCccd(Sex sex, int year) {
        return Cccd.make("01", sex, year, SERIAL.incrementAndGet());
    }

    static Person person(String fullName, LocalDate dob, Sex sex, long unitId, String position) {
        return new Person(
                0,
                "T" + SERIAL.incrementAndGet(),
                uniqueCccd(sex, dob.getYear()),
                null,
                PersonName.parse(fullName),
                null,
                dob,
                sex,
                new Person.Origin(
                        new Person.Locality("19", "Tỉnh Thái Nguyên"),
                        new Person.Locality(null, "Xã Cam Lộ, tỉnh Quảng Trị"),
                        "Kinh",
                        "Không",
                        "Đông Hà",
                        "Đông Hà"),
                new Person.Education(
                        "12/12",
                        Levels.Professional.DAI_HOC,
                        "Luật",
                        Levels.Theory.TRUNG_CAP,
                        Levels.StateMgmt.CHUYEN_VIEN,
                        Levels.ForeignLanguage.BAC_3,
                        "Tiếng Anh",
                        Levels.It.CO_BAN),
                new Person.Party(
                        dob.plusYears(25), dob.plusYears(26), "Chi bộ Văn phòng", null, null, null, null, null),
                new Person.Career(
                        "Chuyên viên", dob.plusYears(23), "Sở Nội vụ", "Tham mưu", "Tổng hợp", null, null, null),
                new Person.Health("Tốt", 165, 60, "O"),
                "Không",
                null,
                unitId,
                position);
    }

    static List<PersonEntry> sensitiveEntries() {
        return List.of(
                PersonEntry.of(
                        PersonEntry.Kind.FAMILY,
                        null,
                        null,
                        "Vợ",
                        "Trần Thị Lan",
                        null,
                        "SELF",
                        null,
                        1980,
                        "Quảng Trị"),
                PersonEntry.of(
                        PersonEntry.Kind.DISCIPLINE,
                        LocalDate.of(2020, 3, 1),
                        null,
                        "Khiển trách",
                        "Chậm báo cáo",
                        "Đảng ủy",
                        null,
                        null,
                        2020,
                        null),
                PersonEntry.of(
                        PersonEntry.Kind.AWARD,
                        LocalDate.of(2021, 3, 1),
                        null,
                        "Bằng khen",
                        "Hoàn thành xuất sắc",
                        "UBND tỉnh",
                        null,
                        null,
                        null,
                        null));
    }
}
