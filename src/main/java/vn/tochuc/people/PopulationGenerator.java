package vn.tochuc.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.PersonName;

/**
 * Synthetic cadres: names by real frequencies, ages 23–60, hometowns and birthplaces from the real communes,
 * careers that start at recruitment (age 22–30) and move through the given units, political theory, state
 * management and Party history consistent with age. Deterministic for a seed. Not a Spring bean.
 *
 * <p>A post is held only in a unit in force at its start, under the name the unit bore then, and ends when the
 * unit ends (the career goes on in a unit in force the next day, as a restructuring moves people); the current
 * post is in a unit in force today. Units in force from the first date of the history are taken to have existed
 * before it (the history starts there, the units do not).
 */
final class PopulationGenerator {

    record Generated(Person person, List<Assignment> assignments, List<PersonEntry> entries) {}

    /** The first post: chuyên viên (a chức danh; its ngạch goes in the salary entries, item 31). */
    private static final String[] JUNIOR = {"Chuyên viên"};
    /** Posts (chức vụ) after a promotion; never a ngạch such as chuyên viên chính. */
    private static final String[] MIDDLE = {"Phó Trưởng phòng", "Trưởng phòng", "Phó Chánh Văn phòng", "Chánh Văn phòng"
    };

    private static final String[] SENIOR = {
        "Phó Trưởng ban",
        "Trưởng ban",
        "Phó Bí thư",
        "Bí thư",
        "Chủ tịch",
        "Phó Chủ tịch",
        "Giám đốc Sở",
        "Phó Giám đốc Sở"
    };
    /** The first post's title is also a civil-service grade (ngạch): a post's title, never a person's chức vụ. */
    private static final List<String> GRADES = List.of(JUNIOR[0]);

    private static final String[] FIELDS = {
        "Luật",
        "Kinh tế",
        "Quản lý nhà nước",
        "Xây dựng Đảng",
        "Sư phạm",
        "Công nghệ thông tin",
        "Tài chính - Ngân hàng",
        "Nông nghiệp",
        "Xã hội học",
        "Hành chính học"
    };
    private static final String[] SCHOOLS = {
        "Học viện Chính trị quốc gia Hồ Chí Minh",
        "Trường Đại học Luật Hà Nội",
        "Học viện Hành chính quốc gia",
        "Trường Đại học Kinh tế quốc dân",
        "Trường Đại học Huế",
        "Trường Đại học Sư phạm Hà Nội",
        "Học viện Báo chí và Tuyên truyền",
        "Trường Đại học Cần Thơ"
    };

    private final Random r;
    /** Units in force from each date on: the key is the first day of a period in which no unit starts or ends. */
    private final java.util.TreeMap<LocalDate, List<UnitSpan>> inForce = new java.util.TreeMap<>();

    private final java.util.Map<Long, UnitSpan> byId = new java.util.HashMap<>();
    /** "Chi bộ", the word before a body's name for the Party cell its members belong to (read once). */
    private final String partyCell = vn.tochuc.shared.Texts.vi("people.demo.partyCell");

    private final LocalDate today;
    private final boolean full;
    private final String prefix;
    private final int salt;

    /**
     * @param full also generate training, salary, award, discipline and family entries (demo); without it only
     *     the person and their work history (benchmark load)
     */
    PopulationGenerator(long seed, List<OrgDirectory.UnitRef> units, LocalDate today, boolean full, String prefix) {
        this(units.stream().map(UnitSpan::always).toList(), seed, today, full, prefix);
    }

