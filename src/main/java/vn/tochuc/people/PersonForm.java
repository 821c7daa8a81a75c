package vn.tochuc.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.tochuc.shared.PersonName;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VietnameseText;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.ColumnLimits;

/**
 * The edit form of a person: every value as typed, so a refused form comes back exactly as entered with a
 * Vietnamese message next to each bad field. Never bound to the domain record directly.
 */
public final class PersonForm {

    /**
     * One input: name, message key of its label, HTML type, the value typed and its error, if any, and the
     * most characters it takes (its column's length, see {@link ColumnLimits}).
     */
    public record Field(
            String name,
            String label,
            String type,
            String value,
            @Nullable String error,
            List<String> options,
            int maxLength) {}

    static final List<String> NAMES = List.of(
            "fullName",
            "otherNames",
            "dateOfBirth",
            "sex",
            "idNumber",
            "idIssuedOn",
            "staffNumber",
            "ethnicity",
            "religion",
            "birthplaceCode",
            "birthplaceName",
            "hometownCode",
            "hometownName",
            "permanentResidence",
            "currentAddress",
            "occupationAtRecruitment",
            "recruitmentDate",
            "recruitingOrg",
            "mainDuties",
            "generalEducation",
            "professionalLevel",
            "professionalField",
            "theory",
            "stateMgmt",
            "languageName",
            "foreignLanguage",
            "itLevel",
            "partyJoinDate",
            "partyOfficialDate",
            "partyOrg",
            "health",
            "heightCm",
            "weightKg",
            "bloodType",
            "unitCode",
            "position",
            "positionFrom");
    private static final List<String> DATES = List.of(
            "dateOfBirth", "idIssuedOn", "recruitmentDate", "partyJoinDate", "partyOfficialDate", "positionFrom");
    private static final List<String> REQUIRED = List.of("fullName", "dateOfBirth", "sex", "ethnicity", "religion");
    static final List<String> CREATE_ONLY = List.of("unitCode", "position", "positionFrom");
    private static final List<String> NUMBERS = List.of("heightCm", "weightKg");
    /** dd/MM/yyyy, or yyyy-MM-dd. */
    private static final int DATE_LENGTH = 10;

    private static final int NUMBER_LENGTH = 6;

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final boolean creating;

    PersonForm(Map<String, String> typed, boolean creating) {
        NAMES.forEach(
                n -> values.put(n, VietnameseText.nfc(typed.getOrDefault(n, "")).strip()));
        this.creating = creating;
    }

    static PersonForm of(Person p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fullName", p.fullName());
        m.put("otherNames", ResumeText.s(p.otherNames()));
        m.put("dateOfBirth", ResumeText.d(p.dateOfBirth()));
        m.put("sex", p.sex().name());
        m.put("idNumber", ResumeText.s(p.idNumber()));
        m.put("idIssuedOn", ResumeText.d(p.idIssuedOn()));
        m.put("staffNumber", ResumeText.s(p.staffNumber()));
        var o = p.origin();
        m.put("ethnicity", o.ethnicity());
        m.put("religion", o.religion());
        m.put("birthplaceCode", ResumeText.s(o.birthplace().code()));
        m.put("birthplaceName", ResumeText.s(o.birthplace().name()));
        m.put("hometownCode", ResumeText.s(o.hometown().code()));
        m.put("hometownName", ResumeText.s(o.hometown().name()));
        m.put("permanentResidence", ResumeText.s(o.permanentResidence()));
        m.put("currentAddress", ResumeText.s(o.currentAddress()));
        var c = p.career();
        m.put("occupationAtRecruitment", ResumeText.s(c.occupationAtRecruitment()));
        m.put("recruitmentDate", ResumeText.d(c.recruitmentDate()));
        m.put("recruitingOrg", ResumeText.s(c.recruitingOrg()));
        m.put("mainDuties", ResumeText.s(c.mainDuties()));
        var e = p.education();
        m.put("generalEducation", ResumeText.s(e.general()));
        m.put("professionalLevel", e.professionalLevel().name());
        m.put("professionalField", ResumeText.s(e.professionalField()));
        m.put("theory", e.theory().name());
        m.put("stateMgmt", e.stateMgmt().name());
        m.put("languageName", ResumeText.s(e.languageName()));
        m.put("foreignLanguage", e.foreignLanguage().name());
        m.put("itLevel", e.itLevel().name());
        m.put("partyJoinDate", ResumeText.d(p.party().joinDate()));
        m.put("partyOfficialDate", ResumeText.d(p.party().officialDate()));
        m.put("partyOrg", ResumeText.s(p.party().organization()));
        m.put("health", ResumeText.s(p.health().status()));
        m.put("heightCm", ResumeText.s(p.health().heightCm()));
        m.put("weightKg", ResumeText.s(p.health().weightKg()));
        m.put("bloodType", ResumeText.s(p.health().bloodType()));
        return new PersonForm(m, false);
    }

