package vn.tochuc.people;

/** An imported row over an existing record: the template's columns replace, everything else is kept. */
final class ImportMerge {

    private ImportMerge() {}

    static Person merge(Person old, Person in) {
        var o = old.origin();
        var i = in.origin();
        var origin = new Person.Origin(
                i.birthplace().code() == null && i.birthplace().name() == null ? o.birthplace() : i.birthplace(),
                i.hometown().code() == null && i.hometown().name() == null ? o.hometown() : i.hometown(),
                i.ethnicity(),
                i.religion(),
                o.permanentResidence(),
                o.currentAddress());
        var oe = old.education();
        var ie = in.education();
        var education = new Person.Education(
                oe.general(),
                ie.professionalLevel() == Levels.Professional.NONE ? oe.professionalLevel() : ie.professionalLevel(),
                ie.professionalField() == null ? oe.professionalField() : ie.professionalField(),
                ie.theory(),
                ie.stateMgmt(),
                ie.foreignLanguage() == Levels.ForeignLanguage.NONE ? oe.foreignLanguage() : ie.foreignLanguage(),
                ie.languageName() == null ? oe.languageName() : ie.languageName(),
                ie.itLevel() == Levels.It.NONE ? oe.itLevel() : ie.itLevel());
        var op = old.party();
        var party = new Person.Party(
                in.party().joinDate(),
                in.party().officialDate(),
                op.organization(),
                op.massOrgJoinDate(),
                op.enlistDate(),
                op.dischargeDate(),
                op.militaryRank(),
                op.highestTitle());
        return new Person(
                old.id(),
                in.staffNumber() == null ? old.staffNumber() : in.staffNumber(),
                old.idNumber(),
                old.idIssuedOn(),
                in.name(),
                old.otherNames(),
                in.dateOfBirth(),
                in.sex(),
                origin,
                education,
                party,
                old.career(),
                old.health(),
                old.personalHistory(),
                old.orgAssessment(),
                in.currentUnitId(),
                in.currentPosition());
    }
}