    PopulationGenerator(List<UnitSpan> units, long seed, LocalDate today, boolean full, String prefix) {
        this.r = new Random(seed);
        LocalDate horizon =
                units.stream().map(UnitSpan::from).min(LocalDate::compareTo).orElse(LocalDate.MIN);
        java.util.TreeSet<LocalDate> starts = new java.util.TreeSet<>(List.of(LocalDate.MIN));
        for (UnitSpan u : units) {
            byId.put(u.id(), u);
            if (u.from().isAfter(horizon)) {
                starts.add(u.from());
            }
            if (u.to() != null) {
                starts.add(u.to());
            }
        }
        for (LocalDate d : starts) {
            LocalDate on = d.isBefore(horizon) ? horizon : d;
            List<UnitSpan> open = units.stream().filter(u -> u.inForceOn(on)).toList();
            if (open.isEmpty()) {
                throw new IllegalArgumentException("no unit in force from " + on);
            }
            inForce.put(d, open);
        }
        this.today = today;
        this.full = full;
        this.prefix = prefix;
        this.salt = r.nextInt(1_000_000);
    }

    Generated next(long serial) {
        Sex sex = r.nextInt(100) < 45 ? Sex.F : Sex.M;
        PersonName name = new PersonName(
                NameFrequencies.SURNAMES.pick(r),
                (sex == Sex.F ? NameFrequencies.FEMALE_MIDDLE : NameFrequencies.MALE_MIDDLE).pick(r),
                (sex == Sex.F ? NameFrequencies.FEMALE_GIVEN : NameFrequencies.MALE_GIVEN).pick(r));
        int age = 23 + r.nextInt(38);
        LocalDate dob = today.minusYears(age).minusDays(r.nextInt(365));
        var hometown = Localities.random(r);
        var birthplace = r.nextInt(100) < 70 ? hometown : Localities.random(r);
        // a recruitment decision takes effect on the first of a month, any month, not on the birthday
        LocalDate recruited = dob.plusYears(22 + r.nextInt(9)).withDayOfMonth(1).plusMonths(1 + r.nextInt(11));
        if (recruited.isAfter(today)) {
            recruited = today.minusMonths(1).withDayOfMonth(1);
        }
        boolean member = age >= 25 && r.nextInt(100) < 72;
        LocalDate join = member
                ? min(
                        dob.plusYears(20 + r.nextInt(Math.max(1, Math.min(15, age - 21))))
                                .plusDays(r.nextInt(365)),
                        today.minusYears(1))
                : null;
        LocalDate official = join == null ? null : join.plusYears(1);
        Levels.Theory theory = theory(age);
        Levels.StateMgmt mgmt = age < 30
                ? Levels.StateMgmt.NONE
                : age < 40
                        ? Levels.StateMgmt.CHUYEN_VIEN
                        : r.nextBoolean() ? Levels.StateMgmt.CHUYEN_VIEN_CHINH : Levels.StateMgmt.CHUYEN_VIEN_CAO_CAP;
        String field = FIELDS[r.nextInt(FIELDS.length)];
        List<Assignment> career = career(age, recruited);
        Assignment current = career.get(career.size() - 1);
        String ethnicity = NameFrequencies.ETHNICITY.pick(r);
        String cccd = Cccd.make(birthplace.provinceCode(), sex, dob.getYear(), salt + serial);
        Person p = new Person(
                0,
                prefix + serial,
                cccd,
                today.minusYears(r.nextInt(5)).minusDays(r.nextInt(365)),
                name,
                null,
                dob,
                sex,
                new Person.Origin(
                        new Person.Locality(birthplace.code(), birthplace.name()),
                        new Person.Locality(hometown.code(), hometown.name()),
                        ethnicity,
                        NameFrequencies.RELIGION.pick(r),
                        hometown.name(),
                        hometown.name()),
                new Person.Education(
                        "12/12",
                        age > 35 && r.nextInt(4) == 0 ? Levels.Professional.THAC_SI : Levels.Professional.DAI_HOC,
                        field,
                        theory,
                        mgmt,
                        r.nextBoolean() ? Levels.ForeignLanguage.BAC_3 : Levels.ForeignLanguage.BAC_4,
                        vn.tochuc.shared.Texts.vi("people.demo.language"),
                        Levels.It.CO_BAN),
                new Person.Party(
                        join,
                        official,
                        member ? partyOrganization(current) : null,
                        dob.plusYears(16).plusDays(r.nextInt(700)),
                        null,
                        null,
                        null,
                        null),
                new Person.Career(
                        field.equals("Sư phạm") ? "Giáo viên" : "Chuyên viên",
                        recruited,
                        career.get(0).unitName(),
                        "Tham mưu, tổng hợp",
                        null,
                        null,
                        null,
                        String.format("%010d", (salt + serial) % 10_000_000_000L)),
                new Person.Health(
                        "Tốt",
                        sex == Sex.F ? 150 + r.nextInt(20) : 160 + r.nextInt(20),
                        sex == Sex.F ? 45 + r.nextInt(15) : 55 + r.nextInt(20),
                        new String[] {"O", "A", "B", "AB"}[r.nextInt(4)]),
                null,
                null,
                current.unitId(),
                leader(current.positionTitle()) ? current.positionTitle() : null);
        return new Generated(p, career, full ? entries(p, field, recruited, age) : List.of());
    }

