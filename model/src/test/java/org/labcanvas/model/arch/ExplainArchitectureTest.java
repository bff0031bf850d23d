package org.labcanvas.model.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Explanations, like {@code show}, are read from a network snapshot and never from a live engine. */
class ExplainArchitectureTest {
    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.labcanvas.model");

    @Test
    void explainReadsSnapshotsOnly() {
        noClasses().that().resideInAPackage("org.labcanvas.model.explain..")
                .should().dependOnClassesThat().haveNameMatching(
                        "org\\.labcanvas\\.model\\.sim\\.(Engine|Session|Simulation|Timeline|ProtocolProcesses"
                                + "|ospf\\.OspfEngine|nhrp\\.NhrpEngine|ipsec\\.IpsecSessions|sixinfour\\.SixInFourEngine|ft\\.FtEngine"
                                + "|core\\.(Clock|Scheduler|EventLog|ProtocolProcess|ProcessContext))(\\$.*)?")
                .because("an explanation reads an immutable snapshot of the network (NetworkState), never a live engine")
                .check(MODEL);
    }

    @Test
    void nothingInTheSimulationOrShowDependsOnExplain() {
        noClasses().that().resideInAnyPackage("org.labcanvas.model.sim..", "org.labcanvas.model.show..")
                .should().dependOnClassesThat().resideInAPackage("org.labcanvas.model.explain..")
                .check(MODEL);
    }
}
