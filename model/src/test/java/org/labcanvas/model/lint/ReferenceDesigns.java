package org.labcanvas.model.lint;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.topology.AceContext;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.BrokerSettings;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.FtGroup;
import org.labcanvas.model.topology.FtInterface;
import org.labcanvas.model.topology.FtPeer;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.IpsecProfile;
import org.labcanvas.model.topology.IsakmpPolicy;
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
import org.labcanvas.model.topology.PreSharedKey;
import org.labcanvas.model.topology.RouterRole;
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.SixInFourClient;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TransformSet;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;
import org.labcanvas.model.topology.UpdaterSettings;

/** The four designs of SCENARIOS.md, built in code for tests, plus a generated large dual-hub DMVPN. */
public final class ReferenceDesigns {
    public static final String PSK = "Lab-dmvpn-4f9c2e7a";

    private ReferenceDesigns() {}

    /** IPsec of scenario 1, on every DMVPN router. */
    public static CryptoSettings crypto() {
        return new CryptoSettings(List.of(IsakmpPolicy.preShare(10)),
                List.of(new PreSharedKey(Secret.of(PSK), "0.0.0.0", "0.0.0.0")),
                List.of(new TransformSet("mySet", List.of("esp-aes", "esp-sha-hmac"), null)),
                List.of(new IpsecProfile("myDMVPN", List.of("mySet"), 120, 2)));
    }

    public static Device router(String name, RouterRole role, List<Interface> interfaces, String defaultGateway) {
        return Device.of(name, DeviceKind.ROUTER, Platform.IOS_15).withRole(role).withInterfaces(interfaces)
                .withStaticRoutes(List.of(StaticRoute.via("0.0.0.0/0", defaultGateway)));
    }

    public static Interface mgre(String name, String ipv4, String source) {
        return Interface.tunnel(name, ipv4, new TunnelSettings(TunnelMode.GRE_MULTIPOINT, source, null, 1L, "myDMVPN"))
                .withNhrp(NhrpSettings.of(1).withMapMulticast(List.of(NhrpSettings.MULTICAST_DYNAMIC)));
    }

    public static Interface spokeTunnel(String name, String ipv4, String source, String hubTunnel, String hubNbma) {
        return Interface.tunnel(name, ipv4, new TunnelSettings(TunnelMode.GRE_P2P, source, hubNbma, 1L, "myDMVPN"))
                .withNhrp(NhrpSettings.of(1).withMaps(List.of(new NhrpMap(hubTunnel, hubNbma)))
                        .withServers(List.of(NhrpServer.of(hubTunnel))));
    }

    public static Link toNode(String device, String iface, String node) {
        return Link.between(Endpoint.of(device, iface), Endpoint.node(node));
    }

    /** Scenario 1: DMVPN with one hub R1 and spokes R2, R3 over an Internet cloud. */
    public static Topology singleHub() {
        Device internet = Device.of("Internet", DeviceKind.INTERNET, Platform.GENERIC);
        Device r1 = router("R1", RouterRole.HUB, List.of(
                Interface.physical("FastEthernet0/0", "1.1.1.2/24"),
                mgre("Tunnel0", "10.10.10.1/24", "FastEthernet0/0")), "1.1.1.1").withCrypto(crypto());
        List<Device> devices = new ArrayList<>(List.of(internet, r1));
        List<Link> links = new ArrayList<>(List.of(toNode("R1", "FastEthernet0/0", "Internet")));
        for (int n = 2; n <= 3; n++) {
            String name = "R" + n;
            devices.add(router(name, RouterRole.SPOKE, List.of(
                    Interface.physical("FastEthernet0/0", n + "." + n + "." + n + "." + n + "/24"),
                    spokeTunnel("Tunnel0", "10.10.10." + n + "/24", "FastEthernet0/0", "10.10.10.1", "1.1.1.2")),
                    n + "." + n + "." + n + ".1").withCrypto(crypto()));
            links.add(toNode(name, "FastEthernet0/0", "Internet"));
        }
        return new Topology(devices, links);
    }

    private static OspfInterfaceSettings nbma(int cost, Integer priority) {
        return new OspfInterfaceSettings(OspfNetworkType.NON_BROADCAST, cost, priority, null, null);
    }

    private static OspfNetwork area10(String address, String wildcard) {
        return new OspfNetwork(address, wildcard, 10);
    }