    private Levels.Theory theory(int age) {
        int x = r.nextInt(100);
        if (age < 30) {
            return x < 60 ? Levels.Theory.NONE : Levels.Theory.SO_CAP;
        }
        if (age < 40) {
            return x < 20 ? Levels.Theory.SO_CAP : x < 90 ? Levels.Theory.TRUNG_CAP : Levels.Theory.CAO_CAP;
        }
        return x < 50 ? Levels.Theory.TRUNG_CAP : x < 92 ? Levels.Theory.CAO_CAP : Levels.Theory.CU_NHAN;
    }

    private List<Assignment> career(int age, LocalDate recruited) {
        int steps = 1 + Math.min(3, r.nextInt(Math.max(1, (age - 22) / 8 + 1)));
        List<Assignment> list = new ArrayList<>(steps + 2);
        LocalDate from = recruited;
        long span = Math.max(steps, java.time.temporal.ChronoUnit.DAYS.between(recruited, today));
        int i = 0;
        String title = JUNIOR[r.nextInt(JUNIOR.length)];
        while (true) {
            List<UnitSpan> open = inForce.floorEntry(from).getValue();
            UnitSpan unit = open.get(r.nextInt(open.size()));
            LocalDate planned = i == steps - 1 ? null : appointmentEve(from.plusDays(span / steps), from);
            LocalDate end = planned;
            boolean cut = unit.to() != null && (end == null || !unit.to().isAfter(end));
            if (cut) {
                end = unit.to().minusDays(1);
            }
            list.add(new Assignment(0, 0, unit.id(), unit.nameOn(from), title, null, false, from, end, null, false));
            if (end == null) {
                return list;
            }
            from = end.plusDays(1);
            if (!cut) {
                // a post cut short by its unit's end goes on, same title, in a unit in force the next day
                i++;
                title = age > 45 && i == steps - 1
                        ? SENIOR[r.nextInt(SENIOR.length)]
                        : MIDDLE[r.nextInt(MIDDLE.length)];
            }
        }
    }

    /**
     * The last day before an appointment near {@code around}: appointments take effect on the 1st or the 15th of
     * a month, so the next post starts on one of those days; never before {@code from}.
     */
    private LocalDate appointmentEve(LocalDate around, LocalDate from) {
        LocalDate day = around.withDayOfMonth(r.nextBoolean() ? 1 : 15);
        return day.isAfter(from.plusDays(1)) ? day.minusDays(1) : around;
    }

    /** A leadership post (chức vụ); a civil-service grade (ngạch) such as chuyên viên is not one. */
    private static boolean leader(String title) {
        return !GRADES.contains(title);
    }

    /** Where a member's Party life is held: the unit itself when it is a Party organization, else its chi bộ. */
    private String partyOrganization(Assignment current) {
        UnitSpan unit = byId.get(current.unitId());
        String name = unit.nameOn(today);
        return unit.partyOrganization() ? name : partyCell + " " + name;
    }

