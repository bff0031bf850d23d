package org.labcanvas.model.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.labcanvas.model.generate.DmvpnIpsec;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.project.Project;
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
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.NhrpSettings;
import org.labcanvas.model.topology.OspfInterfaceSettings;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.RouterRole;
import org.labcanvas.model.topology.SixInFourClient;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

/**
 * Makes the devices the palette drops on the canvas, with sensible defaults taken from the design
 * (names from {@link DeviceNames}, addresses from {@link DesignAddressPlan}):
 *
 * <ul>
 *   <li>a hub router gets its own mGRE tunnel subnet ({@code Tunnel0 10.0.0.1/24} for the first,
 *       {@code Tunnel1 10.1.1.1/24} for the second), NHRP network-id 1, tunnel key 1, OSPF
 *       non-broadcast with cost 10 on the first hub and 100 on every further (backup) hub, a WAN
 *       interface {@code FastEthernet2/1} with a default route, a LAN interface
 *       {@code FastEthernet2/0} addressed when it is linked to a LAN, and IPsec;</li>
 *   <li>a spoke router gets {@code Loopback0}, a WAN interface {@code FastEthernet1/0}, a default
 *       route and one tunnel to every hub within {@link #NEAR} canvas units of where it was dropped
 *       (or to the nearest hub when none is that near), see {@link SpokeTunnels};</li>
 *   <li>a plain router, an ACE pair with its FT VLAN, a tunnel broker, an IPv6 host (with a 6in4
 *       tunnel to the nearest broker when there is one), a LAN and the Internet cloud.</li>
 * </ul>
 *
 * Everything is the dual-hub reference design's convention, so that building scenario 2 from the
 * palette gives the reference design itself. Without a hub to copy from, IPsec is the reference
 * designs' policy 10 / {@code mySet} / {@code myDMVPN} with the lab pre-shared key of the samples
 * (change it in the property sheet before using the configs outside a lab). Hubs get no
 * {@code ip nhrp map multicast dynamic}: scenario 2 has none, as non-broadcast OSPF sends unicast.
 */
public final class DevicePalette {
    /** How close (canvas units) a hub must be to a dropped spoke for the spoke to join it. */
    public static final double NEAR = 800;
    static final String HUB_WAN = "FastEthernet2/1";
    static final String HUB_LAN = "FastEthernet2/0";
    static final String SPOKE_WAN = "FastEthernet1/0";
    static final long TUNNEL_KEY = 1;
    static final long NHRP_NETWORK_ID = 1;
    static final long OSPF_AREA = 10;
    static final int PRIMARY_HUB_COST = 10;
    static final int BACKUP_HUB_COST = 100;
    static final String DEFAULT_ROUTE = "0.0.0.0/0";
    static final int FT_VLAN = 100;

    private DevicePalette() {}

    /** The edit that drops {@code item} at {@code at} on the design. */
    public static AddDevices create(Project project, PaletteItem item, Placement at) {
        DeviceNames names = new DeviceNames(project.topology().devices());
        DesignAddressPlan plan = new DesignAddressPlan(project.topology());
        return switch (item) {
            case HUB -> AddDevices.one(hub(project, names, plan), at);
            case SPOKE -> AddDevices.one(spoke(project, names, plan, at), at);
            case ROUTER -> AddDevices.one(router(names), at);
            case ACE_PAIR -> acePair(names, plan, at);
            case BROKER -> AddDevices.one(broker(project, names, plan), at);
            case IPV6_HOST -> AddDevices.one(host(project, names, plan, at), at);
            case LAN -> AddDevices.one(Device.of(names.nextSingle("LAN"), DeviceKind.LAN, Platform.GENERIC), at);
            case INTERNET -> AddDevices.one(Device.of(names.nextSingle("Internet"), DeviceKind.INTERNET,
                    Platform.GENERIC), at);
        };
    }

    static Device hub(Project project, DeviceNames names, DesignAddressPlan plan) {
        List<HubTunnel> hubs = hubs(project);
        int k = 0;
        while (k < 100 && hubNumberTaken(hubs, k)) {
            k++;
        }
        String name = names.next("R", 0);
        long tunnelSubnet = plan.hubTunnelSubnet(k);
        long wan = plan.wanSubnet();
        CryptoSettings crypto = cryptoToCopy(project);
        String profile = crypto.profiles().isEmpty() ? null : crypto.profiles().get(0).name();
        Interface tunnel = Interface.tunnel("Tunnel" + k, DesignAddressPlan.text(tunnelSubnet + 1) + "/24",
                        new TunnelSettings(TunnelMode.GRE_MULTIPOINT, HUB_WAN, null, TUNNEL_KEY, profile))
                .withIpRedirects(false)
                .withNhrp(NhrpSettings.of(NHRP_NETWORK_ID))
                .withOspf(OspfInterfaceSettings.DEFAULTS.withNetworkType(OspfNetworkType.NON_BROADCAST)
                        .withCost(hubs.isEmpty() ? PRIMARY_HUB_COST : BACKUP_HUB_COST));
        OspfProcess ospf = OspfProcess.of(SpokeTunnels.OSPF_PROCESS, List.of(
                new OspfNetwork(DesignAddressPlan.text(tunnelSubnet), DesignAddressPlan.wildcard(24), OSPF_AREA)));
        return new Device(name, DeviceKind.ROUTER, Platform.IOS_15, null, RouterRole.HUB,
                List.of(tunnel, Interface.physical(HUB_LAN, null),
                        Interface.physical(HUB_WAN, DesignAddressPlan.text(wan + 1) + "/24")),
                List.of(StaticRoute.via(DEFAULT_ROUTE, DesignAddressPlan.text(wan + 2))), ospf, crypto, null, null,
                null);
    }

