package org.labcanvas.model.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.labcanvas.model.layout.Layout;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.CryptoSettings;
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

/**
 * Builds a DMVPN in the style of the dual-hub reference design (SCENARIOS.md, scenario 2), at any
 * size from one hub and no spokes to four hubs and 60,000 spokes.
 *
 * <ul>
 *   <li>Hubs {@code HUB1..HUBH}: {@code Tunnel<h>} in multipoint GRE on the hub's own tunnel subnet
 *       ({@code tunnel key h}, {@code ip nhrp network-id h}, {@code no ip redirects}), OSPF
 *       non-broadcast with cost {@code 10^h} (10, 100, 1000, 10000) so HUB1 is preferred and each
 *       further hub is the next backup; {@code FastEthernet0/1} on the shared LAN, {@code
 *       FastEthernet0/0} to the Internet with a default route. Hubs list no OSPF neighbors.</li>
 *   <li>Spokes {@code SPOKE1..SPOKEN}: {@code Loopback0}, a LAN /24 on {@code FastEthernet0/1}
 *       (passive in OSPF, and not cabled: the generator draws no LAN node per spoke), {@code
 *       FastEthernet0/0} to the Internet with a default route, and one point-to-point GRE
 *       {@code Tunnel<h>} per hub with NHS + static map to that hub, OSPF non-broadcast, the hub's
 *       cost and priority 0; {@code router ospf 1} has the loopback, LAN and every tunnel subnet in
 *       area 10 and a {@code neighbor} statement for every hub.</li>
 *   <li>Every router has the IPsec configuration of the reference designs and {@code tunnel
 *       protection ipsec profile myDMVPN} on every tunnel. IOS 15.x.</li>
 * </ul>
 *
 * The address plan is in {@link DmvpnAddressPlan}. Hub count is limited to four because the next
 * cost, 100000, exceeds the largest {@code ip ospf cost} IOS accepts (65535).
 *
 * <p>Layout: the LAN on top, hubs in a row below it, the Internet cloud under the hubs, and the
 * spokes on a grid below, row by row in spoke order. The same arguments always give the same
 * project.
 */
public final class DmvpnGenerator {
    public static final int MIN_HUBS = 1;
    public static final int MAX_HUBS = 4;
    public static final int MIN_SPOKES = 0;
    public static final int MAX_SPOKES = 60_000;
    /** The largest value of {@code ip ospf cost}. */
    static final int MAX_OSPF_COST = 65_535;

    public static final String INTERNET = "INTERNET";
    public static final String LAN = "LAN";
    static final String WAN_IF = "FastEthernet0/0";
    static final String LAN_IF = "FastEthernet0/1";
    static final String LOOPBACK_IF = "Loopback0";
    static final long OSPF_AREA = 10;
    static final int OSPF_PROCESS = 1;

    // Layout, in canvas units.
    static final double HUB_SPACING = 250;
    static final double SPOKE_SPACING_X = 150;
    static final double SPOKE_SPACING_Y = 120;
    static final double LAN_Y = 60;
    static final double HUB_Y = 180;
    static final double INTERNET_Y = 330;
    static final double FIRST_SPOKE_Y = 480;
    static final double MIN_WIDTH = 1200;

    private DmvpnGenerator() {}

    /**
     * A design with {@code hubs} hubs and {@code spokes} spokes.
     *
     * @throws IllegalArgumentException naming the parameter and its allowed range when either is out of range
     */
    public static Project generate(int hubs, int spokes) {
        if (hubs < MIN_HUBS || hubs > MAX_HUBS) {
            throw new IllegalArgumentException("hubs must be between " + MIN_HUBS + " and " + MAX_HUBS + ", got "
                    + hubs + " (OSPF costs rise tenfold per hub, 10 to 10000, and IOS allows at most "
                    + MAX_OSPF_COST + ")");
        }
        if (spokes < MIN_SPOKES || spokes > MAX_SPOKES) {
            throw new IllegalArgumentException("spokes must be between " + MIN_SPOKES + " and " + MAX_SPOKES
                    + ", got " + spokes);
        }
        DmvpnAddressPlan plan = new DmvpnAddressPlan(spokes);
        CryptoSettings crypto = DmvpnIpsec.settings(DmvpnIpsec.LAB_PSK);

        List<Device> devices = new ArrayList<>(hubs + spokes + 2);
        List<Link> links = new ArrayList<>(2 * hubs + spokes);
        Map<String, Placement> placements = new HashMap<>((hubs + spokes + 2) * 2);

        devices.add(Device.of(LAN, DeviceKind.LAN, Platform.GENERIC));
        devices.add(Device.of(INTERNET, DeviceKind.INTERNET, Platform.GENERIC));

        int columns = spokeColumns(spokes);
        double width = Math.max(MIN_WIDTH, columns * SPOKE_SPACING_X);
        double centre = width / 2;
        placements.put(LAN, Placement.at(centre, LAN_Y));
        placements.put(INTERNET, Placement.at(centre, INTERNET_Y));

        for (int h = 1; h <= hubs; h++) {
            String name = hubName(h);
            devices.add(hub(h, plan, crypto));
            links.add(new Link(Endpoint.node(LAN), Endpoint.of(name, LAN_IF)));
            links.add(new Link(Endpoint.node(INTERNET), Endpoint.of(name, WAN_IF)));
            placements.put(name, Placement.at(centre + (h - (hubs + 1) / 2.0) * HUB_SPACING, HUB_Y));
        }

        List<OspfNeighbor> neighbors = new ArrayList<>(hubs);
        for (int h = 1; h <= hubs; h++) {
            neighbors.add(OspfNeighbor.of(plan.hubTunnel(h)));
        }
        List<OspfNetwork> tunnelNetworks = new ArrayList<>(hubs);
        for (int h = 1; h <= hubs; h++) {
            tunnelNetworks.add(new OspfNetwork(plan.tunnelSubnet(h), plan.tunnelWildcard(), OSPF_AREA));
        }
        double gridLeft = (width - columns * SPOKE_SPACING_X) / 2 + SPOKE_SPACING_X / 2;
        for (int i = 1; i <= spokes; i++) {
            String name = spokeName(i);
            devices.add(spoke(i, hubs, plan, crypto, neighbors, tunnelNetworks));
            links.add(new Link(Endpoint.node(INTERNET), Endpoint.of(name, WAN_IF)));
            int k = i - 1;
            placements.put(name, Placement.at(gridLeft + (k % columns) * SPOKE_SPACING_X,
                    FIRST_SPOKE_Y + (k / columns) * SPOKE_SPACING_Y));
        }
        return new Project("DMVPN, " + hubs + " hub" + (hubs == 1 ? "" : "s") + " and " + spokes + " spoke"
                + (spokes == 1 ? "" : "s"), new Topology(devices, links), new Layout(placements));
    }

