package vn.tochuc.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of the work history (quá trình công tác, item 28): a post held in a unit from {@code from} to
 * {@code to} (null = still held). {@code unitName} is the name at the time. Concurrent posts (kiêm nhiệm) do not
 * set the person's current unit. {@code movedByEvent} names the restructuring event that closed or opened it.
 */
public record Assignment(
        long id,
        long personId,
        long unitId,
        String unitName,
        String positionTitle,
        @Nullable String jobPosition,
        boolean concurrent,
        LocalDate from,
        @Nullable LocalDate to,
        @Nullable Long movedByEvent,
        boolean needsReview) {

    public boolean open() {
        return to == null;
    }

    /** A past post not moved by a restructuring: the person page may edit or delete it (others go by transfer). */
    public boolean editableHere() {
        return !open() && movedByEvent == null;
    }
}