    private static boolean hubNumberTaken(List<HubTunnel> hubs, int k) {
        return hubs.stream().anyMatch(h -> h.number() == k);
    }

    static Device spoke(Project project, DeviceNames names, DesignAddressPlan plan, Placement at) {
        String name = names.next("R", 0);
        long loopback = plan.loopback(HubTunnel.number(name));
        long wan = plan.wanSubnet();
        Device spoke = new Device(name, DeviceKind.ROUTER, Platform.IOS_15, null, RouterRole.SPOKE,
                List.of(Interface.loopback("Loopback0", DesignAddressPlan.text(loopback) + "/32"),
                        Interface.physical(SPOKE_WAN, DesignAddressPlan.text(wan + 1) + "/24")),
                List.of(StaticRoute.via(DEFAULT_ROUTE, DesignAddressPlan.text(wan + 2))),
                OspfProcess.of(SpokeTunnels.OSPF_PROCESS, List.of(
                        new OspfNetwork(DesignAddressPlan.text(loopback), "0.0.0.0", OSPF_AREA))),
                null, null, null, null);
        for (HubTunnel hub : hubsNear(project, at)) {
            spoke = SpokeTunnels.join(spoke, hub, project.topology().require(hub.hub()).crypto(), plan);
        }
        return spoke;
    }

    /** Hubs within {@link #NEAR} of {@code at}, or the nearest one; in tunnel-number order. */
    static List<HubTunnel> hubsNear(Project project, Placement at) {
        List<HubTunnel> hubs = hubs(project);
        List<HubTunnel> near = hubs.stream().filter(h -> distance(project, h.hub(), at) <= NEAR).toList();
        if (near.isEmpty()) {
            near = hubs.stream().min(Comparator.comparingDouble((HubTunnel h) -> distance(project, h.hub(), at))
                    .thenComparing((HubTunnel h) -> h.hub())).stream().toList();
        }
        return near.stream().sorted(Comparator.comparingInt((HubTunnel h) -> h.number()).thenComparing((HubTunnel h) -> h.hub())).toList();
    }

    private static double distance(Project project, String device, Placement at) {
        return project.layout().of(device).map(p -> Math.hypot(p.x() - at.x(), p.y() - at.y()))
                .orElse(Double.MAX_VALUE / 2);
    }

    static List<HubTunnel> hubs(Project project) {
        List<HubTunnel> out = new ArrayList<>();
        for (Device d : project.topology().devices()) {
            HubTunnel.of(d).ifPresent(out::add);
        }
        return out;
    }

    /** The IPsec settings of the first router (by name) that has some, else the reference designs' settings. */
    static CryptoSettings cryptoToCopy(Project project) {
        Optional<Device> withCrypto = project.topology().devices().stream()
                .filter(d -> d.kind() == DeviceKind.ROUTER && d.crypto() != null && !d.crypto().profiles().isEmpty())
                .min(Comparator.comparing(Device::name));
        return withCrypto.map(Device::crypto).orElseGet(DevicePalette::labCrypto);
    }

    /**
     * SCENARIOS.md scenario 1's IPsec: policy 10 pre-share, wildcard key, mySet, myDMVPN (120 s, PFS group 2),
     * with the lab key of the reference samples, so that new routers interoperate with them.
     */
    static CryptoSettings labCrypto() {
        return DmvpnIpsec.settings(DmvpnIpsec.LAB_PSK);
    }

    static Device router(DeviceNames names) {
        return new Device(names.next("R", 0), DeviceKind.ROUTER, Platform.IOS_15, null, RouterRole.OTHER,
                List.of(Interface.physical("FastEthernet0/0", null), Interface.physical("FastEthernet0/1", null)),
                List.of(), null, null, null, null, null);
    }

