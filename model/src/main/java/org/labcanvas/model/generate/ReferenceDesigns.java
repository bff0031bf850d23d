package org.labcanvas.model.generate;

import java.util.List;
import java.util.Map;
import org.labcanvas.model.layout.Layout;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.AceContext;
import org.labcanvas.model.topology.AceImage;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.AceClientLoad;
import org.labcanvas.model.topology.FtSyncFault;
import org.labcanvas.model.topology.TftpImage;
import org.labcanvas.model.topology.BrokerSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.FtGroup;
import org.labcanvas.model.topology.FtInterface;
import org.labcanvas.model.topology.FtPeer;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
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
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.SixInFourClient;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;
import org.labcanvas.model.topology.UpdaterSettings;

/**
 * The four reference designs of SCENARIOS.md, with their device names, interface names,
 * addresses and settings, laid out for a canvas of about 1200 x 800 units.
 *
 * <p>Interface names are the full IOS names ({@code FastEthernet0/0}) that {@code show running-config}
 * prints for the {@code Fa0/0} of the scenario text, and interfaces are listed in the order IOS
 * prints them: loopbacks, tunnels, then physical interfaces.
 */
public final class ReferenceDesigns {
    /** The Internet underlay cloud of the reference designs. */
    public static final String INTERNET = "Internet";
    private static final String DEFAULT_ROUTE = "0.0.0.0/0";
    private static final long TUNNEL_KEY = 1;
    private static final long NHRP_NETWORK_ID = 1;
    private static final long OSPF_AREA = 10;
    private static final int OSPF_PROCESS = 1;

    private ReferenceDesigns() {}

    // ---------------------------------------------------------------- scenario 1

    /**
     * Scenario 1: DMVPN phase 1 with hub R1 (mGRE) and spokes R2, R3 (point-to-point GRE), IPsec
     * on every tunnel, each site behind the Internet cloud with a default route to {@code x.x.x.1}.
     * IOS 12.4, the release of the original design.
     */
    public static Project dmvpnSingleHub() {
        String fa = "FastEthernet0/0";
        Device r1 = router("R1", Platform.IOS_12_4, RouterRole.HUB, List.of(
                        Interface.tunnel("Tunnel0", "10.10.10.1/24",
                                        new TunnelSettings(TunnelMode.GRE_MULTIPOINT, fa, null, TUNNEL_KEY, DmvpnIpsec.PROFILE))
                                .withNhrp(NhrpSettings.of(NHRP_NETWORK_ID)
                                        .withMapMulticast(List.of(NhrpSettings.MULTICAST_DYNAMIC))),
                        Interface.physical(fa, "1.1.1.2/24")),
                "1.1.1.1", null);
        Device r2 = singleHubSpoke("R2", "2.2.2.2/24", "2.2.2.1", "10.10.10.2/24");
        Device r3 = singleHubSpoke("R3", "3.3.3.2/24", "3.3.3.1", "10.10.10.3/24");
        Device internet = Device.of(INTERNET, DeviceKind.INTERNET, Platform.GENERIC);
        List<Link> links = List.of(
                toCloud(INTERNET, "R1", fa),
                toCloud(INTERNET, "R2", fa),
                toCloud(INTERNET, "R3", fa));
        Layout layout = new Layout(Map.of(
                "R1", Placement.at(600, 150),
                INTERNET, Placement.at(600, 400),
                "R2", Placement.at(350, 650),
                "R3", Placement.at(850, 650)));
        return new Project("DMVPN single hub", new Topology(List.of(internet, r1, r2, r3), links), layout);
    }

