package org.labcanvas.model.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.FtGroup;
import org.labcanvas.model.topology.FtInterface;
import org.labcanvas.model.topology.FtPeer;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.OspfNeighbor;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.RouterRole;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

class ReferenceDesignsTest {

    private static List<String> names(Topology t) {
        return t.devices().stream().map(Device::name).toList();
    }

    private static Interface iface(Topology t, String device, String name) {
        return t.require(device).iface(name).orElseThrow();
    }

    private static void assertRoundTrips(Project p) throws Exception {
        assertEquals(p, ProjectFile.parse(ProjectFile.toJson(p), "test"));
    }

    private static void assertEveryDevicePlaced(Project p) {
        assertThat(p.layout().placements().keySet()).containsExactlyInAnyOrderElementsOf(names(p.topology()));
    }

    @Test
    void singleHubHasTheScenarioAddressesAndNhrp() throws Exception {
        Project p = ReferenceDesigns.dmvpnSingleHub();
        Topology t = p.topology();
        assertEquals(List.of("Internet", "R1", "R2", "R3"), names(t));
        assertEquals(RouterRole.HUB, t.require("R1").role());
        assertEquals("1.1.1.2/24", iface(t, "R1", "FastEthernet0/0").ipv4());
        assertEquals("10.10.10.1/24", iface(t, "R1", "Tunnel0").ipv4());
        assertEquals(new TunnelSettings(TunnelMode.GRE_MULTIPOINT, "FastEthernet0/0", null, 1L, "myDMVPN"),
                iface(t, "R1", "Tunnel0").tunnel());
        assertEquals(List.of("dynamic"), iface(t, "R1", "Tunnel0").nhrp().mapMulticast());
        assertEquals(List.of(StaticRoute.via("0.0.0.0/0", "3.3.3.1")), t.require("R3").staticRoutes());
        Interface spokeTunnel = iface(t, "R2", "Tunnel0");
        assertEquals("10.10.10.2/24", spokeTunnel.ipv4());
        assertEquals(new TunnelSettings(TunnelMode.GRE_P2P, "FastEthernet0/0", "1.1.1.2", 1L, "myDMVPN"),
                spokeTunnel.tunnel());
        assertEquals(List.of(new NhrpMap("10.10.10.1", "1.1.1.2")), spokeTunnel.nhrp().maps());
        assertEquals(List.of(NhrpServer.of("10.10.10.1")), spokeTunnel.nhrp().servers());
        assertEquals("3.3.3.2/24", iface(t, "R3", "FastEthernet0/0").ipv4());
        var crypto = t.require("R3").crypto();
        assertThat(crypto.preSharedKeys()).singleElement().satisfies(k -> {
            assertThat(k.isWildcard()).isTrue();
            assertThat(k.key().length()).isGreaterThanOrEqualTo(16);
        });
        assertEquals(List.of("esp-aes", "esp-sha-hmac"), crypto.transformSet("mySet").orElseThrow().transforms());
        var profile = crypto.profile("myDMVPN").orElseThrow();
        assertEquals(120, profile.effectiveLifetimeSeconds());
        assertEquals(2, profile.pfsGroup());
        assertEquals(3, t.links().size());
        assertEveryDevicePlaced(p);
        assertRoundTrips(p);
    }

    @Test
    void dualHubHasTheScenarioOspfDesign() throws Exception {
        Project p = ReferenceDesigns.dmvpnDualHub();
        Topology t = p.topology();
        assertEquals(List.of("LAN", "Internet", "R0", "R1", "R2", "R3"), names(t));
        Interface r0t = iface(t, "R0", "Tunnel0");
        assertEquals("10.0.0.1/24", r0t.ipv4());
        assertEquals(false, r0t.ipRedirects());
        assertEquals(OspfNetworkType.NON_BROADCAST, r0t.ospf().networkType());
        assertEquals(10, r0t.ospf().cost());
        assertEquals(100, iface(t, "R1", "Tunnel1").ospf().cost());
        assertEquals("10.10.10.2/24", iface(t, "R1", "FastEthernet2/0").ipv4());
        assertEquals("10.4.1.1/24", iface(t, "R1", "FastEthernet2/1").ipv4());
        assertEquals(List.of(new OspfNetwork("10.0.0.0", "0.0.0.255", 10), new OspfNetwork("10.10.10.0", "0.0.0.255", 10)),
                t.require("R0").ospf().networks());
        assertThat(t.require("R0").ospf().neighbors()).isEmpty();
        Device r3 = t.require("R3");
        assertEquals("3.3.3.3/32", r3.iface("Loopback0").orElseThrow().ipv4());
        assertEquals("10.4.3.1/24", r3.iface("FastEthernet1/0").orElseThrow().ipv4());
        Interface r3t1 = r3.iface("Tunnel1").orElseThrow();
        assertEquals("10.1.1.3/24", r3t1.ipv4());
        assertEquals("10.4.1.1", r3t1.tunnel().destination());
        assertEquals(0, r3t1.ospf().priority());
        assertEquals(100, r3t1.ospf().cost());
        assertEquals(List.of(new NhrpMap("10.1.1.1", "10.4.1.1")), r3t1.nhrp().maps());
        assertEquals(List.of(OspfNeighbor.of("10.0.0.1"), OspfNeighbor.of("10.1.1.1")), r3.ospf().neighbors());
        assertEquals(List.of(new OspfNetwork("3.3.3.3", "0.0.0.0", 10), new OspfNetwork("10.0.0.0", "0.0.0.255", 10),
                new OspfNetwork("10.1.1.0", "0.0.0.255", 10)), r3.ospf().networks());
        assertEquals(List.of(StaticRoute.via("0.0.0.0/0", "10.4.2.2")), t.require("R2").staticRoutes());
        assertEveryDevicePlaced(p);
        assertRoundTrips(p);
    }

