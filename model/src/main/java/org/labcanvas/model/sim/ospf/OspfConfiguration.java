package org.labcanvas.model.sim.ospf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.labcanvas.model.analysis.OspfView;
import org.labcanvas.model.analysis.TunnelPeering;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.sim.underlay.Network;
import org.labcanvas.model.sim.underlay.UnderlayState;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.OspfInterfaceSettings;
import org.labcanvas.model.topology.OspfNeighbor;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.OspfProcess;

/**
 * OSPF as the design configures it: which interfaces run OSPF and with what settings, who could
 * ever hear whom, the router ID a process picks when it starts, and {@code ip ospf cost} typed on a
 * running router. Holds no state: it fills and reads the engine's routers and interfaces.
 */
final class OspfConfiguration {
    private OspfConfiguration() {}

    /**
     * Builds the OSPF process of every router of the design into {@code routers} (by device name)
     * and {@code byNetIndex} (by interface index), then links the interfaces that could hear each
     * other.
     */
    static void build(Network network, Map<String, OspfRouter> routers, Map<Integer, OspfIface> byNetIndex) {
        // Network statements parsed once: spokes of a generated design share the same statements.
        Map<OspfNetwork, long[]> networkMemo = new HashMap<>();
        for (Device d : network.topology().devices()) {
            if (d.kind() == DeviceKind.ROUTER && d.ospf() != null) {
                build(network, d, routers, byNetIndex, networkMemo);
            }
        }
        linkCandidates(network, byNetIndex);
    }

    private static void build(Network network, Device d, Map<String, OspfRouter> routers,
                              Map<Integer, OspfIface> byNetIndex, Map<OspfNetwork, long[]> networkMemo) {
        OspfRouter r = new OspfRouter(d);
        routers.put(d.name(), r);
        OspfProcess p = d.ospf();
        for (NetInterface ni : network.interfacesOf(d.name())) {
            if (!ni.hasAddress()) {
                continue;
            }
            OspfNetwork match = OspfView.coveringNetwork(p, Integer.toUnsignedLong(ni.address()), networkMemo);
            if (match == null) {
                continue;
            }
            Interface cfg = ni.config();
            OspfInterfaceSettings s = cfg.ospfOrDefaults();
            OspfNetworkType type = OspfView.effectiveType(cfg);
            int hello = s.hello() != null ? s.hello() : type.defaultHelloSeconds();
            // IOS: without ip ospf dead-interval, four times the hello interval (configured or default).
            int dead = s.dead() != null ? s.dead() : 4 * hello;
            int cost = s.cost() != null ? s.cost() : defaultCost(p, ni);
            Set<Integer> configured = new TreeSet<>(Integer::compareUnsigned);
            for (OspfNeighbor nb : p.neighbors()) {
                Ipv4Prefix.address(nb.address()).filter(a -> ni.subnet().contains(a)).ifPresent(configured::add);
            }
            OspfIface oi = new OspfIface(r, ni, match.area(), type, hello, dead, cost, s.effectivePriority(),
                    p.isPassive(cfg.name()), configured);
            r.ifaces.add(oi);
            byNetIndex.put(ni.index(), oi);
        }
    }

    /** IOS: cost = reference bandwidth / interface bandwidth, truncated, at least 1. */
    static int defaultCost(OspfProcess p, NetInterface ni) {
        long ref = p.effectiveReferenceBandwidthMbps() * 1000L;
        return (int) Math.max(1, Math.min(65535, ref / Math.max(1, ni.bandwidthKbps())));
    }

    /** Who could ever hear whom: same area and subnet, and a medium that joins them. */
    private static void linkCandidates(Network network, Map<Integer, OspfIface> byNetIndex) {
        Map<String, List<OspfIface>> bySubnet = new TreeMap<>();
        for (OspfIface oi : byNetIndex.values()) {
            if (oi.passive || oi.type == OspfNetworkType.LOOPBACK) {
                continue;
            }
            bySubnet.computeIfAbsent(oi.area + "/" + oi.net.subnet(), k -> new ArrayList<>()).add(oi);
        }
        for (List<OspfIface> group : bySubnet.values()) {
            group.sort(Comparator.comparing((OspfIface o) -> o.net.index()));
            List<OspfIface> tunnels = group.stream().filter(o -> o.net.isTunnel()).toList();
            List<OspfIface> others = group.stream().filter(o -> !o.net.isTunnel()).toList();
            for (int x = 0; x < others.size(); x++) {
                for (int y = x + 1; y < others.size(); y++) {
                    OspfIface a = others.get(x);
                    OspfIface b = others.get(y);
                    var sa = network.segmentOf(a.net);
                    if (sa != null && sa == network.segmentOf(b.net) && !a.router.name().equals(b.router.name())) {
                        pair(a, b);
                    }
                }
            }
            linkTunnels(network, tunnels);
        }
    }