    private static Device singleHubSpoke(String name, String wan, String gateway, String tunnelAddress) {
        String fa = "FastEthernet0/0";
        return router(name, Platform.IOS_12_4, RouterRole.SPOKE, List.of(
                        Interface.tunnel("Tunnel0", tunnelAddress,
                                        new TunnelSettings(TunnelMode.GRE_P2P, fa, "1.1.1.2", TUNNEL_KEY, DmvpnIpsec.PROFILE))
                                .withNhrp(NhrpSettings.of(NHRP_NETWORK_ID)
                                        .withMaps(List.of(new NhrpMap("10.10.10.1", "1.1.1.2")))
                                        .withServers(List.of(NhrpServer.of("10.10.10.1")))),
                        Interface.physical(fa, wan)),
                gateway, null);
    }

    // ---------------------------------------------------------------- scenario 2

    /**
     * Scenario 2: hubs R0 (preferred, OSPF cost 10) and R1 (backup, cost 100) share the corporate
     * LAN 10.10.10.0/24; spokes R2 and R3 run one point-to-point GRE tunnel to each hub with OSPF
     * non-broadcast, priority 0 and {@code neighbor} statements for both hubs (the hubs list none,
     * so adding a spoke changes no hub). IOS 15.x.
     *
     * <p>The hubs carry no {@code ip nhrp map multicast dynamic}: the scenario lists none, and
     * non-broadcast OSPF sends unicast hellos, which need no multicast mapping.
     */
    public static Project dmvpnDualHub() {
        Device r0 = dualHub("R0", "Tunnel0", "10.0.0.1/24", 10, "10.10.10.1/24", "10.4.0.1/24", "10.4.0.2",
                "10.0.0.0");
        Device r1 = dualHub("R1", "Tunnel1", "10.1.1.1/24", 100, "10.10.10.2/24", "10.4.1.1/24", "10.4.1.2",
                "10.1.1.0");
        Device r2 = dualHubSpoke("R2", "2.2.2.2", "10.4.2.1/24", "10.4.2.2");
        Device r3 = dualHubSpoke("R3", "3.3.3.3", "10.4.3.1/24", "10.4.3.2");
        Device lan = Device.of("LAN", DeviceKind.LAN, Platform.GENERIC);
        Device internet = Device.of(INTERNET, DeviceKind.INTERNET, Platform.GENERIC);
        List<Link> links = List.of(
                toCloud("LAN", "R0", "FastEthernet2/0"),
                toCloud("LAN", "R1", "FastEthernet2/0"),
                toCloud(INTERNET, "R0", "FastEthernet2/1"),
                toCloud(INTERNET, "R1", "FastEthernet2/1"),
                toCloud(INTERNET, "R2", "FastEthernet1/0"),
                toCloud(INTERNET, "R3", "FastEthernet1/0"));
        Layout layout = new Layout(Map.of(
                "LAN", Placement.at(600, 90),
                "R0", Placement.at(350, 180),
                "R1", Placement.at(850, 180),
                INTERNET, Placement.at(600, 420),
                "R2", Placement.at(350, 660),
                "R3", Placement.at(850, 660)));
        return new Project("DMVPN dual hub with OSPF",
                new Topology(List.of(lan, internet, r0, r1, r2, r3), links), layout);
    }

    private static Device dualHub(String name, String tunnelName, String tunnelAddress, int cost, String lan,
                                  String wan, String gateway, String tunnelNetwork) {
        String wanName = "FastEthernet2/1";
        Interface tunnel = Interface.tunnel(tunnelName, tunnelAddress,
                        new TunnelSettings(TunnelMode.GRE_MULTIPOINT, wanName, null, TUNNEL_KEY, DmvpnIpsec.PROFILE))
                .withIpRedirects(false)
                .withNhrp(NhrpSettings.of(NHRP_NETWORK_ID))
                .withOspf(OspfInterfaceSettings.DEFAULTS.withNetworkType(OspfNetworkType.NON_BROADCAST).withCost(cost));
        OspfProcess ospf = OspfProcess.of(OSPF_PROCESS, List.of(
                new OspfNetwork(tunnelNetwork, "0.0.0.255", OSPF_AREA),
                new OspfNetwork("10.10.10.0", "0.0.0.255", OSPF_AREA)));
        return router(name, Platform.IOS_15, RouterRole.HUB, List.of(
                        tunnel,
                        Interface.physical("FastEthernet2/0", lan),
                        Interface.physical(wanName, wan)),
                gateway, ospf);
    }

