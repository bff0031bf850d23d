package org.labcanvas.model.sim;

import org.labcanvas.model.sim.core.LogLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.sim.ospf.OspfIface;
import org.labcanvas.model.sim.rib.Rib;
import org.labcanvas.model.sim.rib.RibNextHop;
import org.labcanvas.model.sim.rib.Route;
import org.labcanvas.model.sim.rib.RouteSource;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.topology.Topology;

/** The acceptance behaviour of scenario 2 (dual hub with OSPF). */
class DualHubScenarioTest {
    private static final Topology DUAL = ReferenceDesigns.dmvpnDualHub().topology();

    static List<String> ospfRoutes(NetworkState s, String device) {
        return s.rib(device).routes().stream().filter(r -> r.source() == RouteSource.OSPF)
                .map(DualHubScenarioTest::text).toList();
    }

    static String text(Route r) {
        return r.prefix() + " [" + r.distance() + "/" + r.metric() + "] "
                + r.nextHops().stream().map(DualHubScenarioTest::hop).collect(Collectors.joining(", "));
    }

    private static String hop(RibNextHop h) {
        return "via " + Ipv4Prefix.format(h.address()) + " " + h.iface();
    }

    static List<String> neighbors(NetworkState s, String device) {
        return s.ospf().router(device).interfaces().stream()
                .flatMap(oi -> oi.sortedNeighbors().stream())
                .filter(n -> n.state() != org.labcanvas.model.sim.ospf.NbrState.DOWN)
                .map(n -> Ipv4Prefix.format(n.routerId()) + " " + n.state().text() + "/" + n.role() + " "
                        + n.owner().name())
                .toList();
    }

    @Test
    void spokesSeeBothHubsFullAndDr() {
        NetworkState s = Simulation.stateAt(DUAL, EventScript.EMPTY, Duration.ofMinutes(5));
        assertEquals(List.of("10.10.10.1 FULL/DR Tunnel0", "10.10.10.2 FULL/DR Tunnel1"), neighbors(s, "R2"));
        assertEquals(List.of("10.10.10.1 FULL/DR Tunnel0", "10.10.10.2 FULL/DR Tunnel1"), neighbors(s, "R3"));
        assertEquals(List.of("2.2.2.2 FULL/DROTHER Tunnel0", "3.3.3.3 FULL/DROTHER Tunnel0",
                "10.10.10.2 FULL/DR FastEthernet2/0"), neighbors(s, "R0"));
    }

    @Test
    void withEqualTunnelCostsASpokeReachesTheOtherSpokeThroughBothOverlays() {
        Topology t = DUAL;
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
        NetworkState s = Simulation.stateAt(t, EventScript.EMPTY, Duration.ofMinutes(5));
        // RFC 2328 16.1 step 3: both transit networks are taken before R3 at the same distance
        assertThat(ospfRoutes(s, "R2")).contains("3.3.3.3/32 [110/11] via 10.0.0.3 Tunnel0, via 10.1.1.3 Tunnel1");
        assertThat(ospfRoutes(s, "R3")).contains("2.2.2.2/32 [110/11] via 10.0.0.2 Tunnel0, via 10.1.1.2 Tunnel1");
    }

    @Test
    void spokeTrafficGoesThroughR0AndHubsReachEachOthersTunnelOverTheLan() {
        NetworkState s = Simulation.stateAt(DUAL, EventScript.EMPTY, Duration.ofMinutes(5));
        assertEquals(List.of(
                "3.3.3.3/32 [110/11] via 10.0.0.3 Tunnel0",
                "10.10.10.0/24 [110/11] via 10.0.0.1 Tunnel0"), ospfRoutes(s, "R2"));
        assertEquals(List.of(
                "2.2.2.2/32 [110/11] via 10.0.0.2 Tunnel0",
                "10.10.10.0/24 [110/11] via 10.0.0.1 Tunnel0"), ospfRoutes(s, "R3"));
        assertEquals(List.of(
                "2.2.2.2/32 [110/11] via 10.0.0.2 Tunnel0",
                "3.3.3.3/32 [110/11] via 10.0.0.3 Tunnel0",
                "10.1.1.0/24 [110/101] via 10.10.10.2 FastEthernet2/0"), ospfRoutes(s, "R0"));
        assertEquals(List.of(
                "2.2.2.2/32 [110/12] via 10.10.10.1 FastEthernet2/0",
                "3.3.3.3/32 [110/12] via 10.10.10.1 FastEthernet2/0",
                "10.0.0.0/24 [110/11] via 10.10.10.1 FastEthernet2/0"), ospfRoutes(s, "R1"));
    }

