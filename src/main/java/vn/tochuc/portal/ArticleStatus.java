package vn.tochuc.portal;

/** The editorial workflow: bản nháp → chờ duyệt → đã đăng (and back to draft to withdraw). */
public enum ArticleStatus {
    DRAFT,
    REVIEW,
    PUBLISHED;

    public String messageKey() {
        return "portal.status." + name();
    }
}
