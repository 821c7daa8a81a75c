package vn.tochuc;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module graph (no cycles, only declared dependencies) and writes the module documentation. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(TochucApplication.class);

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        // Not writeDocumentation(): it also writes META-INF/spring-modulith/application-modules.json into
        // target/classes, which the runtime then trusts over scanning. A stale copy (a module added since)
        // silently skips that module's Flyway migrations.
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
    }
}
