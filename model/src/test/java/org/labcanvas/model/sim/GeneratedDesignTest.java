package org.labcanvas.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.DmvpnGenerator;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.sim.events.EventScript;

/** Designs from {@code generate dmvpn} converge like the reference design. */
class GeneratedDesignTest {
    @Test
    void everySpokeIsFullWithBothHubsAndReachesOtherSpokesThroughHub1() {
        var t = DmvpnGenerator.generate(2, 20).topology();
        NetworkState s = Simulation.stateAt(t, EventScript.EMPTY, Duration.ofMinutes(10));
        String spoke = DmvpnGenerator.spokeName(7);
        String nbrs = ShowCommand.execute(s, spoke, "show ip ospf neighbor");
        assertThat(nbrs.lines().filter(l -> l.contains("FULL/DR")).count()).isEqualTo(2);
        String routes = ShowCommand.execute(s, spoke, "show ip route ospf");
        assertThat(routes.lines().filter(l -> l.startsWith("O ")).toList()).allMatch(l -> l.contains("Tunnel1"));
    }
}
