package vn.tochuc.appraisal;

import static vn.tochuc.appraisal.AppraisalFixtures.as;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import java.time.YearMonth;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.Role;

/**
 * A monthly cycle of the current month (so that it is open whenever the tests run) in a unit, with uniquely named
 * organisation staff, head, committee member and job position.
 */
record MonthSetup(long unit, Who staff, Who head, Who committee, String job, YearMonth month, Cycle cycle) {

    static MonthSetup open(Appraisals appraisals, AppraisalFixtures.Opener opener, long unit, String pack) {
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), unit, Role.ORG_STAFF);
        YearMonth month = YearMonth.now(VnFormats.VIETNAM);
        Cycle c = opener.open(unit, "MONTH", month.toString(), pack, null);
        return new MonthSetup(
                unit,
                staff,
                who(AppraisalFixtures.uniqueUser("head"), unit, Role.UNIT_HEAD),
                who(AppraisalFixtures.uniqueUser("tv"), unit, Role.COMMITTEE),
                "Chuyên viên " + AppraisalFixtures.uniqueGroup(),
                month,
                c);
    }

    /**
     * A yearly cycle inserted directly (test-only): past years' grades cannot go through the flow, which refuses
     * steps after a cycle's deadline, and some packs are no longer in force for an open period.
     */
    static long insertYearCycle(
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            long unit,
            String group,
            int year,
            String pack,
            int version,
            java.time.LocalDate deadline) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into appr_cycle (unit_id, target_group, period_kind, period_code, period_start, period_end,
                    deadline, pack_code, pack_version, status, opened_by)
                values (:unit, :group, 'YEAR', :code, :start, :end, :deadline, :pack, :version, 'OPEN', 'test')
                """)
                .param("unit", unit)
                .param("group", group)
                .param("code", Integer.toString(year))
                .param("start", java.time.LocalDate.of(year, 1, 1))
                .param("end", java.time.LocalDate.of(year, 12, 31))
                .param("deadline", deadline)
                .param("pack", pack)
                .param("version", version)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Adds an individual member with a fresh cadre account; returns the member id. */
    long member(Appraisals appraisals, Who cadre, String name, @org.jspecify.annotations.Nullable String jobPosition) {
        return as(
                staff,
                () -> appraisals.addMember(
                        cycle.id(), "INDIVIDUAL", unit, null, null, cadre.username(), name, jobPosition));
    }
}
