package vn.tochuc.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/** The audit module boots alone (with only shared below it): it records an entry and the chain verifies. */
@ApplicationModuleTest
@TestPropertySource(properties = "tochuc.demo.enabled=false") // the demo loaders belong to the whole application
class AuditModuleTests {

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationContext context;

    @Test
    void bootsAloneAndKeepsItsChain() {
        audit.record(AuditEntry.write("kiem.tra.module", "TEST_WRITE", "THING", 1, null, "a", "b", "module"));
        assertThat(audit.verify().intact()).isTrue();
        assertThat(context.getBeanNamesForType(vn.tochuc.web.LongJobs.class)).isEmpty();
    }
}