    /** Scenario 2: hubs R0 (preferred) and R1 on a corporate LAN, spokes R2 and R3 with one tunnel per hub. */
    public static Topology dualHub() {
        Device internet = Device.of("Internet", DeviceKind.INTERNET, Platform.GENERIC);
        Device lan = Device.of("CorpLAN", DeviceKind.LAN, Platform.GENERIC);
        List<Device> devices = new ArrayList<>(List.of(internet, lan));
        List<Link> links = new ArrayList<>();
        String[][] hubs = {{"R0", "Tunnel0", "10.0.0", "10.4.0", "10", "1"}, {"R1", "Tunnel1", "10.1.1", "10.4.1", "100", "2"}};
        for (String[] h : hubs) {
            devices.add(router(h[0], RouterRole.HUB, List.of(
                    mgre(h[1], h[2] + ".1/24", "FastEthernet2/1").withIpRedirects(false)
                            .withOspf(nbma(Integer.parseInt(h[4]), null)),
                    Interface.physical("FastEthernet2/0", "10.10.10." + h[5] + "/24"),
                    Interface.physical("FastEthernet2/1", h[3] + ".1/24")), h[3] + ".2")
                    .withCrypto(crypto())
                    .withOspf(OspfProcess.of(1, List.of(area10(h[2] + ".0", "0.0.0.255"), area10("10.10.10.0", "0.0.0.255")))));
            links.add(toNode(h[0], "FastEthernet2/0", "CorpLAN"));
            links.add(toNode(h[0], "FastEthernet2/1", "Internet"));
        }
        for (int n = 2; n <= 3; n++) {
            String name = "R" + n;
            String loop = n + "." + n + "." + n + "." + n;
            devices.add(router(name, RouterRole.SPOKE, List.of(
                    Interface.loopback("Loopback0", loop + "/32"),
                    spokeTunnel("Tunnel0", "10.0.0." + n + "/24", "FastEthernet1/0", "10.0.0.1", "10.4.0.1")
                            .withOspf(nbma(10, 0)),
                    spokeTunnel("Tunnel1", "10.1.1." + n + "/24", "FastEthernet1/0", "10.1.1.1", "10.4.1.1")
                            .withOspf(nbma(100, 0)),
                    Interface.physical("FastEthernet1/0", "10.4." + n + ".1/24")), "10.4." + n + ".2")
                    .withCrypto(crypto())
                    .withOspf(OspfProcess.of(1, List.of(area10(loop, "0.0.0.0"), area10("10.0.0.0", "0.0.0.255"),
                            area10("10.1.1.0", "0.0.0.255"))).withNeighbors(List.of(OspfNeighbor.of("10.0.0.1"),
                            OspfNeighbor.of("10.1.1.1")))));
            links.add(toNode(name, "FastEthernet1/0", "Internet"));
        }
        return new Topology(devices, links);
    }

    private static AceSettings ace(String peer, String address, String peerAddress, int priority, int peerPriority) {
        List<FtGroup> groups = List.of(
                new FtGroup(1, 1, priority, peerPriority, true, "Admin", true),
                new FtGroup(2, 1, priority, peerPriority, true, "C1", true),
                new FtGroup(3, 1, priority, peerPriority, true, "C2", true));
        return new AceSettings(peer, new FtInterface(100, address, peerAddress), new FtPeer(1, null, null, 100), groups,
                List.of(new AceContext("Admin", 0, List.of()), new AceContext("C1", 4, List.of()), new AceContext("C2", 3, List.of())),
                List.of(), List.of(), List.of("image:c6ace-t1k9-mz.A2_1_4a.bin"), "c6ace-t1k9-mz.A2_1_4a.bin");
    }

    /** Scenario 3: ACE_1 (priority 120) and ACE_2 (priority 90), FT groups 1-3. */
    public static Topology aceFtPair() {
        Device a1 = Device.of("ACE_1", DeviceKind.ACE, Platform.ACE_A2)
                .withAce(ace("ACE_2", "192.168.100.1/24", "192.168.100.2", 120, 90));
        Device a2 = Device.of("ACE_2", DeviceKind.ACE, Platform.ACE_A2)
                .withAce(ace("ACE_1", "192.168.100.2/24", "192.168.100.1", 90, 120));
        return new Topology(List.of(a1, a2), List.of());
    }

