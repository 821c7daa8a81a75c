package vn.tochuc.organization;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the staffing page of an organization shows: its job positions, its headcount by year and category, the
 * KL 40 check over its subtree (ORG-09), and the reference lists for the forms.
 */
public record StaffingPage(
        OrgDirectory.UnitRef unit,
        List<Staffing.Position> positions,
        List<Staffing.Headcount> headcount,
        List<Staffing.Result> streamlining,
        List<Group> groups,
        List<String> categories,
        List<String> workloads,
        boolean canEdit,
        @Nullable String error,
        @Nullable String errorForm) {

    /** A job-position group of the catalogue (JOB-01). */
    public record Group(String code, String name) {}

    /** The name of a group code, or the code when the catalogue no longer has it. */
    public String groupName(String code) {
        return groups.stream()
                .filter(g -> g.code().equals(code))
                .map(Group::name)
                .findFirst()
                .orElse(code);
    }

    /** Posts filled over posts approved, as a whole percentage, or -1 when nothing is approved. */
    public static int fillPct(Staffing.Headcount h) {
        return h.approved() == 0 ? -1 : Math.round(100f * h.filled() / h.approved());
    }
}
