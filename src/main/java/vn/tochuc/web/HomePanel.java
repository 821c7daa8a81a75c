package vn.tochuc.web;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A panel of the home page ({@code /dashboard}), implemented by the module that owns its data: what waits for the
 * user, the cycles and long jobs in progress, the figures of their scope. The web module collects every bean and
 * draws the panels in {@link #order()}; it knows nothing of the modules behind them.
 *
 * <p>A panel shows only what the user's roles may open: it answers empty when the role has nothing to do with it,
 * and every link it gives leads to a page the role may read. It is called on the request thread, with the user in
 * the security context ({@link CurrentUser}), so the modules' own scope checks apply.
 */
public interface HomePanel {

    /** Position on the home page, lowest first. */
    int order();

    /** The panel for the signed-in {@code user}, or empty when their roles give them nothing here. */
    Optional<View> view(ScopedPrincipal user);

    /** How the rows are drawn: a list of things to open, or a band of figures (a large number and its label). */
    enum Style {
        LIST,
        FIGURES
    }

    /**
     * One panel: {@code id} names it in the page ({@code home-<id>}), {@code titleKey} and {@code emptyKey} are
     * message keys, {@code more} a link to the full page.
     */
    record View(
            String id,
            String titleKey,
            Style style,
            List<Row> rows,
            String emptyKey,
            @Nullable Link more) {

        public View {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A row, its text already in the request's language: {@code label} and {@code value} (for a figure, the
     * number), an optional {@code detail} line, an optional link and an optional {@code state} (OPEN, DUE_SOON,
     * OVERDUE, RUNNING, …) that the page marks.
     */
    record Row(
            String label,
            String value,
            @Nullable String detail,
            @Nullable String href,
            @Nullable String state) {

        public static Row figure(String label, long value, @Nullable String href) {
            return new Row(label, vn.tochuc.shared.VnFormats.number(value), null, href, null);
        }
    }

    /** A link under the panel; {@code labelKey} is a message key. */
    record Link(String labelKey, String href) {}
}
