package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the tree browser shows: the tree, the date, the query and the units found (roots or search hits). */
public record TreeView(
        String tree,
        LocalDate asOf,
        String asOfText,
        String q,
        List<UnitAsOf> units,
        boolean searched,
        boolean canImport) {

    public TreeView {
        units = List.copyOf(units);
    }

    /** The query string that keeps the tree and the date on links. */
    public String keep() {
        return "tree=" + tree + "&asOf=" + asOf;
    }

    /** "?asOf=…" for links, empty when the date is today (plain unit links stay stable). */
    public String asOfQuery() {
        return asOfQuery(asOf);
    }

    public static String asOfQuery(LocalDate d) {
        return d.equals(OrgClock.today()) ? "" : "?asOf=" + d;
    }

    public static String kindLabel(@Nullable String kind) {
        return kind == null ? "" : kind;
    }
}
