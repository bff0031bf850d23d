package org.labcanvas.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.addr.HostAddress;
import org.labcanvas.model.lint.ReferenceDesigns;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.OspfInterfaceSettings;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

class OspfViewTest {
    private static OspfView view(Topology t) {
        return new OspfView(t, new AddressIndex(t));
    }

    @Test
    void mostSpecificNetworkStatementWinsWhateverTheOrder() {
        OspfNetwork all = new OspfNetwork("0.0.0.0", "255.255.255.255", 0);
        OspfNetwork slash16 = new OspfNetwork("10.0.0.0", "0.0.255.255", 1);
        OspfNetwork slash24 = new OspfNetwork("10.0.0.0", "0.0.0.255", 2);
        OspfProcess p = OspfProcess.of(1, List.of(all, slash16, slash24));
        assertThat(OspfView.coveringNetwork(p, HostAddress.tryParse("10.0.0.1").orElseThrow())).isEqualTo(slash24);
        assertThat(OspfView.coveringNetwork(p, HostAddress.tryParse("10.0.101.1").orElseThrow())).isEqualTo(slash16);
        assertThat(OspfView.coveringNetwork(p, HostAddress.tryParse("10.2.101.1").orElseThrow())).isEqualTo(all);
        assertThat(OspfView.coveringNetwork(OspfProcess.of(1, List.of(slash24)),
                HostAddress.tryParse("10.0.1.1").orElseThrow())).isNull();
    }

    @Test
    void effectiveSettingsOfTheDualHubSpokeTunnel() {
        OspfView v = view(ReferenceDesigns.dualHub());
        assertThat(v.on(InterfaceRef.of("R2", "Tunnel0"))).contains(new OspfInterfaceView(InterfaceRef.of("R2", "Tunnel0"), 1,
                new OspfNetwork("10.0.0.0", "0.0.0.255", 10), OspfNetworkType.NON_BROADCAST, 30, 120, 0, false));
        assertThat(v.on(InterfaceRef.of("R2", "Loopback0")).orElseThrow().type()).isEqualTo(OspfNetworkType.LOOPBACK);
        assertThat(v.on(InterfaceRef.of("R0", "FastEthernet2/0")).orElseThrow().type()).isEqualTo(OspfNetworkType.BROADCAST);
        assertThat(v.on(InterfaceRef.of("R0", "FastEthernet2/1")).orElseThrow().covered()).isFalse();
    }

    @Test
    void ipOspfDefaultsFollowIos() {
        Interface mgre = Interface.tunnel("Tunnel9", "10.9.9.1/24", new TunnelSettings(TunnelMode.GRE_MULTIPOINT, "e0", null, null, null));
        assertThat(OspfView.effectiveType(mgre)).isEqualTo(OspfNetworkType.POINT_TO_POINT);
        assertThat(OspfView.effectiveType(Interface.physical("e0", "10.0.0.1/24"))).isEqualTo(OspfNetworkType.BROADCAST);
        Topology t = ReferenceDesigns.dualHub().withDevice("R2", d -> d.withInterface("Tunnel0",
                i -> i.withOspf(new OspfInterfaceSettings(null, null, null, 5, null))));
        OspfInterfaceView tunnel = view(t).on(InterfaceRef.of("R2", "Tunnel0")).orElseThrow();
        assertThat(tunnel.hello()).isEqualTo(5);
        assertThat(tunnel.dead()).isEqualTo(20);
        assertThat(tunnel.priority()).isEqualTo(1);
    }

    @Test
    void routerIdIsConfiguredThenHighestLoopbackThenHighestInterface() {
        Topology t = ReferenceDesigns.dualHub();
        assertThat(view(t).routerId("R2").map(Object::toString)).contains("2.2.2.2");
        assertThat(view(t).routerId("R0").map(Object::toString)).contains("10.10.10.1");
        Topology configured = t.withDevice("R2", d -> d.withOspf(d.ospf().withRouterId("9.9.9.9")));
        assertThat(view(configured).routerId("R2").map(Object::toString)).contains("9.9.9.9");
        Topology loopbackDown = t.withDevice("R2", d -> d.withInterface("Loopback0", i -> i.withShutdown(true)));
        assertThat(view(loopbackDown).routerId("R2").map(Object::toString)).contains("10.4.2.1");
        assertThat(view(t).routerId("Internet")).isEmpty();
    }
}
