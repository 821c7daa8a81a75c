package vn.tochuc.organization;

/** Test helpers: the administrative-unit import runs once per JVM (the test database is shared). */
final class OrgTestData {

    private static volatile boolean imported;

    private OrgTestData() {}

    static synchronized void importAdminUnits(AdminUnitImport importer) {
        if (!imported) {
            long t0 = System.nanoTime();
            importer.importAll();
            org.slf4j.LoggerFactory.getLogger(OrgTestData.class)
                    .info("vn-admin import took {} ms", (System.nanoTime() - t0) / 1_000_000);
            imported = true;
        }
    }
}