    private static EventScript r0DownAt10UpAt20() throws Exception {
        return EventScriptParser.forTopology(DUAL).parse("""
                events:
                  - at: 10m
                    device: R0
                    action: down
                  - at: 20m
                    device: R0
                    action: up
                """);
    }

    @Test
    void whenR0FailsEverythingMovesToR1WhenTheSpfAfterTheDeadIntervalRuns() throws Exception {
        EventScript script = r0DownAt10UpAt20();
        NetworkState early = Simulation.stateAt(DUAL, script, Duration.ofSeconds(10 * 60 + 39));
        assertEquals(List.of(
                "3.3.3.3/32 [110/11] via 10.0.0.3 Tunnel0",
                "10.10.10.0/24 [110/11] via 10.0.0.1 Tunnel0"), ospfRoutes(early, "R2"));
        // R1 declares R0 dead on the LAN after 40 s and drops it from the LAN's network LSA;
        // the spokes still believe in R0 until their own dead timer (120 s) expires.
        NetworkState justBefore = Simulation.stateAt(DUAL, script, Duration.ofSeconds(10 * 60 + 119));
        assertEquals(List.of(
                "3.3.3.3/32 [110/11] via 10.0.0.3 Tunnel0",
                "10.10.10.0/24 [110/101] via 10.1.1.1 Tunnel1"), ospfRoutes(justBefore, "R2"));
        assertEquals(List.of("10.10.10.1 FULL/DR Tunnel0", "10.10.10.2 FULL/DR Tunnel1"), neighbors(justBefore, "R2"));
        // The dead timer fires at 12:00; the SPF it schedules runs 5 s later (IOS's initial SPF delay), and
        // until then the route to R3's loopback still points at the dead hub.
        NetworkState dead = Simulation.stateAt(DUAL, script, Duration.ofSeconds(10 * 60 + 124));
        assertEquals(List.of("10.10.10.2 FULL/DR Tunnel1"), neighbors(dead, "R2"));
        assertEquals(List.of(
                "3.3.3.3/32 [110/11] via 10.0.0.3 Tunnel0",
                "10.10.10.0/24 [110/101] via 10.1.1.1 Tunnel1"), ospfRoutes(dead, "R2"));
        NetworkState after = Simulation.stateAt(DUAL, script, Duration.ofSeconds(10 * 60 + 125));
        assertEquals(List.of(
                "3.3.3.3/32 [110/101] via 10.1.1.3 Tunnel1",
                "10.10.10.0/24 [110/101] via 10.1.1.1 Tunnel1"), ospfRoutes(after, "R2"));
        assertEquals(List.of("10.10.10.2 FULL/DR Tunnel1"), neighbors(after, "R2"));
    }

    @Test
    void whenR0ReturnsEverythingMovesBack() throws Exception {
        NetworkState s = Simulation.stateAt(DUAL, r0DownAt10UpAt20(), Duration.ofMinutes(25));
        assertEquals(List.of(
                "3.3.3.3/32 [110/11] via 10.0.0.3 Tunnel0",
                "10.10.10.0/24 [110/11] via 10.0.0.1 Tunnel0"), ospfRoutes(s, "R2"));
        assertEquals(List.of("10.10.10.1 FULL/DR Tunnel0", "10.10.10.2 FULL/DR Tunnel1"), neighbors(s, "R2"));
        // R1 kept the LAN DR role: no preemption.
        assertThat(neighbors(s, "R0")).contains("10.10.10.2 FULL/DR FastEthernet2/0");
    }

