package org.labcanvas.model.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.labcanvas.model.show.NhrpViews;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.ipsec.IpsecSession;
import org.labcanvas.model.sim.nhrp.NhrpEntry;
import org.labcanvas.model.sim.nhrp.NhrpInterface;
import org.labcanvas.model.sim.nhrp.NhsClient;
import org.labcanvas.model.sim.nhrp.NhsState;
import org.labcanvas.model.sim.ospf.NbrState;
import org.labcanvas.model.sim.ospf.OspfIface;
import org.labcanvas.model.sim.ospf.OspfNbr;
import org.labcanvas.model.sim.ospf.OspfRouter;
import org.labcanvas.model.sim.rib.RibNextHop;
import org.labcanvas.model.sim.rib.Route;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;

/**
 * The facts of an IOS router, read from the simulation's data at one instant (never from rendered
 * text): OSPF neighbours, OSPF routes, NHRP cache entries, next-hop servers, ISAKMP and IPsec SAs.
 * The subjects and values are built by the same methods the capture parsers use
 * ({@link #ospfNeighbor}, {@link #route}, ...), so both sides speak alike.
 */
public final class IosFacts {
    private IosFacts() {}

    private static String ip(int a) {
        return Ipv4Prefix.format(a);
    }

    // ------------------------------------------------------------------ fact builders (shared with parsers)

