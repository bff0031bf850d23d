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
    void aceBriefCaptureIsCheckedGroupByGroup() throws IOException {
        Path f = dir.resolve("ace.log");
        Files.writeString(f, """
                ACE_2/Admin# sh ft gr br

                FT Group ID: 1    My State:FSM_FT_STATE_STANDBY_HOT    Peer State:FSM_FT_STATE_ACTIVE
                              Context Name: Admin                 Context Id: 0

                FT Group ID: 2    My State:FSM_FT_STATE_STANDBY_HOT    Peer State:FSM_FT_STATE_ACTIVE
                              Context Name: C1                    Context Id: 4

                FT Group ID: 3    My State:FSM_FT_STATE_STANDBY_HOT    Peer State:FSM_FT_STATE_ACTIVE
                              Context Name: C2                    Context Id: 3

                ACE_2/Admin#
                """);
        CliRun r = CliRun.of("check", SAMPLES.resolve("ace-ft-upgrade.labcanvas").toString(), f.toString());
        assertEquals(1, r.exitCode(), r.out());
        assertThat(r.out()).startsWith("Checking against the simulation at 00:05:00:\n"
                + "PASS ACE_2 show ft group brief: FT group 1: expected STANDBY_HOT, peer ACTIVE, seen STANDBY_HOT, peer ACTIVE (" + f + ":1)\n"
                + "FAIL ACE_2 show ft group brief: FT group 2: expected STANDBY_COLD, peer ACTIVE, seen STANDBY_HOT, peer ACTIVE (" + f + ":1)\n"
                + "PASS ACE_2 show ft group brief: FT group 3: expected STANDBY_HOT, peer ACTIVE, seen STANDBY_HOT, peer ACTIVE (" + f + ":1)\n");
        assertThat(r.out()).contains("2 passed, 1 failed, 0 unreadable, 2 not covered");
    }

    @Test
    void sixInFourHostLogWithAZshPromptPasses() throws IOException {
        Path f = dir.resolve("mac-session.txt");
        Files.writeString(f, """
                jdoe@MAC ~ % ifconfig gif0
                gif0: flags=8051<UP,POINTOPOINT,RUNNING,MULTICAST> mtu 1480
                	tunnel inet 203.0.113.45 --> 216.66.80.26
                	inet6 2001:db8::2 --> 2001:db8::1 prefixlen 128
                jdoe@MAC ~ % ping6 -c3 2001:db8::1
                PING6(56=40+8+8 bytes) 2001:db8::2 --> 2001:db8::1
                16 bytes from 2001:db8::1, icmp_seq=0 hlim=64 time=23.412 ms
                16 bytes from 2001:db8::1, icmp_seq=1 hlim=64 time=22.871 ms
                16 bytes from 2001:db8::1, icmp_seq=2 hlim=64 time=24.005 ms

                --- 2001:db8::1 ping6 statistics ---
                3 packets transmitted, 3 packets received, 0.0% packet loss
                round-trip min/avg/max/std-dev = 22.871/23.429/24.005/0.463 ms
                jdoe@MAC ~ %
                """);
        CliRun r = CliRun.of("check", SAMPLES.resolve("6in4-tunnelbroker.labcanvas").toString(), f.toString());
        assertEquals(0, r.exitCode(), r.out());
        assertThat(r.out()).startsWith("Checking against the simulation at 00:05:00:\n"
                + "PASS MAC ifconfig gif0: 6in4 tunnel gif0: expected local 203.0.113.45, remote 216.66.80.26, seen local"
                + " 203.0.113.45, remote 216.66.80.26 (" + f + ":1)\n"
                + "PASS MAC ping6 2001:db8::1: ping 2001:db8::1: expected answered, seen answered (" + f + ":5)\n");
    }
}
