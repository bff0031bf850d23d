package org.labcanvas.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.NhrpSettings;
import org.labcanvas.model.topology.OspfInterfaceSettings;
import org.labcanvas.model.topology.OspfNeighbor;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.RouterRole;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

class DevicePaletteTest {
    private static final Project EMPTY = new Project("new", Topology.EMPTY, null);

    /** Drops an item and returns the project after it. */
    static Project drop(Project p, PaletteItem item, double x, double y) {
        return DevicePalette.create(p, item, Placement.at(x, y)).apply(p);
    }

    static Project link(Project p, String a, String b) {
        String ia = p.topology().require(a).kind().isSegment() ? null
                : LinkPlanner.suggestedInterface(p.topology(), a, b).orElseThrow();
        String ib = p.topology().require(b).kind().isSegment() ? null
                : LinkPlanner.suggestedInterface(p.topology(), b, a).orElseThrow();
        return LinkPlanner.link(p, Endpoint.of(a, ia), Endpoint.of(b, ib)).apply(p);
    }

    /** Scenario 2 built from the palette, the way a user drags it together on the canvas. */
    static Project dualHubFromPalette() {
        Project p = EMPTY;
        p = drop(p, PaletteItem.LAN, 600, 90);
        p = drop(p, PaletteItem.INTERNET, 600, 420);
        p = drop(p, PaletteItem.HUB, 350, 180);
        p = drop(p, PaletteItem.HUB, 850, 180);
        p = link(p, "R0", "LAN");
        p = link(p, "R1", "LAN");
        p = link(p, "R0", "Internet");
        p = link(p, "R1", "Internet");
        p = drop(p, PaletteItem.SPOKE, 350, 660);
        p = drop(p, PaletteItem.SPOKE, 850, 660);
        p = link(p, "R2", "Internet");
        p = link(p, "R3", "Internet");
        return p;
    }

    @Test
    void buildingScenarioTwoFromThePaletteGivesTheReferenceDesign() {
        Project built = dualHubFromPalette();
        Topology reference = ReferenceDesigns.dmvpnDualHub().topology();
        assertEquals(sorted(reference.devices()), sorted(built.topology().devices()));
        assertThat(built.topology().links()).containsExactlyInAnyOrderElementsOf(reference.links());
        assertEquals(ReferenceDesigns.dmvpnDualHub().layout(), built.layout());
    }

    private static List<Device> sorted(List<Device> devices) {
        return devices.stream().sorted(Comparator.comparing(Device::name)).toList();
    }

    @Test
    void aSpokeFarFromEveryHubJoinsOnlyTheNearestOne() {
        Project p = drop(EMPTY, PaletteItem.HUB, 0, 0);
        p = drop(p, PaletteItem.HUB, 3000, 0);
        p = drop(p, PaletteItem.SPOKE, 2500, 1500);
        Device spoke = p.topology().require("R2");
        assertEquals(List.of(
                Interface.loopback("Loopback0", "2.2.2.2/32"),
                Interface.tunnel("Tunnel1", "10.1.1.2/24",
                                new TunnelSettings(TunnelMode.GRE_P2P, "FastEthernet1/0", "10.4.1.1", 1L, "myDMVPN"))
                        .withNhrp(NhrpSettings.of(1).withMaps(List.of(new NhrpMap("10.1.1.1", "10.4.1.1")))
                                .withServers(List.of(NhrpServer.of("10.1.1.1"))))
                        .withOspf(OspfInterfaceSettings.DEFAULTS.withNetworkType(OspfNetworkType.NON_BROADCAST)
                                .withCost(100).withPriority(0)),
                Interface.physical("FastEthernet1/0", "10.4.2.1/24")), spoke.interfaces());
        assertEquals(OspfProcess.of(1, List.of(new OspfNetwork("2.2.2.2", "0.0.0.0", 10),
                        new OspfNetwork("10.1.1.0", "0.0.0.255", 10)))
                .withNeighbors(List.of(OspfNeighbor.of("10.1.1.1"))), spoke.ospf());
    }

    @Test
    void aSpokeWithoutHubsHasNoTunnelAndNoCrypto() {
        Project p = drop(EMPTY, PaletteItem.SPOKE, 0, 0);
        assertEquals(new Device("R0", DeviceKind.ROUTER, Platform.IOS_15, null, RouterRole.SPOKE,
                List.of(Interface.loopback("Loopback0", "10.9.0.1/32"),
                        Interface.physical("FastEthernet1/0", "10.4.0.1/24")),
                List.of(StaticRoute.via("0.0.0.0/0", "10.4.0.2")),
                OspfProcess.of(1, List.of(new OspfNetwork("10.9.0.1", "0.0.0.0", 10))), null, null, null, null),
                p.topology().require("R0"));
    }

