package vn.tochuc.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.web.CurrentUser;

/**
 * Imports people from the Excel template: every row is validated first; if any cell is wrong nothing is written
 * and an error file is kept. Otherwise all rows are written in one transaction, matched by CCCD: a known CCCD
 * updates that person (and moves their assignment if unit or post changed), so importing a file twice changes
 * nothing the second time.
 */
@Service
class ImportService {

    private static final int CHUNK = 1_000;

    private final ImportRepository imports;
    private final PersonRepository persons;
    private final AssignmentRepository assignments;
    private final OrgDirectory directory;
    private final UnitScopes scopes;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final People people;

    ImportService(
            ImportRepository imports,
            PersonRepository persons,
            AssignmentRepository assignments,
            OrgDirectory directory,
            UnitScopes scopes,
            AuditLog audit,
            TransactionTemplate tx,
            People people) {
        this.people = people;
        this.imports = imports;
        this.persons = persons;
        this.assignments = assignments;
        this.directory = directory;
        this.scopes = scopes;
        this.audit = audit;
        this.tx = tx;
    }

    long upload(String fileName, byte[] content) {
        return imports.store(CurrentUser.name(), fileName, content);
    }

    /** Validates and applies an upload; {@code progress} gets (done, total) and {@code cancelled} is polled. */
    ImportOutcome run(long importId, BiConsumer<Long, Long> progress, BooleanSupplier cancelled) {
        var upload = imports.find(importId).orElseThrow();
        var scope = CurrentUser.scope();
        var reader = new ImportReader(
                code -> directory.findByCode("ORGANIZATION", code).filter(u -> scopes.covers(scope, u.id())));
        ImportReader.Result read = reader.read(upload.content());
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        int total = read.rows().size();
        progress.accept((long) total / 2, (long) total);
        ImportOutcome outcome;
        if (problems.isEmpty()) {
            try {
                outcome = tx.execute(s -> apply(importId, read.rows(), problems, progress, cancelled));
            } catch (ImportRefused refused) {
                outcome = refused.outcome;
            } catch (org.springframework.dao.DataIntegrityViolationException clash) {
                outcome = new ImportOutcome(
                        importId,
                        total,
                        0,
                        0,
                        List.of(new ImportProblem(
                                0,
                                null,
                                "Số hiệu cán bộ hoặc số CCCD trùng với hồ sơ đã có; không có thay đổi nào được lưu.")));
            }
        } else {
            outcome = new ImportOutcome(importId, total, 0, 0, List.copyOf(problems));
        }
        ImportOutcome done = outcome;
        tx.executeWithoutResult(s -> imports.finish(
                done, done.accepted() ? null : ImportWorkbooks.errors(upload.content(), done.problems())));
        return done;
    }

    private ImportOutcome apply(
            long importId,
            List<ImportReader.Row2C> rows,
            List<ImportProblem> problems,
            BiConsumer<Long, Long> progress,
            BooleanSupplier cancelled) {
        int created = 0;
        int updated = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<ImportReader.Row2C> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<String, Long> known = persons.idsByIdNumber(
                    chunk.stream().map(r -> r.person().idNumber()).toList());
            Map<Long, Person> existing = new HashMap<>();
            persons.findAll(known.values()).forEach(p -> existing.put(p.id(), p));
            List<Person> fresh = new ArrayList<>();
            List<Person> changed = new ArrayList<>();
            List<ImportReader.Row2C> freshRows = new ArrayList<>();
            for (ImportReader.Row2C r : chunk) {
                Long id = known.get(r.person().idNumber());
                if (id == null) {
                    fresh.add(r.person());
                    freshRows.add(r);
                    continue;
                }
                Person old = existing.get(id);
                if (!scopes.covers(CurrentUser.scope(), old.currentUnitId())) {
                    problems.add(new ImportProblem(
                            r.row(),
                            ImportColumns.ID_NUMBER.letter(),
                            "Người có số CCCD " + r.person().idNumber() + " thuộc đơn vị ngoài phạm vi được giao."));
                    continue;
                }
                Person merged = ImportMerge.merge(old, r.person());
                if (!merged.equals(old)) {
                    changed.add(merged);
                    moveIfNeeded(old, merged, r);
                    updated++;
                }
            }
            persons.insertBatch(fresh);
            Map<String, Long> ids =
                    persons.idsByIdNumber(fresh.stream().map(Person::idNumber).toList());
            List<Assignment> first = freshRows.stream()
                    .map(r -> new Assignment(
                            0,
                            ids.get(r.person().idNumber()),
                            r.person().currentUnitId(),
                            unitName(r.person().currentUnitId()),
                            r.person().currentPosition(),
                            null,
                            false,
                            r.positionFrom(),
                            null,
                            null,
                            false))
                    .toList();
            assignments.insertBatch(first);
            persons.updateBatch(changed);
            created += fresh.size();
            progress.accept((long) rows.size() / 2 + (from + chunk.size()) / 2, (long) rows.size());
            if (cancelled.getAsBoolean()) {
                problems.add(new ImportProblem(0, null, "Việc nhập đã bị hủy; không có thay đổi nào được lưu."));
            }
            if (!problems.isEmpty()) {
                throw new ImportRefused(new ImportOutcome(importId, rows.size(), 0, 0, List.copyOf(problems)));
            }
        }
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "IMPORT",
                People.TARGET,
                null,
                null,
                null,
                null,
                "tệp #" + importId + ": " + created + " thêm mới, " + updated + " cập nhật"));
        return new ImportOutcome(importId, rows.size(), created, updated, List.of());
    }

    private void moveIfNeeded(Person old, Person merged, ImportReader.Row2C r) {
        if (old.currentUnitId() == merged.currentUnitId()
                && java.util.Objects.equals(old.currentPosition(), merged.currentPosition())) {
            return;
        }
        for (Assignment a : assignments.ofPerson(old.id())) {
            if (a.open() && !a.concurrent()) {
                assignments.close(
                        a.id(),
                        r.positionFrom().isAfter(a.from()) ? r.positionFrom().minusDays(1) : a.from(),
                        null);
            }
        }
        assignments.insert(new Assignment(
                0,
                old.id(),
                merged.currentUnitId(),
                unitName(merged.currentUnitId()),
                merged.currentPosition() == null ? "" : merged.currentPosition(),
                null,
                false,
                r.positionFrom(),
                null,
                null,
                false));
    }

    private String unitName(long unitId) {
        String name = people.unitName(unitId);
        return name == null ? "#" + unitId : name;
    }

    /** Rolls the import transaction back, carrying the outcome to report. */
    static final class ImportRefused extends RuntimeException {

        final transient ImportOutcome outcome;

        ImportRefused(ImportOutcome outcome) {
            super("import refused", null, false, false);
            this.outcome = outcome;
        }
    }
}
