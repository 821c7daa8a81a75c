package vn.tochuc.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.tochuc.shared.Texts;

/** The columns of the import template, in order; {@code required} ones may not be blank. */
enum ImportColumns {
    ID_NUMBER("Số CCCD (12 chữ số)", true),
    STAFF_NUMBER("Số hiệu cán bộ", false),
    FULL_NAME("Họ và tên", true),
    DATE_OF_BIRTH("Ngày sinh (dd/mm/yyyy)", true),
    SEX("Giới tính (Nam/Nữ)", true),
    ETHNICITY("Dân tộc", true),
    RELIGION("Tôn giáo (ghi Không nếu không có)", true),
    BIRTHPLACE_CODE("Mã xã nơi sinh", false),
    BIRTHPLACE("Nơi sinh", false),
    HOMETOWN_CODE("Mã xã quê quán", false),
    HOMETOWN("Quê quán", false),
    UNIT_CODE("Mã đơn vị công tác", true),
    POSITION("Chức vụ (chức danh)", true),
    POSITION_FROM("Giữ chức vụ từ ngày", true),
    PROFESSIONAL_LEVEL("Trình độ chuyên môn", false),
    PROFESSIONAL_FIELD("Chuyên ngành", false),
    THEORY("Lý luận chính trị", false),
    STATE_MGMT("Quản lý nhà nước", false),
    PARTY_JOIN("Ngày vào Đảng", false),
    PARTY_OFFICIAL("Ngày chính thức", false),
    LANGUAGE_NAME(Texts.vi("import.col.languageName"), false),
    FOREIGN_LANGUAGE(Texts.vi("import.col.foreignLanguage"), false),
    IT_LEVEL(Texts.vi("import.col.itLevel"), false);

    static final List<ImportColumns> ALL = List.of(values());

    /** Columns added to the template later (issue 12, point 3): a file made from an older template may lack them. */
    static final Set<ImportColumns> ADDED_LATER = EnumSet.of(LANGUAGE_NAME, FOREIGN_LANGUAGE, IT_LEVEL);

    private final String header;
    private final boolean required;

    ImportColumns(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    /** The spreadsheet column letter: A, B, … */
    String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }
}
