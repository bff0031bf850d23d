package org.labcanvas.model.sim;


import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.sim.core.PacketTrace;
import org.labcanvas.model.sim.overlay.TunnelDelivery;
import org.labcanvas.model.sim.rib.Rib;
import org.labcanvas.model.sim.rib.RibNextHop;
import org.labcanvas.model.sim.rib.Route;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.TunnelMode;

/**
 * Hop-by-hop forwarding of one IP packet through the routing tables of a network state: over
 * segments and the Internet cloud as the underlay does, and into tunnels as GRE does (a
 * point-to-point tunnel always goes to its destination; a multipoint tunnel to the NBMA address
 * NHRP knows for the next hop, else to its NHS, as a DMVPN spoke does while it resolves). The
 * first of equal-cost paths is taken.
 */
public final class PacketPath {
    private static final int MAX_HOPS = 30;

    private PacketPath() {}

    /** Forwards a packet through a snapshot, looking only (nothing in the snapshot changes). */
    public static PacketTrace forward(NetworkState s, String from, int dest) {
        return forward(s, s.readOnlyDelivery(), from, dest);
    }

    /**
     * Forwards a packet through a snapshot, looking only, with routing tables from {@code ribs} (a
     * caller tracing many packets through one state builds each device's table once).
     */
    public static PacketTrace forward(NetworkState s, TunnelDelivery delivery, java.util.function.Function<String, Rib> ribs,
                                      String from, int dest) {
        return trace(s, delivery, ribs, null, from, dest);
    }

    /**
     * Forwards a packet as {@link #forward(NetworkState, TunnelDelivery, java.util.function.Function, String, int)}
     * does, remembering in {@code legs} where each tunnel leg lands: many packets traced through one
     * state resolve each leg (NHRP mapping, IPsec SA) once.
     */
    public static PacketTrace forward(NetworkState s, TunnelDelivery delivery, java.util.function.Function<String, Rib> ribs,
                                      Legs legs, String from, int dest) {
        return trace(s, delivery, ribs, legs, from, dest);
    }

    /** Tunnel legs resolved in one state, for tracing many packets through it (not thread-safe). */
    public static final class Legs {
        private final java.util.HashMap<Leg, Landing> landings = new java.util.HashMap<>();

        /** A sending tunnel and the tunnel address it sends to; hashed well (interface indexes and addresses are dense). */
        private record Leg(int iface, int target) {
            @Override
            public int hashCode() {
                return Long.hashCode((((long) iface << 32) | (target & 0xffffffffL)) * 0x9E3779B97F4A7C15L);
            }
        }

        /** Where the leg from {@code out} to {@code target} lands, resolved on first use. */
        private Landing landing(NetworkState s, TunnelDelivery delivery, NetInterface out, int target) {
            Leg k = new Leg(out.index(), target);
            Landing l = landings.get(k);
            if (l == null) {
                l = Landing.of(s, delivery, out, target);
                landings.put(k, l);
            }
            return l;
        }
    }

    /**
     * Where a tunnel leg lands: whether the packet goes via the next-hop server while NHRP resolves,
     * and the receiving tunnel (null when none takes it).
     */
    private record Landing(boolean viaServer, NetInterface receiver) {
        static Landing of(NetworkState s, TunnelDelivery delivery, NetInterface out, int target) {
            boolean server = PacketPath.viaServer(s, delivery, out, target);
            return new Landing(server, PacketPath.tunnelReceiver(s, delivery, out, target));
        }
    }

    /** Forwards with {@code delivery}: the engine's own when the packet is sent for real (it may bring up SAs). */
    static PacketTrace forward(NetworkState s, TunnelDelivery delivery, String from, int dest) {
        return trace(s, delivery, s::rib, null, from, dest);
    }

    private static PacketTrace trace(NetworkState s, TunnelDelivery delivery, java.util.function.Function<String, Rib> ribs,
                                     Legs legs, String from, int dest) {
        List<NetInterface> hops = new ArrayList<>();
        List<NetInterface[]> tunnels = new ArrayList<>();
        List<PacketTrace.Resolution> resolutions = new ArrayList<>();
        String cur = from;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            if (!s.deviceUp(cur)) {
                return new PacketTrace(false, hops, tunnels, resolutions);
            }
            for (NetInterface i : s.network().owners(dest)) {
                if (i.device().equals(cur) && s.underlay().lineUp(i)) {
                    return new PacketTrace(true, hops, tunnels, resolutions);
                }
            }
            Rib rib = ribs.apply(cur);
            Route r = rib.lookup(dest).orElse(null);
            if (r == null) {
                return new PacketTrace(false, hops, tunnels, resolutions);
            }
            RibNextHop h = r.nextHops().get(0);
            int target = h.address() != 0 ? h.address() : dest;
            NetInterface out = h.iface() != null ? s.network().find(cur, h.iface()) : outFor(s, rib, cur, target);
            if (out == null) {
                return new PacketTrace(false, hops, tunnels, resolutions);
            }
            NetInterface in;
            if (out.isTunnel()) {
                Landing landing = legs == null ? Landing.of(s, delivery, out, target)
                        : legs.landing(s, delivery, out, target);
                in = landing.receiver();
                if (landing.viaServer()) {
                    resolutions.add(new PacketTrace.Resolution(out, target));
                }
                if (in != null) {
                    tunnels.add(new NetInterface[] {out, in});
                }
            } else {
                in = s.underlay().receiver(out, target, dest);
            }
            if (in == null) {
                return new PacketTrace(false, hops, tunnels, resolutions);
            }
            hops.add(in);
            cur = in.device();
        }
        return new PacketTrace(false, hops, tunnels, resolutions);
    }

    private static NetInterface outFor(NetworkState s, Rib rib, String device, int nextHop) {
        Route r = rib.lookup(nextHop).orElse(null);
        if (r == null || r.nextHops().get(0).iface() == null) {
            return null;
        }
        return s.network().find(device, r.nextHops().get(0).iface());
    }

    private static boolean viaServer(NetworkState s, TunnelDelivery d, NetInterface out, int target) {
        var ts = out.config().tunnel();
        return ts != null && ts.mode() == TunnelMode.GRE_MULTIPOINT && out.config().nhrp() != null
                && !out.config().nhrp().servers().isEmpty() && d.nbmaFor(out, target, s.now()) == 0;
    }

    private static NetInterface tunnelReceiver(NetworkState s, TunnelDelivery d, NetInterface out, int target) {
        var ts = out.config().tunnel();
        if (ts == null) {
            return null;
        }
        int nbma = d.nbmaFor(out, target, s.now());
        if (nbma == 0 && ts.mode() == TunnelMode.GRE_MULTIPOINT && out.config().nhrp() != null) {
            for (NhrpServer nhs : out.config().nhrp().servers()) {
                int a = s.network().address(nhs.address());
                nbma = d.nbmaFor(out, a, s.now());
                if (nbma != 0) {
                    break;
                }
            }
        }
        if (nbma == 0) {
            return null;
        }
        for (NetInterface owner : s.network().owners(nbma)) {
            for (NetInterface cand : s.network().interfacesOf(owner.device())) {
                if (cand.isTunnel() && cand != out && s.underlay().tunnelSourceAddress(cand) == nbma
                        && d.deliversTo(out, cand, nbma, s.now())) {
                    return cand;
                }
            }
        }
        return null;
    }
}
