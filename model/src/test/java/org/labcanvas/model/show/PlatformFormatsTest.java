package org.labcanvas.model.show;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.Topology;

/** The 12.4 forms of outputs whose reference samples only exercise 15.x. */
class PlatformFormatsTest {
    private static final NetworkState R2_ON_12_4;

    static {
        Topology dual = ReferenceDesigns.dmvpnDualHub().topology();
        Topology t = dual.withDevice(dual.require("R2").withPlatform(Platform.IOS_12_4));
        R2_ON_12_4 = Simulation.stateAt(t, EventScript.EMPTY, Simulation.CONVERGED);
    }

    @Test
    void ospfInterfaceBriefHasTheNarrowAreaColumnOn12_4() {
        assertThat(ShowCommand.execute(R2_ON_12_4, "R2", "show ip ospf interface brief")).isEqualTo("""
                Interface    PID   Area  IP Address/Mask    Cost  State Nbrs F/C
                Tu1          1     10    10.1.1.2/24        100   DROTH 1/1
                Tu0          1     10    10.0.0.2/24        10    DROTH 1/1
                Lo0          1     10    2.2.2.2/32         1     LOOP  0/0
                """);
    }

    @Test
    void ospfInterfaceOn12_4HasTwoPartIndexAndNoTopologyTable() {
        String out = ShowCommand.execute(R2_ON_12_4, "R2", "show ip ospf interface Tunnel1");
        assertThat(out).contains("  Internet Address 10.1.1.2/24, Area 10\n", "    oob-resync timeout 120\n",
                "  Index 3/3, flood queue length 0\n", "  Next 0x0(0)/0x0(0)\n");
        assertThat(out).doesNotContain("Topology-MTID", "Attached via");
    }

    @Test
    void ospfProcessOn12_4LacksThe15xCapabilityLines() {
        assertThat(ShowCommand.execute(R2_ON_12_4, "R2", "show ip ospf")).doesNotContain("RFC 3101", "RFC 5243",
                "Event-log").contains("        Area ranges are\n");
    }

    @Test
    void anAreaBorderRouterSaysSoInShowIpOspf() {
        Topology dual = ReferenceDesigns.dmvpnDualHub().topology();
        var r2 = dual.require("R2");
        var ospf = r2.ospf();
        var abr = r2.withOspf(ospf.withNetworks(ospf.networks().stream()
                .map(n -> n.wildcard().equals("0.0.0.0") ? new OspfNetwork(n.address(), n.wildcard(), 0) : n)
                .toList()));
        NetworkState st = Simulation.stateAt(dual.withDevice(abr), EventScript.EMPTY, Simulation.CONVERGED);
        assertThat(ShowCommand.execute(st, "R2", "show ip ospf"))
                .contains(" Event-log enabled, Maximum number of events: 1000, Mode: cyclic\n It is an area border router\n");
    }
}
