package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.shared.VietnameseText;
import vn.tochuc.web.CurrentUser;

/**
 * What the unit picker offers and shows as chosen: units whose name matches, limited to the user's scope
 * ({@link UnitScopes#visible()}; localities are reference data), in Vietnamese order; and the units a form's values
 * name, resolved by id, {@code #id} or official code.
 */
@Component
class UnitChoices {

    /** How a picker writes the value of a unit: the plain id (account forms) or {@code #id} (restructuring forms). */
    enum Format {
        ID,
        KEY;

        static Format of(@Nullable String text) {
            return "key".equalsIgnoreCase(text) ? KEY : ID;
        }

        String value(long id) {
            return this == KEY ? "#" + id : Long.toString(id);
        }
    }

    /** A value of a form resolved: the unit it names (empty when none) and whether the user may see it. */
    record Resolved(String value, Optional<OrgDirectory.UnitRef> unit, boolean visible) {}

    static final int LIMIT = 30;

    private final OrgUnitRepository units;
    private final UnitScopes scopes;

    UnitChoices(OrgUnitRepository units, UnitScopes scopes) {
        this.units = units;
        this.scopes = scopes;
    }

    /** Units of the tree in force on {@code d} whose name contains {@code query} (accents ignored), in scope. */
    @Transactional(readOnly = true)
    List<UnitChoice> search(String tree, String query, LocalDate d, Format format, Collection<String> except) {
        String folded = VietnameseText.fold(query).strip();
        if (folded.isEmpty()) {
            return List.of();
        }
        VisibleUnits visible = "LOCALITY".equals(tree) ? VisibleUnits.everything() : scopes.visible();
        if (!visible.all() && visible.ids().isEmpty()) {
            return List.of();
        }
        return units.pickAsOf(tree, folded, d, visible.all(), visible.ids(), LIMIT + except.size()).stream()
                .map(p -> new UnitChoice(format.value(p.id()), p.name(), p.parentName(), true))
                .filter(c -> !except.contains(c.value()))
                .limit(LIMIT)
                .toList();
    }

    /** The units the values name, as chosen; a value naming no unit the user may see is shown as typed. */
    @Transactional(readOnly = true)
    List<UnitChoice> chosen(String tree, Collection<String> values, Format format) {
        List<UnitChoice> out = new ArrayList<>();
        for (String v : values) {
            Resolved r = resolve(tree, v, format);
            out.add(r.unit().filter(u -> r.visible()).map(u -> choice(v, u)).orElse(new UnitChoice(v, v, null, false)));
        }
        return out;
    }

    /**
     * The unit a value names in the tree: by id ({@code 12} as {@link Format#ID}, {@code #12} as {@link Format#KEY}),
     * otherwise as an official code (codes of localities are digits too).
     */
    @Transactional(readOnly = true)
    Resolved resolve(String tree, String value, Format format) {
        String v = value.strip();
        Optional<OrgDirectory.UnitRef> unit;
        boolean byId = format == Format.ID || v.startsWith("#");
        String digits = v.startsWith("#") ? v.substring(1) : v;
        if (byId && !digits.isEmpty() && digits.length() < 18 && digits.chars().allMatch(Character::isDigit)) {
            unit = units.find(Long.parseLong(digits));
        } else if (byId) {
            unit = Optional.empty();
        } else {
            unit = units.findByCode(tree, v);
        }
        unit = unit.filter(u -> u.tree().equals(tree));
        boolean visible = unit.map(u -> "LOCALITY".equals(tree) || scopes.covers(CurrentUser.scope(), u.id()))
                .orElse(false);
        return new Resolved(v, unit, visible);
    }

    private UnitChoice choice(String value, OrgDirectory.UnitRef u) {
        String parent = u.parentId() == null
                ? null
                : units.find(u.parentId()).map(OrgDirectory.UnitRef::name).orElse(null);
        return new UnitChoice(value, u.name(), parent, true);
    }
}
