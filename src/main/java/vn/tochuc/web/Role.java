package vn.tochuc.web;

import java.util.Set;

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

    /**
     * The staff roles: they read the records of other people in their scope and the unit, staffing,
     * evaluation and appraisal screens (docs/adr/0011-roles-and-pages.md). CADRE and EDITOR are not among them.
     */
    public static final Set<Role> STAFF = Set.of(ADMIN, ORG_STAFF, UNIT_HEAD, COMMITTEE);

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
