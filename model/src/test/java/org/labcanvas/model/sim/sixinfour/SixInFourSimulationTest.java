package org.labcanvas.model.sim.sixinfour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.show.host.SixInFourDesigns;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Session;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.core.LogLine;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.sim.core.DeviceAction;
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.Topology;

/** The 6in4 process on the sample (MAC on macOS, BROKER, V6HOST beyond it, updater every 5 minutes). */
class SixInFourSimulationTest {
    private static final String PING = "ping6 -c 3 2001:db8::1";
    private static final String ANSWERED = "3 packets transmitted, 3 packets received, 0.0% packet loss";
    private static final String LOST = "3 packets transmitted, 0 packets received, 100.0% packet loss";

    private static EventScript script(Topology t, String yaml) throws Exception {
        return EventScriptParser.forTopology(t).parse(yaml);
    }

    private static String ping(Topology t, EventScript s, int minute, String command) {
        NetworkState state = Simulation.stateAt(t, s, Duration.ofMinutes(minute));
        return ShowCommand.execute(state, "MAC", command);
    }

    private static List<String> lines(Topology t, EventScript s, int minutes) {
        return Simulation.run(t, s, Duration.ofMinutes(minutes)).lines().stream().map(LogLine::text).toList();
    }

    @Test
    void ping6ToTheBrokerWorksAtSteadyStateFailsAfterThePublicIpChangesAndWorksAgainAfterTheUpdatersNextRun()
            throws Exception {
        Topology t = SixInFourDesigns.macos();
        EventScript s = script(t, """
                events:
                  - at: 7m
                    device: MAC
                    action: public-ip-change
                    address: 198.51.100.7
                """);
        assertThat(ping(t, s, 6, PING)).contains(ANSWERED);
        assertThat(ping(t, s, 8, PING)).contains(LOST);
        assertThat(ping(t, s, 9, PING)).contains(LOST);
        assertThat(ping(t, s, 10, PING)).contains(ANSWERED);
        assertEquals(List.of(
                "00:00:00 MAC 6in4 gif0: IPv6 up: protocol 41 between 203.0.113.45 and 216.66.80.26 passes both ways",
                "00:05:00 MAC updater: public IPv4 203.0.113.45; nic/update?hostname=722156&myip=203.0.113.45 answered"
                        + " \"nochg 203.0.113.45\"",
                "00:07:00 MAC event: public IPv4 changes to 198.51.100.7 (line 2)",
                "00:07:00 MAC 6in4 gif0: IPv6 down: the broker sends protocol 41 to 203.0.113.45, but the public IPv4 is"
                        + " now 198.51.100.7 (the updater has not told the broker yet)",
                "00:10:00 MAC updater: public IPv4 198.51.100.7 (last reported 203.0.113.45);"
                        + " nic/update?hostname=722156&myip=198.51.100.7 answered \"good 198.51.100.7\"",
                "00:10:00 MAC 6in4 gif0: IPv6 up: protocol 41 between 198.51.100.7 and 216.66.80.26 passes both ways"),
                lines(t, s, 12));
    }

    @Test
    void aCpeDoingNatBreaksTheTunnelUntilItStopsAndTheTimelineSaysSo() throws Exception {
        Topology t = SixInFourDesigns.macos();
        EventScript s = script(t, """
                events:
                  - at: 2m
                    device: MAC
                    action: cpe-nat
                    enabled: true
                  - at: 3m
                    device: MAC
                    action: cpe-nat
                    enabled: false
                """);
        assertThat(ping(t, s, 2, PING)).contains(LOST);
        assertThat(ping(t, s, 3, PING)).contains(ANSWERED);
        assertEquals(List.of(
                "00:02:00 MAC event: CPE NAT on (line 2)",
                "00:02:00 MAC 6in4 gif0: IPv6 down: the CPE in front of MAC does NAT and does not forward protocol 41",
                "00:03:00 MAC event: CPE NAT off (line 6)",
                "00:03:00 MAC 6in4 gif0: IPv6 up: protocol 41 between 203.0.113.45 and 216.66.80.26 passes both ways"),
                lines(t, s, 4).subList(1, 5));
    }

    @Test
    void aFirewallDroppingProtocol41InFrontOfEitherEndBreaksTheTunnel() throws Exception {
        Topology t = SixInFourDesigns.macos();
        EventScript s = script(t, """
                events:
                  - at: 1m
                    device: BROKER
                    action: block-proto41
                    enabled: true
                  - at: 2m
                    device: BROKER
                    action: block-proto41
                    enabled: false
                  - at: 3m
                    device: MAC
                    action: block-proto41
                    enabled: true
                """);
        assertThat(ping(t, s, 1, PING)).contains(LOST);
        assertThat(ping(t, s, 2, PING)).contains(ANSWERED);
        assertThat(ping(t, s, 3, "ping6 -c 3 2001:db8:ff::10")).contains(LOST);
        assertEquals(List.of(
                "00:01:00 BROKER event: firewall blocks protocol 41 (line 2)",
                "00:01:00 MAC 6in4 gif0: IPv6 down: a firewall in front of the broker 216.66.80.26 drops protocol 41",
                "00:02:00 BROKER event: firewall passes protocol 41 (line 6)",
                "00:02:00 MAC 6in4 gif0: IPv6 up: protocol 41 between 203.0.113.45 and 216.66.80.26 passes both ways",
                "00:03:00 MAC event: firewall blocks protocol 41 (line 10)",
                "00:03:00 MAC 6in4 gif0: IPv6 down: a firewall in front of MAC drops protocol 41"),
                lines(t, s, 4).subList(1, 7));
    }

