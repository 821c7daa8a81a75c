package vn.tochuc.web;

/** Thrown when a user reaches for a unit outside their scope. Answered with 403 and audit-logged. */
public class OutOfScopeException extends RuntimeException {

    private final long unitId;

    public OutOfScopeException(long unitId) {
        super("Unit " + unitId + " is outside the user's scope");
        this.unitId = unitId;
    }

    public long unitId() {
        return unitId;
    }
}
