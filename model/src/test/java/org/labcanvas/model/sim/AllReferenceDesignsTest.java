package org.labcanvas.model.sim;

import org.labcanvas.model.sim.core.LogLine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.sim.events.EventScript;

class AllReferenceDesignsTest {
    @Test
    void everyReferenceDesignSimulatesTheSameWayTwice() {
        for (Project p : List.of(ReferenceDesigns.dmvpnSingleHub(), ReferenceDesigns.dmvpnDualHub(),
                ReferenceDesigns.aceFtUpgrade(), ReferenceDesigns.sixInFourTunnelBroker())) {
            String a = Simulation.run(p.topology(), EventScript.EMPTY, Duration.ofHours(2)).text();
            String b = Simulation.run(p.topology(), EventScript.EMPTY, Duration.ofHours(2)).text();
            assertEquals(a, b, p.name());
        }
    }

    @Test
    void brokenAddressesAndDanglingReferencesDoNotStopASimulation() {
        var t = ReferenceDesigns.dmvpnDualHub().topology()
                .withDevice("R2", d -> d.withInterface("Tunnel0", i -> i.withIpv4("*"))
                        .withInterface("FastEthernet1/0", i -> i.withIpv4("10.4.2.0/24")))
                .withDevice("R3", d -> d.withInterface("Tunnel1", i -> i.withTunnel(i.tunnel().withSource("Serial9/9"))))
                .withDevice("R0", d -> d.withOspf(d.ospf().withRouterId("not-an-id")));
        var s = Simulation.stateAt(t, EventScript.EMPTY, Duration.ofMinutes(5));
        for (String d : List.of("R0", "R1", "R2", "R3")) {
            for (String c : List.of("show ip route", "show ip ospf neighbor", "show dmvpn", "show crypto ipsec sa",
                    "show ip ospf database", "ping 10.10.10.1")) {
                org.labcanvas.model.show.ShowCommand.execute(s, d, c);
            }
        }
    }

    @Test
    void theSingleHubTimelineShowsBootOnly() {
        List<String> lines = Simulation.run(ReferenceDesigns.dmvpnSingleHub().topology(), EventScript.EMPTY,
                Duration.ofHours(2)).lines().stream().map(LogLine::text).filter(l -> !l.startsWith("00:00:00")).toList();
        assertEquals(List.of(), lines);
    }
}
