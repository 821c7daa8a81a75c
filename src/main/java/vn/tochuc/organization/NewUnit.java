package vn.tochuc.organization;

import org.jspecify.annotations.Nullable;

/** A unit an event brings into being: its first version. {@code level} defaults to the kind's level. */
record NewUnit(
        @Nullable String code,
        String name,
        String kind,
        @Nullable Integer level,
        @Nullable UnitKey parent,
        @Nullable Long localityId) {}
