package org.labcanvas.model.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.labcanvas.model.sim.rib.NextHop6;
import org.labcanvas.model.sim.rib.Rib6;
import org.labcanvas.model.sim.rib.Route6;
import org.labcanvas.model.sim.sixinfour.SixInFourState;
import org.labcanvas.model.sim.sixinfour.TunnelStatus;
import org.labcanvas.model.sim.underlay.Ipv6Address;
import org.labcanvas.model.sim.underlay.Ipv6Interface;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.sim.underlay.UnderlayState;

/**
 * The way of one IPv6 packet through a snapshot, hop by hop, including 6in4 tunnels to a tunnel
 * broker: a client's tunnel interface hands the packet to its broker when the 6in4 process says the
 * tunnel carries IPv6, and the broker hands packets for the client's address and routed prefix back
 * through it. The broker owns its tunnel address; beyond it, its routing table applies. Where
 * {@link PacketPath6} follows tunnels configured on both ends, this one also follows brokers, which
 * the designs describe by their settings rather than by a tunnel interface.
 *
 * @param outcome   delivered, no route at the sender, or lost on the way
 * @param source    the address the sender uses (of its outgoing interface); null without a route
 * @param hops      the devices the packet reached, with the address each answers from, the last one
 *                  the destination when delivered
 * @param tunnels   the 6in4 tunnels crossed, in order
 * @param reason    why it was lost, in words; null when delivered
 */
public record Ipv6Path(Outcome outcome, Ipv6Address source, List<Hop> hops, List<TunnelStatus> tunnels, String reason) {
    private static final int MAX_HOPS = 30;

    public Ipv6Path {
        hops = List.copyOf(hops);
        tunnels = List.copyOf(tunnels);
    }

    /** How a packet's way ended. */
    public enum Outcome { DELIVERED, NO_ROUTE, LOST }

    /** A device the packet reached and the address it answers from (for traceroute). */
    public record Hop(String device, Ipv6Address address) {}

    public boolean delivered() {
        return outcome == Outcome.DELIVERED;
    }

    /** Follows a packet from {@code from} to {@code dest}; looks only. */
    public static Ipv6Path trace(NetworkState s, String from, Ipv6Address dest) {
        SixInFourState six = s.view(SixInFourState.class);
        UnderlayState u = s.underlay();
        List<Hop> hops = new ArrayList<>();
        List<TunnelStatus> crossed = new ArrayList<>();
        Ipv6Address source = null;
        String cur = from;
        next:
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            if (!s.deviceUp(cur)) {
                return new Ipv6Path(Outcome.LOST, source, hops, crossed, cur + " is off");
            }
            for (NetInterface i : s.network().owners6(dest)) {
                if (i.device().equals(cur) && u.lineUp(i)) {
                    return new Ipv6Path(Outcome.DELIVERED, source == null ? dest : source, hops, crossed, null);
                }
            }
            if (six != null) {
                for (TunnelStatus t : six.tunnelsAt(cur)) {
                    if (t.serverIpv6().equals(dest)) {
                        return new Ipv6Path(Outcome.DELIVERED, source == null ? dest : source, hops, crossed, null);
                    }
                }
                for (TunnelStatus t : six.tunnelsAt(cur)) {
                    if (t.routesToClient(dest)) {
                        if (source == null) {
                            source = t.serverIpv6();
                        }
                        if (!t.carries()) {
                            return new Ipv6Path(Outcome.LOST, source, hops, crossed, t.failure());
                        }
                        crossed.add(t);
                        hops.add(new Hop(t.client(), t.clientIpv6()));
                        cur = t.client();
                        continue next;
                    }
                }
            }
            Rib6 rib = s.rib6(cur);
            Route6 r = rib.lookup(dest).orElse(null);
            NetInterface out = null;
            Ipv6Address target = dest;
            if (r != null) {
                NextHop6 h = r.nextHops().get(0);
                target = h.address() != null ? h.address() : dest;
                out = h.iface() != null ? s.network().find(cur, h.iface()) : PacketPath6.outFor(s, rib, cur, target);
            }
            if (out == null || !u.usable6(out)) {
                return new Ipv6Path(hop == 0 ? Outcome.NO_ROUTE : Outcome.LOST, source, hops, crossed,
                        "no route to " + dest + " on " + cur);
            }
            if (source == null) {
                source = out.ipv6().stream().map(Ipv6Interface::address).findFirst().orElse(null);
            }
            String outName = out.name();
            Optional<TunnelStatus> mine = six == null ? Optional.empty() : six.tunnelOf(cur)
                    .filter(t -> t.tunnelInterface().equals(outName));
            if (mine.isPresent()) {
                TunnelStatus t = mine.get();
                if (!t.carries()) {
                    return new Ipv6Path(Outcome.LOST, source, hops, crossed, t.failure());
                }
                crossed.add(t);
                hops.add(new Hop(t.broker(), t.serverIpv6()));
                cur = t.broker();
                continue;
            }
            NetInterface in = out.isTunnel() ? PacketPath6.sixInFourReceiver(s, out) : u.receiver6(out, target);
            if (in == null) {
                return new Ipv6Path(Outcome.LOST, source, hops, crossed, target + " does not answer on " + cur + " "
                        + out.name());
            }
            Ipv6Address answers = s.network().owners6(dest).contains(in) ? dest
                    : in.ipv6().stream().map(Ipv6Interface::address).findFirst().orElse(dest);
            hops.add(new Hop(in.device(), answers));
            cur = in.device();
        }
        return new Ipv6Path(Outcome.LOST, source, hops, crossed, "hop limit exceeded");
    }
}
