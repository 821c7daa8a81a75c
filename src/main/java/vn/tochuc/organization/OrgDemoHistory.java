package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The demo organization tree before the 2025 reform: the 2015 state and the mergers of 2020 and early 2025. */
final class OrgDemoHistory {

    private OrgDemoHistory() {}

    static EventCommand cmd(EventType type, LocalDate on, String basis, LocalDate signed) {
        return EventCommand.of(OrgDemoData.ORG, type, on, basis, signed);
    }

    static EventCommand merge(LocalDate on, LocalDate signed, String target, String... merged) {
        List<UnitKey> keys = new ArrayList<>();
        for (String m : merged) {
            keys.add(UnitKey.code(m));
        }
        return cmd(EventType.MERGE, on, "Quyết định sắp xếp tổ chức" + OrgDemoData.SAMPLE, signed)
                .withUnits(keys)
                .withTarget(UnitKey.code(target));
    }

    private static NewUnit u(String code, String name, String kind, String parent) {
        return new NewUnit(code, name, kind, null, parent == null ? null : UnitKey.code(parent), null);
    }

    static List<EventCommand> before2025() {
        List<NewUnit> qt = List.of(
                u("TU-QT", "Đảng bộ tỉnh Quảng Trị", "DANG_BO_TINH", null),
                u("BTC-TU-QT", "Ban Tổ chức Tỉnh ủy Quảng Trị", "BAN_DANG", "TU-QT"),
                u("UBKT-TU-QT", "Ủy ban Kiểm tra Tỉnh ủy Quảng Trị", "BAN_DANG", "TU-QT"),
                u("BTG-TU-QT", "Ban Tuyên giáo Tỉnh ủy Quảng Trị", "BAN_DANG", "TU-QT"),
                u("BDV-TU-QT", "Ban Dân vận Tỉnh ủy Quảng Trị", "BAN_DANG", "TU-QT"),
                u("BNC-TU-QT", "Ban Nội chính Tỉnh ủy Quảng Trị", "BAN_DANG", "TU-QT"),
                u("VP-TU-QT", "Văn phòng Tỉnh ủy Quảng Trị", "BAN_DANG", "TU-QT"),
                u("DU-TP-DONGHA", "Đảng bộ thành phố Đông Hà", "DANG_BO_HUYEN", "TU-QT"),
                u("DU-P1-DONGHA", "Đảng bộ Phường 1, thành phố Đông Hà", "DANG_BO_XA", "DU-TP-DONGHA"),
                u("DU-P5-DONGHA", "Đảng bộ Phường 5, thành phố Đông Hà", "DANG_BO_XA", "DU-TP-DONGHA"),
                u("CB-DONGHA-KP1", "Chi bộ khu phố 1, phường Đông Hà", "CHI_BO", "DU-P1-DONGHA"),
                u("DU-H-CAMLO", "Đảng bộ huyện Cam Lộ", "DANG_BO_HUYEN", "TU-QT"),
                u("DU-TT-CAMLO", "Đảng bộ thị trấn Cam Lộ", "DANG_BO_XA", "DU-H-CAMLO"),
                u("DU-X-CAMTHANH", "Đảng bộ xã Cam Thành", "DANG_BO_XA", "DU-H-CAMLO"),
                u("CB-CAMLO-TT", "Chi bộ thôn Thượng Nghĩa, xã Cam Lộ", "CHI_BO", "DU-TT-CAMLO"),
                u("UBND-QT", "Ủy ban nhân dân tỉnh Quảng Trị", "UBND_TINH", null),
                u("SNV-QT", "Sở Nội vụ tỉnh Quảng Trị", "SO", "UBND-QT"),
                u("STC-QT", "Sở Tài chính tỉnh Quảng Trị", "SO", "UBND-QT"),
                u("SKHDT-QT", "Sở Kế hoạch và Đầu tư tỉnh Quảng Trị", "SO", "UBND-QT"),
                u("SXD-QT", "Sở Xây dựng tỉnh Quảng Trị", "SO", "UBND-QT"),
                u("SGTVT-QT", "Sở Giao thông vận tải tỉnh Quảng Trị", "SO", "UBND-QT"),
                u("SNN-QT", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị", "SO", "UBND-QT"),
                u("STNMT-QT", "Sở Tài nguyên và Môi trường tỉnh Quảng Trị", "SO", "UBND-QT"),
                u("SKHCN-QT", "Sở Khoa học và Công nghệ tỉnh Quảng Trị", "SO", "UBND-QT"),
                u("STTTT-QT", "Sở Thông tin và Truyền thông tỉnh Quảng Trị", "SO", "UBND-QT"),
                u("SLDTBXH-QT", "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị", "SO", "UBND-QT"),
                u("SGDDT-QT", "Sở Giáo dục và Đào tạo tỉnh Quảng Trị", "SO", "UBND-QT"),
                u("SYT-QT", "Sở Y tế tỉnh Quảng Trị", "SO", "UBND-QT"),
                u("MTTQ-QT", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị", "DOAN_THE", null),
                u("TU-QB", "Đảng bộ tỉnh Quảng Bình", "DANG_BO_TINH", null),
                u("BTC-TU-QB", "Ban Tổ chức Tỉnh ủy Quảng Bình", "BAN_DANG", "TU-QB"),
                u("DU-TP-DONGHOI", "Đảng bộ thành phố Đồng Hới", "DANG_BO_HUYEN", "TU-QB"),
                u("DU-P-HAIDINH", "Đảng bộ phường Hải Đình, thành phố Đồng Hới", "DANG_BO_XA", "DU-TP-DONGHOI"),
                u("CB-DONGHOI-TDP1", "Chi bộ tổ dân phố 1, phường Đồng Hới", "CHI_BO", "DU-P-HAIDINH"));
        LocalDate y2025a = LocalDate.of(2025, 2, 15);
        LocalDate y2025b = LocalDate.of(2025, 3, 1);
        LocalDate signed = LocalDate.of(2025, 2, 10);
        return List.of(
                cmd(
                                EventType.CREATE,
                                OrgDemoData.Y2015,
                                "Trạng thái đầu nhiệm kỳ 2015–2020" + OrgDemoData.SAMPLE,
                                OrgDemoData.Y2015)
                        .withNewUnits(qt),
                merge(OrgDemoData.Y2020, LocalDate.of(2019, 12, 17), "DU-TT-CAMLO", "DU-X-CAMTHANH"),
                cmd(EventType.MERGE, y2025a, "Quyết định hợp nhất ban Đảng" + OrgDemoData.SAMPLE, signed)
                        .withUnits(List.of(UnitKey.code("BTG-TU-QT"), UnitKey.code("BDV-TU-QT")))
                        .withNewUnits(List.of(
                                u("BTGDV-TU-QT", "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị", "BAN_DANG", "TU-QT"))),
                merge(y2025b, signed, "STC-QT", "SKHDT-QT"),
                merge(y2025b, signed, "SXD-QT", "SGTVT-QT"),
                merge(y2025b, signed, "SKHCN-QT", "STTTT-QT"),
                merge(y2025b, signed, "SNV-QT", "SLDTBXH-QT"),
                cmd(EventType.MERGE, y2025b, "Quyết định hợp nhất sở" + OrgDemoData.SAMPLE, signed)
                        .withUnits(List.of(UnitKey.code("SNN-QT"), UnitKey.code("STNMT-QT")))
                        .withNewUnits(List.of(
                                u("SNNMT-QT", "Sở Nông nghiệp và Môi trường tỉnh Quảng Trị", "SO", "UBND-QT"))));
    }
}
