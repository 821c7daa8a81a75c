package vn.tochuc.web;

/** The roles of tochuc. Granted authorities are {@code ROLE_} + the name. */
public enum Role {
    /** Quản trị hệ thống. */
    ADMIN,
    /** Cán bộ tổ chức. */
    ORG_STAFF,
    /** Thủ trưởng, người đứng đầu đơn vị. */
    UNIT_HEAD,
    /** Cấp có thẩm quyền quyết định (thường vụ cấp ủy). */
    COMMITTEE,
    /** Cán bộ, công chức tự phục vụ. */
    CADRE,
    /** Biên tập viên cổng thông tin. */
    EDITOR;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
