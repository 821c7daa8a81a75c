package vn.tochuc.organization;

import org.jspecify.annotations.Nullable;

/**
 * A unit as a unit picker shows it ({@code organization/unit_pick_field.jte}): the value the form posts (an id, or
 * {@code #id} / an official code on the restructuring forms), the unit's full name and its parent's. {@code known}
 * is false for a value that names no unit the user may see: the value is then shown as typed, so a refused form
 * keeps it.
 */
public record UnitChoice(
        String value, String name, @Nullable String parentName, boolean known) {}
