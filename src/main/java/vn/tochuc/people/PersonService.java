package vn.tochuc.people;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.NotFoundException;

/** Writes to person records: every one scope-checked, validated whole, and audit-logged in its transaction. */
@Service
class PersonService {

    private final PersonRepository persons;
    private final AssignmentRepository assignments;
    private final EntryRepository entries;
    private final PlacementRepository placements;
    private final OrgDirectory directory;
    private final UnitScopes scopes;
    private final AuditLog audit;

    PersonService(
            PersonRepository persons,
            AssignmentRepository assignments,
            EntryRepository entries,
            PlacementRepository placements,
            OrgDirectory directory,
            UnitScopes scopes,
            AuditLog audit) {
        this.placements = placements;
        this.persons = persons;
        this.assignments = assignments;
        this.entries = entries;
        this.directory = directory;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** Creates a person with a first main assignment at {@code currentUnitId} from {@code from}. */
    @Transactional
    long create(Person p, LocalDate from, List<PersonEntry> list) {
        scopes.require(p.currentUnitId());
        PersonValidation.check(p).ifPresent(msg -> {
            throw new BadInputException(msg);
        });
        if (p.idNumber() != null
                && !persons.idsByIdNumber(List.of(p.idNumber())).isEmpty()) {
            throw new BadInputException("Số CCCD " + p.idNumber() + " đã có trong hồ sơ khác.");
        }
        long id = persons.insert(p);
        assignments.insert(new Assignment(
                0,
                id,
                p.currentUnitId(),
                unitName(p.currentUnitId()),
                p.currentPosition() == null ? "" : p.currentPosition(),
                null,
                false,
                from,
                null,
                null,
                false));
        entries.insertBatch(list.stream().map(e -> withPerson(e, id)).toList());
        audit.record(AuditEntry.write(
                CurrentUser.name(), "CREATE", People.TARGET, id, p.currentUnitId(), null, p.toString(), null));
        return id;
    }

    /** Updates the single-valued fields; the unit only changes through {@link #transfer}. */
    @Transactional
    void update(Person changed) {
        Person old = persons.find(changed.id()).orElseThrow(() -> new NotFoundException("person " + changed.id()));
        scopes.require(old.currentUnitId());
        Person p = withUnit(changed, old.currentUnitId(), old.currentPosition());
        PersonValidation.check(p).ifPresent(msg -> {
            throw new BadInputException(msg);
        });
        persons.update(p);
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "UPDATE",
                People.TARGET,
                p.id(),
                p.currentUnitId(),
                old.toString(),
                p.toString(),
                null));
    }

    /** Điều động / bổ nhiệm: closes the open main assignment the day before {@code from} and opens the new one. */
    @Transactional
    void transfer(long personId, long unitId, String title, @Nullable String jobPosition, LocalDate from) {
        Person p = persons.find(personId).orElseThrow(() -> new NotFoundException("person " + personId));
        scopes.require(p.currentUnitId());
        scopes.require(unitId);
        if (title.isBlank()) {
            throw new BadInputException("Chức vụ (chức danh) không được để trống.");
        }
        for (Assignment a : assignments.ofPerson(personId)) {
            if (a.open() && !a.concurrent()) {
                if (!from.isAfter(a.from())) {
                    throw new BadInputException("Ngày bắt đầu phải sau ngày bắt đầu của chức vụ hiện tại.");
                }
                assignments.close(a.id(), from.minusDays(1), null);
            }
        }
        assignments.insert(new Assignment(
                0, personId, unitId, unitName(unitId), title, jobPosition, false, from, null, null, false));
        persons.update(withUnit(p, unitId, title));
        placements.resolve(personId, from);
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "TRANSFER",
                People.TARGET,
                personId,
                unitId,
                String.valueOf(p.currentUnitId()),
                String.valueOf(unitId),
                title));
    }

    String unitName(long unitId) {
        return directory
                .find(unitId)
                .map(OrgDirectory.UnitRef::name)
                .orElseThrow(() -> new BadInputException("Không có đơn vị mã số " + unitId + "."));
    }

    static PersonEntry withPerson(PersonEntry e, long personId) {
        return new PersonEntry(
                e.id(),
                personId,
                e.kind(),
                e.from(),
                e.to(),
                e.title(),
                e.detail(),
                e.body(),
                e.code(),
                e.amount(),
                e.year(),
                e.extra());
    }

    static Person withUnit(Person p, long unitId, @Nullable String position) {
        return new Person(
                p.id(),
                p.staffNumber(),
                p.idNumber(),
                p.idIssuedOn(),
                p.name(),
                p.otherNames(),
                p.dateOfBirth(),
                p.sex(),
                p.origin(),
                p.education(),
                p.party(),
                p.career(),
                p.health(),
                p.personalHistory(),
                p.orgAssessment(),
                unitId,
                position);
    }
}