    public List<Field> fields() {
        List<Field> list = new ArrayList<>();
        for (String n : NAMES) {
            if (!creating && CREATE_ONLY.contains(n)) {
                continue;
            }
            List<String> options = switch (n) {
                case "sex" -> List.of("M", "F");
                case "theory" ->
                    java.util.Arrays.stream(Levels.Theory.values())
                            .map(Enum::name)
                            .toList();
                case "professionalLevel" ->
                    java.util.Arrays.stream(Levels.Professional.values())
                            .map(Enum::name)
                            .toList();
                case "stateMgmt" ->
                    java.util.Arrays.stream(Levels.StateMgmt.values())
                            .map(Enum::name)
                            .toList();
                case "foreignLanguage" ->
                    java.util.Arrays.stream(Levels.ForeignLanguage.values())
                            .map(Enum::name)
                            .toList();
                case "itLevel" ->
                    java.util.Arrays.stream(Levels.It.values()).map(Enum::name).toList();
                default -> List.of();
            };
            list.add(new Field(
                    n,
                    "person.f." + n,
                    DATES.contains(n) ? "date" : options.isEmpty() ? "text" : "select",
                    values.get(n),
                    errors.get(n),
                    options,
                    maxLength(n)));
        }
        return list;
    }

    /** The column a text input is stored in ({@code table.column}), or null for dates, numbers and lists. */
    static @Nullable String column(String name) {
        return switch (name) {
            case "sex",
                    "theory",
                    "professionalLevel",
                    "stateMgmt",
                    "foreignLanguage",
                    "itLevel",
                    "heightCm",
                    "weightKg" -> null;
            case "unitCode" -> "org_unit.code";
            case "position" -> "people_person.current_position";
            default ->
                DATES.contains(name)
                        ? null
                        : "people_person." + name.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static int maxLength(String name) {
        String column = column(name);
        return column != null
                ? ColumnLimits.max(column)
                : DATES.contains(name) ? DATE_LENGTH : NUMBERS.contains(name) ? NUMBER_LENGTH : 0;
    }

    public boolean creating() {
        return creating;
    }

    public Map<String, String> errors() {
        return errors;
    }

    /**
     * The person the form describes, or null with {@link #errors()} filled. {@code unitByCode} resolves (and
     * scope-checks) the unit code on creation.
     */
    @Nullable
    Person toPerson(
            long id, long currentUnit, @Nullable String currentPosition, Function<String, @Nullable Long> unitByCode) {
        REQUIRED.forEach(n -> {
            if (values.get(n).isEmpty()) {
                errors.put(n, Texts.t("people.err.required"));
            }
        });
        // Every text is checked against the length of its column before anything reaches the database.
        NAMES.forEach(n -> {
            String column = column(n);
            String tooLong = column == null ? null : ColumnLimits.problem(column, values.get(n));
            if (tooLong != null) {
                errors.put(n, tooLong);
            }
        });
        if (!errors.containsKey("fullName") && !values.get("fullName").isEmpty()) {
            PersonName name = PersonName.parse(values.get("fullName"));
            Map.of(
                            "people_person.surname",
                            name.surname(),
                            "people_person.middle_name",
                            name.middle(),
                            "people_person.given_name",
                            name.given())
                    .forEach((column, part) -> {
                        String tooLong = ColumnLimits.problem(column, part);
                        if (tooLong != null) {
                            errors.putIfAbsent("fullName", tooLong);
                        }
                    });
        }
        Map<String, @Nullable LocalDate> dates = new LinkedHashMap<>();
        for (String n : DATES) {
            dates.put(n, date(n));
        }
        Sex sex = null;
        try {
            sex = values.get("sex").isEmpty() ? null : Sex.valueOf(values.get("sex"));
        } catch (IllegalArgumentException e) {
            errors.put("sex", Texts.t("people.err.sex"));
        }
        String ethnicity = values.get("ethnicity").isEmpty() ? null : Levels.ethnicity(values.get("ethnicity"));
        if (ethnicity == null && !values.get("ethnicity").isEmpty()) {
            errors.put("ethnicity", Texts.t("people.err.ethnicity"));
        }
        Levels.Theory theory = Levels.theory(values.get("theory").isEmpty() ? "NONE" : values.get("theory"));
        Levels.Professional professional = Levels.professional(
                values.get("professionalLevel").isEmpty() ? "NONE" : values.get("professionalLevel"));
        Levels.StateMgmt mgmt = Levels.stateMgmt(values.get("stateMgmt").isEmpty() ? "NONE" : values.get("stateMgmt"));
        Levels.ForeignLanguage language = Levels.foreignLanguage(
                values.get("foreignLanguage").isEmpty() ? "NONE" : values.get("foreignLanguage"));
        Levels.It it = Levels.it(values.get("itLevel").isEmpty() ? "NONE" : values.get("itLevel"));
        if (language == null) {
            errors.put("foreignLanguage", vn.tochuc.shared.Texts.t("person.e.notInList"));
        }
        if (it == null) {
            errors.put("itLevel", vn.tochuc.shared.Texts.t("person.e.notInList"));
        }
        Integer height = number("heightCm");
        Integer weight = number("weightKg");
        long unit = currentUnit;
        String position = currentPosition;
        if (creating) {
            Long u = values.get("unitCode").isEmpty() ? null : unitByCode.apply(values.get("unitCode"));
            if (u == null) {
                errors.put("unitCode", Texts.t("people.err.unitCode"));
            } else {
                unit = u;
            }
            position = opt("position");
            if (position == null) {
                errors.put("position", Texts.t("people.err.required"));
            }
            if (dates.get("positionFrom") == null && !errors.containsKey("positionFrom")) {
                errors.put("positionFrom", Texts.t("people.err.required"));
            }
        }
        if (!errors.isEmpty()
                || sex == null
                || ethnicity == null
                || theory == null
                || mgmt == null
                || professional == null
                || language == null
                || it == null) {
            return null;
        }
        String idNumber = opt("idNumber");
        LocalDate dob = dates.get("dateOfBirth");
        if (idNumber != null) {
            Cccd.problem(idNumber, dob, sex).ifPresent(m -> errors.put("idNumber", m));
        }
        Person p = new Person(
                id,
                opt("staffNumber"),
                idNumber,
                dates.get("idIssuedOn"),
                PersonName.parse(values.get("fullName")),
                opt("otherNames"),
                dob,
                sex,
                new Person.Origin(
                        new Person.Locality(opt("birthplaceCode"), opt("birthplaceName")),
                        new Person.Locality(opt("hometownCode"), opt("hometownName")),
                        ethnicity,
                        values.get("religion"),
                        opt("permanentResidence"),
                        opt("currentAddress")),
                new Person.Education(
                        opt("generalEducation"),
                        professional,
                        opt("professionalField"),
                        theory,
                        mgmt,
                        language,
                        opt("languageName"),
                        it),
                new Person.Party(
                        dates.get("partyJoinDate"),
                        dates.get("partyOfficialDate"),
                        opt("partyOrg"),
                        null,
                        null,
                        null,
                        null,
                        null),
                new Person.Career(
                        opt("occupationAtRecruitment"),
                        dates.get("recruitmentDate"),
                        opt("recruitingOrg"),
                        opt("mainDuties"),
                        null,
                        null,
                        null,
                        null),
                new Person.Health(opt("health"), height, weight, opt("bloodType")),
                null,
                null,
                unit,
                position);
        PersonValidation.check(p).ifPresent(m -> errors.put("fullName", m));
        return errors.isEmpty() ? p : null;
    }

    @Nullable
    LocalDate positionFrom() {
        return VnFormats.tryParseDate(values.get("positionFrom")).orElse(null);
    }

    private @Nullable LocalDate date(String n) {
        String v = values.get(n);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return VnFormats.parseDate(v);
        } catch (VnFormats.InvalidDateException e) {
            errors.put(n, e.getMessage());
            return null;
        }
    }

    private @Nullable Integer number(String n) {
        String v = values.get(n);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            errors.put(n, Texts.t("people.err.integer"));
            return null;
        }
    }

    private @Nullable String opt(String n) {
        String v = values.get(n);
        return v.isEmpty() ? null : v;
    }
}
