package vn.tochuc.organization;

import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.shared.VietnameseText;

/**
 * Demo organization tree (Quảng Trị, after the 2025 merger with Quảng Bình), created once when
 * {@code tochuc.demo.enabled} is set. Codes identify the units so the seeding is idempotent.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "tochuc.demo.enabled", havingValue = "true")
class OrgDemoData implements ApplicationRunner {

    static final String ORG = "ORGANIZATION";
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private final OrgUnitRepository units;

    OrgDemoData(OrgUnitRepository units) {
        this.units = units;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (units.findByCode(ORG, "TU-QT").isPresent()) {
            return;
        }
        long province = add("TU-QT", "Đảng bộ tỉnh Quảng Trị", "DANG_BO_TINH", null);
        add("BTC-TU-QT", "Ban Tổ chức Tỉnh ủy Quảng Trị", "BAN_DANG", province);
        long dongHa = add("DU-P-DONGHA", "Đảng bộ phường Đông Hà", "DANG_BO_XA", province);
        add("CB-DONGHA-KP1", "Chi bộ khu phố 1, phường Đông Hà", "CHI_BO", dongHa);
        long camLo = add("DU-X-CAMLO", "Đảng bộ xã Cam Lộ", "DANG_BO_XA", province);
        add("CB-CAMLO-TT", "Chi bộ thôn Thượng Nghĩa, xã Cam Lộ", "CHI_BO", camLo);
        long dongHoi = add("DU-P-DONGHOI", "Đảng bộ phường Đồng Hới", "DANG_BO_XA", province);
        add("CB-DONGHOI-TDP1", "Chi bộ tổ dân phố 1, phường Đồng Hới", "CHI_BO", dongHoi);
    }

    private long add(String code, String name, String kind, Long parent) {
        return units.insert(ORG, code, name, VietnameseText.fold(name), kind, parent, REFORM);
    }
}
