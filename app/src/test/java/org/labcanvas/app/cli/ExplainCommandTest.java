package org.labcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
    static final String DUAL = CommandLineTest.SAMPLES.resolve("dmvpn-dual-hub.labcanvas").toString();
    static final String R0_FAILS = CommandLineTest.SAMPLES.resolve("r0-fails.yaml").toString();
    static final Path GOLDEN = Path.of("../model/src/test/resources/golden/explain");

    @TempDir
    Path dir;

    private static String golden(String name) throws IOException {
        return Files.readString(GOLDEN.resolve(name + ".txt"), StandardCharsets.UTF_8);
    }

    @Test
    void explainsTheSpokesRouteToTheHubLanOnTheSampleFile() throws IOException {
        CliRun r = CliRun.of("explain", DUAL, "R2", "10.10.10.0/24");
        assertEquals(new CliRun(0, golden("dual-hub-converged-R2-10.10.10.0-24"), ""), r);
        assertThat(r.out()).contains("  total 10 + 1 = 11\n", "via 10.1.1.1 (R1) on Tunnel1: 101, not used because 101 > 11");
    }

    @Test
    void afterTheScriptedHubFailureTheRouteIsViaTheBackupHub() throws IOException {
        CliRun r = CliRun.of("explain", DUAL, "R2", "10.10.10.0/24", "--events", R0_FAILS, "--at", "15m");
        assertEquals(new CliRun(0, golden("dual-hub-r0-fails-15m-R2-10.10.10.0-24"), ""), r);
    }

    @Test
    void theSameInputPrintsByteIdenticalOutput() {
        assertEquals(CliRun.of("explain", DUAL, "R3", "2.2.2.2"), CliRun.of("explain", DUAL, "R3", "2.2.2.2"));
    }

    @Test
    void anUnknownDeviceIsExitTwoListingTheDevices() {
        assertEquals(new CliRun(2, "", "labcanvas: error: " + DUAL
                + " has no device named 'R9'; it has LAN, Internet, R0, R1, R2, R3\n"), CliRun.of("explain", DUAL, "R9", "10.10.10.0/24"));
    }

    @Test
    void aDeviceThatIsNoRouterIsExitTwoListingTheRouters() {
        assertEquals(new CliRun(2, "", "labcanvas: error: LAN is not a router (it is a LAN): explain answers for routers; "
                + DUAL + " has R0, R1, R2, R3\n"), CliRun.of("explain", DUAL, "LAN", "10.10.10.0/24"));
    }

    @Test
    void aBadPrefixIsExitTwoSayingWhatIsWrong() {
        assertEquals(new CliRun(2, "", "labcanvas: error: PREFIX '10.10.10.5/24' has host bits set; the prefix is"
                + " 10.10.10.0/24 (or give the address 10.10.10.5 alone)\n"), CliRun.of("explain", DUAL, "R2", "10.10.10.5/24"));
        assertEquals(new CliRun(2, "", "labcanvas: error: PREFIX 'ten.ten' is not an IPv4 address or prefix"
                + " (write 10.10.10.0/24 or 10.10.10.5)\n"), CliRun.of("explain", DUAL, "R2", "ten.ten"));
    }

    @Test
    void aBadTimeIsExitTwoNamingTheOption() {
        CliRun r = CliRun.of("explain", DUAL, "R2", "10.10.10.0/24", "--at", "soon");
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertThat(r.err()).startsWith("labcanvas: error: --at soon is not a time (use 45s, 10m");
    }

    @Test
    void aBadEventsFileIsExitTwoWithItsLine() throws IOException {
        Path events = dir.resolve("bad.yaml");
        Files.writeString(events, "events:\n  - at: 10m\n    device: R9\n    action: down\n");
        CliRun r = CliRun.of("explain", DUAL, "R2", "10.10.10.0/24", "--events", events.toString());
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertThat(r.err()).startsWith("labcanvas: error: " + events + ":3: ");
    }

    @Test
    void aMissingProjectIsExitTwoNamingTheFile() {
        CliRun r = CliRun.of("explain", dir.resolve("none.labcanvas").toString(), "R2", "10.10.10.0/24");
        assertEquals(2, r.exitCode());
        assertThat(r.err()).startsWith("labcanvas: error: ").contains("none.labcanvas").doesNotContain("Exception");
    }
}
