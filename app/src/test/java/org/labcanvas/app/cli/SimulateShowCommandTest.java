package org.labcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateShowCommandTest {
    static final String DUAL = CommandLineTest.SAMPLES.resolve("dmvpn-dual-hub.labcanvas").toString();

    @TempDir
    Path dir;

    @Test
    void simulatePrintsTheTimelineInIosLogStyleAndIsDeterministic() {
        CliRun first = CliRun.of("simulate", DUAL, "--until", "5m");
        assertEquals(0, first.exitCode(), first.err());
        assertThat(first.out()).contains(
                "00:02:00 R2 %OSPF-5-ADJCHG: Process 1, Nbr 10.10.10.1 on Tunnel0 from LOADING to FULL, Loading Done\n");
        assertEquals(first.out(), CliRun.of("simulate", DUAL, "--until", "5m").out());
    }

    @Test
    void hubFailureMovesTheSpokeToTheBackupHubAfterTheDeadInterval() throws IOException {
        Path events = dir.resolve("r0-fails.yaml");
        Files.writeString(events, "events:\n  - at: 10m\n    device: R0\n    action: down\n");
        CliRun timeline = CliRun.of("simulate", DUAL, "--events", events.toString(), "--until", "15m");
        assertEquals(0, timeline.exitCode(), timeline.err());
        assertThat(timeline.out()).contains("00:12:00 R2 %OSPF-5-ADJCHG: Process 1, Nbr 10.10.10.1 on Tunnel0 from FULL to DOWN, "
                + "Neighbor Down: Dead timer expired");
        CliRun route = CliRun.of("show", DUAL, "R2", "sh ip ro os | i 3.3.3.3", "--events", events.toString(), "--at", "15m");
        assertEquals(0, route.exitCode(), route.err());
        assertThat(route.out()).contains("via 10.1.1.3").contains("Tunnel1").doesNotContain("Tunnel0");
    }

    @Test
    void showAnswersLikeTheRouter() {
        CliRun r = CliRun.of("show", DUAL, "R2", "show ip ospf neighbor");
        assertEquals(0, r.exitCode(), r.err());
        assertThat(r.out()).contains("10.10.10.1        1   FULL/DR ").contains("10.10.10.2        1   FULL/DR ");
    }

    @Test
    void invalidInputGetsTheCaretAndExitsOne() {
        CliRun r = CliRun.of("show", DUAL, "R2", "sh ip rout bogus");
        assertEquals(1, r.exitCode());
        assertEquals("              ^\n% Invalid input detected at '^' marker.\n\n", r.out());
    }

    @Test
    void unknownDeviceIsABadInputListingTheDevices() {
        CliRun r = CliRun.of("show", DUAL, "R9", "show version");
        assertEquals(2, r.exitCode());
        assertThat(r.err()).contains("has no device named 'R9'; it has LAN, Internet, R0, R1, R2, R3");
    }

    @Test
    void aDeviceWhoseConsoleIsNotSimulatedSaysSo() {
        CliRun r = CliRun.of("show", CommandLineTest.SAMPLES.resolve("6in4-tunnelbroker.labcanvas").toString(), "BROKER",
                "ip -6 route");
        assertEquals(3, r.exitCode());
        assertThat(r.err()).startsWith("labcanvas: BROKER is ").endsWith(": its console is not simulated yet (show answers"
                + " for IOS routers, ACE modules and macOS, FreeBSD and Linux hosts)\n");
        assertEquals("", r.out());
    }

    @Test
    void simulatingADesignWithNothingToSimulateSaysSo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // the ACE pair without its ACE settings: two modules with nothing to simulate
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var tree = mapper.readTree(CommandLineTest.SAMPLES.resolve("ace-ft-upgrade.labcanvas").toFile());
        for (var d : tree.path("topology").path("devices")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) d).remove("ace");
        }
        java.nio.file.Path design = dir.resolve("bare-ace.labcanvas");
        mapper.writeValue(design.toFile(), tree);
        CliRun r = CliRun.of("simulate", design.toString());
        assertEquals(3, r.exitCode(), r.err());
        assertThat(r.err()).contains("has no IOS router, ACE module or 6in4 tunnel; its devices (").contains("ACE_1, ACE_2")
                .contains(") are not simulated");
        assertEquals("", r.out());
    }

    @Test
    void simulatingTheAceSamplePrintsTheFtTimeline() {
        CliRun r = CliRun.of("simulate", CommandLineTest.SAMPLES.resolve("ace-ft-upgrade.labcanvas").toString(), "--until", "3m");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of(
                "00:02:00 ACE_2 %ACE-6-FT_STATE: FT group 1 (Admin) state FSM_FT_STATE_STANDBY_BULK -> FSM_FT_STATE_STANDBY_HOT",
                "00:02:00 ACE_2 %ACE-3-FT_SYNC: FT group 2 (C1) configuration sync failed: bulk sync of the context did not complete",
                "00:02:00 ACE_2 %ACE-6-FT_STATE: FT group 2 (C1) state FSM_FT_STATE_STANDBY_BULK -> FSM_FT_STATE_STANDBY_COLD",
                "00:02:00 ACE_2 %ACE-6-FT_STATE: FT group 3 (C2) state FSM_FT_STATE_STANDBY_BULK -> FSM_FT_STATE_STANDBY_HOT"),
                r.out().lines().filter(l -> l.startsWith("00:02:00")).toList());
        assertEquals("", r.err());
    }

    @Test
    void showOnAnAceAnswersWithItsConsoleAndItsComplaintIsExitOne() {
        String ace = CommandLineTest.SAMPLES.resolve("ace-ft-upgrade.labcanvas").toString();
        CliRun ok = CliRun.of("show", ace, "ACE_2", "show ft group 2 detail | include My State");
        assertEquals(0, ok.exitCode(), ok.err());
        assertEquals("My State                     : FSM_FT_STATE_STANDBY_COLD\n", ok.out());
        CliRun bad = CliRun.of("show", ace, "ACE_2", "show ft grp");
        assertEquals(1, bad.exitCode());
        assertEquals("                     ^\n% invalid command detected at '^' marker.\n", bad.out());
    }

    @Test
    void theScriptedEventIsALineOfTheTimeline() {
        CliRun r = CliRun.of("simulate", DUAL, "--events", CommandLineTest.SAMPLES.resolve("r0-fails.yaml").toString(), "--until", "11m");
        assertEquals(0, r.exitCode(), r.err());
        assertThat(r.out()).contains("00:10:00 R0 event: power off (line 5)\n");
    }

    @Test
    void anUnsupportedCliLineOrAnOverflowingTimeIsExitTwoWithTheLineAndNoSecret() throws IOException {
        Path events = dir.resolve("cli.yaml");
        Files.writeString(events, "events:\n  - at: 1m\n    device: R2\n    cli: |\n      conf t\n"
                + "      crypto isakmp key S3cretKey99 address 0.0.0.0 0.0.0.0\n");
        CliRun r = CliRun.of("simulate", DUAL, "--events", events.toString());
        assertEquals(2, r.exitCode());
        assertThat(r.err()).startsWith("labcanvas: error: " + events + ":6: 'crypto ...' is not a command the simulation applies")
                .doesNotContain("S3cretKey99").doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z][A-Za-z]+(Exception|Error)");
        CliRun t = CliRun.of("simulate", DUAL, "--until", "99999999999999999999");
        assertEquals(2, t.exitCode());
        assertThat(t.err()).contains("--until 99999999999999999999 is not a time").contains("at most 30 days");
        Files.writeString(events, "events:\n  - at: 1m\n    device: R2\n    ping: 10.0.0.1\n    repeat: 99999999999999\n");
        CliRun p = CliRun.of("simulate", DUAL, "--events", events.toString());
        assertEquals(2, p.exitCode());
        assertThat(p.err()).contains(events + ":5: bad repeat count");
    }

    @Test
    void badEventScriptNamesTheLineAndNothingRuns() throws IOException {
        Path events = dir.resolve("bad.yaml");
        Files.writeString(events, "events:\n  - at: 10m\n    device: R9\n    action: down\n");
        CliRun r = CliRun.of("simulate", DUAL, "--events", events.toString());
        assertEquals(2, r.exitCode());
        assertThat(r.err()).startsWith("labcanvas: error: " + events + ":3: ").endsWith("(nothing was simulated)\n");
        assertEquals("", r.out());
    }

    @Test
    void badTimeIsABadInput() {
        CliRun r = CliRun.of("simulate", DUAL, "--until", "soon");
        assertEquals(2, r.exitCode());
        assertThat(r.err()).contains("--until soon is not a time");
    }

    @Test
    void benchPrintsATableRow() {
        CliRun r = CliRun.of("bench", "--spokes", "20", "--until", "2m", "--step-until", "12m", "--runs", "1");
        assertEquals(0, r.exitCode(), r.err());
        assertThat(r.out()).startsWith("| spokes | run, CPU |").containsPattern("(?m)^\\| 20 \\| [0-9.]+ s \\|.* ms \\| \\d+ MB \\(\\d+\\) \\|$");
    }

    @Test
    void benchJsonHasOneObjectPerSizeWithTheSteppingKeys() {
        CliRun r = CliRun.of("bench", "--spokes", "10,20", "--until", "2m", "--step-until", "12m", "--runs", "1", "--json");
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length);
        for (String key : java.util.List.of("spokes", "runCpuMs", "stateAtMs", "stepMs", "backMs", "heapMb")) {
            assertThat(lines[0]).contains("\"" + key + "\": ");
        }
        assertThat(lines[1]).startsWith("{\"spokes\": 20, ");
    }

    @Test
    void theAceUpgradeRunbookWritesEventsThatCheckCleanAndAnEditWithoutNoPreemptIsFlagged() throws IOException {
        String ace = CommandLineTest.SAMPLES.resolve("ace-ft-upgrade.labcanvas").toString();
        Path events = dir.resolve("upgrade.yaml");
        CliRun r = CliRun.of("runbook", "ace-upgrade", ace, "--pair", "ACE_1,ACE_2", "--image", "c6ace-t1k9-mz.A2_2_3.bin",
                "-o", events.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertThat(r.out()).endsWith("check: every step's precondition holds in the simulation of the runbook\n");
        assertEquals("wrote " + events + "\n", r.err());
        CliRun sim = CliRun.of("simulate", ace, "--events", events.toString(), "--until", "45m");
        assertEquals(0, sim.exitCode(), sim.err());
        assertThat(sim.out()).doesNotContain(" warning ");
        String yaml = Files.readString(events);
        Path edited = Files.writeString(dir.resolve("edited.yaml"),
                yaml.substring(0, yaml.indexOf("  # 2. no preempt")) + yaml.substring(yaml.indexOf("  # 3. copy")));
        CliRun c = CliRun.of("runbook", "ace-upgrade", ace, "--pair", "ACE_1,ACE_2", "--image", "c6ace-t1k9-mz.A2_2_3.bin",
                "--check", edited.toString());
        assertEquals(1, c.exitCode(), c.err());
        assertThat(c.out()).startsWith("flagged: " + edited + ":75: 00:23:00 ACE_1: switchover of FT group 1 (Admin) with"
                + " preempt left on (no preempt forgotten); impact: the switchover is refused\n");
    }
}
