package vn.tochuc.portal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What surrounds every public page: the category menu and the boxes (featured events, the open poll, visitor
 * statistics). The counter strings are either real numbers or the markers of a cached page.
 */
public record Chrome(
        List<Category> categories,
        List<FeaturedEvent> events,
        @Nullable PollView poll,
        String guests,
        String members,
        String online,
        String visits,
        boolean pixel) {}