    @Test
    void aTunnelMtuTooBigForTheIpv4PathLosesBigPacketsAndTheTimelineNamesWhy() {
        Topology t = SixInFourDesigns.pppoe();
        assertEquals("00:00:00 MAC 6in4 gif0: IPv6 packets over 1472 bytes are lost: the tunnel MTU 1480 plus the 20-byte"
                + " IPv4 header exceeds the IPv4 path MTU 1492 (MAC en0), and IPv6 is not fragmented in transit",
                lines(t, EventScript.EMPTY, 1).get(1));
        assertThat(ping(t, EventScript.EMPTY, 5, "ping6 -c 3 -s 1424 2001:db8::1")).contains(ANSWERED);
        assertThat(ping(t, EventScript.EMPTY, 5, "ping6 -c 3 -s 1425 2001:db8::1")).contains(LOST);
        // Bigger than the tunnel MTU with fragmentation off: refused at the sender.
        assertThat(ping(t, EventScript.EMPTY, 5, "ping6 -c 3 -s 1500 -D 2001:db8::1"))
                .contains("ping6: sendmsg: Message too long\nping6: wrote 2001:db8::1 1508 chars, ret=-1\n").contains(LOST);
        // The sample's path is 1500: the same big packets, fragmented at the sender, cross.
        assertThat(ping(SixInFourDesigns.macos(), EventScript.EMPTY, 5, "ping6 -c 3 -s 1500 2001:db8::1")).contains(ANSWERED);
    }

    @Test
    void aWrongUpdateKeyIsAnAuthenticationFailureIpv6StaysDownAndNoKeyIsEverPrinted() throws Exception {
        String brokerKey = "Broker-Expects-This-Key-42";
        Topology t = SixInFourDesigns.macos().withDevice("BROKER", d -> d.withBroker(new org.labcanvas.model.topology.BrokerSettings(
                d.broker().ipv4Endpoint(), d.broker().tunnelId(), d.broker().serverIpv6(), d.broker().clientIpv6(),
                d.broker().routedPrefix(), Secret.of(brokerKey))));
        String clientKey = t.require("MAC").sixInFour().updater().updateKey().reveal();
        EventScript s = script(t, """
                events:
                  - at: 7m
                    device: MAC
                    action: public-ip-change
                    address: 198.51.100.7
                  - at: 11m
                    device: MAC
                    action: updater-run
                """);
        List<String> timeline = lines(t, s, 16);
        assertEquals(List.of(
                "00:05:00 MAC updater: public IPv4 203.0.113.45; nic/update?hostname=722156&myip=203.0.113.45 answered"
                        + " \"badauth\": the broker refused the update key; the tunnel stays where it was",
                "00:07:00 MAC event: public IPv4 changes to 198.51.100.7 (line 2)",
                "00:07:00 MAC 6in4 gif0: IPv6 down: the broker sends protocol 41 to 203.0.113.45, but the public IPv4 is"
                        + " now 198.51.100.7 (the updater has not told the broker yet)",
                "00:10:00 MAC updater: public IPv4 198.51.100.7; nic/update?hostname=722156&myip=198.51.100.7 answered"
                        + " \"badauth\": the broker refused the update key; the tunnel stays where it was",
                "00:11:00 MAC event: updater run (line 6)",
                "00:11:00 MAC updater: public IPv4 198.51.100.7; nic/update?hostname=722156&myip=198.51.100.7 answered"
                        + " \"badauth\": the broker refused the update key; the tunnel stays where it was",
                "00:15:00 MAC updater: public IPv4 198.51.100.7; nic/update?hostname=722156&myip=198.51.100.7 answered"
                        + " \"badauth\": the broker refused the update key; the tunnel stays where it was"),
                timeline.stream().skip(1).toList());
        assertThat(ping(t, s, 16, PING)).contains(LOST);
        List<String> printed = new ArrayList<>(timeline);
        NetworkState at = Simulation.stateAt(t, s, Duration.ofMinutes(16));
        for (String c : List.of("ifconfig", "netstat -rn -f inet6", PING, "traceroute6 2001:db8:ff::10")) {
            printed.add(ShowCommand.execute(at, "MAC", c));
        }
        printed.add(ShowCommand.execute(at, "V6HOST", "ip -6 addr"));
        assertThat(String.join("\n", printed)).doesNotContain(brokerKey).doesNotContain(clientKey);
    }

