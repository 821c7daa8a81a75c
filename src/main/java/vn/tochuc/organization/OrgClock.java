package vn.tochuc.organization;

import java.time.LocalDate;
import vn.tochuc.shared.VnFormats;

/**
 * Today's date in Vietnam time, the date the organization's screens, repositories and restructuring read the
 * tree at: one owner below them all, so no repository asks a service for it (issue 12, point 6).
 */
final class OrgClock {

    private OrgClock() {}

    /** Today in Vietnam (Asia/Ho_Chi_Minh). */
    static LocalDate today() {
        return LocalDate.now(VnFormats.VIETNAM);
    }
}
