package org.labcanvas.model.sim;

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
    void theSingleHubTimelineShowsBootOnly() {
        List<String> lines = Simulation.run(ReferenceDesigns.dmvpnSingleHub().topology(), EventScript.EMPTY,
                Duration.ofHours(2)).lines().stream().map(LogLine::text).filter(l -> !l.startsWith("00:00:00")).toList();
        assertEquals(List.of(), lines);
    }
}
