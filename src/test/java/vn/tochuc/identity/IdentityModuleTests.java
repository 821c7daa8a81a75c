package vn.tochuc.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * The identity module boots with only the modules it depends on (shared, web, audit, organization, people): its facade is there, its own
 * migrations ran, and no bean of a module it does not depend on was started.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "tochuc.demo.enabled=false") // the demo loaders belong to the whole application
class IdentityModuleTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void bootsWithOnlyItsDependencies() {
        assertThat(context.getBeanNamesForType(vn.tochuc.identity.Users.class)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from idn_user").query(Long.class).single())
                .isNotNegative();
        assertThat(context.getBeanNamesForType(vn.tochuc.appraisal.Appraisals.class))
                .isEmpty();
    }
}
