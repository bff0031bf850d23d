package org.labcanvas.model.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.lint.Finding;
import org.labcanvas.model.lint.Lint;
import org.labcanvas.model.lint.Severity;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.OspfInterfaceSettings;
import org.labcanvas.model.topology.OspfNeighbor;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.RouterRole;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

class DmvpnGeneratorTest {

    @Test
    void smallDesignHasTheDocumentedNamesAndAddresses() {
        Topology t = DmvpnGenerator.generate(2, 3).topology();
        assertEquals(List.of("LAN", "INTERNET", "HUB1", "HUB2", "SPOKE1", "SPOKE2", "SPOKE3"),
                t.devices().stream().map(Device::name).toList());

        Device hub2 = t.require("HUB2");
        assertEquals(RouterRole.HUB, hub2.role());
        assertEquals(List.of("Tunnel2", "FastEthernet0/0", "FastEthernet0/1"),
                hub2.interfaces().stream().map(Interface::name).toList());
        Interface hubTunnel = hub2.iface("Tunnel2").orElseThrow();
        assertEquals("10.2.0.1/24", hubTunnel.ipv4());
        assertEquals(new TunnelSettings(TunnelMode.GRE_MULTIPOINT, "FastEthernet0/0", null, 2L, "myDMVPN"),
                hubTunnel.tunnel());
        assertEquals(new OspfInterfaceSettings(OspfNetworkType.NON_BROADCAST, 100, null, null, null), hubTunnel.ospf());
        assertEquals(false, hubTunnel.ipRedirects());
        assertEquals(2, hubTunnel.nhrp().networkId());
        assertEquals("172.31.255.5/30", hub2.iface("FastEthernet0/0").orElseThrow().ipv4());
        assertEquals("10.10.10.2/24", hub2.iface("FastEthernet0/1").orElseThrow().ipv4());
        assertEquals(List.of(StaticRoute.via("0.0.0.0/0", "172.31.255.6")), hub2.staticRoutes());
        assertEquals(List.of(new OspfNetwork("10.2.0.0", "0.0.0.255", 10), new OspfNetwork("10.10.10.0", "0.0.0.255", 10)),
                hub2.ospf().networks());
        assertThat(hub2.ospf().neighbors()).isEmpty();
        assertEquals(10, t.require("HUB1").iface("Tunnel1").orElseThrow().ospf().cost());

        Device spoke3 = t.require("SPOKE3");
        assertEquals(RouterRole.SPOKE, spoke3.role());
        assertEquals(List.of("Loopback0", "Tunnel1", "Tunnel2", "FastEthernet0/0", "FastEthernet0/1"),
                spoke3.interfaces().stream().map(Interface::name).toList());
        assertEquals("10.9.0.3/32", spoke3.iface("Loopback0").orElseThrow().ipv4());
        assertEquals("172.16.0.9/30", spoke3.iface("FastEthernet0/0").orElseThrow().ipv4());
        assertEquals("10.16.2.1/24", spoke3.iface("FastEthernet0/1").orElseThrow().ipv4());
        assertEquals(List.of(StaticRoute.via("0.0.0.0/0", "172.16.0.10")), spoke3.staticRoutes());
        Interface toHub2 = spoke3.iface("Tunnel2").orElseThrow();
        assertEquals("10.2.0.4/24", toHub2.ipv4());
        assertEquals(new TunnelSettings(TunnelMode.GRE_P2P, "FastEthernet0/0", "172.31.255.5", 2L, "myDMVPN"),
                toHub2.tunnel());
        assertEquals(List.of(new NhrpMap("10.2.0.1", "172.31.255.5")), toHub2.nhrp().maps());
        assertEquals(List.of(NhrpServer.of("10.2.0.1")), toHub2.nhrp().servers());
        assertEquals(new OspfInterfaceSettings(OspfNetworkType.NON_BROADCAST, 100, 0, null, null), toHub2.ospf());
        assertEquals(List.of(OspfNeighbor.of("10.1.0.1"), OspfNeighbor.of("10.2.0.1")), spoke3.ospf().neighbors());
        assertEquals(List.of(
                        new OspfNetwork("10.9.0.3", "0.0.0.0", 10),
                        new OspfNetwork("10.16.2.0", "0.0.0.255", 10),
                        new OspfNetwork("10.1.0.0", "0.0.0.255", 10),
                        new OspfNetwork("10.2.0.0", "0.0.0.255", 10)),
                spoke3.ospf().networks());
        assertEquals(List.of("FastEthernet0/1"), spoke3.ospf().passiveInterfaces());
        assertThat(spoke3.crypto().profile("myDMVPN")).isPresent();

        assertThat(t.links()).containsExactly(
                new Link(Endpoint.node("LAN"), Endpoint.of("HUB1", "FastEthernet0/1")),
                new Link(Endpoint.node("INTERNET"), Endpoint.of("HUB1", "FastEthernet0/0")),
                new Link(Endpoint.node("LAN"), Endpoint.of("HUB2", "FastEthernet0/1")),
                new Link(Endpoint.node("INTERNET"), Endpoint.of("HUB2", "FastEthernet0/0")),
                new Link(Endpoint.node("INTERNET"), Endpoint.of("SPOKE1", "FastEthernet0/0")),
                new Link(Endpoint.node("INTERNET"), Endpoint.of("SPOKE2", "FastEthernet0/0")),
                new Link(Endpoint.node("INTERNET"), Endpoint.of("SPOKE3", "FastEthernet0/0")));
    }

