package vn.tochuc.appraisal;

import java.time.LocalDate;
import java.util.List;

/** What waits for a user: cycles with steps to take, own work items coming due, and the badge count. */
public record WaitingSummary(List<CycleWaiting> cycles, List<DueItem> items, long badge) {

    /** The waiting steps of one cycle and how close its deadline is (state OPEN, DUE_SOON or OVERDUE). */
    public record CycleWaiting(
            Cycle cycle, long toSelfAssess, long toAppraise, long toDecide, long daysLeft, String state) {

        public long total() {
            return toSelfAssess + toAppraise + toDecide;
        }
    }

    /** An own work item not yet reported: overdue, or due within the window. */
    public record DueItem(long itemId, long cycleId, String title, LocalDate due, long daysLeft, String state) {}
}
