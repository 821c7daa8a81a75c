package vn.tochuc.people;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.tochuc.organization.OrgDirectory;

/**
 * Demo people ({@code tochuc.people.demo-count}, default 2,000) spread over the demo organization tree, created
 * once in the background after the organization demo data (order 200), so startup is not delayed.
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "tochuc.demo.enabled", havingValue = "true")
class PeopleDemoData implements ApplicationRunner {

    static final String PREFIX = "DEMO-";
    private static final Logger log = LoggerFactory.getLogger(PeopleDemoData.class);

    private final PopulationLoader loader;
    private final PersonRepository persons;
    private final OrgDirectory directory;
    private final long count;
    private final ApplicationEventPublisher events;

    PeopleDemoData(
            PopulationLoader loader,
            PersonRepository persons,
            OrgDirectory directory,
            @Value("${tochuc.people.demo-count:2000}") long count,
            ApplicationEventPublisher events) {
        this.events = events;
        this.loader = loader;
        this.persons = persons;
        this.directory = directory;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        var root = directory.findByCode("ORGANIZATION", "TU-QT");
        if (root.isEmpty()
                || count <= 0
                || !persons.idsByStaffNumber(List.of(PREFIX + "0")).isEmpty()) {
            return;
        }
        // every unit that ever stood under the province, with its history: posts only where and when it was in force
        List<UnitSpan> units = new ArrayList<>();
        for (long id : directory.subtreeIds(root.get().id())) {
            directory.find(id).ifPresent(u -> units.add(new UnitSpan(u.id(), u.kind(), directory.versions(id))));
        }
        Thread t = new Thread(
                () -> {
                    try {
                        long n = loader.loadInHistory(units, count, PREFIX, 2026L, done -> {});
                        log.info("Demo people: {} generated", n);
                        Long first =
                                persons.idsByStaffNumber(List.of(PREFIX + "0")).get(PREFIX + "0");
                        if (first != null) {
                            events.publishEvent(new DemoPeopleLoaded(first));
                        }
                    } catch (RuntimeException e) {
                        log.warn("Demo people were not generated: {}", e.toString());
                    }
                },
                "people-demo");
        t.setDaemon(true);
        t.start();
    }
}
