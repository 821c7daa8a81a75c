package vn.tochuc.organization;

/** One unit's part in an event: SUBJECT, PREDECESSOR or SUCCESSOR, with FULL or PARTIAL share. */
record Link(long unitId, String role, String share) {

    static Link subject(long unit) {
        return new Link(unit, "SUBJECT", "FULL");
    }

    static Link predecessor(long unit, boolean partial) {
        return new Link(unit, "PREDECESSOR", partial ? "PARTIAL" : "FULL");
    }

    static Link successor(long unit) {
        return new Link(unit, "SUCCESSOR", "FULL");
    }
}
