package vn.tochuc.appraisal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A work item (đầu việc): product, quantity and its converted value, due date, what was done, the head's checks. */
public record WorkItem(
        long id,
        long memberId,
        long productId,
        String productName,
        String title,
        double quantity,
        double converted,
        LocalDate dueDate,
        @Nullable Double doneQuantity,
        @Nullable LocalDate doneOn,
        @Nullable Boolean qualityPass,
        int majorErrors,
        int delays,
        @Nullable String confirmedBy,
        @Nullable String cause,
        boolean causeApproved) {}
