package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tochuc.organization.OrgUnitDissolved;
import vn.tochuc.organization.OrgUnitSplit;
import vn.tochuc.organization.OrgUnitsMerged;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;

/** Assignments follow the organization module's merge, split and dissolution events, with history kept. */
@SpringBootTest
class RestructuringIntegrationTests {

    @Autowired
    PersonService service;

    @Autowired
    PersonRepository persons;

    @Autowired
    AssignmentRepository assignments;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlacementRepository placements;

    @AfterEach
    void signOut() {
        PeopleFixtures.signOut();
    }

    @Test
    void aMergeMovesOpenAssignmentsToTheSuccessorAndKeepsHistory() throws InterruptedException {
        PeopleFixtures.signIn("admin", UnitScope.everything(), Role.ADMIN, Role.ORG_STAFF);
        long a = PeopleFixtures.unit(jdbc, "Xã A cũ", null);
        long b = PeopleFixtures.unit(jdbc, "Xã B cũ", null);
        long merged = PeopleFixtures.unit(jdbc, "Xã AB mới", null);
        long p1 = service.create(
                PeopleFixtures.person("Đỗ Văn Một", LocalDate.of(1980, 1, 1), Sex.M, a, "Chủ tịch"),
                LocalDate.of(2021, 6, 1),
                List.of());
        long p2 = service.create(
                PeopleFixtures.person("Vũ Thị Hai", LocalDate.of(1985, 1, 1), Sex.F, b, "Phó Chủ tịch"),
                LocalDate.of(2022, 6, 1),
                List.of());
        long eventId = System.nanoTime();
        LocalDate on = LocalDate.of(2025, 7, 1);
        tx.executeWithoutResult(s -> events.publishEvent(new OrgUnitsMerged(eventId, List.of(a, b), merged, on)));

        await(() -> persons.find(p1).orElseThrow().currentUnitId() == merged
                && persons.find(p2).orElseThrow().currentUnitId() == merged);
        List<Assignment> history = assignments.ofPerson(p1);
        assertThat(history).hasSize(2);
        Assignment now = history.get(0);
        Assignment before = history.get(1);
        assertThat(now.unitId()).isEqualTo(merged);
        assertThat(now.from()).isEqualTo(on);
        assertThat(now.open()).isTrue();
        assertThat(now.positionTitle()).isEqualTo("Chủ tịch");
        assertThat(now.movedByEvent()).isEqualTo(eventId);
        assertThat(before.unitId()).isEqualTo(a);
        assertThat(before.unitName()).isEqualTo("Xã A cũ");
        assertThat(before.to()).isEqualTo(on.minusDays(1));
        assertThat(assignments.openAt(List.of(a, b))).isEmpty();

        // Delivered twice: applied once.
        tx.executeWithoutResult(s -> events.publishEvent(new OrgUnitsMerged(eventId, List.of(a, b), merged, on)));
        Thread.sleep(300);
        assertThat(assignments.ofPerson(p1)).hasSize(2);
    }

    @Test
    void aSplitUsesTheDefaultSuccessorFlaggedForReviewAndADissolutionItsSuccessor() {
        PeopleFixtures.signIn("admin", UnitScope.everything(), Role.ADMIN, Role.ORG_STAFF);
        long old = PeopleFixtures.unit(jdbc, "Ban cũ", null);
        long left = PeopleFixtures.unit(jdbc, "Ban mới 1", null);
        long right = PeopleFixtures.unit(jdbc, "Ban mới 2", null);
        long p = service.create(
                PeopleFixtures.person("Bùi Văn Ba", LocalDate.of(1979, 1, 1), Sex.M, old, "Trưởng ban"),
                LocalDate.of(2019, 1, 1),
                List.of());
        tx.executeWithoutResult(s -> events.publishEvent(
                new OrgUnitSplit(System.nanoTime(), old, List.of(left, right), right, LocalDate.of(2025, 8, 1))));
        await(() -> persons.find(p).orElseThrow().currentUnitId() == right);
        assertThat(assignments.ofPerson(p).get(0).needsReview()).isTrue();

        long next = PeopleFixtures.unit(jdbc, "Ban kế thừa", null);
        tx.executeWithoutResult(s ->
                events.publishEvent(new OrgUnitDissolved(System.nanoTime(), right, next, LocalDate.of(2025, 9, 1))));
        await(() -> persons.find(p).orElseThrow().currentUnitId() == next);
        assertThat(assignments.ofPerson(p)).hasSize(3);
    }

    /**
     * Issue 11 #6: the demo history dissolves three district committees in one event, announced once per unit
     * with the same event id, and the listeners run at once. The ledger keyed by the event alone failed on its
     * key (102 ERROR stack traces at the first demo start) and skipped every unit but one, leaving its people in
     * a unit that no longer exists. Now every unit of the event is applied once, with nothing logged as ERROR.
     */
    @Test
    void oneEventDissolvingSeveralUnitsMovesThePeopleOfEachOnceWithoutAnError() throws InterruptedException {
        PeopleFixtures.signIn("admin", UnitScope.everything(), Role.ADMIN, Role.ORG_STAFF);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        try {
            List<Long> units = new java.util.ArrayList<>();
            List<Long> people = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long u = PeopleFixtures.unit(jdbc, "Huyện ủy giải thể " + i, null);
                units.add(u);
                people.add(service.create(
                        PeopleFixtures.person("Lê Văn Huyện", LocalDate.of(1975, 3, 4 + i), Sex.M, u, "Phó Bí thư"),
                        LocalDate.of(2020, 5, 1),
                        List.of()));
            }
            long eventId = System.nanoTime();
            LocalDate on = LocalDate.of(2025, 7, 1);
            Runnable publish = () -> tx.executeWithoutResult(
                    s -> units.forEach(u -> events.publishEvent(new OrgUnitDissolved(eventId, u, null, on))));
            publish.run();
            await(() -> people.stream().allMatch(placements::pending));
            assertThat(assignments.openAt(units)).isEmpty();

            publish.run(); // re-delivered: applied once
            Thread.sleep(300);
            for (long p : people) {
                assertThat(assignments.ofPerson(p)).hasSize(1);
            }
            assertThat(placements.open(units)).hasSize(3);
            assertThat(logged.list)
                    .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .isEmpty();
        } finally {
            root.detachAppender(logged);
        }
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
