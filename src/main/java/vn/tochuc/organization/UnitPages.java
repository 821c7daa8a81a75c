package vn.tochuc.organization;

/** Read access to units: localities are reference data for every signed-in user; organizations are scoped. */
final class UnitPages {

    private UnitPages() {}

    static void requireReadable(UnitScopes scopes, OrgDirectory.UnitRef ref) {
        if (!"LOCALITY".equals(ref.tree())) {
            scopes.require(ref.id());
        }
    }
}
