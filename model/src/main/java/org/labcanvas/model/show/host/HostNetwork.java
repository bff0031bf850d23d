package org.labcanvas.model.show.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.labcanvas.model.sim.Ipv6Path;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.sixinfour.SixInFourState;
import org.labcanvas.model.sim.sixinfour.TunnelStatus;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.Ipv6Address;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.TunnelMode;

/**
 * What a console needs to know about its interfaces and IPv6 traffic at one instant, the
 * same for every OS: MTUs, link-local addresses, the tunnel's ends, and how an echo request fares.
 */
public final class HostNetwork {
    /** Round-trip time per hop each way; not measured (the same stated guess as IOS's ping view). */
    static final double MS_PER_HOP = 2.0;
    /** The hop limit hosts send with. */
    static final int HOP_LIMIT = 64;
    /** IPv6 header plus ICMPv6 echo header. */
    static final int ECHO_OVERHEAD = 48;

    private HostNetwork() {}

    /** Whether {@code i} is an IPv6-in-IPv4 tunnel ({@code tunnel mode ipv6ip}). */
    public static boolean isSixInFour(NetInterface i) {
        return i.isTunnel() && i.config().tunnel() != null && i.config().tunnel().mode() == TunnelMode.IPV6IP;
    }

    /** The MTU of an interface: configured, else 1480 for a 6in4 tunnel (as the exported setup sets it), else 1500. */
    static int mtu(NetInterface i) {
        if (i.config().mtu() != null) {
            return i.config().mtu();
        }
        return isSixInFour(i) ? TunnelStatus.DEFAULT_TUNNEL_MTU : 1500;
    }

    /** The 6in4 tunnel status of {@code device} for interface {@code i}; empty when it is no simulated 6in4 tunnel. */
    static Optional<TunnelStatus> tunnel(NetworkState s, NetInterface i) {
        SixInFourState six = s.view(SixInFourState.class);
        return six == null ? Optional.empty()
                : six.tunnelOf(i.device()).filter(t -> t.tunnelInterface().equals(i.name()));
    }

    /** The tunnel's local IPv4 end as set on the interface now (the updater moves it); 0.0.0.0 when none. */
    static String tunnelLocal(NetworkState s, NetInterface i) {
        return tunnel(s, i).map(TunnelStatus::localAddress)
                .orElseGet(() -> Ipv4Prefix.format(s.network().configuredTunnelSource(i)));
    }

    static String tunnelRemote(NetInterface i) {
        String d = i.config().tunnel() == null ? null : i.config().tunnel().destination();
        return d == null ? "0.0.0.0" : d;
    }

    /**
     * The link-local address of a 6in4 tunnel made from an IPv4 address, as Linux ({@code sit}) and
     * IOS ({@code ipv6ip}) make it: {@code fe80::} followed by the 32 bits of the IPv4 address.
     */
    public static Ipv6Address linkLocalFromIpv4(String ipv4) {
        int a = Ipv4Prefix.address(ipv4).orElse(0);
        return new Ipv6Address(0xfe80_0000_0000_0000L, a & 0xffff_ffffL);
    }

    /**
     * A BSD {@code gif} interface's link-local address: the modified EUI-64 of the host's Ethernet
     * address. The design has no Ethernet addresses; a stable one is derived from the device name
     * (locally administered, so the EUI-64's universal/local bit reads 0).
     */
    static Ipv6Address linkLocalEui64(String device) {
        int h = device.hashCode();
        long mac = (0x02L << 40) | ((long) (h & 0xff) << 32) | ((h >>> 8) & 0xffffffL) << 8 | ((h >>> 3) & 0xff);
        return linkLocalEui64(mac);
    }

    /** The link-local address made from a 48-bit Ethernet address by modified EUI-64 (RFC 4291, appendix A). */
    public static Ipv6Address linkLocalEui64(long mac) {
        long first = (mac >>> 24) ^ 0x020000L;
        long iid = (first << 40) | (0xfffeL << 24) | (mac & 0xffffffL);
        return new Ipv6Address(0xfe80_0000_0000_0000L, iid);
    }

    /** How the echoes of one ping fare (every echo the same: the state does not change during a ping). */
    public record Echo(Kind kind, Ipv6Address source, int hopLimit, double rttMs, int mtu, String reason) {
        public enum Kind { REPLY, LOST, NO_ROUTE, TOO_BIG }
    }

    /**
     * One echo request of {@code payload} data bytes from {@code device} to {@code dest}, and its
     * reply. A packet bigger than the outgoing interface's MTU is refused at once when fragmentation
     * is off ({@code dontFragment}); otherwise the sender fragments it. Crossing a 6in4 tunnel, a
     * packet (or fragment) bigger than what the tunnel's IPv4 path carries is lost: IPv6 routers do
     * not fragment, and the encapsulation sets DF.
     */
    public static Echo echo(NetworkState s, String device, Ipv6Address dest, int payload, boolean dontFragment) {
        Ipv6Path there = Ipv6Path.trace(s, device, dest);
        if (there.outcome() == Ipv6Path.Outcome.NO_ROUTE) {
            return new Echo(Echo.Kind.NO_ROUTE, null, 0, 0, 0, there.reason());
        }
        int size = ECHO_OVERHEAD + payload;
        int firstMtu = firstHopMtu(s, device, there);
        if (size > firstMtu && dontFragment) {
            return new Echo(Echo.Kind.TOO_BIG, there.source(), 0, 0, firstMtu, "the packet is bigger than the MTU");
        }
        if (!there.delivered()) {
            return new Echo(Echo.Kind.LOST, there.source(), 0, 0, 0, there.reason());
        }
        String responder = there.hops().isEmpty() ? device : there.hops().get(there.hops().size() - 1).device();
        Ipv6Path back = Ipv6Path.trace(s, responder, there.source());
        if (!back.delivered()) {
            return new Echo(Echo.Kind.LOST, there.source(), 0, 0, 0, back.reason());
        }
        int carried = Math.min(size, firstMtu);
        List<TunnelStatus> crossed = new ArrayList<>(there.tunnels());
        crossed.addAll(back.tunnels());
        for (TunnelStatus t : crossed) {
            if (carried > t.largestPacket()) {
                return new Echo(Echo.Kind.LOST, there.source(), 0, 0, 0, "packets over " + t.largestPacket()
                        + " bytes do not cross the tunnel of " + t.client());
            }
        }
        int hopLimit = HOP_LIMIT - Math.max(0, back.hops().size() - 1);
        double rtt = Math.max(1, there.hops().size() + back.hops().size()) * MS_PER_HOP;
        return new Echo(Echo.Kind.REPLY, there.source(), hopLimit, rtt, firstMtu, null);
    }

    /** The MTU of the interface the first hop leaves by. */
    static int firstHopMtu(NetworkState s, String device, Ipv6Path path) {
        if (!path.tunnels().isEmpty() && path.tunnels().get(0).client().equals(device)) {
            return path.tunnels().get(0).tunnelMtu();
        }
        var rib = s.rib6(device);
        var dest = path.hops().isEmpty() ? null : path.hops().get(0).address();
        if (dest != null) {
            var r = rib.lookup(dest).orElse(null);
            if (r != null && r.nextHops().get(0).iface() != null) {
                NetInterface i = s.network().find(device, r.nextHops().get(0).iface());
                if (i != null) {
                    return mtu(i);
                }
            }
        }
        return 1500;
    }
}
