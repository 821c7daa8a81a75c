package vn.tochuc.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.HomePanel;
import vn.tochuc.web.Role;
import vn.tochuc.web.ScopedPrincipal;

/**
 * Home page: the units in force today in the user's scope, per tree (organizations, administrative units), each
 * figure opening the unit list of its tree. For staff only, who may open the unit pages (ADR 0011).
 */
@Component
class UnitFiguresPanel implements HomePanel {

    private final OrgUnitRepository units;

    UnitFiguresPanel(OrgUnitRepository units) {
        this.units = units;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<View> view(ScopedPrincipal user) {
        if (user.roles().stream().noneMatch(Role.STAFF::contains)) {
            return Optional.empty();
        }
        UnitScope scope = user.scope();
        Map<String, Long> counts = units.countInForce(scope.global() ? null : scope.rootUnitIds(), OrgClock.today());
        List<Row> rows = List.of("ORGANIZATION", "LOCALITY").stream()
                .filter(counts::containsKey)
                .map(tree -> Row.figure(
                        Texts.t("org.home.units." + tree), counts.get(tree), "/organization/units?tree=" + tree))
                .toList();
        return Optional.of(new View(
                "units",
                "org.home.units",
                Style.FIGURES,
                rows,
                "org.home.units.none",
                new Link("org.home.units.open", "/organization/units")));
    }
}
