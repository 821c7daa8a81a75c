package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.shared.VietnameseText;
import vn.tochuc.web.Role;

/**
 * Every read of {@link NameSearch} (sorted name part, walked name part, given-word streams over several
 * statements, small scope read whole) gives exactly the page and count of a brute-force search over all rows.
 */
@SpringBootTest
class NameSearchIntegrationTests {

    private static final String[] GIVEN = {
        "Hà", "Hải", "Hạnh", "Hằng", "Hậu", "Hiền", "Hiếu", "Hoa", "Hòa", "Hồng", "Huệ", "Hùng", "Hưng", "Hương", "Huy",
        "Thu", "Thư", "Thủy", "Anh", "Ánh", "An"
    };
    private static final String[] SURNAME = {"Nguyễn", "Hoàng", "Huỳnh", "Hồ", "Trần", "Thái", "Âu", "An"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Thanh"};

    @Autowired
    PersonService service;

    @Autowired
    NameSearchRepository repo;

    @Autowired
    NameSearch defaults;

    @Autowired
    OrgDirectory directory;

    @Autowired
    JdbcClient jdbc;

    long province;
    long commune;

    record Row(long id, String name, String given, byte[] key, long unit) {}

    @BeforeEach
    void data() throws InterruptedException {
        // The demo people are generated in the background after start-up: compare against a table that holds still.
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("people-demo")) {
                t.join(300_000);
            }
        }
        PeopleFixtures.signIn("staff", UnitScope.everything(), Role.ORG_STAFF);
        province = PeopleFixtures.unit(jdbc, "Tỉnh ủy tìm tên " + System.nanoTime(), null);
        commune = PeopleFixtures.unit(jdbc, "Đảng ủy xã tìm tên", province);
        int n = 0;
        for (String s : SURNAME) {
            for (String g : GIVEN) {
                String middle = MIDDLE[n % MIDDLE.length];
                long unit = n % 3 == 0 ? commune : province;
                service.create(
                        PeopleFixtures.person(
                                s + " " + middle + " " + g,
                                LocalDate.of(1970 + n % 30, 1, 1),
                                Sex.M,
                                unit,
                                "Chuyên viên"),
                        LocalDate.of(2020, 1, 1),
                        List.of());
                n++;
            }
        }
    }

    @AfterEach
    void signOut() {
        PeopleFixtures.signOut();
    }

    @Test
    void everyReadGivesTheBruteForcePageAndCount() {
        List<Row> rows = jdbc.sql("select id, name_folded, given_folded, sort_key, current_unit_id from people_person")
                .query((rs, i) ->
                        new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getLong(5)))
                .list();
        List<NameSearch> searches = List.of(
                defaults,
                new NameSearch(repo, 0, 0),
                new NameSearch(repo, 1_000_000, 0),
                new NameSearch(repo, 0, 1_000_000));
        List<Long> subtree = directory.subtreeIds(province);
        int checked = 0;
        for (String q : List.of(
                "h",
                "hu",
                "hung",
                "huong",
                "nguyen",
                "nguyen van",
                "nguyen van hung",
                "hung nguyen",
                "hoang",
                "an",
                "anh",
                "th",
                "thu",
                "Âu",
                "Thái Hữu Ánh",
                "zz")) {
            for (Collection<Long> units :
                    Stream.of(null, subtree, List.of(commune)).toList()) {
                for (int[] page : new int[][] {{0, 50}, {0, 7}, {7, 7}, {21, 7}, {1_000, 7}}) {
                    PersonQuery query = new PersonQuery(q, null, null, null, null, null, null, null, null, 0, 50);
                    var params = PersonRepository.params(query, units, LocalDate.of(2026, 1, 1));
                    List<Long> expected = expected(rows, q, units);
                    long cap = ((long) (page[0] + page[1]) / 1_000 + 1) * 1_000;
                    for (int i = 0; i < searches.size(); i++) {
                        NameSearch.Result r = searches.get(i).search(params, units, page[0], page[1]);
                        assertThat(r.ids())
                                .as(
                                        "%s in %s, page %s, search %d",
                                        q, units == null ? "all" : units.size(), Arrays.toString(page), i)
                                .isEqualTo(expected.stream()
                                        .skip(page[0])
                                        .limit(page[1])
                                        .toList());
                        assertThat(r.total())
                                .as("count of %s in %s, search %d", q, units, i)
                                .isEqualTo(Math.min(cap, expected.size()));
                        assertThat(r.more()).isEqualTo(expected.size() >= cap);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(16 * 3 * 5 * 4);
    }

    @Test
    void pageIsOfficialOrderWithDuplicatesRemoved() {
        var a = new NameSearchRepository.Key(2, new byte[] {(byte) 0x90, 1});
        var b = new NameSearchRepository.Key(1, new byte[] {0x10});
        var c = new NameSearchRepository.Key(3, new byte[] {(byte) 0x90, 1});
        assertThat(NameSearch.page(List.of(a, c, b, a, b), 0, 10)).containsExactly(1L, 2L, 3L);
        assertThat(NameSearch.page(List.of(a, c, b), 1, 1)).containsExactly(2L);
    }

    private static List<Long> expected(List<Row> rows, String q, @Nullable Collection<Long> units) {
        String folded = VietnameseText.fold(q);
        List<Row> hits = new ArrayList<>();
        for (Row r : rows) {
            if ((r.name().startsWith(folded) || r.given().startsWith(folded))
                    && (units == null || units.contains(r.unit()))) {
                hits.add(r);
            }
        }
        hits.sort((x, y) -> {
            int c = Arrays.compareUnsigned(x.key(), y.key());
            return c != 0 ? c : Long.compare(x.id(), y.id());
        });
        return hits.stream().map(Row::id).toList();
    }
}