    /** {@code neighbor <router-id> on <interface>}: {@code FULL/DR}, {@code FULL/-}. */
    public static Fact ospfNeighbor(String device, String routerId, String address, String iface, String state) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("neighbor", routerId);
        f.put("address", address);
        f.put("interface", iface);
        f.put("state", state);
        return new Fact(device, FactKind.OSPF_NEIGHBOR, "neighbor " + routerId + " on " + iface, state, f);
    }

    /** One path of a route: next hop and outgoing interface. */
    public record Path(String via, String iface) implements Comparable<Path> {
        @Override
        public int compareTo(Path o) {
            return (via + " " + iface).compareTo(o.via + " " + o.iface);
        }

        @Override
        public String toString() {
            return "via " + via + " " + iface;
        }
    }

    /** {@code route 10.10.10.0/24}: {@code O [110/11] via 10.0.0.1 Tunnel0} (paths sorted). */
    public static Fact route(String device, String prefix, String code, int distance, int metric, List<Path> paths) {
        TreeSet<Path> sorted = new TreeSet<>(paths);
        List<String> p = sorted.stream().map(Path::toString).toList();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("prefix", prefix);
        f.put("code", code);
        f.put("distance", Integer.toString(distance));
        f.put("metric", Integer.toString(metric));
        f.put("paths", String.join(", ", p));
        return new Fact(device, FactKind.ROUTE, "route " + prefix,
                code + " [" + distance + "/" + metric + "] " + String.join(", ", p), f);
    }

    /** {@code NHRP entry 10.0.0.2/32 on Tunnel0}: {@code NBMA 10.4.2.1, dynamic}. */
    public static Fact nhrpEntry(String device, String target, String iface, String nbma, String type) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("target", target);
        f.put("interface", iface);
        f.put("nbma", nbma);
        f.put("type", type);
        return new Fact(device, FactKind.NHRP_ENTRY, "NHRP entry " + target + " on " + iface,
                "NBMA " + nbma + ", " + type, f);
    }

    /** {@code NHS 10.0.0.1 on Tunnel0}: {@code RE}, {@code E} or {@code W}. */
    public static Fact nhs(String device, String server, String iface, String state) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("server", server);
        f.put("interface", iface);
        f.put("state", state);
        return new Fact(device, FactKind.NHS, "NHS " + server + " on " + iface, state, f);
    }

    /** {@code DMVPN peer 10.0.0.1 on Tunnel0}: {@code UP}, or {@code NHRP} while the tunnel to it is not up. */
    public static Fact dmvpnPeer(String device, String peer, String iface, String nbma, String state) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("peer", peer);
        f.put("interface", iface);
        f.put("nbma", nbma);
        f.put("state", state);
        return new Fact(device, FactKind.DMVPN_PEER, "DMVPN peer " + peer + " on " + iface, state, f);
    }

    /** {@code ISAKMP SA 10.4.0.1 - 10.4.2.1} (addresses sorted): {@code QM_IDLE}. */
    public static Fact isakmpSa(String device, String a, String b, String state) {
        String lo = compareAddresses(a, b) <= 0 ? a : b;
        String hi = lo.equals(a) ? b : a;
        Map<String, String> f = new LinkedHashMap<>();
        f.put("peers", lo + " " + hi);
        f.put("state", state);
        return new Fact(device, FactKind.ISAKMP_SA, "ISAKMP SA " + lo + " - " + hi, state, f);
    }

    /** {@code IPsec SA to 10.4.2.1 on Tunnel0}: {@code ACTIVE}. */
    public static Fact ipsecSa(String device, String peer, String iface, String status) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("peer", peer);
        f.put("interface", iface);
        f.put("status", status);
        return new Fact(device, FactKind.IPSEC_SA, "IPsec SA to " + peer + " on " + iface, status, f);
    }

    private static int compareAddresses(String a, String b) {
        var x = Ipv4Prefix.address(a);
        var y = Ipv4Prefix.address(b);
        if (x.isPresent() && y.isPresent()) {
            return Integer.compareUnsigned(x.get(), y.get());
        }
        return a.compareTo(b);
    }

    // ------------------------------------------------------------------ extractors

    /** OSPF neighbours that are not down, with the state and role as this router sees them. */
    public static List<Fact> ospfNeighbors(NetworkState s, String device) {
        List<Fact> out = new ArrayList<>();
        OspfRouter r = s.ospf() == null ? null : s.ospf().router(device);
        if (r == null) {
            return out;
        }
        for (OspfIface oi : r.interfaces()) {
            for (OspfNbr n : oi.sortedNeighbors()) {
                if (n.state() == NbrState.DOWN) {
                    continue;
                }
                out.add(ospfNeighbor(device, ip(n.routerId()), ip(n.remote().net().address()), oi.name(),
                        n.state().text() + "/" + n.role()));
            }
        }
        return out;
    }

    /** OSPF routes of the routing table (intra- and inter-area), with every path. */
    public static List<Fact> ospfRoutes(NetworkState s, String device) {
        List<Fact> out = new ArrayList<>();
        for (Route r : s.rib(device).routes()) {
            if (!r.source().isOspf()) {
                continue;
            }
            List<Path> paths = new ArrayList<>();
            for (RibNextHop h : r.nextHops()) {
                paths.add(new Path(ip(h.address()), h.iface()));
            }
            out.add(route(device, r.prefix().toString(), r.source().code(), r.distance(), r.metric(), paths));
        }
        return out;
    }

    /** NHRP cache entries that have not expired. */
    public static List<Fact> nhrpEntries(NetworkState s, String device) {
        return perValidEntry(s, device, (n, e) ->
                nhrpEntry(device, ip(e.protocol()) + "/32", n.tunnel().name(), ip(e.nbma()), NhrpViews.typeWord(e.type())));
    }

    /**
     * The peers of {@code show dmvpn}: one per NHRP cache entry, {@code UP} or {@code NHRP} by the
     * same rule the view uses ({@link NhrpInterface#peerUp}): as the router knows it, never sooner.
     */
    public static List<Fact> dmvpnPeers(NetworkState s, String device) {
        return perValidEntry(s, device, (n, e) ->
                dmvpnPeer(device, ip(e.protocol()), n.tunnel().name(), ip(e.nbma()), n.peerUp(e) ? "UP" : "NHRP"));
    }

    /** One fact per NHRP cache entry of {@code device} that has not expired, tunnel by tunnel. */
    private static List<Fact> perValidEntry(NetworkState s, String device, BiFunction<NhrpInterface, NhrpEntry, Fact> fact) {
        List<Fact> out = new ArrayList<>();
        if (s.nhrp() == null) {
            return out;
        }
        for (NhrpInterface n : s.nhrp().onDevice(device)) {
            for (NhrpEntry e : n.cache().values()) {
                if (e.validAt(s.now())) {
                    out.add(fact.apply(n, e));
                }
            }
        }
        return out;
    }

    /** A spoke's next-hop servers and their state letters ({@code RE} when responding). */
    public static List<Fact> nextHopServers(NetworkState s, String device) {
        List<Fact> out = new ArrayList<>();
        if (s.nhrp() == null) {
            return out;
        }
        for (NhrpInterface n : s.nhrp().onDevice(device)) {
            for (NhsClient c : n.clients()) {
                out.add(nhs(device, ip(c.nhsAddress()), n.tunnel().name(), c.state() == NhsState.R ? "RE" : c.state().name()));
            }
        }
        return out;
    }

    /** ISAKMP SAs up: IOS keeps them in {@code QM_IDLE} once quick mode is done. */
    public static List<Fact> isakmpSas(NetworkState s, String device) {
        List<Fact> out = new ArrayList<>();
        if (s.ipsec() == null) {
            return out;
        }
        for (IpsecSession x : s.ipsec().sessionsOf(device)) {
            out.add(isakmpSa(device, ip(x.responderAddress()), ip(x.initiatorAddress()), "QM_IDLE"));
        }
        return out;
    }

    /** IPsec SAs per protected tunnel: the peers whose SAs the tunnel carries (as {@code show crypto ipsec sa} lists them). */
    public static List<Fact> ipsecSas(NetworkState s, String device) {
        List<Fact> out = new ArrayList<>();
        if (s.ipsec() == null) {
            return out;
        }
        List<IpsecSession> sessions = s.ipsec().sessionsOf(device);
        for (NetInterface t : s.network().interfacesOf(device)) {
            if (!t.isTunnel() || t.config().tunnel() == null || t.config().tunnel().protection() == null) {
                continue;
            }
            for (IpsecSession x : sessions) {
                if (s.network().tunnelCarries(t, x.localOf(device), x.peerOf(device))) {
                    out.add(ipsecSa(device, ip(x.peerOf(device)), t.name(), "ACTIVE"));
                }
            }
        }
        return out;
    }
}