    private static Device dualHubSpoke(String name, String loopback, String wan, String gateway) {
        String wanName = "FastEthernet1/0";
        String host = loopback.substring(loopback.lastIndexOf('.') + 1);
        Interface t0 = spokeTunnel("Tunnel0", "10.0.0." + host + "/24", wanName, "10.0.0.1", "10.4.0.1", 10);
        Interface t1 = spokeTunnel("Tunnel1", "10.1.1." + host + "/24", wanName, "10.1.1.1", "10.4.1.1", 100);
        OspfProcess ospf = OspfProcess.of(OSPF_PROCESS, List.of(
                        new OspfNetwork(loopback, "0.0.0.0", OSPF_AREA),
                        new OspfNetwork("10.0.0.0", "0.0.0.255", OSPF_AREA),
                        new OspfNetwork("10.1.1.0", "0.0.0.255", OSPF_AREA)))
                .withNeighbors(List.of(OspfNeighbor.of("10.0.0.1"), OspfNeighbor.of("10.1.1.1")));
        return router(name, Platform.IOS_15, RouterRole.SPOKE, List.of(
                        Interface.loopback("Loopback0", loopback + "/32"),
                        t0,
                        t1,
                        Interface.physical(wanName, wan)),
                gateway, ospf);
    }

    /** A spoke's point-to-point GRE tunnel to one hub: NHS + static map, non-broadcast, priority 0. */
    static Interface spokeTunnel(String name, String address, String source, String hubTunnel, String hubNbma,
                                 int cost) {
        return Interface.tunnel(name, address,
                        new TunnelSettings(TunnelMode.GRE_P2P, source, hubNbma, TUNNEL_KEY, DmvpnIpsec.PROFILE))
                .withNhrp(NhrpSettings.of(NHRP_NETWORK_ID)
                        .withMaps(List.of(new NhrpMap(hubTunnel, hubNbma)))
                        .withServers(List.of(NhrpServer.of(hubTunnel))))
                .withOspf(OspfInterfaceSettings.DEFAULTS.withNetworkType(OspfNetworkType.NON_BROADCAST)
                        .withCost(cost).withPriority(0));
    }

    // ---------------------------------------------------------------- scenario 3

    /** The image both modules run before the upgrade. */
    public static final String OLD_IMAGE = "c6ace-t1k9-mz.A2_1_4a.bin";
    /** The upgrade target; copied to the modules during the procedure, so not yet on disk here. */
    public static final String NEW_IMAGE = "c6ace-t1k9-mz.A2_2_3.bin";
    static final String OLD_VERSION = "A2(1.4a)";
    /** Size of the A2(1.4a) image as {@code dir image:} lists it (scenario 3's capture). */
    static final long OLD_IMAGE_SIZE = 30_788_103L;
    static final String NEW_VERSION = "A2(2.3)";
    /** Size of the A2(2.3) image (scenario 3's capture). */
    static final long NEW_IMAGE_SIZE = 31_361_516L;
    /** The TFTP server both modules copy the new image from. */
    public static final String TFTP_SERVER = "10.1.1.1";
    static final int FT_VLAN = 100;