    @Test
    void anUpdaterRunEventCallsTheBrokerOnlyWhenTheAddressChangedSinceItsLastReport() throws Exception {
        Topology t = SixInFourDesigns.macos();
        EventScript s = script(t, """
                events:
                  - at: 1m
                    device: MAC
                    action: updater-run
                  - at: 2m
                    device: MAC
                    action: updater-run
                  - at: 3m
                    device: MAC
                    action: public-ip-change
                    address: 198.51.100.7
                  - at: 4m
                    device: MAC
                    action: updater-run
                """);
        assertEquals(List.of(
                "00:01:00 MAC event: updater run (line 2)",
                "00:01:00 MAC updater: public IPv4 203.0.113.45; nic/update?hostname=722156&myip=203.0.113.45 answered"
                        + " \"nochg 203.0.113.45\"",
                "00:02:00 MAC event: updater run (line 5)",
                "00:02:00 MAC updater: public IPv4 203.0.113.45 unchanged; nothing sent",
                "00:03:00 MAC event: public IPv4 changes to 198.51.100.7 (line 8)",
                "00:03:00 MAC 6in4 gif0: IPv6 down: the broker sends protocol 41 to 203.0.113.45, but the public IPv4 is"
                        + " now 198.51.100.7 (the updater has not told the broker yet)",
                "00:04:00 MAC event: updater run (line 12)",
                "00:04:00 MAC updater: public IPv4 198.51.100.7 (last reported 203.0.113.45);"
                        + " nic/update?hostname=722156&myip=198.51.100.7 answered \"good 198.51.100.7\"",
                "00:04:00 MAC 6in4 gif0: IPv6 up: protocol 41 between 198.51.100.7 and 216.66.80.26 passes both ways"),
                // the scheduled run at 00:05:00 finds nothing changed and, like the script, says nothing
                lines(t, s, 6).stream().skip(1).toList());
    }

    @Test
    void theBrokerBeingOffIsTheNamedCauseAndItsReturnBringsIpv6Back() throws Exception {
        Topology t = SixInFourDesigns.macos();
        EventScript s = script(t, """
                events:
                  - at: 1m
                    device: BROKER
                    action: down
                  - at: 2m
                    device: BROKER
                    action: up
                """);
        assertEquals(List.of(
                "00:01:00 BROKER event: power off (line 2)",
                "00:01:00 MAC 6in4 gif0: IPv6 down: the broker BROKER (216.66.80.26) is off",
                "00:02:00 BROKER event: power on (line 5)",
                "00:02:00 MAC 6in4 gif0: IPv6 up: protocol 41 between 203.0.113.45 and 216.66.80.26 passes both ways"),
                lines(t, s, 3).subList(1, 5));
    }

    @Test
    void goingBackInASessionShowsTheTunnelAsItWasThen() throws Exception {
        Topology t = SixInFourDesigns.macos();
        EventScript s = script(t, """
                events:
                  - at: 7m
                    device: MAC
                    action: public-ip-change
                    address: 198.51.100.7
                """);
        Session session = new Session(t, s);
        session.runTo(Duration.ofMinutes(12));
        TunnelStatus after = session.state().view(SixInFourState.class).tunnelOf("MAC").orElseThrow();
        session.runTo(Duration.ofMinutes(8));
        TunnelStatus back = session.state().view(SixInFourState.class).tunnelOf("MAC").orElseThrow();
        assertEquals(Simulation.stateAt(t, s, Duration.ofMinutes(8)).view(SixInFourState.class).tunnels(), List.of(back));
        assertEquals("good 198.51.100.7", after.lastUpdate());
        assertEquals(List.of("198.51.100.7", "203.0.113.45", "203.0.113.45"),
                List.of(back.publicAddress(), back.localAddress(), back.brokerEndpoint()));
        session.inject(new ScriptEvent.Action(0, Duration.ZERO, new DeviceAction.UpdaterRun("MAC")));
        assertEquals(null, session.state().view(SixInFourState.class).tunnelOf("MAC").orElseThrow().failure());
    }

    @Test
    void theUpdatersUnreachableLineNamesTheHostWithoutCredentials() {
        assertEquals("ipv4.tunnelbroker.net", SixInFourEngine.host("https://ipv4.tunnelbroker.net/nic/update"));
        assertEquals("ipv4.tunnelbroker.net", SixInFourEngine.host("https://lab:S3cret@ipv4.tunnelbroker.net/nic/update?x=1"));
    }

    @Test
    void aCutAccessLineTakesTheTunnelDownAndTheUpdaterCannotReachTheBroker() throws Exception {
        Topology t = SixInFourDesigns.macos();
        EventScript s = script(t, """
                events:
                  - at: 1m
                    link: [Internet, MAC:en0]
                    action: down
                  - at: 2m
                    device: MAC
                    action: updater-run
                """);
        assertEquals(List.of(
                "00:01:00 Internet event: link Internet - MAC:en0 cut (line 2)",
                "00:01:00 MAC 6in4 gif0: IPv6 down: the tunnel interface gif0 is down",
                "00:02:00 MAC event: updater run (line 5)",
                "00:02:00 MAC updater: cannot reach ipv4.tunnelbroker.net over IPv4; nothing sent, next run in 5 min"),
                lines(t, s, 3).subList(1, 5));
    }
}