    @Test
    void timelineLogsTheDeadTimerAndTheReturn() throws Exception {
        Timeline t = Simulation.run(DUAL, r0DownAt10UpAt20(), Duration.ofMinutes(25));
        List<String> ospf = t.lines().stream().map(LogLine::text).filter(l -> l.contains("ADJCHG"))
                .filter(l -> l.startsWith("00:1") || l.startsWith("00:2")).toList();
        assertEquals(List.of(
                "00:10:40 R1 %OSPF-5-ADJCHG: Process 1, Nbr 10.10.10.1 on FastEthernet2/0 from FULL to DOWN, Neighbor Down: Dead timer expired",
                "00:12:00 R2 %OSPF-5-ADJCHG: Process 1, Nbr 10.10.10.1 on Tunnel0 from FULL to DOWN, Neighbor Down: Dead timer expired",
                "00:12:00 R3 %OSPF-5-ADJCHG: Process 1, Nbr 10.10.10.1 on Tunnel0 from FULL to DOWN, Neighbor Down: Dead timer expired"),
                ospf.subList(0, 3));
        assertThat(ospf).anyMatch(l -> l.matches("00:2[0-4]:.. R2 %OSPF-5-ADJCHG: Process 1, Nbr 10.10.10.1 on Tunnel0 from LOADING to FULL, Loading Done"));
    }

    @Test
    void aTypedOspfCostMovesTrafficToTheBackupHub() throws Exception {
        EventScript script = EventScriptParser.forTopology(DUAL).parse("""
                events:
                  - at: 5m
                    device: R2
                    cli: |
                      configure terminal
                      interface Tunnel0
                       ip ospf cost 500
                      end
                """);
        Timeline t = Simulation.run(DUAL, script, Duration.ofMinutes(6));
        assertThat(t.text()).contains("00:05:00 R2 %SYS-5-CONFIG_I: Configured from console by console\n");
        assertEquals(List.of(
                "3.3.3.3/32 [110/101] via 10.1.1.3 Tunnel1",
                "10.10.10.0/24 [110/101] via 10.1.1.1 Tunnel1"), ospfRoutes(t.finalState(), "R2"));
    }

    @Test
    void shuttingASpokeTunnelDropsItsNeighborAtOnceAndTheHubAfterTheDeadInterval() throws Exception {
        EventScript script = EventScriptParser.forTopology(DUAL).parse("""
                events:
                  - at: 10m
                    device: R2
                    interface: Tunnel0
                    action: down
                """);
        List<String> lines = Simulation.run(DUAL, script, Duration.ofMinutes(13)).lines().stream()
                .filter(l -> l.millis() >= 600_000).map(LogLine::text).toList();
        assertEquals(List.of(
                "00:10:00 R2 event: interface Tunnel0 shutdown (line 2)",
                "00:10:00 R2 %LINK-5-CHANGED: Interface Tunnel0, changed state to administratively down",
                "00:10:00 R2 %LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to down",
                "00:10:00 R2 %OSPF-5-ADJCHG: Process 1, Nbr 10.10.10.1 on Tunnel0 from FULL to DOWN, Neighbor Down: Interface down or detached",
                "00:10:00 R2 %DMVPN-5-NHRP_NHS_DOWN: Tunnel0: Next Hop Server : (Tunnel: 10.0.0.1 NBMA: 10.4.0.1 ) for (Tunnel: 10.0.0.2 NBMA: 10.4.2.1) is DOWN, Reason: External(NHRP: no error)",
                "00:12:00 R0 %OSPF-5-ADJCHG: Process 1, Nbr 2.2.2.2 on Tunnel0 from FULL to DOWN, Neighbor Down: Dead timer expired"),
                lines);
    }

    @Test
    void afterAReloadOfR0ShorterThanTheDeadIntervalTheSpokesEndUpFullWithItAgain() throws Exception {
        EventScript script = EventScriptParser.forTopology(DUAL).parse("""
                events:
                  - at: 10m
                    device: R0
                    action: reload
                """);
        NetworkState s = Simulation.stateAt(DUAL, script, Duration.ofMinutes(16));
        assertEquals(List.of("10.10.10.1 FULL/DR Tunnel0", "10.10.10.2 FULL/DR Tunnel1"), neighbors(s, "R2"));
        assertEquals(List.of(
                "3.3.3.3/32 [110/11] via 10.0.0.3 Tunnel0",
                "10.10.10.0/24 [110/11] via 10.0.0.1 Tunnel0"), ospfRoutes(s, "R2"));
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        String a = Simulation.run(DUAL, r0DownAt10UpAt20(), Duration.ofMinutes(25)).text();
        String b = Simulation.run(DUAL, r0DownAt10UpAt20(), Duration.ofMinutes(25)).text();
        assertEquals(a, b);
    }
}