    /**
     * Scenario 3, in its initial state (before the upgrade): ACE_1 (priority 120, active) and ACE_2
     * (priority 90, standby), FT peer 1 over FT VLAN 100, FT groups 1 (Admin, id 0), 2 (C1, id 4)
     * and 3 (C2, id 3), preempt on, all in service. Both run and boot A2(1.4a); only that image is
     * on {@code image:}, the new one (A2(2.3)) is on the TFTP server 10.1.1.1 and is copied in step 3
     * of the procedure. C1 is stuck in STANDBY_COLD on ACE_2 at the start (a bulk sync that failed
     * once); C1 and C2 carry client connections.
     */
    public static Project aceFtUpgrade() {
        Device ace1 = aceModule("ACE_1", "ACE_2", "192.168.100.1/24", "192.168.100.2", 120, 90);
        Device ace2 = aceModule("ACE_2", "ACE_1", "192.168.100.2/24", "192.168.100.1", 90, 120);
        String lanName = "FT_VLAN";
        Device ftLan = Device.of(lanName, DeviceKind.LAN, Platform.GENERIC);
        String ftIf = "vlan" + FT_VLAN;
        List<Link> links = List.of(toCloud(lanName, "ACE_1", ftIf), toCloud(lanName, "ACE_2", ftIf));
        Layout layout = new Layout(Map.of(
                "ACE_1", Placement.at(350, 400),
                lanName, Placement.at(600, 400),
                "ACE_2", Placement.at(850, 400)));
        return new Project("ACE FT pair software upgrade", new Topology(List.of(ace1, ace2, ftLan), links), layout);
    }

    private static Device aceModule(String name, String peer, String ftAddress, String peerAddress, int priority,
                                    int peerPriority) {
        // The cable end for the FT VLAN. It carries no address of its own: on an ACE the FT VLAN is
        // configured only under "ft interface vlan 100" (address and peer address, kept in
        // FtInterface) and is not also an "interface vlan 100".
        String ftIf = "vlan" + FT_VLAN;
        Interface vlan = new Interface(ftIf, InterfaceType.VLAN, "FT VLAN", null, List.of(), null, null, null,
                null, false, null, null, null);
        List<AceContext> contexts = List.of(
                new AceContext(AceContext.ADMIN, 0, List.of()),
                new AceContext("C1", 4, List.of()),
                new AceContext("C2", 3, List.of()));
        List<FtGroup> groups = List.of(
                new FtGroup(1, 1, priority, peerPriority, true, AceContext.ADMIN, true),
                new FtGroup(2, 1, priority, peerPriority, true, "C1", true),
                new FtGroup(3, 1, priority, peerPriority, true, "C2", true));
        AceSettings ace = new AceSettings(peer,
                new FtInterface(FT_VLAN, ftAddress, peerAddress),
                new FtPeer(1, FtPeer.DEFAULT_HEARTBEAT_INTERVAL_MS, FtPeer.DEFAULT_HEARTBEAT_COUNT, FT_VLAN),
                groups, contexts, List.of(),
                List.of(new AceImage(OLD_IMAGE, OLD_VERSION, OLD_IMAGE_SIZE)),
                List.of(OLD_IMAGE),
                OLD_IMAGE,
                List.of(new TftpImage(TFTP_SERVER, NEW_IMAGE, NEW_VERSION, NEW_IMAGE_SIZE)),
                // C1 starts STANDBY_COLD on the standby: its last bulk sync failed once, before the
                // simulation starts; no inservice then inservice on the standby clears it (step 1).
                priority < peerPriority
                        ? List.of(new FtSyncFault("C1", null, "bulk sync of the context did not complete", false))
                        : List.of(),
                List.of(new AceClientLoad("C1", 20_000, 500), new AceClientLoad("C2", 8_000, 200)),
                null);
        return new Device(name, DeviceKind.ACE, Platform.ACE_A2, OLD_VERSION, null, List.of(vlan), List.of(),
                null, null, ace, null, null);
    }

    // ---------------------------------------------------------------- scenario 4

    /** The broker's IPv4 tunnel endpoint of the scenario. */
    public static final String BROKER_IPV4 = "216.66.80.26";

