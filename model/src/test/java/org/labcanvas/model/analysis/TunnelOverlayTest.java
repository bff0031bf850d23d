package org.labcanvas.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.lint.ReferenceDesigns;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

class TunnelOverlayTest {
    private static final InterfaceRef R1 = InterfaceRef.of("R1", "Tunnel0");
    private static final InterfaceRef R2 = InterfaceRef.of("R2", "Tunnel0");
    private static final InterfaceRef R3 = InterfaceRef.of("R3", "Tunnel0");

    private static TunnelOverlay overlay(Topology t) {
        return new TunnelOverlay(t, new AddressIndex(t));
    }

    @Test
    void pointToPointSpokesPeerWithTheHubInBothDirections() {
        TunnelOverlay o = overlay(ReferenceDesigns.singleHub());
        assertThat(o.explicitPeers(R1)).containsExactly(R2, R3);
        assertThat(o.explicitPeers(R2)).containsExactly(R1);
        assertThat(o.peers(R2)).containsExactly(R1);
        assertThat(o.edges()).containsExactly(new TunnelOverlay.Edge(R1, R2), new TunnelOverlay.Edge(R1, R3));
        assertThat(o.cloud(R1)).isEmpty();
        assertThat(o.component(R3)).containsExactly(R1, R2, R3);
        assertThat(o.arePeers(R2, R3)).isFalse();
    }

    @Test
    void multipointSpokesFormACloudWithTheHub() {
        Topology t = ReferenceDesigns.singleHub();
        for (String spoke : List.of("R2", "R3")) {
            t = t.withDevice(spoke, d -> d.withInterface("Tunnel0",
                    i -> i.withTunnel(i.tunnel().withMode(TunnelMode.GRE_MULTIPOINT).withDestination(null))));
        }
        TunnelOverlay o = overlay(t);
        assertThat(o.cloud(R2)).contains(List.of(R1, R2, R3));
        assertThat(o.explicitPeers(R2)).containsExactly(R1);
        assertThat(o.peers(R2)).containsExactly(R1, R3);
        assertThat(o.arePeers(R2, R3)).isTrue();
    }

    @Test
    void destinationInAnotherTunnelSubnetDoesNotPeer() {
        Topology t = ReferenceDesigns.singleHub().withDevice("R3", d -> d.withInterface("Tunnel0",
                i -> i.withIpv4("10.10.20.3/24")));
        TunnelOverlay o = overlay(t);
        assertThat(o.explicitPeers(R1)).containsExactly(R2);
        assertThat(o.explicitPeers(R3)).isEmpty();
        assertThat(o.component(R3)).containsExactly(R3);
    }

    @Test
    void tunnelSourceGivenAsAnAddressResolvesToItsInterface() {
        Topology t = ReferenceDesigns.singleHub().withDevice("R1", d -> d.withInterface("Tunnel0",
                i -> i.withTunnel(i.tunnel().withSource("1.1.1.2"))));
        TunnelOverlay o = overlay(t);
        assertThat(o.source(R1).iface()).isEqualTo(InterfaceRef.of("R1", "FastEthernet0/0"));
        assertThat(o.source(R1).usable()).isTrue();
        assertThat(o.explicitPeers(R1)).containsExactly(R2, R3);
    }

    @Test
    void sixInFourClientPeersWithABareBrokerOrItsTunnel() {
        TunnelOverlay bare = overlay(ReferenceDesigns.sixInFour());
        InterfaceRef gif0 = InterfaceRef.of("MAC", "gif0");
        assertThat(bare.explicitPeers(gif0)).containsExactly(InterfaceRef.of("BROKER", null));
        assertThat(bare.explicitPeers(InterfaceRef.of("BROKER", null))).containsExactly(gif0);

        Topology withTunnel = ReferenceDesigns.sixInFour().withDevice("BROKER", d -> d.withInterfaces(List.of(
                Interface.physical("eth0", "216.66.80.26/24"),
                Interface.tunnel("tun1", null, new TunnelSettings(TunnelMode.IPV6IP, "eth0", "198.51.100.20", null, null)))));
        assertThat(overlay(withTunnel).explicitPeers(gif0)).containsExactly(InterfaceRef.of("BROKER", "tun1"));
    }

    @Test
    void unrelatedDevicesHaveNoPeers() {
        Topology t = new Topology(List.of(Device.of("X", DeviceKind.ROUTER, Platform.IOS_15)), List.of());
        assertThat(overlay(t).edges()).isEmpty();
    }
}
