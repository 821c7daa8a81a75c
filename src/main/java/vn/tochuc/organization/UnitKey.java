package vn.tochuc.organization;

import org.jspecify.annotations.Nullable;

/**
 * Names a unit in a restructuring command, by id or by official code. {@code partial} marks a predecessor
 * of a merge of which only a part goes to the successor (the rest goes elsewhere on the same date).
 */
record UnitKey(@Nullable Long id, @Nullable String code, boolean partial) {

    static UnitKey id(long id) {
        return new UnitKey(id, null, false);
    }

    static UnitKey code(String code) {
        return new UnitKey(null, code, false);
    }

    static UnitKey partialCode(String code) {
        return new UnitKey(null, code, true);
    }

    @Override
    public String toString() {
        return id != null ? "#" + id : String.valueOf(code);
    }
}
