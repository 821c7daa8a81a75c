package vn.tochuc.identity;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A row of {@code idn_user}. */
record UserRow(
        long id,
        String username,
        String fullName,
        String passwordHash,
        @Nullable Long homeUnitId,
        boolean globalScope,
        boolean enabled,
        int failedAttempts,
        @Nullable OffsetDateTime lockedUntil,
        @Nullable Long personId) {}