    /** Two ACE modules (priority 120 active, 90 standby) with FT group 1 for Admin, over a shared FT VLAN. */
    static AddDevices acePair(DeviceNames names, DesignAddressPlan plan, Placement at) {
        String a = names.next("ACE_", 1);
        String b = names.next("ACE_", 1);
        String lan = names.nextSingle("FT_VLAN");
        long subnet = 0;
        for (int n = 100; n < 256; n++) {
            long base = DesignAddressPlan.dotted(192, 168, n, 0);
            if (plan.isFree(base, 24)) {
                plan.reserve(base, 24);
                subnet = base;
                break;
            }
        }
        String ftIf = "vlan" + FT_VLAN;
        Device ace1 = aceModule(a, b, subnet + 1, subnet + 2, 120, 90);
        Device ace2 = aceModule(b, a, subnet + 2, subnet + 1, 90, 120);
        Device ftLan = Device.of(lan, DeviceKind.LAN, Platform.GENERIC);
        return new AddDevices("Add ACE pair " + a + ", " + b, List.of(ace1, ace2, ftLan),
                List.of(new Link(Endpoint.node(lan), Endpoint.of(a, ftIf)),
                        new Link(Endpoint.node(lan), Endpoint.of(b, ftIf))),
                Map.of(a, at.movedBy(-220, 0), lan, at, b, at.movedBy(220, 0)));
    }

    private static Device aceModule(String name, String peer, long address, long peerAddress, int priority,
                                    int peerPriority) {
        String ftAddress = DesignAddressPlan.text(address) + "/24";
        Interface vlan = new Interface("vlan" + FT_VLAN, InterfaceType.VLAN, "FT VLAN", ftAddress, List.of(), null,
                null, null, null, false, null, null, null);
        AceSettings ace = new AceSettings(peer,
                new FtInterface(FT_VLAN, ftAddress, DesignAddressPlan.text(peerAddress)),
                new FtPeer(1, FtPeer.DEFAULT_HEARTBEAT_INTERVAL_MS, FtPeer.DEFAULT_HEARTBEAT_COUNT, FT_VLAN),
                List.of(new FtGroup(1, 1, priority, peerPriority, true, AceContext.ADMIN, true)),
                List.of(new AceContext(AceContext.ADMIN, 0, List.of())), List.of(), List.of(), List.of(), null);
        return new Device(name, DeviceKind.ACE, Platform.ACE_A2, null, null, List.of(vlan), List.of(), null, null,
                ace, null, null);
    }

    /**
     * A tunnel broker at {@code 216.66.80.26} (the scenario's broker; the next broker one /24 further),
     * with the documentation prefix 2001:db8::/32 for the tunnel. The tunnel id is a placeholder.
     */
    static Device broker(Project project, DeviceNames names, DesignAddressPlan plan) {
        String name = names.nextSingle("BROKER");
        long brokers = project.topology().devices().stream().filter(d -> d.kind() == DeviceKind.BROKER).count();
        long subnet = plan.brokerSubnet();
        String endpoint = DesignAddressPlan.text(subnet + 26);
        String p = brokers == 0 ? "2001:db8:" : "2001:db8:" + brokers + "00:";
        String routed = brokers == 0 ? "2001:db8:1::/64" : "2001:db8:" + brokers + "01::/64";
        return new Device(name, DeviceKind.BROKER, Platform.GENERIC, null, null,
                List.of(Interface.physical("eth0", endpoint + "/24")),
                List.of(StaticRoute.via(DEFAULT_ROUTE, DesignAddressPlan.text(subnet + 1))), null, null, null, null,
                new BrokerSettings(endpoint, String.valueOf(722156 + brokers), p + ":1/128", p + ":2/128", routed));
    }

    /** A Linux host on the Internet; with a 6in4 tunnel {@code he-ipv6} to the nearest broker when there is one. */
    static Device host(Project project, DeviceNames names, DesignAddressPlan plan, Placement at) {
        String name = names.next("HOST", 1);
        long subnet = plan.hostSubnet();
        List<Interface> interfaces = new ArrayList<>(List.of(
                Interface.physical("eth0", DesignAddressPlan.text(subnet + 45) + "/24")));
        List<StaticRoute> routes = new ArrayList<>(List.of(
                StaticRoute.via(DEFAULT_ROUTE, DesignAddressPlan.text(subnet + 1))));
        SixInFourClient six = null;
        Optional<Device> broker = project.topology().devices().stream()
                .filter(d -> d.kind() == DeviceKind.BROKER && d.broker() != null)
                .min(Comparator.comparingDouble((Device d) -> distance(project, d.name(), at)).thenComparing(Device::name));
        if (broker.isPresent()) {
            BrokerSettings b = broker.get().broker();
            String remote = b.serverIpv6().replaceAll("/.*", "");
            interfaces.add(new Interface("he-ipv6", InterfaceType.TUNNEL, "6in4 to " + broker.get().name(), null,
                    List.of(b.clientIpv6()), null, null, null, null, false,
                    new TunnelSettings(TunnelMode.IPV6IP, "eth0", b.ipv4Endpoint(), null, null), null, null));
            routes.add(StaticRoute.via("::/0", remote));
            six = new SixInFourClient("he-ipv6", remote, b.routedPrefix(), broker.get().name(), true, null);
        }
        return new Device(name, DeviceKind.HOST, Platform.LINUX, null, null, interfaces, routes, null, null, null,
                six, null);
    }
}