    private List<PersonEntry> entries(Person p, String field, LocalDate recruited, int age) {
        List<PersonEntry> list = new ArrayList<>();
        LocalDate uniFrom = p.dateOfBirth().plusYears(18).withMonth(9).withDayOfMonth(1);
        list.add(PersonEntry.of(
                PersonEntry.Kind.TRAINING,
                uniFrom,
                uniFrom.plusYears(4).minusMonths(3),
                SCHOOLS[r.nextInt(SCHOOLS.length)],
                field,
                "Chính quy",
                null,
                null,
                null,
                "Cử nhân"));
        if (p.education().theory() != Levels.Theory.NONE) {
            LocalDate t = min(recruited.plusYears(3 + r.nextInt(5)), today.minusMonths(2));
            list.add(PersonEntry.of(
                    PersonEntry.Kind.TRAINING,
                    t,
                    t.plusMonths(8),
                    "Trường Chính trị tỉnh",
                    "Lý luận chính trị",
                    "Tại chức",
                    null,
                    null,
                    null,
                    p.education().theory().label()));
        }
        BigDecimal coef = new BigDecimal("2.34");
        int step = 1;
        for (LocalDate d = recruited; d.isBefore(today); d = d.plusYears(3), step++) {
            list.add(PersonEntry.of(
                    PersonEntry.Kind.SALARY, d, null, "Chuyên viên", "01.003", null, "01.003", coef, step, null));
            coef = coef.add(new BigDecimal("0.33"));
            if (step >= 9) {
                break;
            }
        }
        int awards = r.nextInt(3);
        for (int i = 0; i < awards; i++) {
            LocalDate d = min(recruited.plusYears(2 + r.nextInt(Math.max(1, age - 24))), today.minusMonths(1));
            list.add(PersonEntry.of(
                    PersonEntry.Kind.AWARD,
                    d,
                    null,
                    r.nextBoolean() ? "Giấy khen" : "Bằng khen",
                    "Hoàn thành xuất sắc nhiệm vụ năm " + (d.getYear() - 1),
                    "Ủy ban nhân dân tỉnh",
                    null,
                    null,
                    d.getYear() - 1,
                    null));
        }
        if (r.nextInt(100) < 3) {
            LocalDate d = min(recruited.plusYears(1 + r.nextInt(Math.max(1, age - 23))), today.minusMonths(1));
            list.add(PersonEntry.of(
                    PersonEntry.Kind.DISCIPLINE,
                    d,
                    null,
                    "Khiển trách",
                    "Vi phạm quy chế làm việc",
                    "Ủy ban kiểm tra",
                    null,
                    null,
                    d.getYear(),
                    null));
        }
        int by = p.dateOfBirth().getYear();
        list.add(family(
                "Bố", NameFrequencies.MALE_GIVEN, p.name().surname(), "Văn", by - 25 - r.nextInt(8), "Nông dân", p));
        list.add(family(
                "Mẹ",
                NameFrequencies.FEMALE_GIVEN,
                NameFrequencies.SURNAMES.pick(r),
                "Thị",
                by - 22 - r.nextInt(8),
                "Nội trợ",
                p));
        if (age > 26) {
            boolean husband = p.sex() == Sex.F;
            list.add(family(
                    husband ? "Chồng" : "Vợ",
                    husband ? NameFrequencies.MALE_GIVEN : NameFrequencies.FEMALE_GIVEN,
                    NameFrequencies.SURNAMES.pick(r),
                    husband ? "Văn" : "Thị",
                    by + r.nextInt(5) - 2,
                    "Viên chức",
                    p));
        }
        return list;
    }

    private PersonEntry family(
            String relation,
            NameFrequencies.Weighted given,
            String surname,
            String middle,
            int year,
            String occupation,
            Person p) {
        return PersonEntry.of(
                PersonEntry.Kind.FAMILY,
                null,
                null,
                relation,
                surname + " " + middle + " " + given.pick(r),
                occupation,
                "SELF",
                null,
                year,
                p.origin().hometown().name());
    }

    private static LocalDate min(LocalDate a, @Nullable LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }
}
