package org.labcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Topology;

class ResilienceCommandTest {
    static final String DUAL = CommandLineTest.SAMPLES.resolve("dmvpn-dual-hub.labcanvas").toString();

    @Test
    void theDualHubSampleSurvivesEverySingleFailureAndRanksThePrimaryHubFirst(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("resilience", DUAL, "--report", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Resilience of dmvpn-dual-hub.labcanvas: 16 single failures, each injected at "
                + "00:30:00 into the converged network and followed for 2h01m00s.");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("\\s+1  R0\\s+device\\s+2m05s\\s+10m00s\\s+-\\s+2m05s .*"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("\\s+2  R0 Tunnel0\\s+tunnel .*"));
        assertThat(r.out()).endsWith("No single failure cuts off a site other than its own.\n");
        String html = Files.readString(dir.resolve("resilience.html"));
        assertThat(html).contains("<svg", "R0 Tunnel0");
        assertThat(r.err()).isEqualTo("labcanvas: wrote " + dir.resolve("resilience.html") + "\n");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList()).containsExactly("resilience.html");
    }

    @Test
    void aDesignWithoutTheBackupHubIsFlaggedAndExitsOne(@TempDir Path dir) throws Exception {
        Project p = ProjectFile.load(Path.of(DUAL));
        Topology t = p.topology();
        List<Device> devices = t.devices().stream().filter(d -> !d.name().equals("R1"))
                .map(d -> d.withInterfaces(d.interfaces().stream().filter(i -> !i.name().equals("Tunnel1")).toList()))
                .toList();
        Path file = dir.resolve("single.labcanvas");
        ProjectFile.save(p.withTopology(new Topology(devices, t.links().stream().filter(l -> !l.touches("R1")).toList()))
                .withLayout(p.layout().without("R1")), file);
        CliRun r = CliRun.of("resilience", file.toString(), "--failures", "devices");
        assertEquals(1, r.exitCode(), r.err());
        assertThat(r.out()).contains("ISOLATION: R0 cuts off 2.2.2.2/32 from R3; 3.3.3.3/32 from R2");
    }

    @Test
    void maxOutageGatesOnTransientOutagesToo() {
        CliRun loose = CliRun.of("resilience", DUAL, "--failures", "devices", "--max-outage", "3m");
        assertEquals(0, loose.exitCode());
        assertThat(loose.out()).endsWith("No single failure cuts off a site other than its own; no outage lasts longer than 3m00s.\n");
        CliRun strict = CliRun.of("resilience", DUAL, "--failures", "devices", "--max-outage", "1m");
        assertEquals(1, strict.exitCode());
        assertThat(strict.out()).endsWith("OUTAGE: R0: R2 cannot reach 3.3.3.3/32 for 2m05s (more than 1m00s)\n");
    }

    @Test
    void detailsListWhatEachFailureLosesAndMoves() {
        CliRun r = CliRun.of("resilience", DUAL, "--failures", "devices", "--details");
        assertEquals(0, r.exitCode());
        assertThat(r.out()).contains("1. R0 (device): rerouted after 2m05s, settled after 10m00s\n",
                "   lost  R2 -> 3.3.3.3/32: 2m05s\n",
                "   moved R2 -> 3.3.3.3/32 (spoke-to-spoke): R2 > R0 Tunnel0 > R3 Tunnel0  =>  R2 > R1 Tunnel1 > R3 Tunnel1\n",
                "   IPsec session to re-establish: R2 10.4.2.1 - R0 10.4.0.1\n");
    }

    @Test
    void badInputIsExitTwoWithWhatIsWrong(@TempDir Path dir) throws Exception {
        CliRun kind = CliRun.of("resilience", DUAL, "--failures", "devices,boxes");
        assertEquals(2, kind.exitCode());
        assertEquals("labcanvas: error: --failures: 'boxes' is not a kind of failure; use devices, tunnels, links (comma-separated)\n",
                kind.err());
        CliRun time = CliRun.of("resilience", DUAL, "--max-outage", "soon");
        assertEquals(2, time.exitCode());
        assertThat(time.err()).startsWith("labcanvas: error: --max-outage soon is not a time");
        Path file = Files.writeString(dir.resolve("report"), "x");
        CliRun report = CliRun.of("resilience", DUAL, "--report", file.toString());
        assertEquals(2, report.exitCode());
        assertThat(report.err()).contains("is a file; give a folder");
        CliRun missing = CliRun.of("resilience", dir.resolve("nope.labcanvas").toString());
        assertEquals(2, missing.exitCode());
        assertThat(missing.out()).isEmpty();
    }
}
