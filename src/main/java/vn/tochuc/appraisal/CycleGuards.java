package vn.tochuc.appraisal;

import java.time.LocalDate;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.Role;

/**
 * The guards and audit names the appraisal services share (the cycle facade, the calibration, the work items,
 * the forms, the population and the documents): each service calls these, none calls another service for them,
 * so calls between the services go one way (issue 12, point 6).
 */
final class CycleGuards {

    /** The audit log's entity type of a cycle. */
    static final String CYCLE = "APPR_CYCLE";
    /** The audit log's entity type of a cycle's member. */
    static final String MEMBER = "APPR_MEMBER";

    private CycleGuards() {}

    /** The caller holds {@code role} (or ADMIN), else access is denied. */
    static void require(Role role) {
        CurrentUser.require(role, Role.ADMIN);
    }

    /** A step after the cycle's deadline is refused with the reason (issue 6: late steps are refused). */
    static void requireOpen(Cycle c) {
        if (LocalDate.now(VnFormats.VIETNAM).isAfter(c.deadline())) {
            throw new BadInputException(Texts.t("appr.cycle.closed", c.periodCode(), VnFormats.date(c.deadline())));
        }
    }
}
