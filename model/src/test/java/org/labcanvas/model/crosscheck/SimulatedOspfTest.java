package org.labcanvas.model.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.topology.Topology;
import org.junit.jupiter.api.Test;

class SimulatedOspfTest {
    static final Topology DUAL = ReferenceDesigns.dmvpnDualHub().topology();

    @Test
    void convergedSpokeRoutesAndNeighbors() {
        OspfSnapshot s = SimulatedOspf.at(DUAL, EventScript.EMPTY, SimulatedOspf.CONVERGED);
        assertEquals(List.of(
                new RouteEntry("R2", "3.3.3.3/32", 11, List.of(new NextHopEntry("10.0.0.3", "Tunnel0"))),
                new RouteEntry("R2", "10.10.10.0/24", 11, List.of(new NextHopEntry("10.0.0.1", "Tunnel0")))),
                s.routes().stream().filter(r -> r.router().equals("R2")).toList());
        assertEquals(List.of(
                new NeighborEntry("R2", "10.10.10.1", "Tunnel0", "FULL", "DR"),
                new NeighborEntry("R2", "10.10.10.2", "Tunnel1", "FULL", "DR")),
                s.neighbors().stream().filter(n -> n.router().equals("R2")).toList());
    }

    @Test
    void aFailedRouterHasNothingAndTheBackupHubUsesBothSpokes() throws Exception {
        EventScript script = EventScriptParser.forTopology(DUAL).parse("""
                events:
                  - at: 10m
                    device: R0
                    action: down
                """);
        OspfSnapshot s = SimulatedOspf.at(DUAL, script, Duration.ofMinutes(15));
        assertEquals(List.of(), s.routes().stream().filter(r -> r.router().equals("R0")).toList());
        assertEquals(new RouteEntry("R1", "10.0.0.0/24", 110, List.of(new NextHopEntry("10.1.1.2", "Tunnel1"),
                new NextHopEntry("10.1.1.3", "Tunnel1"))),
                s.routes().stream().filter(r -> r.router().equals("R1") && r.prefix().equals("10.0.0.0/24")).findFirst().orElseThrow());
    }
}
