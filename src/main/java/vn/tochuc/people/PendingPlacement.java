package vn.tochuc.people;

import java.time.LocalDate;

/**
 * A person waiting for a new post (chờ bố trí) because the unit of their main post was dissolved without a
 * successor on {@code since}; resolved by a transfer (điều động).
 */
public record PendingPlacement(
        long id, long personId, String fullName, long unitId, String unitName, String positionTitle, LocalDate since) {}
