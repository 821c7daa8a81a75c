package vn.tochuc.appraisal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.evaluation.Evaluations;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.shared.Texts;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.NotFoundException;
import vn.tochuc.web.Role;

/**
 * The work-product catalogue and work items (EVAL-52..56, KPI-04): a head assigns, the cadre logs, the head
 * confirms quality and timeliness, the competent level approves an objective cause.
 */
@Service
class WorkItems {

    static final String ITEM = "APPR_WORK_ITEM";

    private final WorkRepository work;
    private final CycleRepository cycles;
    private final Appraisals appraisals;
    private final Evaluations evaluations;
    private final UnitScopes scopes;
    private final AuditLog audit;

    WorkItems(
            WorkRepository work,
            CycleRepository cycles,
            Appraisals appraisals,
            Evaluations evaluations,
            UnitScopes scopes,
            AuditLog audit) {
        this.work = work;
        this.cycles = cycles;
        this.appraisals = appraisals;
        this.evaluations = evaluations;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** Adds a product to a job position's catalogue (ORG_STAFF); group A, B, C or D as in KPI-04. */
    @Transactional
    long addProduct(String jobPosition, String code, String name, String group, double factor) {
        CycleGuards.require(Role.ORG_STAFF);
        if (!group.matches("[ABCD]") || factor <= 0 || factor > 100 || jobPosition.isBlank() || code.isBlank()) {
            throw new BadInputException(Texts.t("apprc.work.productRequired"));
        }
        long id = work.insertProduct(jobPosition.trim(), code.trim(), name.trim(), group, factor);
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "APPR_PRODUCT_ADD",
                "APPR_PRODUCT",
                id,
                null,
                null,
                jobPosition + "/" + code + " x" + factor,
                name));
        return id;
    }

    @Transactional(readOnly = true)
    List<Product> products(String jobPosition) {
        return work.products(jobPosition);
    }

    /** A head assigns an item for the cycle's period; the converted quantity is quantity × factor (EVAL-52). */
    @Transactional
    long assign(long memberId, long productId, String title, double quantity, LocalDate due) {
        CycleGuards.require(Role.UNIT_HEAD);
        Member m = appraisals.member(memberId);
        scopes.require(m.unitId());
        Cycle c = cycles.cycle(m.cycleId()).orElseThrow();
        Product p = work.product(productId).orElseThrow(() -> new NotFoundException("product " + productId));
        if (m.jobPosition() != null && !m.jobPosition().equals(p.jobPosition())) {
            throw new BadInputException(Texts.t("apprc.work.productNotInCatalog", p.name(), m.jobPosition()));
        }
        if (quantity <= 0 || due.isBefore(c.periodStart()) || due.isAfter(c.periodEnd())) {
            throw new BadInputException(Texts.t("apprc.work.itemRequired", c.periodCode()));
        }
        long id = work.insertItem(
                memberId,
                productId,
                title.isBlank() ? p.name() : title.trim(),
                quantity,
                quantity * p.factor(),
                due,
                CurrentUser.name());
        audit.record(AuditEntry.write(
                CurrentUser.name(), "APPR_ITEM_ASSIGN", ITEM, id, m.unitId(), null, p.code() + " x" + quantity, title));
        return id;
    }

    @Transactional(readOnly = true)
    List<WorkItem> items(long memberId) {
        Member m = appraisals.member(memberId);
        if (!m.username().equals(CurrentUser.name())) {
            scopes.require(m.unitId());
        }
        return work.items(memberId);
    }

    /** The cadre logs what was done (own items only). */
    @Transactional
    void log(long itemId, double done, LocalDate on, @Nullable String note) {
        WorkItem w = item(itemId);
        Member m = appraisals.member(w.memberId());
        if (!m.username().equals(CurrentUser.name())) {
            throw new AccessDeniedException("not the owner of work item " + itemId);
        }
        if (w.confirmedBy() != null) {
            throw new BadInputException(Texts.t("apprc.work.confirmed", w.title()));
        }
        if (done < 0) {
            throw new BadInputException(Texts.t("apprc.work.doneNegative"));
        }
        work.log(itemId, done, on, note);
        audit.record(AuditEntry.write(
                CurrentUser.name(), "APPR_ITEM_LOG", ITEM, itemId, m.unitId(), null, done + " " + on, note));
    }

    /** The head confirms quality (pass, major errors; EVAL-54) and timeliness (delays; EVAL-55). */
    @Transactional
    void confirm(long itemId, boolean pass, int majorErrors, int delays) {
        CycleGuards.require(Role.UNIT_HEAD);
        WorkItem w = item(itemId);
        Member m = appraisals.member(w.memberId());
        scopes.require(m.unitId());
        if (w.doneQuantity() == null) {
            throw new BadInputException(Texts.t("apprc.work.notReported", w.title()));
        }
        if (majorErrors < 0 || delays < 0) {
            throw new BadInputException(Texts.t("apprc.work.errorsNegative"));
        }
        work.confirm(itemId, pass, majorErrors, delays, CurrentUser.name());
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "APPR_ITEM_CONFIRM",
                ITEM,
                itemId,
                m.unitId(),
                null,
                (pass ? "PASS" : "FAIL") + " errors=" + majorErrors + " delays=" + delays,
                null));
    }

    /**
     * An objective cause: stated by the cadre or the head, approved by the competent level (COMMITTEE), which
     * removes the deductions of EVAL-54 and EVAL-55.
     */
    @Transactional
    void approveCause(long itemId, String cause) {
        CycleGuards.require(Role.COMMITTEE);
        WorkItem w = item(itemId);
        Member m = appraisals.member(w.memberId());
        scopes.require(m.unitId());
        if (cause.isBlank()) {
            throw new BadInputException(Texts.t("apprc.work.causeRequired", w.title()));
        }
        work.cause(itemId, cause.trim(), true, CurrentUser.name());
        audit.record(AuditEntry.write(
                CurrentUser.name(), "APPR_ITEM_CAUSE", ITEM, itemId, m.unitId(), null, cause, "EVAL-54/EVAL-55"));
    }

    /** Quantity, quality, timeliness and task points of a member, with the parameters of the cycle's pack. */
    @Transactional(readOnly = true)
    TaskResult result(long memberId) {
        Member m = appraisals.member(memberId);
        Cycle c = cycles.cycle(m.cycleId()).orElseThrow();
        List<WorkItemPolicy.Item> list =
                items(memberId).stream().map(WorkItemPolicy.Item::of).toList();
        return WorkItemPolicy.forPack(evaluations.pack(c.packCode(), c.packVersion()))
                .compute(list);
    }

    /**
     * Task results of many members of one cycle (already scope-checked by the caller) with one items query and
     * the cycle's pack read once: what a page of a cycle or of the results API shows.
     */
    @Transactional(readOnly = true)
    java.util.Map<Long, TaskResult> results(Cycle c, List<Member> members) {
        WorkItemPolicy policy = WorkItemPolicy.forPack(evaluations.pack(c.packCode(), c.packVersion()));
        java.util.Map<Long, List<WorkItemPolicy.Item>> by = new java.util.HashMap<>();
        for (WorkItem w : work.itemsOf(members.stream().map(Member::id).toList())) {
            by.computeIfAbsent(w.memberId(), k -> new java.util.ArrayList<>()).add(WorkItemPolicy.Item.of(w));
        }
        java.util.Map<Long, TaskResult> out = new java.util.LinkedHashMap<>();
        members.forEach(m -> out.put(m.id(), policy.compute(by.getOrDefault(m.id(), List.of()))));
        return out;
    }

    private WorkItem item(long id) {
        return work.item(id).orElseThrow(() -> new NotFoundException("work item " + id));
    }
}