    @Test
    void aNewHubAvoidsSubnetsAlreadyInTheDesign() {
        // Scenario 1 has hub R1 with Tunnel0 on 10.10.10.0/24, so the new hub takes Tunnel1 and 10.1.1.0/24.
        Project p = drop(ReferenceDesigns.dmvpnSingleHub(), PaletteItem.HUB, 100, 100);
        Device hub = p.topology().require("R4");
        assertEquals(List.of("Tunnel1 10.1.1.1/24", "FastEthernet2/0 null", "FastEthernet2/1 10.4.0.1/24"),
                hub.interfaces().stream().map(i -> i.name() + " " + i.ipv4()).toList());
        assertEquals(100, hub.interfaces().get(0).ospf().cost());
    }

    @Test
    void namesContinueTheDesignsSeries() {
        Project p = ReferenceDesigns.dmvpnDualHub();
        p = drop(p, PaletteItem.ROUTER, 0, 0);
        p = drop(p, PaletteItem.LAN, 0, 0);
        p = drop(p, PaletteItem.INTERNET, 0, 0);
        p = drop(p, PaletteItem.ACE_PAIR, 0, 0);
        p = drop(p, PaletteItem.BROKER, 0, 0);
        p = drop(p, PaletteItem.IPV6_HOST, 0, 0);
        assertEquals(List.of("LAN", "Internet", "R0", "R1", "R2", "R3", "R4", "LAN2", "Internet2", "ACE_1", "ACE_2",
                        "FT_VLAN", "BROKER", "HOST1"),
                p.topology().devices().stream().map(Device::name).toList());
    }

    @Test
    void anAcePairIsTwoModulesOnAnFtVlan() {
        Project p = drop(EMPTY, PaletteItem.ACE_PAIR, 500, 300);
        assertEquals(List.of(new Link(Endpoint.node("FT_VLAN"), Endpoint.of("ACE_1", "vlan100")),
                new Link(Endpoint.node("FT_VLAN"), Endpoint.of("ACE_2", "vlan100"))), p.topology().links());
        assertEquals(Map.of("ACE_1", Placement.at(280, 300), "FT_VLAN", Placement.at(500, 300),
                "ACE_2", Placement.at(720, 300)), p.layout().placements());
        Device ace1 = p.topology().require("ACE_1");
        assertEquals("ACE_2", ace1.ace().peerDevice());
        assertEquals("192.168.100.2", ace1.ace().ftInterface().peerAddress());
        assertEquals(120, ace1.ace().ftGroups().get(0).priority());
        assertEquals(90, p.topology().require("ACE_2").ace().ftGroups().get(0).priority());
    }

    @Test
    void anIpv6HostTunnelsToTheBroker() {
        Project p = drop(EMPTY, PaletteItem.BROKER, 900, 400);
        p = drop(p, PaletteItem.IPV6_HOST, 200, 400);
        Device host = p.topology().require("HOST1");
        assertEquals(List.of("eth0 203.0.113.45/24 []", "he-ipv6 null [2001:db8::2/128]"),
                host.interfaces().stream().map(i -> i.name() + " " + i.ipv4() + " " + i.ipv6()).toList());
        assertEquals(new TunnelSettings(TunnelMode.IPV6IP, "eth0", "216.66.80.26", null, null),
                host.interfaces().get(1).tunnel());
        assertEquals("BROKER", host.sixInFour().broker());
        assertEquals("2001:db8::1", host.sixInFour().remoteIpv6());
        assertEquals(List.of(StaticRoute.via("0.0.0.0/0", "203.0.113.1"), StaticRoute.via("::/0", "2001:db8::1")),
                host.staticRoutes());
    }

    @Test
    void connectingASpokeLaterAddsItsTunnelToThatHub() {
        Project p = drop(EMPTY, PaletteItem.HUB, 0, 0);
        p = drop(p, PaletteItem.SPOKE, 100, 500);
        p = drop(p, PaletteItem.HUB, 5000, 0);
        p = new ConnectSpokeToHub("R1", "R2").apply(p);
        assertEquals(List.of("Loopback0", "Tunnel0", "Tunnel1", "FastEthernet1/0"),
                p.topology().require("R1").interfaces().stream().map(Interface::name).toList());
        assertEquals("10.1.1.2/24", p.topology().require("R1").iface("Tunnel1").orElseThrow().ipv4());
    }
}
