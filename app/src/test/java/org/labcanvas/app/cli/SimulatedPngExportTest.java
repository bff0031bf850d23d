package org.labcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.app.ui.export.PngExport;
import org.labcanvas.app.ui.sim.CanvasState;
import org.labcanvas.app.ui.sim.SimulationOverlay;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.sim.Session;
import org.labcanvas.model.sim.events.EventScriptParser;

class SimulatedPngExportTest {
    private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
    private static final Path DUAL = SAMPLES.resolve("dmvpn-dual-hub.labcanvas");
    private static final Path R0_FAILS = SAMPLES.resolve("r0-fails.yaml");

    private static byte[] expected(Duration at) throws Exception {
        Project p = ProjectFile.load(DUAL);
        Session s = new Session(p.topology(),
                EventScriptParser.forTopology(p.topology()).parse(Files.readString(R0_FAILS)), false);
        s.runTo(at);
        return PngExport.bytes(p, new SimulationOverlay(CanvasState.of(p.topology(), s.state(), null)));
    }

    @Test
    void pngsBeforeAndAfterTheDeadIntervalShowTheStateThen(@TempDir Path out) throws Exception {
        CliRun before = CliRun.of("export", DUAL.toString(), "-o", out.toString(), "--only", "png",
                "--events", R0_FAILS.toString(), "--at", "11m");
        CliRun after = CliRun.of("export", DUAL.toString(), "-o", out.toString(), "--only", "png",
                "--events", R0_FAILS.toString(), "--at", "14m");
        assertEquals("dmvpn-dual-hub-at-11m.png\n", before.out());
        assertEquals("dmvpn-dual-hub-at-14m.png\n", after.out());
        byte[] at11 = Files.readAllBytes(out.resolve("dmvpn-dual-hub-at-11m.png"));
        byte[] at14 = Files.readAllBytes(out.resolve("dmvpn-dual-hub-at-14m.png"));
        assertThat(at11).isEqualTo(expected(Duration.ofMinutes(11)));
        assertThat(at14).isEqualTo(expected(Duration.ofMinutes(14)));
        assertThat(at11).isNotEqualTo(at14);
        BufferedImage image = ImageIO.read(out.resolve("dmvpn-dual-hub-at-14m.png").toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(PngExport.MIN_WIDTH);
    }

    @Test
    void theSimulationOptionsBelongToThePngExport(@TempDir Path out) {
        CliRun r = CliRun.of("export", DUAL.toString(), "-o", out.toString(), "--only", "configs", "--at", "14m");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("labcanvas: error: --at applies to the png export only (add --only png)\n", r.err());
    }

    @Test
    void aBadTimeIsRefusedNamingTheOption(@TempDir Path out) {
        CliRun r = CliRun.of("export", DUAL.toString(), "-o", out.toString(), "--only", "png", "--at", "later");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertThat(r.err()).startsWith("labcanvas: error: --at later is not a time");
    }
}
