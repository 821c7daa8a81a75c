package vn.tochuc.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.shared.Texts;
import vn.tochuc.web.HomePanel;
import vn.tochuc.web.Role;
import vn.tochuc.web.ScopedPrincipal;

/**
 * Home page: the cadre records in the user's scope (opening the list), and for organization officers the review
 * list "chờ bố trí". For staff only: a self-service cadre reads no figure about other people (ADR 0011).
 */
@Component
class PeopleFiguresPanel implements HomePanel {

    private final People people;
    private final PersonRepository persons;
    private final PlacementRepository placements;

    PeopleFiguresPanel(People people, PersonRepository persons, PlacementRepository placements) {
        this.people = people;
        this.persons = persons;
        this.placements = placements;
    }

    @Override
    public int order() {
        return 510;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<View> view(ScopedPrincipal user) {
        if (user.roles().stream().noneMatch(Role.STAFF::contains)) {
            return Optional.empty();
        }
        @Nullable Collection<Long> units = people.unitsFor(PersonQuery.all());
        List<Row> rows = new ArrayList<>();
        rows.add(Row.figure(Texts.t("people.home.records"), persons.countIn(units), "/people"));
        if (user.roles().contains(Role.ORG_STAFF)) {
            rows.add(Row.figure(Texts.t("people.pending"), placements.countOpen(units), "/people/pending"));
        }
        return Optional.of(new View(
                "people",
                "people.home",
                Style.FIGURES,
                rows,
                "people.home.none",
                new Link("people.home.open", "/people")));
    }
}
