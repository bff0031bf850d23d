package org.labcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The crosscheck's answers that need no lab: bad input, and machines where it cannot run. */
class CrosscheckCommandTest {
    static final String DUAL = CommandLineTest.SAMPLES.resolve("dmvpn-dual-hub.labcanvas").toString();
    static final String SINGLE = CommandLineTest.SAMPLES.resolve("dmvpn-single-hub.labcanvas").toString();

    @TempDir
    Path dir;

    @Test
    @ResourceLock("labcanvas.frr.dir")
    void withoutFrrItSaysWhyAndNeverPasses() {
        String before = System.getProperty("labcanvas.frr.dir");
        System.setProperty("labcanvas.frr.dir", dir.toString());
        try {
            CliRun r = CliRun.of("crosscheck", DUAL);
            assertEquals(ExitCodes.CANNOT_RUN, r.exitCode(), r.err());
            assertEquals("", r.out());
            // As root the daemons are missing; elsewhere root is: either way it says so and compares nothing.
            assertThat(r.err()).startsWith("labcanvas: cannot crosscheck here: crosscheck needs ")
                    .endsWith(". Nothing was compared.\n");
        } finally {
            if (before == null) {
                System.clearProperty("labcanvas.frr.dir");
            } else {
                System.setProperty("labcanvas.frr.dir", before);
            }
        }
    }

    @Test
    void aDesignWithoutOspfIsABadInput() {
        CliRun r = CliRun.of("crosscheck", SINGLE);
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("labcanvas: error: " + SINGLE + ": no router runs OSPF (router ospf); crosscheck compares OSPF"
                + " routes and neighbors, so there is nothing to compare\n", r.err());
    }

    @Test
    void cliEventsCannotBePlayedInTheLab() throws IOException {
        Path events = dir.resolve("cli.yaml");
        Files.writeString(events, "events:\n  - at: 10m\n    device: R2\n    cli: |\n      configure terminal\n      interface Tunnel0\n       shutdown\n      end\n");
        CliRun r = CliRun.of("crosscheck", DUAL, "--events", events.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("labcanvas: error: " + events + ":2: crosscheck plays device, interface and link events only,"
                + " not cli commands\n", r.err());
    }
}
