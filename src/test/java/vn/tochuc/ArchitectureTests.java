package vn.tochuc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The few rules Spring Modulith does not check. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.tochuc");

    @Test
    void sqlOnlyInRepositories() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Repository")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
                .check(CLASSES);
    }

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .andShould()
                .haveSimpleNameEndingWith("Controller")
                .orShould()
                .haveSimpleName("ErrorPages")
                .check(CLASSES);
    }

    @Test
    void noFieldInjectionNoStandardStreamsNoJul() {
        NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(CLASSES);
        noClasses().should(ACCESS_STANDARD_STREAMS).check(CLASSES);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CLASSES);
    }

    @Test
    void policiesAreFreeOfSpring() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Policy")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(CLASSES);
    }

    /**
     * Siblings do not call each other both ways (issue 12, point 6): the helpers they share live in a small
     * package-private class below both.
     */
    @Test
    void siblingCallsGoOneWay() {
        noClasses()
                .that()
                .haveFullyQualifiedName("vn.tochuc.appraisal.Calibrations")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("vn.tochuc.appraisal.Appraisals")
                .check(CLASSES);
        noClasses()
                .that()
                .haveFullyQualifiedName("vn.tochuc.evaluation.ItemCompiler")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("vn.tochuc.evaluation.PackCompiler")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("vn.tochuc.organization")
                .and()
                .haveSimpleNameEndingWith("Repository")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("vn.tochuc.organization.Restructuring")
                .check(CLASSES);
    }
}
