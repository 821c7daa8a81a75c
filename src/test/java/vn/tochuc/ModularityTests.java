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
        new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
