package vn.tochuc.organization;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.FieldInputException;
import vn.tochuc.web.FitsColumn;

/** The two forms of the staffing page as typed (dates dd/MM/yyyy, numbers 97.900), turned into records. */
final class StaffingForms {

    private StaffingForms() {}

    /** A job position as typed (JOB-05 fields). */
    record PositionForm(
            @FitsColumn("org_job_position.code") @Nullable String code,
            @FitsColumn("org_job_position.name") @Nullable String name,
            @Nullable String group,
            @Nullable String workloadType,
            @Nullable String targetHeadcount,

            @FitsColumn("org_job_position.required_rank") @Nullable
            String requiredRank,

            @FitsColumn("org_job_position.requirements") @Nullable
            String requirements,

            @FitsColumn("org_job_position.approval_no") @Nullable
            String approvalNo,

            @Nullable String approvalDate,
            @Nullable String validFrom) {

        Staffing.Position toPosition(long unitId) {
            if (blank(approvalNo) || blank(approvalDate) || blank(validFrom) || blank(targetHeadcount)) {
                throw new BadInputException("Vị trí việc làm phải có số người định biên, số và ngày quyết định phê"
                        + " duyệt, ngày hiệu lực (JOB-05).");
            }
            return new Staffing.Position(
                    0,
                    unitId,
                    text(code),
                    text(name),
                    text(group),
                    text(workloadType),
                    number("targetHeadcount", "staffing.target", targetHeadcount),
                    blank(requiredRank) ? null : text(requiredRank),
                    blank(requirements) ? null : text(requirements),
                    null,
                    text(approvalNo),
                    date("approvalDate", "staffing.approvalDate", approvalDate),
                    date("validFrom", "staffing.validFrom", validFrom),
                    null);
        }
    }

    /** The headcount of one year and category as typed (JOB-06). */
    record HeadcountForm(
            @Nullable String year,
            @Nullable String category,
            @Nullable String approved,
            @Nullable String filled,
            @Nullable String reducedRestructuring,
            @Nullable String reducedStreamlining,
            @Nullable String reducedOther) {

        Staffing.Headcount toHeadcount(long unitId) {
            return new Staffing.Headcount(
                    unitId,
                    number("year", "staffing.year", year),
                    text(category),
                    number("approved", "staffing.approved", approved),
                    number("filled", "staffing.filled", filled),
                    orZero("reducedRestructuring", "staffing.reducedRestructuring", reducedRestructuring),
                    orZero("reducedStreamlining", "staffing.reducedStreamlining", reducedStreamlining),
                    orZero("reducedOther", "staffing.reducedOther", reducedOther));
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : vn.tochuc.shared.VietnameseText.nfc(s.strip());
    }

    /** {@code label} is the message key of the field's label on the page, named in the error. */
    private static int orZero(String field, String label, @Nullable String s) {
        return blank(s) ? 0 : number(field, label, s);
    }

    private static int number(String field, String label, @Nullable String s) {
        if (blank(s)) {
            throw new FieldInputException(field, Texts.t("staffing.input.missing", Texts.t(label)));
        }
        try {
            long n = VnFormats.parseNumber(s.strip()).longValueExact();
            if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                throw new ArithmeticException();
            }
            return (int) n;
        } catch (RuntimeException e) {
            throw new FieldInputException(field, Texts.t("staffing.input.notInteger", Texts.t(label), s.strip()));
        }
    }

    private static LocalDate date(String field, String label, @Nullable String s) {
        try {
            return VnFormats.parseDate(text(s));
        } catch (VnFormats.InvalidDateException e) {
            throw new FieldInputException(field, Texts.t(label) + ": " + e.getMessage());
        }
    }
}
