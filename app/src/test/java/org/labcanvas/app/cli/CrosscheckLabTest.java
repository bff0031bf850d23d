package org.labcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Assumptions;
import org.labcanvas.app.crosscheck.FrrInstallation;

/**
 * The crosscheck for real: FRRouting in network namespaces against the simulation, on the
 * dual-hub sample and generated 2- and 3-hub designs, before and after the primary hub fails.
 * Needs root and the Debian package frr (.ci/run installs it); elsewhere every test is skipped
 * with the reason, which is printed too: a skip is never a pass.
 */
class CrosscheckLabTest {
    static final String DUAL = CommandLineTest.SAMPLES.resolve("dmvpn-dual-hub.labcanvas").toString();

    @TempDir
    Path dir;

    @BeforeAll
    static void needsRootAndFrr() {
        FrrInstallation.Result frr = FrrInstallation.find();
        if (!frr.usable()) {
            System.err.println("SKIPPED crosscheck lab tests (nothing was compared): " + frr.problem());
        }
        Assumptions.assumeTrue(frr.usable(), () -> "crosscheck lab tests skipped: " + frr.problem());
    }

    private Path events(String device) throws IOException {
        Path events = dir.resolve(device + "-fails.yaml");
        Files.writeString(events, "events:\n  - at: 10m\n    device: " + device + "\n    action: down\n");
        return events;
    }

    private Path generate(int hubs, int spokes) {
        Path file = dir.resolve(hubs + "-hubs.labcanvas");
        CliRun g = CliRun.of("generate", "dmvpn", "--hubs", String.valueOf(hubs), "--spokes", String.valueOf(spokes),
                "-o", file.toString());
        assertEquals(0, g.exitCode(), g.err());
        return file;
    }

    private static void assertLabRemoved() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ip", "netns", "list").start();
        String namespaces = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        assertThat(namespaces).doesNotContain("lc" + ProcessHandle.current().pid() + "x");
    }

    @Test
    void dualHubSampleMatchesFrrBeforeAndAfterThePrimaryHubFails() throws Exception {
        CliRun r = CliRun.of("crosscheck", DUAL, "--events", events("R0").toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertThat(r.out()).contains("== after convergence", "== after the events",
                "10 routes compared, 0 differ; 10 neighbors compared, 0 differ\n",
                "7 routes compared, 0 differ; 4 neighbors compared, 0 differ\n");
        assertThat(r.out()).endsWith("\n17 routes compared, 0 differ\n14 neighbors compared, 0 differ\n");
        assertThat(r.out()).contains("  10.0.0.0/24            110 via 10.1.1.2 Tunnel1, 10.1.1.3 Tunnel1  "
                + "110 via 10.1.1.2 Tunnel1, 10.1.1.3 Tunnel1  ok\n");
        assertLabRemoved();
    }

    @Test
    void importedDualHubRunningConfigsMatchFrrBeforeAndAfterThePrimaryHubFails() throws Exception {
        Path configs = Path.of(System.getProperty("model.dir", "../model"), "src/test/resources/ios/dual-hub");
        Path design = dir.resolve("imported.labcanvas");
        CliRun i = CliRun.of("import", configs.resolve("R0.cfg").toString(), configs.resolve("R1.cfg").toString(),
                configs.resolve("R2.cfg").toString(), configs.resolve("R3.cfg").toString(), "-o", design.toString());
        assertEquals(0, i.exitCode(), i.err());
        CliRun r = CliRun.of("crosscheck", design.toString(), "--events", events("R0").toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertThat(r.out()).endsWith("\n17 routes compared, 0 differ\n14 neighbors compared, 0 differ\n");
        assertLabRemoved();
    }

    @Test
    void generatedTwoHubDesignMatchesFrr() throws Exception {
        CliRun r = CliRun.of("crosscheck", generate(2, 3).toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertThat(r.out()).endsWith("\n17 routes compared, 0 differ\n14 neighbors compared, 0 differ\n");
        assertLabRemoved();
    }

    @Test
    void generatedThreeHubDesignMatchesFrrAfterThePrimaryHubFails() throws Exception {
        CliRun r = CliRun.of("crosscheck", generate(3, 3).toString(), "--events", events("HUB1").toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertThat(r.out()).contains("24 routes compared, 0 differ; 24 neighbors compared, 0 differ\n",
                "19 routes compared, 0 differ; 14 neighbors compared, 0 differ\n");
        assertThat(r.out()).endsWith("\n43 routes compared, 0 differ\n38 neighbors compared, 0 differ\n");
        assertLabRemoved();
    }

    /**
     * A difference the crosscheck found, now fixed: with equal tunnel costs a spoke reaches the
     * other spoke's loopback through both hubs' subnets at cost 11, and FRR installs both paths.
     * The simulation kept one until its SPF took network vertices before router vertices on a tie
     * (RFC 2328 16.1 step 3, "so that all equal-cost paths are found").
     */
    @Test
    void equalCostOverlaysGiveBothPathsAsInFrr() throws Exception {
        org.labcanvas.model.project.Project p = org.labcanvas.model.project.ProjectFile.load(Path.of(DUAL));
        var t = p.topology();
        for (String router : List.of("R0", "R1", "R2", "R3")) {
            t = t.withDevice(router, d -> {
                var out = d;
                for (var i : d.interfaces()) {
                    if (i.ospf() != null && i.ospf().cost() != null) {
                        out = out.withInterface(i.name(), x -> x.withOspf(x.ospf().withCost(10)));
                    }
                }
                return out;
            });
        }
        Path design = dir.resolve("equal-costs.labcanvas");
        org.labcanvas.model.project.ProjectFile.save(p.withTopology(t), design);
        CliRun r = CliRun.of("crosscheck", design.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertThat(r.out()).contains(
                "  3.3.3.3/32                     11 via 10.0.0.3 Tunnel0, 10.1.1.3 Tunnel1  "
                        + "11 via 10.0.0.3 Tunnel0, 10.1.1.3 Tunnel1  ok\n",
                "  2.2.2.2/32                     11 via 10.0.0.2 Tunnel0, 10.1.1.2 Tunnel1  "
                        + "11 via 10.0.0.2 Tunnel0, 10.1.1.2 Tunnel1  ok\n");
        assertThat(r.out()).endsWith("\n10 routes compared, 0 differ\n10 neighbors compared, 0 differ\n");
        assertLabRemoved();
    }
}
