package vn.tochuc.portal;

import java.util.List;

/** A featured event (sự kiện nổi bật): an editor-curated topic with its published articles. */
public record FeaturedEvent(long id, String title, boolean active, List<Link> articles) {

    /** A published article in the event. */
    public record Link(String title, String url) {}
}