    @Test
    void hubCostsRiseTenfoldSoHubOneIsPreferred() {
        Topology t = DmvpnGenerator.generate(4, 1).topology();
        List<Integer> costs = new ArrayList<>();
        for (int h = 1; h <= 4; h++) {
            costs.add(t.require("SPOKE1").iface("Tunnel" + h).orElseThrow().ospf().cost());
        }
        assertEquals(List.of(10, 100, 1000, 10000), costs);
        assertThat(costs).allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(DmvpnGenerator.MAX_OSPF_COST));
    }

    @Test
    void tunnelSubnetGrowsWithTheSpokeCount() {
        assertEquals(24, DmvpnAddressPlan.tunnelPrefixLength(0));
        assertEquals(24, DmvpnAddressPlan.tunnelPrefixLength(253));
        assertEquals(23, DmvpnAddressPlan.tunnelPrefixLength(254));
        assertEquals(16, DmvpnAddressPlan.tunnelPrefixLength(60_000));
        Device last = DmvpnGenerator.generate(1, 60_000).topology().require("SPOKE60000");
        assertEquals("10.1.234.97/16", last.iface("Tunnel1").orElseThrow().ipv4());
        assertEquals("10.250.95.1/24", last.iface("FastEthernet0/1").orElseThrow().ipv4());
        assertEquals("10.9.234.96/32", last.iface("Loopback0").orElseThrow().ipv4());
    }

    @Test
    void addressesAndSubnetsAreUniqueForTwentyThousandSpokes() {
        Topology t = DmvpnGenerator.generate(4, 20_000).topology();
        assertEquals(20_006, t.devices().size());

        Set<Long> addresses = new HashSet<>();
        Map<Long, Set<String>> subnetMembers = new HashMap<>(); // subnet key -> "device:iface" or segment
        List<long[]> subnets = new ArrayList<>();
        for (Device d : t.devices()) {
            for (Interface f : d.interfaces()) {
                long[] a = parse(f.ipv4());
                assertThat(addresses.add(a[0])).as("address of %s %s is unique", d.name(), f.name()).isTrue();
                long network = a[0] & mask(a[1]);
                // Tunnel interfaces share their hub's subnet; the hubs share the LAN; nothing else shares.
                String segment = f.type() == InterfaceType.TUNNEL ? "tunnel " + f.name()
                        : f.ipv4().startsWith("10.10.10.") ? "hub LAN" : d.name() + " " + f.name();
                long key = (network << 6) | a[1];
                Set<String> members = subnetMembers.computeIfAbsent(key, k -> new HashSet<>());
                if (members.isEmpty()) {
                    subnets.add(new long[] {network, network + (1L << (32 - a[1])) - 1});
                }
                members.add(segment);
            }
        }
        assertThat(subnetMembers.values()).allSatisfy(m -> assertThat(m).hasSize(1));
        // 4 tunnel subnets + hub LAN + 4 hub WANs + 3 subnets per spoke
        assertEquals(4 + 1 + 4 + 3 * 20_000, subnets.size());
        subnets.sort((x, y) -> Long.compare(x[0], y[0]));
        for (int k = 1; k < subnets.size(); k++) {
            assertThat(subnets.get(k)[0]).as("subnet %s starts after the previous one ends",
                    DmvpnAddressPlan.dotted((int) subnets.get(k)[0])).isGreaterThan(subnets.get(k - 1)[1]);
        }
    }

    @Test
    void everyAddressIsOneIosAcceptsOnItsInterface() {
        // 1000 spokes: the tunnel subnets are /22, so spoke addresses cross octet boundaries.
        Topology t = DmvpnGenerator.generate(4, 1000).topology();
        List<String> refused = new ArrayList<>();
        for (Device d : t.devices()) {
            for (Interface f : d.interfaces()) {
                if (InterfaceAddress.tryParse(f.ipv4()).isEmpty()) {
                    refused.add(d.name() + " " + f.name() + " " + f.ipv4());
                }
            }
        }
        assertEquals(List.of(), refused);
        assertEquals("10.3.3.233/22", t.require("SPOKE1000").iface("Tunnel3").orElseThrow().ipv4());
    }

    @Test
    void generatedDesignsAreDeterministic() {
        assertEquals(DmvpnGenerator.generate(3, 50), DmvpnGenerator.generate(3, 50));
    }

    @Test
    void everyDeviceIsPlacedWithoutOverlap() {
        Project p = DmvpnGenerator.generate(3, 100);
        assertEquals(p.topology().devices().size(), p.layout().placements().size());
        Set<String> positions = new HashSet<>();
        p.layout().placements().values().forEach(pl -> positions.add(pl.x() + "," + pl.y()));
        assertEquals(p.layout().placements().size(), positions.size());
        assertEquals(new org.labcanvas.model.layout.Placement(600, 180, 0, 0),
                DmvpnGenerator.generate(1, 2).layout().of("HUB1").orElseThrow());
    }

    @Test
    void fiveHundredSpokeDesignHasNoLintErrors() {
        List<Finding> errors = Lint.check(DmvpnGenerator.generate(2, 500).topology()).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors);
    }

    @Test
    void outOfRangeParametersAreRefusedWithTheAllowedRange() {
        assertThatThrownBy(() -> DmvpnGenerator.generate(0, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("hubs must be between 1 and 4, got 0");
        assertThatThrownBy(() -> DmvpnGenerator.generate(5, 2))
                .hasMessageStartingWith("hubs must be between 1 and 4, got 5");
        assertThatThrownBy(() -> DmvpnGenerator.generate(2, -1))
                .hasMessage("spokes must be between 0 and 60000, got -1");
        assertThatThrownBy(() -> DmvpnGenerator.generate(2, 60_001))
                .hasMessage("spokes must be between 0 and 60000, got 60001");
    }

    /** {address, prefix length} of "a.b.c.d/n". */
    private static long[] parse(String text) {
        int slash = text.indexOf('/');
        String[] octets = text.substring(0, slash).split("\\.");
        long a = 0;
        for (String o : octets) {
            a = (a << 8) | Integer.parseInt(o);
        }
        return new long[] {a, Integer.parseInt(text.substring(slash + 1))};
    }

    private static long mask(long prefix) {
        return prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
    }
}
