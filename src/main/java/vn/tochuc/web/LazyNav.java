package vn.tochuc.web;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The navigation of a request, built the first time a template reads it. Every controller's model gets a
 * {@link Shell}, but only full pages draw the navigation; redirects, htmx fragments, downloads and SSE streams
 * never pay for it (nor for the badges some modules compute, such as what waits for the user).
 */
final class LazyNav extends AbstractList<NavItem> {

    private final Supplier<List<NavItem>> build;
    private @Nullable List<NavItem> items;

    LazyNav(Supplier<List<NavItem>> build) {
        this.build = build;
    }

    private List<NavItem> items() {
        if (items == null) {
            items = build.get();
        }
        return items;
    }

    @Override
    public NavItem get(int index) {
        return items().get(index);
    }

    @Override
    public int size() {
        return items().size();
    }
}
