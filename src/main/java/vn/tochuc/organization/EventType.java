package vn.tochuc.organization;

/** The kinds of restructuring event (sắp xếp tổ chức bộ máy). Behaviour, so an enum; kinds of unit are data. */
enum EventType {
    /** Thành lập. */
    CREATE,
    /** Đổi tên (or a new code). */
    RENAME,
    /** Điều chỉnh trực thuộc: a new parent. */
    MOVE,
    /** Sáp nhập / hợp nhất: N predecessors into one new or existing unit. */
    MERGE,
    /** Chia tách: one predecessor into several successors. */
    SPLIT,
    /** Giải thể. */
    DISSOLVE,
    /** Chuyển đổi loại hình (e.g. a province becoming a centrally-run city). */
    CHANGE_TYPE
}
