package org.labcanvas.model.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The model is pure Java: no UI toolkit may leak into it. */
class ModelPurityTest {
    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.labcanvas.model");

    @Test
    void modelDependsOnNoUiToolkit() {
        ArchRule rule = noClasses().that().resideInAPackage("org.labcanvas.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.mxgraph..")
                .because("model/ must stay pure Java: the UI reads the model, never the other way round");
        rule.check(MODEL);
    }

    @Test
    void modelDoesNotReachIntoTheApp() {
        noClasses().that().resideInAPackage("org.labcanvas.model..")
                .should().dependOnClassesThat().resideInAPackage("org.labcanvas.app..")
                .check(MODEL);
    }

    @Test
    void modelDoesNotPrintToTheConsole() {
        noClasses().that().resideInAPackage("org.labcanvas.model..")
                .should().accessField(System.class, "out")
                .because("the model logs through System.Logger; only the CLI prints")
                .check(MODEL);
    }
}