    @Test
    void aceUpgradeStartsOnTheOldImageWithMirroredPriorities() throws Exception {
        Project p = ReferenceDesigns.aceFtUpgrade();
        Topology t = p.topology();
        assertEquals(List.of("ACE_1", "ACE_2", "FT_VLAN"), names(t));
        var ace1 = t.require("ACE_1").ace();
        var ace2 = t.require("ACE_2").ace();
        assertEquals(List.of(
                        new FtGroup(1, 1, 120, 90, true, "Admin", true),
                        new FtGroup(2, 1, 120, 90, true, "C1", true),
                        new FtGroup(3, 1, 120, 90, true, "C2", true)),
                ace1.ftGroups());
        assertThat(ace2.ftGroups()).allSatisfy(g -> {
            assertEquals(90, g.priority());
            assertEquals(120, g.peerPriority());
        });
        assertEquals(List.of(0, 4, 3), ace1.contexts().stream().map(c -> c.id()).toList());
        assertEquals(new FtInterface(100, "192.168.100.1/24", "192.168.100.2"), ace1.ftInterface());
        assertEquals(new FtInterface(100, "192.168.100.2/24", "192.168.100.1"), ace2.ftInterface());
        assertEquals(new FtPeer(1, 300, 10, 100), ace1.ftPeer());
        assertEquals(null, t.require("ACE_1").iface("vlan100").orElseThrow().ipv4());
        assertEquals("ACE_1", ace2.peerDevice());
        assertEquals(List.of("c6ace-t1k9-mz.A2_1_4a.bin"), ace2.bootSystem());
        assertEquals("c6ace-t1k9-mz.A2_1_4a.bin", ace2.runningImage());
        assertThat(ace1.images()).extracting(i -> i.name()).containsExactly("c6ace-t1k9-mz.A2_1_4a.bin");
        assertEquals("A2(1.4a)", t.require("ACE_1").version());
        assertEveryDevicePlaced(p);
        assertRoundTrips(p);
    }

    @Test
    void sixInFourHostTunnelsToTheBroker() throws Exception {
        Project p = ReferenceDesigns.sixInFourTunnelBroker();
        Topology t = p.topology();
        assertEquals(List.of("MAC", "Internet", "BROKER", "V6HOST"), names(t));
        Device mac = t.require("MAC");
        Interface gif0 = mac.iface("gif0").orElseThrow();
        assertEquals(new TunnelSettings(TunnelMode.IPV6IP, "en0", "216.66.80.26", null, null), gif0.tunnel());
        assertEquals(List.of("2001:db8::2/128"), gif0.ipv6());
        assertThat(mac.staticRoutes()).contains(StaticRoute.via("::/0", "2001:db8::1"));
        assertThat(mac.sixInFour().dynamicAddress()).isTrue();
        assertThat(mac.sixInFour().updater().updateUrl()).startsWith("https://");
        var broker = t.require("BROKER").broker();
        assertEquals("216.66.80.26", broker.ipv4Endpoint());
        assertEquals("2001:db8:1::/64", broker.routedPrefix());
        assertEquals("216.66.80.26/24", t.require("BROKER").iface("eth0").orElseThrow().ipv4());
        assertEquals(5, mac.sixInFour().updater().intervalMinutes());
        assertEquals(List.of("2001:db8:ff::10/64"), t.require("V6HOST").iface("eth0").orElseThrow().ipv6());
        assertEquals(List.of("2001:db8:ff::1/64"), t.require("BROKER").iface("eth1").orElseThrow().ipv6());
        assertEveryDevicePlaced(p);
        assertRoundTrips(p);
    }

    @Test
    void secretsDoNotShowInTheProjectsText() {
        Project p = ReferenceDesigns.dmvpnSingleHub();
        assertThat(p.toString()).doesNotContain(DmvpnIpsec.LAB_PSK.reveal());
    }
}
