package org.labcanvas.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.rib.Rib;
import org.labcanvas.model.topology.Topology;

/** Behaviour at scale (speed is measured by the benchmark, never asserted here). */
class ScaleTest {
    @Test
    void aThousandSpokesConvergeWithEveryRouteThroughR0() {
        Topology t = LargeDualHub.build(1000);
        NetworkState s = Simulation.run(t, EventScript.EMPTY, Duration.ofMinutes(10)).finalState();
        assertEquals(List.of("172.16.0.2/32 [110/11] via 10.0.0.2 Tunnel0"),
                DualHubScenarioTest.ospfRoutes(s, "S500").stream().filter(x -> x.startsWith("172.16.0.2/")).toList());
        assertEquals(List.of("172.16.1.244/32 [110/11] via 10.0.1.244 Tunnel0"),
                DualHubScenarioTest.ospfRoutes(s, "S1").stream().filter(x -> x.startsWith("172.16.1.244/")).toList());
        assertEquals(List.of("10.10.10.0/24 [110/11] via 10.0.0.1 Tunnel0"),
                DualHubScenarioTest.ospfRoutes(s, "S1").stream().filter(x -> x.startsWith("10.10.10.")).toList());
        assertEquals(999, s.rib("S500").routes().stream()
                .filter(x -> x.prefix().toString().startsWith("172.16.")).count() - 1);
    }
}
