package org.labcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    static final Path SAMPLES = CommandLineTest.SAMPLES;
    static final Path CAPTURES = Path.of("../model/src/test/resources/verify/captures");

    @TempDir
    Path dir;

    @Test
    void dualHubTerminalCapturesPassAndExitZero() {
        CliRun r = CliRun.of("check", SAMPLES.resolve("dmvpn-dual-hub.labcanvas").toString(),
                CAPTURES.resolve("dmvpn-dual-hub").toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertThat(r.out()).contains("PASS R2 show ip route ospf: route 3.3.3.3/32: expected O [110/11] via 10.0.0.3 Tunnel0,"
                + " seen O [110/11] via 10.0.0.3 Tunnel0 (" + CAPTURES.resolve("dmvpn-dual-hub/R2.log") + ":16)");
        assertThat(r.out()).endsWith("\n52 passed, 0 failed, 0 unreadable, 4 not covered\n");
        assertThat(r.out()).doesNotContain("FAIL");
        assertEquals("", r.err());
    }

    @Test
    void aCaptureWithAChangedMetricExitsOneNamingTheRoute() {
        CliRun r = CliRun.of("check", SAMPLES.resolve("dmvpn-dual-hub.labcanvas").toString(),
                CAPTURES.resolve("dmvpn-dual-hub-wrong/R2.log").toString());
        assertEquals(1, r.exitCode());
        assertThat(r.out().lines().filter(l -> l.startsWith("FAIL")).toList()).containsExactly(
                "FAIL R2 show ip route ospf: route 3.3.3.3/32: expected O [110/11] via 10.0.0.3 Tunnel0, seen O [110/21] via"
                        + " 10.0.0.3 Tunnel0 (" + CAPTURES.resolve("dmvpn-dual-hub-wrong/R2.log") + ":16)");
    }

    @Test
    void singleHubCapturesPass() {
        CliRun r = CliRun.of("check", SAMPLES.resolve("dmvpn-single-hub.labcanvas").toString(),
                CAPTURES.resolve("dmvpn-single-hub").toString());
        assertEquals(0, r.exitCode(), r.out());
        assertThat(r.out()).endsWith("\n18 passed, 0 failed, 0 unreadable, 0 not covered\n");
    }

    @Test
    void anUnknownPromptIsBadInputWithFileAndLine() throws IOException {
        Path f = dir.resolve("session.log");
        Files.writeString(f, "R2#sh ip nhrp nhs\nLegend: E=Expecting replies, R=Responding, W=Waiting\nR7#sh dmvpn\n");
        CliRun r = CliRun.of("check", SAMPLES.resolve("dmvpn-dual-hub.labcanvas").toString(), f.toString());
        assertEquals(2, r.exitCode());
        assertEquals("labcanvas: error: " + f + ":3: the prompt R7# names no device of the design (devices: Internet, LAN,"
                + " R0, R1, R2, R3)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMissingCaptureIsBadInput() {
        Path f = dir.resolve("nothing.log");
        CliRun r = CliRun.of("check", SAMPLES.resolve("dmvpn-dual-hub.labcanvas").toString(), f.toString());
        assertEquals(2, r.exitCode());
        assertEquals("labcanvas: error: " + f + ": no such file or folder\n", r.err());
    }

    @Test
    void capturesAfterTheHubFailedAreCheckedAgainstThatMoment() throws IOException {
        Path f = dir.resolve("R2.log");
        Files.writeString(f, """
                R2#sh ip ro os | i 10.10
                O        10.10.10.0/24 [110/101] via 10.1.1.1, 00:04:10, Tunnel1
                R2#sh ip ospf nei

                Neighbor ID     Pri   State           Dead Time   Address         Interface
                10.10.10.2        1   FULL/DR         00:01:41    10.1.1.1        Tunnel1
                R2#
                """);
        CliRun r = CliRun.of("check", SAMPLES.resolve("dmvpn-dual-hub.labcanvas").toString(), f.toString(),
                "--events", SAMPLES.resolve("r0-fails.yaml").toString(), "--at", "15m");
        assertEquals(0, r.exitCode(), r.out());
        assertThat(r.out()).startsWith("Checking against the simulation at 00:15:00 with " + SAMPLES.resolve("r0-fails.yaml") + ":\n"
                + "PASS R2 show ip ospf neighbor: neighbor 10.10.10.2 on Tunnel1: expected FULL/DR, seen FULL/DR (" + f + ":3)\n");
        assertThat(r.out()).contains("  " + f + ":1: R2 'sh ip ro os | i 10.10' is not a command check reads (filtered output)\n");
    }

    @Test
    void aceCapturesAreListedAsNotCheckedYetAndDoNotPass() throws IOException {
        Path f = dir.resolve("ace.log");
        Files.writeString(f, "ACE_1/Admin# show ft group brief\nFT Group                     : 1\nACE_1/Admin#\n");
        CliRun r = CliRun.of("check", SAMPLES.resolve("ace-ft-upgrade.labcanvas").toString(), f.toString());
        assertEquals(1, r.exitCode());
        assertEquals("""
                Checking against the simulation at 00:05:00:

                Not read:
                  ACE_1: not checked (ACE modules are not checked yet in this release; only IOS routers are)

                0 passed, 0 failed, 0 unreadable, 0 not covered
                No fact was compared: the captures hold none of the commands check reads for the design's IOS routers.
                """, r.out());
    }
}