    /**
     * Scenario 4: host MAC (macOS) with a dynamic public IPv4 on {@code en0} (203.0.113.45, a
     * documentation address) and {@code gif0} in 6in4 mode to BROKER at 216.66.80.26; point-to-point
     * {@code 2001:db8::2/128} to {@code 2001:db8::1}, routed prefix {@code 2001:db8:1::/64}, IPv6
     * default route via the broker, and an updater that reports address changes every 5 minutes.
     * Beyond the broker, on its {@code eth1}, the IPv6 host V6HOST ({@code 2001:db8:ff::10}).
     */
    public static Project sixInFourTunnelBroker() {
        String tunnelId = "722156";
        Interface en0 = Interface.physical("en0", "203.0.113.45/24");
        Interface gif0 = new Interface("gif0", InterfaceType.TUNNEL, "6in4 to the tunnel broker", null,
                List.of("2001:db8::2/128"), null, null, null, null, false,
                new TunnelSettings(TunnelMode.IPV6IP, "en0", BROKER_IPV4, null, null), null, null);
        UpdaterSettings updater = new UpdaterSettings(5, "labcanvas-lab",
                Secret.of("Tb-Upd8-9fK2qW7xR4zL3nP6"), UpdaterSettings.DEFAULT_UPDATE_URL,
                UpdaterSettings.DEFAULT_IP_CHECK_URL);
        Device mac = new Device("MAC", DeviceKind.HOST, Platform.MACOS, null, null, List.of(en0, gif0),
                List.of(StaticRoute.via(DEFAULT_ROUTE, "203.0.113.1"), StaticRoute.via("::/0", "2001:db8::1")),
                null, null, null,
                new SixInFourClient("gif0", "2001:db8::1", "2001:db8:1::/64", "BROKER", true, updater), null);
        Device broker = new Device("BROKER", DeviceKind.BROKER, Platform.GENERIC, null, null,
                List.of(Interface.physical("eth0", BROKER_IPV4 + "/24"), ipv6Only("eth1", "2001:db8:ff::1/64")),
                List.of(StaticRoute.via(DEFAULT_ROUTE, "216.66.80.1")), null, null, null, null,
                new BrokerSettings(BROKER_IPV4, tunnelId, "2001:db8::1/128", "2001:db8::2/128", "2001:db8:1::/64"));
        Device v6host = new Device("V6HOST", DeviceKind.HOST, Platform.LINUX, null, null,
                List.of(ipv6Only("eth0", "2001:db8:ff::10/64")), List.of(StaticRoute.via("::/0", "2001:db8:ff::1")),
                null, null, null, null, null);
        Device internet = Device.of(INTERNET, DeviceKind.INTERNET, Platform.GENERIC);
        List<Link> links = List.of(toCloud(INTERNET, "MAC", "en0"), toCloud(INTERNET, "BROKER", "eth0"),
                new Link(Endpoint.of("BROKER", "eth1"), Endpoint.of("V6HOST", "eth0")));
        Layout layout = new Layout(Map.of(
                "MAC", Placement.at(250, 400),
                INTERNET, Placement.at(600, 400),
                "BROKER", Placement.at(950, 400),
                "V6HOST", Placement.at(1250, 400)));
        return new Project("6in4 tunnel to a tunnel broker", new Topology(List.of(mac, internet, broker, v6host), links),
                layout);
    }

    // ---------------------------------------------------------------- shared pieces

    /** An Ethernet interface with an IPv6 address only. */
    private static Interface ipv6Only(String name, String ipv6) {
        return new Interface(name, InterfaceType.PHYSICAL, null, null, List.of(ipv6), null, null, null, null, false,
                null, null, null);
    }

    private static Device router(String name, Platform platform, RouterRole role, List<Interface> interfaces,
                                 String defaultGateway, OspfProcess ospf) {
        return new Device(name, DeviceKind.ROUTER, platform, null, role, interfaces,
                List.of(StaticRoute.via(DEFAULT_ROUTE, defaultGateway)), ospf,
                DmvpnIpsec.settings(DmvpnIpsec.LAB_PSK), null, null, null);
    }

    /** A cable from a LAN or Internet node to a device's interface. */
    static Link toCloud(String node, String device, String iface) {
        return new Link(Endpoint.node(node), Endpoint.of(device, iface));
    }
}
