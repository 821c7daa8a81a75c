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

    /** Party cells created under {@code parent} from {@code on}, as the system records them; their ids, in order. */
    static java.util.List<Long> partyCells(
            Restructuring restructuring, OrgDirectory org, long parent, java.time.LocalDate on, String... names) {
        String run = Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        java.util.List<NewUnit> units = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            units.add(new NewUnit("CB-T-" + run + "-" + i, names[i], "CHI_BO", null, UnitKey.id(parent), null));
        }
        restructuring.applyAsSystem(
                java.util.List.of(EventCommand.of("ORGANIZATION", EventType.CREATE, on, "1-QĐ/TEST", on.minusMonths(1))
                        .withNewUnits(units)),
                "test");
        return java.util.stream.IntStream.range(0, names.length)
                .mapToObj(i -> org.findByCode("ORGANIZATION", "CB-T-" + run + "-" + i)
                        .orElseThrow()
                        .id())
                .toList();
    }
}