    private static void linkTunnels(Network network, List<OspfIface> tunnels) {
        Map<Integer, List<OspfIface>> bySource = new HashMap<>();
        Map<Integer, OspfIface> byAddress = new HashMap<>();
        for (OspfIface t : tunnels) {
            int src = network.configuredTunnelSource(t.net);
            bySource.computeIfAbsent(src, k -> new ArrayList<>()).add(t);
            byAddress.put(t.net.address(), t);
        }
        Set<Long> done = new HashSet<>();
        for (OspfIface a : tunnels) {
            List<OspfIface> peers = new ArrayList<>();
            String destination = TunnelPeering.destination(a.net.config());
            if (destination != null) {
                Ipv4Prefix.address(destination).ifPresent(d -> peers.addAll(bySource.getOrDefault(d, List.of())));
            }
            for (String peer : TunnelPeering.nhrpPeers(a.net.config().nhrp())) {
                Ipv4Prefix.address(peer).map(byAddress::get).ifPresent(peers::add);
            }
            for (OspfIface b : peers) {
                if (b == a || b.router == a.router) {
                    continue;
                }
                long key = ((long) Math.min(a.net.index(), b.net.index()) << 32) | Math.max(a.net.index(), b.net.index());
                if (done.add(key)) {
                    pair(a, b);
                }
            }
        }
    }

    private static void pair(OspfIface a, OspfIface b) {
        a.candidates.add(b);
        b.candidates.add(a);
        a.candidatesByAddress.computeIfAbsent(b.net.address(), k -> new ArrayList<>(1)).add(b);
        b.candidatesByAddress.computeIfAbsent(a.net.address(), k -> new ArrayList<>(1)).add(a);
    }

    /**
     * IOS picks the router ID when the process starts: {@code router-id}, else the highest up
     * loopback address, else the highest up interface address.
     */
    static int chooseRouterId(Network network, UnderlayState underlay, OspfRouter r) {
        String configured = r.device.ospf().routerId();
        if (configured != null) {
            var a = Ipv4Prefix.address(configured);
            if (a.isPresent()) {
                return a.get();
            }
        }
        int bestLoop = 0;
        int bestAny = 0;
        for (NetInterface ni : network.interfacesOf(r.name())) {
            if (!ni.hasAddress() || !underlay.lineUp(ni)) {
                continue;
            }
            if (ni.isLoopback() && Integer.compareUnsigned(ni.address(), bestLoop) > 0) {
                bestLoop = ni.address();
            }
            if (Integer.compareUnsigned(ni.address(), bestAny) > 0) {
                bestAny = ni.address();
            }
        }
        return bestLoop != 0 ? bestLoop : bestAny;
    }

    /** The OSPF interface {@code iface} of {@code device}; null when it runs none there. */
    private static OspfIface iface(Map<String, OspfRouter> routers, String device, String iface) {
        OspfRouter r = routers.get(device);
        if (r == null) {
            return null;
        }
        for (OspfIface oi : r.ifaces) {
            if (oi.name().equals(iface)) {
                return oi;
            }
        }
        return null;
    }

    /**
     * {@code ip ospf cost N} typed on a running router ({@code null}: {@code no ip ospf cost}, back
     * to reference bandwidth / bandwidth); the router LSA is re-originated with the new cost at the
     * end of the instant. False when the interface runs no OSPF.
     */
    static boolean setCost(Map<String, OspfRouter> routers, LsaOrigination lsa, String device, String iface,
                           Integer cost) {
        OspfIface oi = iface(routers, device, iface);
        if (oi == null) {
            return false;
        }
        oi.cost = cost != null ? cost : defaultCost(oi.router.device.ospf(), oi.net);
        lsa.markDirty(oi.router);
        return true;
    }
}