    /** Scenario 4: a Mac with a dynamic public IPv4 and a 6in4 tunnel to the broker 216.66.80.26. */
    public static Topology sixInFour() {
        Device internet = Device.of("Internet", DeviceKind.INTERNET, Platform.GENERIC);
        Interface gif0 = Interface.tunnel("gif0", null, new TunnelSettings(TunnelMode.IPV6IP, "en0", "216.66.80.26", null, null))
                .withIpv6(List.of("2001:db8::2/128"));
        Device mac = Device.of("MAC", DeviceKind.HOST, Platform.MACOS)
                .withInterfaces(List.of(Interface.physical("en0", "198.51.100.20/24"), gif0))
                .withStaticRoutes(List.of(StaticRoute.via("0.0.0.0/0", "198.51.100.1"), StaticRoute.via("::/0", "2001:db8::1")))
                .withSixInFour(new SixInFourClient("gif0", "2001:db8::1", "2001:db8:1::/64", "BROKER", true,
                        new UpdaterSettings(15, "labuser", Secret.of("update-key-0123456789"),
                                UpdaterSettings.DEFAULT_UPDATE_URL, UpdaterSettings.DEFAULT_IP_CHECK_URL)));
        Device broker = Device.of("BROKER", DeviceKind.BROKER, Platform.GENERIC)
                .withBroker(new BrokerSettings("216.66.80.26", "123456", "2001:db8::1/64", "2001:db8::2/64", "2001:db8:1::/64"));
        return new Topology(List.of(internet, mac, broker), List.of(toNode("MAC", "en0", "Internet")));
    }

    /**
     * A dual-hub DMVPN in the generator's style: hubs HUB1..HUBh on one LAN, each on its own mGRE
     * subnet (10.(100+h).0.0/16), spokes SPOKE1..SPOKEn with a loopback, a LAN /24 and one tunnel per hub.
     * Addresses are unique for up to 60,000 spokes.
     */
    public static Topology generated(int hubCount, int spokeCount) {
        List<Device> devices = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        devices.add(Device.of("Internet", DeviceKind.INTERNET, Platform.GENERIC));
        devices.add(Device.of("HQ-LAN", DeviceKind.LAN, Platform.GENERIC));
        List<OspfNeighbor> hubNeighbors = new ArrayList<>();
        for (int h = 1; h <= hubCount; h++) {
            String name = "HUB" + h;
            String tunnelNet = "10." + (100 + h);
            int cost = (int) Math.pow(10, h);
            devices.add(router(name, RouterRole.HUB, List.of(
                    Interface.physical("GigabitEthernet0/0", "172.16.0." + h + "/24"),
                    Interface.physical("GigabitEthernet0/1", "198.51." + h + ".1/24"),
                    mgre("Tunnel" + h, tunnelNet + ".0.1/16", "GigabitEthernet0/1").withOspf(nbma(cost, null))),
                    "198.51." + h + ".254")
                    .withCrypto(crypto())
                    .withOspf(OspfProcess.of(1, List.of(new OspfNetwork("172.16.0.0", "0.0.0.255", 0),
                            new OspfNetwork(tunnelNet + ".0.0", "0.0.255.255", 0)))));
            links.add(toNode(name, "GigabitEthernet0/0", "HQ-LAN"));
            links.add(toNode(name, "GigabitEthernet0/1", "Internet"));
            hubNeighbors.add(OspfNeighbor.of(tunnelNet + ".0.1"));
        }
        for (int s = 1; s <= spokeCount; s++) {
            String name = "SPOKE" + s;
            int hi = s / 250;
            int lo = s % 250 + 1;
            List<Interface> ifaces = new ArrayList<>();
            ifaces.add(Interface.loopback("Loopback0", "10.255." + hi + "." + lo + "/32"));
            ifaces.add(Interface.physical("GigabitEthernet0/1", "100." + (64 + hi) + "." + lo + ".1/24"));
            ifaces.add(Interface.physical("GigabitEthernet0/2", "20." + hi + "." + lo + ".1/24"));
            List<OspfNetwork> networks = new ArrayList<>(List.of(
                    new OspfNetwork("10.255." + hi + "." + lo, "0.0.0.0", 0),
                    new OspfNetwork("20." + hi + "." + lo + ".0", "0.0.0.255", 0)));
            for (int h = 1; h <= hubCount; h++) {
                String tunnelNet = "10." + (100 + h);
                ifaces.add(spokeTunnel("Tunnel" + h, tunnelNet + "." + hi + "." + lo + "/16", "GigabitEthernet0/1",
                        tunnelNet + ".0.1", "198.51." + h + ".1").withOspf(nbma((int) Math.pow(10, h), 0)));
                networks.add(new OspfNetwork(tunnelNet + ".0.0", "0.0.255.255", 0));
            }
            devices.add(router(name, RouterRole.SPOKE, ifaces, "100." + (64 + hi) + "." + lo + ".254")
                    .withCrypto(crypto())
                    .withOspf(OspfProcess.of(1, networks).withNeighbors(hubNeighbors)));
            links.add(toNode(name, "GigabitEthernet0/1", "Internet"));
        }
        return new Topology(devices, links);
    }
}
