package vn.tochuc.people;

import org.jspecify.annotations.Nullable;

/** One reason an import is refused: the spreadsheet row (1-based) and column, or the whole file when null. */
public record ImportProblem(int row, @Nullable String column, String message) {

    public String where() {
        if (row <= 0) {
            return "Tệp";
        }
        return column == null ? "Dòng " + row : "Ô " + column + row;
    }
}
