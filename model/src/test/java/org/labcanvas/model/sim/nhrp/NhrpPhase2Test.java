package org.labcanvas.model.sim.nhrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TunnelMode;

/** Scenario 1's variant: spokes in multipoint GRE resolve each other through the hub. */
class NhrpPhase2Test {
    private static Topology phase2() {
        Topology t = ReferenceDesigns.dmvpnSingleHub().topology();
        for (String spoke : new String[] {"R2", "R3"}) {
            t = t.withDevice(spoke, d -> d.withInterface("Tunnel0",
                    i -> i.withTunnel(i.tunnel().withMode(TunnelMode.GRE_MULTIPOINT).withDestination(null))));
        }
        return t;
    }

    @Test
    void spokeToSpokeTrafficResolvesTheOtherSpokeAndThenGoesDirect() throws Exception {
        Topology t = phase2();
        EventScript script = EventScriptParser.forTopology(t).parse("""
                events:
                  - at: 6m
                    device: R2
                    ping: 10.10.10.3
                """);
        NetworkState before = Simulation.stateAt(t, script, Duration.ofMinutes(5));
        assertEquals("""
                Type escape sequence to abort.
                Tracing the route to 10.10.10.3

                  1 10.10.10.1 4 msec 4 msec 4 msec
                  2 10.10.10.3 8 msec 8 msec 8 msec
                """, ShowCommand.execute(before, "R2", "traceroute 10.10.10.3"));
        NetworkState after = Simulation.stateAt(t, script, Duration.ofMinutes(7));
        assertEquals("""
                Type escape sequence to abort.
                Tracing the route to 10.10.10.3

                  1 10.10.10.3 4 msec 4 msec 4 msec
                """, ShowCommand.execute(after, "R2", "traceroute 10.10.10.3"));
        assertEquals("""
                10.10.10.1/32 via 10.10.10.1, Tunnel0 created 00:07:00, never expire\s
                  Type: static, Flags: authoritative\s
                  NBMA address: 1.1.1.2\s
                10.10.10.3/32 via 10.10.10.3, Tunnel0 created 00:01:00, expire 01:59:00
                  Type: dynamic, Flags: router\s
                  NBMA address: 3.3.3.2\s
                """, ShowCommand.execute(after, "R2", "show ip nhrp"));
        assertThat(ShowCommand.execute(after, "R3", "show ip nhrp")).contains("""
                10.10.10.2/32 via 10.10.10.2, Tunnel0 created 00:01:00, expire 01:59:00
                  Type: dynamic, Flags: router implicit\s
                  NBMA address: 2.2.2.2\s
                """);
        assertThat(ShowCommand.execute(after, "R2", "show ip nhrp traffic"))
                .contains("1 Resolution Request  0 Resolution Reply  1 Registration Request")
                .contains("0 Resolution Request  1 Resolution Reply  0 Registration Request");
        assertThat(ShowCommand.execute(after, "R2", "show crypto isakmp sa")).contains("3.3.3.2");
    }
}
