package org.labcanvas.model.sim.ospf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.Topology;

/** R1 (area 0) -- R2 (ABR) -- R3 (area 1), on two cables. */
class InterAreaTest {
    private static Device router(String name, List<Interface> ifs, List<OspfNetwork> nets) {
        return Device.of(name, DeviceKind.ROUTER, Platform.IOS_15).withInterfaces(ifs).withOspf(OspfProcess.of(1, nets));
    }

    static Topology threeRouters() {
        Device r1 = router("R1", List.of(Interface.loopback("Loopback0", "1.1.1.1/32"),
                        Interface.physical("GigabitEthernet0/0", "10.0.12.1/24")),
                List.of(new OspfNetwork("0.0.0.0", "255.255.255.255", 0)));
        Device r2 = router("R2", List.of(Interface.physical("GigabitEthernet0/0", "10.0.12.2/24"),
                        Interface.physical("GigabitEthernet0/1", "10.0.23.2/24")),
                List.of(new OspfNetwork("10.0.12.0", "0.0.0.255", 0), new OspfNetwork("10.0.23.0", "0.0.0.255", 1)));
        Device r3 = router("R3", List.of(Interface.loopback("Loopback0", "3.3.3.3/32"),
                        Interface.physical("GigabitEthernet0/1", "10.0.23.3/24")),
                List.of(new OspfNetwork("0.0.0.0", "255.255.255.255", 1)));
        return new Topology(List.of(r1, r2, r3), List.of(
                new Link(Endpoint.of("R1", "GigabitEthernet0/0"), Endpoint.of("R2", "GigabitEthernet0/0")),
                new Link(Endpoint.of("R2", "GigabitEthernet0/1"), Endpoint.of("R3", "GigabitEthernet0/1"))));
    }

    @Test
    void areaBorderRouterSummarizesEachAreaIntoTheOther() {
        NetworkState s = Simulation.stateAt(threeRouters(), EventScript.EMPTY, Duration.ofMinutes(2));
        assertEquals(List.of(
                "O IA     3.3.3.3 [110/3] via 10.0.12.2, 00:01:15, GigabitEthernet0/0",
                "O IA     10.0.23.0/24 [110/2] via 10.0.12.2, 00:01:15, GigabitEthernet0/0"),
                ShowCommand.execute(s, "R1", "show ip route ospf").lines().filter(l -> l.startsWith("O")).toList());
        assertEquals(List.of(
                "O IA     1.1.1.1 [110/3] via 10.0.23.2, 00:01:15, GigabitEthernet0/1",
                "O IA     10.0.12.0/24 [110/2] via 10.0.23.2, 00:01:15, GigabitEthernet0/1"),
                ShowCommand.execute(s, "R3", "show ip route ospf").lines().filter(l -> l.startsWith("O")).toList());
        assertThat(ShowCommand.execute(s, "R2", "show ip route ospf")).contains("O        1.1.1.1 [110/2]")
                .contains("O        3.3.3.3 [110/2]");
        assertThat(ShowCommand.execute(s, "R1", "show ip ospf database")).contains("Summary Net Link States (Area 0)");
        assertThat(ShowCommand.execute(s, "R1", "show ip route 3.3.3.3")).contains("type inter area");
    }
}
