package vn.tochuc.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bulk profile read: the person columns in one query, the discipline entries in a second. */
@Repository
class ProfileRepository {

    private final JdbcClient jdbc;

    ProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Profiles of the given people whose current unit is in {@code units} (null: every unit), in id order. */
    Map<Long, PersonProfile> profiles(Collection<Long> ids, @Nullable Collection<Long> units) {
        Map<Long, List<PersonProfile.Discipline>> discipline = new HashMap<>();
        jdbc.sql("""
                        select person_id, title, from_date, year_value from people_entry
                        where person_id in (:ids) and kind = 'DISCIPLINE' order by person_id, from_date, id
                        """)
                .param("ids", ids)
                .query((rs, n) -> {
                    discipline
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new PersonProfile.Discipline(
                                    rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, Integer.class)));
                    return null;
                })
                .list();
        Map<Long, PersonProfile> out = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, full_name, date_of_birth, sex, ethnicity, political_theory, state_mgmt,
                            professional_code, party_join_date, party_official_date, current_unit_id, current_position
                        from people_person
                        where id in (:ids) and (:all = true or current_unit_id in (:units))
                        order by id
                        """)
                .param("ids", ids)
                .param("all", units == null)
                .param("units", units == null || units.isEmpty() ? List.of(-1L) : units)
                .query((rs, n) -> new PersonProfile(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        Sex.valueOf(rs.getString("sex")),
                        rs.getString("ethnicity"),
                        Levels.Theory.valueOf(rs.getString("political_theory")),
                        Levels.StateMgmt.valueOf(rs.getString("state_mgmt")),
                        Levels.Professional.valueOf(rs.getString("professional_code")),
                        rs.getObject("party_join_date", LocalDate.class),
                        rs.getObject("party_official_date", LocalDate.class),
                        rs.getLong("current_unit_id"),
                        rs.getString("current_position"),
                        discipline.getOrDefault(rs.getLong("id"), List.of())))
                .list()
                .forEach(p -> out.put(p.id(), p));
        return out;
    }
}
