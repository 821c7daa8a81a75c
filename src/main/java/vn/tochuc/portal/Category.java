package vn.tochuc.portal;

/** A news category (chuyên mục). */
public record Category(long id, String slug, String name) {

    public String url() {
        return "/chuyen-muc/" + slug;
    }
}
