package org.labcanvas.model.sim;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.sim.core.PacketTrace;
import org.labcanvas.model.sim.rib.NextHop6;
import org.labcanvas.model.sim.rib.Rib6;
import org.labcanvas.model.sim.rib.Route6;
import org.labcanvas.model.sim.underlay.Ipv6Address;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.sim.underlay.UnderlayState;
import org.labcanvas.model.topology.TunnelMode;

/**
 * Hop-by-hop forwarding of one IPv6 packet through the IPv6 routing tables of a snapshot: across
 * LANs and cables, and through 6in4 ({@code ipv6ip}, IP protocol 41) tunnels, whose packets cross the
 * IPv4 underlay to the tunnel destination and are taken by the 6in4 tunnel there that is sourced
 * from that address and points back at the sender. The Internet cloud carries no IPv6 (it stands
 * for IPv4 providers): IPv6 crosses it in tunnels only. The first of equal-cost paths is taken.
 */
public final class PacketPath6 {
    private static final int MAX_HOPS = 30;

    private PacketPath6() {}

    /** Forwards a packet from {@code from} to {@code dest}, looking only. */
    public static PacketTrace forward(NetworkState s, String from, Ipv6Address dest) {
        List<NetInterface> hops = new ArrayList<>();
        List<NetInterface[]> tunnels = new ArrayList<>();
        UnderlayState u = s.underlay();
        String cur = from;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            if (!s.deviceUp(cur)) {
                return new PacketTrace(false, hops, tunnels, List.of());
            }
            for (NetInterface i : s.network().owners6(dest)) {
                if (i.device().equals(cur) && u.lineUp(i)) {
                    return new PacketTrace(true, hops, tunnels, List.of());
                }
            }
            Rib6 rib = s.rib6(cur);
            Route6 r = rib.lookup(dest).orElse(null);
            if (r == null) {
                return new PacketTrace(false, hops, tunnels, List.of());
            }
            NextHop6 h = r.nextHops().get(0);
            Ipv6Address target = h.address() != null ? h.address() : dest;
            NetInterface out = h.iface() != null ? s.network().find(cur, h.iface()) : outFor(s, rib, cur, target);
            if (out == null || !u.usable6(out)) {
                return new PacketTrace(false, hops, tunnels, List.of());
            }
            NetInterface in;
            if (out.isTunnel()) {
                in = sixInFourReceiver(s, out);
                if (in != null) {
                    tunnels.add(new NetInterface[] {out, in});
                }
            } else {
                in = u.receiver6(out, target);
            }
            if (in == null) {
                return new PacketTrace(false, hops, tunnels, List.of());
            }
            hops.add(in);
            cur = in.device();
        }
        return new PacketTrace(false, hops, tunnels, List.of());
    }

    /** The interface {@code device} sends out of towards {@code nextHop}, by its route to it; null without one. */
    static NetInterface outFor(NetworkState s, Rib6 rib, String device, Ipv6Address nextHop) {
        Route6 r = rib.lookup(nextHop).orElse(null);
        if (r == null || r.nextHops().get(0).iface() == null) {
            return null;
        }
        return s.network().find(device, r.nextHops().get(0).iface());
    }

    /**
     * The 6in4 tunnel that takes what {@code out} sends: on the device owning {@code out}'s
     * destination, sourced from that address, with {@code out}'s source as its own destination, and
     * the IPv4 underlay carrying protocol 41 both ways. Null when there is none.
     */
    static NetInterface sixInFourReceiver(NetworkState s, NetInterface out) {
        var ts = out.config().tunnel();
        UnderlayState u = s.underlay();
        if (ts == null || ts.mode() != TunnelMode.IPV6IP || !u.lineUp(out)) {
            return null;
        }
        int src = u.tunnelSourceAddress(out);
        int dst = s.network().address(ts.destination());
        if (src == 0 || dst == 0 || !u.reaches(out.device(), dst)) {
            return null;
        }
        for (NetInterface owner : s.network().owners(dst)) {
            for (NetInterface cand : s.network().interfacesOf(owner.device())) {
                var tc = cand.config().tunnel();
                if (cand != out && tc != null && tc.mode() == TunnelMode.IPV6IP && u.lineUp(cand)
                        && u.tunnelSourceAddress(cand) == dst && s.network().address(tc.destination()) == src
                        && u.reaches(cand.device(), src)) {
                    return cand;
                }
            }
        }
        return null;
    }
}
