package vn.tochuc.people;

import java.util.List;

/** What an import did: nothing at all when {@code problems} is not empty (all-or-nothing). */
public record ImportOutcome(long importId, int rows, int created, int updated, List<ImportProblem> problems) {

    public boolean accepted() {
        return problems.isEmpty();
    }
}
