package vn.tochuc.appraisal;

import static vn.tochuc.appraisal.AppraisalFixtures.as;
import static vn.tochuc.appraisal.AppraisalFixtures.run;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.web.Role;

/**
 * A cycle with one collective (decided {@code collectiveGrade}) and individuals walked as far as their grades
 * say: self-assessed (submitted), appraised, decided; null stops there. The boss holds staff, head and committee.
 * An HTXSNV decision needs enough HTTNV appraisals beside it (the quota, EVAL-60: at most 20% of HTTNV).
 */
final class AppraisalScenario {

    /** One individual: name and the grades of the three steps (null = step not taken). */
    record Person(
            String name,
            @Nullable Grade self,
            @Nullable Grade appraised,
            @Nullable Grade decided) {}

    record Built(Cycle cycle, Who boss, long collective, List<Long> members, List<Who> people) {}

    private AppraisalScenario() {}

    static Built build(
            Appraisals appraisals,
            AppraisalFixtures.Opener opener,
            long unit,
            String kind,
            String period,
            Grade collectiveGrade,
            List<Person> persons) {
        Who boss = who(AppraisalFixtures.uniqueUser("boss"), unit, Role.ORG_STAFF, Role.UNIT_HEAD, Role.COMMITTEE);
        Cycle c = opener.open(unit, kind, period, "ND335", null);
        long coll = as(
                boss,
                () -> appraisals.addMember(
                        c.id(), "COLLECTIVE", unit, null, null, boss.username(), "Tập thể " + c.targetGroup(), null));
        run(boss, () -> appraisals.selfAssess(coll, 90, collectiveGrade, "", true));
        run(boss, () -> appraisals.appraise(coll, collectiveGrade, ""));
        run(boss, () -> appraisals.decide(coll, collectiveGrade, "Báo cáo Mẫu 01", true));
        List<Long> ids = new ArrayList<>();
        List<Who> people = new ArrayList<>();
        for (Person p : persons) {
            Who w = who(AppraisalFixtures.uniqueUser("cb"), unit, Role.CADRE);
            ids.add(as(
                    boss,
                    () -> appraisals.addMember(
                            c.id(), "INDIVIDUAL", unit, null, null, w.username(), p.name(), "Chuyên viên")));
            people.add(w);
        }
        // Step by step for everyone, as a unit does it: the HTXSNV quota (EVAL-60) counts all the appraisals.
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            long m = ids.get(i);
            if (p.self() != null) {
                run(people.get(i), () -> appraisals.selfAssess(m, 80, p.self(), "", true));
            }
        }
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            long m = ids.get(i);
            if (p.appraised() != null) {
                run(boss, () -> appraisals.appraise(m, p.appraised(), ""));
            }
        }
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            long m = ids.get(i);
            if (p.decided() != null) {
                run(boss, () -> appraisals.decide(m, p.decided(), "Ghi chú " + p.name(), true));
            }
        }
        return new Built(c, boss, coll, ids, people);
    }
}
