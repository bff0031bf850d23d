package org.labcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** simulate and show on the 6in4 sample: the timeline of the tunnel and the updater, and the host's console. */
class SixInFourCommandLineTest {
    static final String SIX = CommandLineTest.SAMPLES.resolve("6in4-tunnelbroker.labcanvas").toString();
    static final String EVENTS = CommandLineTest.SAMPLES.resolve("6in4-ip-change.yaml").toString();
    static final String KEY = "Tb-Upd8-9fK2qW7xR4zL3nP6";

    @TempDir
    Path dir;

    @Test
    void simulatePrintsTheTunnelAndUpdaterTimelineWithEachCause() {
        CliRun r = CliRun.of("simulate", SIX, "--events", EVENTS, "--until", "26m");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        assertEquals("""
                00:00:00 MAC 6in4 gif0: IPv6 up: protocol 41 between 203.0.113.45 and 216.66.80.26 passes both ways
                00:05:00 MAC updater: public IPv4 203.0.113.45; nic/update?hostname=722156&myip=203.0.113.45 answered "nochg 203.0.113.45"
                00:07:00 MAC event: public IPv4 changes to 198.51.100.7 (line 9)
                00:07:00 MAC 6in4 gif0: IPv6 down: the broker sends protocol 41 to 203.0.113.45, but the public IPv4 is now 198.51.100.7 (the updater has not told the broker yet)
                00:10:00 MAC updater: public IPv4 198.51.100.7 (last reported 203.0.113.45); nic/update?hostname=722156&myip=198.51.100.7 answered "good 198.51.100.7"
                00:10:00 MAC 6in4 gif0: IPv6 up: protocol 41 between 198.51.100.7 and 216.66.80.26 passes both ways
                00:20:00 MAC event: CPE NAT on (line 13)
                00:20:00 MAC 6in4 gif0: IPv6 down: the CPE in front of MAC does NAT and does not forward protocol 41
                00:22:00 MAC event: CPE NAT off (line 17)
                00:22:00 MAC 6in4 gif0: IPv6 up: protocol 41 between 198.51.100.7 and 216.66.80.26 passes both ways
                00:25:00 BROKER event: firewall blocks protocol 41 (line 21)
                00:25:00 MAC 6in4 gif0: IPv6 down: a firewall in front of the broker 216.66.80.26 drops protocol 41
                """, r.out());
        assertThat(r.out()).doesNotContain(KEY);
    }

    @Test
    void ping6OnTheMacWorksThenFailsAfterTheAddressChangeThenWorksAfterTheUpdater() {
        for (String[] at : new String[][] {{"6m", "3 packets received"}, {"8m", "0 packets received"}, {"10m", "3 packets received"}}) {
            CliRun r = CliRun.of("show", SIX, "MAC", "ping6 -c 3 2001:db8::1", "--events", EVENTS, "--at", at[0]);
            assertEquals(0, r.exitCode(), r.err());
            assertThat(r.out()).startsWith("PING6(56=40+8+8 bytes) 2001:db8::2 --> 2001:db8::1\n").contains(at[1]);
        }
    }

    @Test
    void theHostConsolesAnswerInTheirOwnWords() {
        CliRun ifconfig = CliRun.of("show", SIX, "MAC", "ifconfig gif0");
        assertEquals(0, ifconfig.exitCode(), ifconfig.err());
        assertThat(ifconfig.out()).startsWith("gif0: flags=8051<UP,POINTOPOINT,RUNNING,MULTICAST> mtu 1480\n"
                + "\ttunnel inet 203.0.113.45 --> 216.66.80.26\n");
        CliRun linux = CliRun.of("show", SIX, "V6HOST", "ip -6 route");
        assertEquals(0, linux.exitCode(), linux.err());
        assertEquals("""
                2001:db8:ff::/64 dev eth0 proto kernel metric 256 pref medium
                fe80::/64 dev eth0 proto kernel metric 256 pref medium
                default via 2001:db8:ff::1 dev eth0 metric 1024 pref medium
                """, linux.out());
        CliRun unknown = CliRun.of("show", SIX, "MAC", "ipconfig");
        assertEquals(1, unknown.exitCode());
        assertEquals("zsh: command not found: ipconfig\n", unknown.out());
        CliRun other = CliRun.of("show", SIX, "MAC", "netstat -an");
        assertEquals(3, other.exitCode());
    }

    @Test
    void theBrokerConsoleStaysNotSimulated() {
        CliRun r = CliRun.of("show", SIX, "BROKER", "ip -6 route");
        assertEquals(3, r.exitCode());
        assertThat(r.err()).contains("BROKER").contains("its console is not simulated yet");
        assertEquals("", r.out());
    }

    @Test
    void aBad6in4EventIsExitTwoWithItsLine() throws IOException {
        Path events = dir.resolve("bad.yaml");
        Files.writeString(events, "events:\n  - at: 7m\n    device: MAC\n    action: public-ip-change\n    address: soon\n");
        CliRun r = CliRun.of("simulate", SIX, "--events", events.toString());
        assertEquals(2, r.exitCode());
        assertEquals("labcanvas: error: " + events + ":5: 'soon' is not an IPv4 address (write it dotted: 198.51.100.7)"
                + " (nothing was simulated)\n", r.err());
        assertEquals("", r.out());
    }
}
