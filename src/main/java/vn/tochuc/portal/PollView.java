package vn.tochuc.portal;

import java.time.OffsetDateTime;
import java.util.List;

/** A poll (bình chọn) with its options and current totals. */
public record PollView(
        long id, String question, OffsetDateTime opensAt, OffsetDateTime closesAt, List<Option> options) {

    public record Option(long id, String label, long votes) {}

    public long total() {
        return options.stream().mapToLong(Option::votes).sum();
    }

    /** Share of the votes in whole percent (0 when nobody voted). */
    public long percent(Option o) {
        long t = total();
        return t == 0 ? 0 : Math.round(100.0 * o.votes() / t);
    }

    public boolean openAt(OffsetDateTime now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
