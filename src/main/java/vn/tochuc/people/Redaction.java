package vn.tochuc.people;

/** Removes the sensitive fields of a record for readers who may not see them (NĐ 13/2023/NĐ-CP, Điều 2.4). */
final class Redaction {

    static final String HIDDEN = "—";

    private Redaction() {}

    static Person redact(Person p) {
        var o = p.origin();
        var origin = new Person.Origin(
                o.birthplace(), o.hometown(), o.ethnicity(), HIDDEN, o.permanentResidence(), o.currentAddress());
        var c = p.career();
        var career = new Person.Career(
                c.occupationAtRecruitment(),
                c.recruitmentDate(),
                c.recruitingOrg(),
                c.mainDuties(),
                c.strengths(),
                null,
                null,
                null);
        // The CCCD number is personal identification data: hidden with its date of issue.
        return new Person(
                p.id(),
                p.staffNumber(),
                null,
                null,
                p.name(),
                p.otherNames(),
                p.dateOfBirth(),
                p.sex(),
                origin,
                p.education(),
                p.party(),
                career,
                new Person.Health(null, null, null, null),
                null,
                p.orgAssessment(),
                p.currentUnitId(),
                p.currentPosition());
    }
}
