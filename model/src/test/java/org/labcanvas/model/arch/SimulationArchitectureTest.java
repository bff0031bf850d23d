package org.labcanvas.model.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape of the simulation: packages without cycles, protocols that build only on the core
 * (never on each other), and views that read snapshots only.
 */
class SimulationArchitectureTest {
    private static final JavaClasses SIM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.labcanvas.model.sim");
    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.labcanvas.model");

    /** What any protocol may build on besides its own package. */
    private static final String[] FOUNDATION = {"java..", "org.labcanvas.model.sim.core..",
            "org.labcanvas.model.sim.overlay..", "org.labcanvas.model.sim.underlay..", "org.labcanvas.model.sim.rib..",
            "org.labcanvas.model.topology..", "org.labcanvas.model.addr..", "org.labcanvas.model.analysis.."};

    @Test
    void simulationPackagesHaveNoCycles() {
        slices().matching("org.labcanvas.model.(**)").should().beFreeOfCycles().check(SIM);
    }

    @Test
    void ospfBuildsOnlyOnTheCore() {
        onlyOnTheCore("ospf");
    }

    @Test
    void nhrpBuildsOnlyOnTheCore() {
        onlyOnTheCore("nhrp");
    }

    @Test
    void ipsecBuildsOnlyOnTheCore() {
        onlyOnTheCore("ipsec");
    }

    @Test
    void sixInFourBuildsOnlyOnTheCore() {
        onlyOnTheCore("sixinfour");
    }

    @Test
    void aceFaultToleranceBuildsOnlyOnTheCore() {
        onlyOnTheCore("ft");
    }

    private static void onlyOnTheCore(String protocol) {
        String[] allowed = java.util.Arrays.copyOf(FOUNDATION, FOUNDATION.length + 1);
        allowed[FOUNDATION.length] = "org.labcanvas.model.sim." + protocol + "..";
        classes().that().resideInAPackage("org.labcanvas.model.sim." + protocol + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .because("a protocol plugs into the core and never reaches into another protocol")
                .check(SIM);
    }

    @Test
    void theCoreKnowsNoProtocol() {
        noClasses().that().resideInAnyPackage("org.labcanvas.model.sim.core..", "org.labcanvas.model.sim.overlay..",
                        "org.labcanvas.model.sim.underlay..", "org.labcanvas.model.sim.rib..")
                .should().dependOnClassesThat().resideInAnyPackage("org.labcanvas.model.sim.ospf..",
                        "org.labcanvas.model.sim.nhrp..", "org.labcanvas.model.sim.ipsec..",
                        "org.labcanvas.model.sim.sixinfour..", "org.labcanvas.model.sim.ft..")
                .check(SIM);
    }

    @Test
    void showReadsSnapshotsOnly() {
        noClasses().that().resideInAPackage("org.labcanvas.model.show..")
                .should().dependOnClassesThat().haveNameMatching(
                        "org\\.labcanvas\\.model\\.sim\\.(Engine|Session|Simulation|Timeline|ProtocolProcesses"
                                + "|ospf\\.OspfEngine|nhrp\\.NhrpEngine|ipsec\\.IpsecSessions|sixinfour\\.SixInFourEngine|ft\\.FtEngine"
                                + "|core\\.(Clock|Scheduler|EventLog|ProtocolProcess|ProcessContext))(\\$.*)?")
                .because("show renders an immutable snapshot of the network (NetworkState) and never a live engine")
                .check(MODEL);
    }
}
