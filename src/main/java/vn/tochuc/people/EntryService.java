package vn.tochuc.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.NotFoundException;
import vn.tochuc.web.Role;

/**
 * Adds, changes and removes entries of the list sections of Mẫu 2C (training, past posts of the work history,
 * awards, discipline, family, salary) and the photo. Only ORG_STAFF whose scope covers the person's unit; each
 * write is validated whole before anything changes and audit-logged with the old and new entry.
 */
@Service
class EntryService {

    private final PersonRepository persons;
    private final EntryRepository entries;
    private final AssignmentRepository assignments;
    private final UnitScopes scopes;
    private final AuditLog audit;
    private final Clock clock = Clock.system(VnFormats.VIETNAM);

    EntryService(
            PersonRepository persons,
            EntryRepository entries,
            AssignmentRepository assignments,
            UnitScopes scopes,
            AuditLog audit) {
        this.persons = persons;
        this.entries = entries;
        this.assignments = assignments;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** Adds ({@code entryId} null) or changes an entry of a section; returns its id. */
    @Transactional
    long save(
            long personId, String section, @org.jspecify.annotations.Nullable Long entryId, Map<String, String> typed) {
        Person p = editable(personId);
        LocalDate today = LocalDate.now(clock);
        if (section.equals("work")) {
            Assignment a = EntryForm.parseWork(typed, personId, p.currentUnitId(), today);
            if (entryId == null) {
                assignments.insert(a);
                log(p, "ADD_WORK", null, a.toString());
                return 0;
            }
            Assignment old = past(personId, entryId);
            assignments.updatePast(new Assignment(
                    entryId,
                    personId,
                    old.unitId(),
                    a.unitName(),
                    a.positionTitle(),
                    a.jobPosition(),
                    old.concurrent(),
                    a.from(),
                    a.to(),
                    old.movedByEvent(),
                    old.needsReview()));
            log(p, "UPDATE_WORK", old.toString(), a.toString());
            return entryId;
        }
        PersonEntry e = PersonService.withPerson(EntryForm.parse(section, typed, today), personId);
        if (entryId == null) {
            entries.insertBatch(List.of(e));
            log(p, "ADD_" + e.kind(), null, e.toString());
            return 0;
        }
        PersonEntry old = entry(personId, section, entryId);
        PersonEntry changed = new PersonEntry(
                entryId,
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
        entries.update(changed);
        log(p, "UPDATE_" + e.kind(), old.toString(), changed.toString());
        return entryId;
    }

    @Transactional
    void delete(long personId, String section, long entryId) {
        Person p = editable(personId);
        if (section.equals("work")) {
            Assignment old = past(personId, entryId);
            assignments.delete(personId, entryId);
            log(p, "DELETE_WORK", old.toString(), null);
            return;
        }
        PersonEntry old = entry(personId, section, entryId);
        entries.delete(personId, entryId);
        log(p, "DELETE_" + old.kind(), old.toString(), null);
    }

    /** Stores the photo after {@link Photos#check}: JPEG or PNG by content, decodable, within the limits. */
    @Transactional
    void savePhoto(long personId, byte[] content) {
        Person p = editable(personId);
        String type = Photos.check(content);
        entries.savePhoto(personId, type, content);
        log(p, "PHOTO", null, type + ", " + content.length + " bytes");
    }

    /** The person, if the signed-in user may edit their record (403 otherwise). */
    Person editable(long personId) {
        CurrentUser.require(Role.ORG_STAFF);
        Person p = persons.find(personId).orElseThrow(() -> new NotFoundException("person " + personId));
        scopes.require(p.currentUnitId());
        return p;
    }

    private PersonEntry entry(long personId, String section, long entryId) {
        PersonEntry.Kind kind = EntryForm.kind(section);
        return entries.find(personId, entryId)
                .filter(e -> e.kind() == kind)
                .orElseThrow(() -> new NotFoundException("entry " + entryId));
    }

    /** A post of the work history that may be edited here: closed and not written by a restructuring. */
    private Assignment past(long personId, long id) {
        Assignment a = assignments.find(personId, id).orElseThrow(() -> new NotFoundException("assignment " + id));
        if (!a.editableHere()) {
            throw new BadInputException("Chức vụ đang giữ hoặc do sắp xếp tổ chức chuyển đến không sửa, xóa ở đây: "
                    + "dùng chức năng điều động.");
        }
        return a;
    }

    private void log(
            Person p,
            String action,
            @org.jspecify.annotations.Nullable String before,
            @org.jspecify.annotations.Nullable String after) {
        audit.record(AuditEntry.write(
                CurrentUser.name(), action, People.TARGET, p.id(), p.currentUnitId(), before, after, null));
    }
}
