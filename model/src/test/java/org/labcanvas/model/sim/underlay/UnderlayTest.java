package org.labcanvas.model.sim.underlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.sim.core.LogLine;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.topology.Topology;

class UnderlayTest {
    private static final Topology SINGLE = ReferenceDesigns.dmvpnSingleHub().topology();

    private static int ip(String s) {
        return Ipv4Prefix.address(s).orElseThrow();
    }

    @Test
    void theInternetCloudDeliversBetweenSitesThroughTheirDefaultRoutes() {
        NetworkState s = Simulation.stateAt(SINGLE, EventScript.EMPTY, Duration.ofSeconds(1));
        assertTrue(s.underlay().reaches("R2", ip("1.1.1.2")));
        assertTrue(s.underlay().reaches("R1", ip("3.3.3.2")));
        assertFalse(s.underlay().reaches("R2", ip("9.9.9.9")));
    }

    @Test
    void tunnelLineProtocolFollowsTheRouteToTheDestination() throws Exception {
        EventScript script = EventScriptParser.forTopology(SINGLE).parse("""
                events:
                  - at: 1m
                    device: R2
                    interface: FastEthernet0/0
                    action: down
                  - at: 2m
                    device: R2
                    interface: FastEthernet0/0
                    action: up
                """);
        var timeline = Simulation.run(SINGLE, script, Duration.ofMinutes(3));
        List<String> r2 = timeline.lines().stream().filter(l -> l.device().equals("R2") && l.millis() > 0)
                .map(LogLine::text).toList();
        assertEquals(List.of(
                "00:01:00 R2 event: interface FastEthernet0/0 shutdown (line 2)",
                "00:01:00 R2 %LINK-5-CHANGED: Interface FastEthernet0/0, changed state to administratively down",
                "00:01:00 R2 %LINEPROTO-5-UPDOWN: Line protocol on Interface FastEthernet0/0, changed state to down",
                "00:01:00 R2 %LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to down",
                "00:02:00 R2 event: interface FastEthernet0/0 no shutdown (line 6)",
                "00:02:00 R2 %LINK-3-UPDOWN: Interface FastEthernet0/0, changed state to up",
                "00:02:00 R2 %LINEPROTO-5-UPDOWN: Line protocol on Interface FastEthernet0/0, changed state to up",
                "00:02:00 R2 %LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to up"), r2);
    }

    @Test
    void aCutLinkTakesTheInterfaceDownAndAPoweredOffDeviceIsUnreachable() throws Exception {
        EventScript script = EventScriptParser.forTopology(SINGLE).parse("""
                events:
                  - at: 1m
                    link: [Internet, R3:FastEthernet0/0]
                    action: down
                  - at: 1m
                    device: R1
                    action: down
                """);
        NetworkState s = Simulation.stateAt(SINGLE, script, Duration.ofMinutes(2));
        NetInterface r3fa = s.network().find("R3", "FastEthernet0/0");
        assertEquals(InterfaceStatus.DOWN, s.underlay().status(r3fa));
        assertFalse(s.underlay().reaches("R2", ip("1.1.1.2")));
        assertTrue(s.underlay().lineUp(s.network().find("R2", "Tunnel0")));
    }
}