    public static String hubName(int h) {
        return "HUB" + h;
    }

    public static String spokeName(int i) {
        return "SPOKE" + i;
    }

    static String tunnelName(int h) {
        return "Tunnel" + h;
    }

    /** {@code 10^h}: 10 for HUB1, 100 for HUB2, ... */
    static int ospfCost(int h) {
        int cost = 1;
        for (int k = 0; k < h; k++) {
            cost *= 10;
        }
        return cost;
    }

    /** Spokes per grid row: all of them up to eight, then about a square grid. */
    static int spokeColumns(int spokes) {
        if (spokes <= 8) {
            return Math.max(spokes, 1);
        }
        return Math.max(8, (int) Math.ceil(Math.sqrt(spokes)));
    }

    private static Device hub(int h, DmvpnAddressPlan plan, CryptoSettings crypto) {
        Interface tunnel = Interface.tunnel(tunnelName(h), plan.hubTunnelWithPrefix(h),
                        new TunnelSettings(TunnelMode.GRE_MULTIPOINT, WAN_IF, null, (long) h, DmvpnIpsec.PROFILE))
                .withIpRedirects(false)
                .withNhrp(NhrpSettings.of(h))
                .withOspf(new OspfInterfaceSettings(OspfNetworkType.NON_BROADCAST, ospfCost(h), null, null, null));
        OspfProcess ospf = OspfProcess.of(OSPF_PROCESS, List.of(
                new OspfNetwork(plan.tunnelSubnet(h), plan.tunnelWildcard(), OSPF_AREA),
                new OspfNetwork(DmvpnAddressPlan.HUB_LAN_SUBNET,
                        DmvpnAddressPlan.wildcard(DmvpnAddressPlan.HUB_LAN_PREFIX), OSPF_AREA)));
        return new Device(hubName(h), DeviceKind.ROUTER, Platform.IOS_15, null, RouterRole.HUB,
                List.of(tunnel,
                        Interface.physical(WAN_IF, plan.hubWanWithPrefix(h)),
                        Interface.physical(LAN_IF, plan.hubLanWithPrefix(h))),
                List.of(StaticRoute.via("0.0.0.0/0", plan.hubWanGateway(h))), ospf, crypto, null, null, null);
    }

    private static Device spoke(int i, int hubs, DmvpnAddressPlan plan, CryptoSettings crypto,
                                List<OspfNeighbor> neighbors, List<OspfNetwork> tunnelNetworks) {
        List<Interface> interfaces = new ArrayList<>(3 + hubs);
        interfaces.add(Interface.loopback(LOOPBACK_IF, plan.spokeLoopback(i) + "/32"));
        for (int h = 1; h <= hubs; h++) {
            String hubWan = plan.hubWan(h);
            String hubTunnel = plan.hubTunnel(h);
            interfaces.add(Interface.tunnel(tunnelName(h), plan.spokeTunnelWithPrefix(h, i),
                            new TunnelSettings(TunnelMode.GRE_P2P, WAN_IF, hubWan, (long) h, DmvpnIpsec.PROFILE))
                    .withNhrp(NhrpSettings.of(h)
                            .withMaps(List.of(new NhrpMap(hubTunnel, hubWan)))
                            .withServers(List.of(NhrpServer.of(hubTunnel))))
                    .withOspf(new OspfInterfaceSettings(OspfNetworkType.NON_BROADCAST, ospfCost(h), 0, null, null)));
        }
        interfaces.add(Interface.physical(WAN_IF, plan.spokeWanWithPrefix(i)));
        interfaces.add(Interface.physical(LAN_IF, plan.spokeLanWithPrefix(i)));
        List<OspfNetwork> networks = new ArrayList<>(2 + hubs);
        networks.add(new OspfNetwork(plan.spokeLoopback(i), "0.0.0.0", OSPF_AREA));
        networks.add(new OspfNetwork(plan.spokeLanSubnet(i), "0.0.0.255", OSPF_AREA));
        networks.addAll(tunnelNetworks);
        OspfProcess ospf = new OspfProcess(OSPF_PROCESS, null, null, networks, neighbors, List.of(LAN_IF), false);
        return new Device(spokeName(i), DeviceKind.ROUTER, Platform.IOS_15, null, RouterRole.SPOKE, interfaces,
                List.of(StaticRoute.via("0.0.0.0/0", plan.spokeWanGateway(i))), ospf, crypto, null, null, null);
    }
}
