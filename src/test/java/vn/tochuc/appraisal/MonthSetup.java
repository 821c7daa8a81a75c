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

    static MonthSetup open(Appraisals appraisals, long unit, String pack) {
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), unit, Role.ORG_STAFF);
        YearMonth month = YearMonth.now(VnFormats.VIETNAM);
        Cycle c = as(staff, () -> appraisals.open(unit, AppraisalFixtures.uniqueGroup(), "MONTH", month.toString(),
                pack, null));
        return new MonthSetup(unit, staff, who(AppraisalFixtures.uniqueUser("head"), unit, Role.UNIT_HEAD),
                who(AppraisalFixtures.uniqueUser("tv"), unit, Role.COMMITTEE),
                "Chuyên viên " + AppraisalFixtures.uniqueGroup(), month, c);
    }

    /** Adds an individual member with a fresh cadre account; returns the member id. */
    long member(Appraisals appraisals, Who cadre, String name, @org.jspecify.annotations.Nullable String jobPosition) {
        return as(staff, () -> appraisals.addMember(cycle.id(), "INDIVIDUAL", unit, null, null, cadre.username(), name,
                jobPosition));
    }
}
