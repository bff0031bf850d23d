package org.labcanvas.model.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.labcanvas.model.show.host.HostNetwork;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.rib.NextHop6;
import org.labcanvas.model.sim.rib.Route6;
import org.labcanvas.model.sim.sixinfour.SixInFourState;
import org.labcanvas.model.sim.sixinfour.TunnelStatus;

/**
 * The facts of a 6in4 client, read from the simulation at one instant: the tunnel's IPv4 endpoints
 * (the 6in4 process's {@link TunnelStatus}), the IPv6 default route (the client's IPv6 routing
 * table) and whether a ping to the broker's IPv6 address is answered (the echo the host console
 * sends). The builders are shared with the capture parsers.
 */
public final class SixInFourFacts {
    private SixInFourFacts() {}

    private static Map<String, String> fields(String command) {
        Map<String, String> f = new LinkedHashMap<>();
        if (command != null) {
            f.put("command", command);
        }
        return f;
    }

    /** {@code 6in4 tunnel gif0}: {@code local 203.0.113.45, remote 216.66.80.26} ({@code down, ...} when not up). */
    public static Fact tunnel(String device, String command, String iface, boolean up, String local, String remote) {
        Map<String, String> f = fields(command);
        f.put("interface", iface);
        f.put("local", local);
        f.put("remote", remote);
        return new Fact(device, FactKind.TUNNEL_6IN4, "6in4 tunnel " + iface,
                (up ? "" : "down, ") + "local " + local + ", remote " + remote, f);
    }

    /**
     * {@code IPv6 default route}: {@code via 2001:db8::1 gif0}, or {@code via Tunnel0} when the route
     * names the interface only ({@code via} null). Addresses are written in lower case, compressed.
     */
    public static Fact defaultRoute(String device, String command, String via, String iface) {
        Map<String, String> f = fields(command);
        String v = via == null ? null
                : org.labcanvas.model.sim.underlay.Ipv6Address.parse(via).map(Object::toString).orElse(via.toLowerCase(Locale.ROOT));
        if (v != null) {
            f.put("via", v);
        }
        f.put("interface", iface);
        return new Fact(device, FactKind.IPV6_DEFAULT_ROUTE, "IPv6 default route",
                "via " + (v == null ? "" : v + " ") + iface, f);
    }

    /** {@code ping 2001:db8::1}: {@code answered}, {@code not answered} or {@code partly answered}. */
    public static Fact ping(String device, String command, String address, String outcome) {
        Map<String, String> f = fields(command);
        f.put("address", address.toLowerCase(Locale.ROOT));
        f.put("outcome", outcome);
        return new Fact(device, FactKind.PING6, "ping " + address.toLowerCase(Locale.ROOT), outcome, f);
    }

    /** The tunnel of {@code device}; null when it is no simulated 6in4 client. */
    static TunnelStatus tunnelOf(NetworkState s, String device) {
        SixInFourState v = s.view(SixInFourState.class);
        return v == null ? null : v.tunnelOf(device).orElse(null);
    }

    /**
     * The client's facts, with the commands of its platform ({@code linux}: {@code ip tunnel show},
     * {@code ip -6 route}, {@code ping -6 -c 3}; otherwise {@code ifconfig}, {@code netstat -rn -f inet6},
     * {@code ping6 -c 3}).
     */
    public static List<Fact> facts(NetworkState s, String device, boolean linux) {
        List<Fact> out = new ArrayList<>();
        TunnelStatus t = tunnelOf(s, device);
        if (t == null) {
            return out;
        }
        out.add(tunnel(device, linux ? "ip tunnel show" : "ifconfig " + t.tunnelInterface(), t.tunnelInterface(), true,
                t.localAddress(), t.brokerAddress()));
        for (Route6 r : s.rib6(device).routes()) {
            if (r.prefix().length() == 0 && !r.nextHops().isEmpty()) {
                NextHop6 h = r.nextHops().get(0);
                // A static default names the next hop only; its interface is the one the next hop is reached on.
                String iface = h.iface() != null ? h.iface() : h.address() == null ? "" : s.rib6(device).lookup(h.address())
                        .map(x -> x.nextHops().get(0).iface()).orElse("");
                out.add(defaultRoute(device, linux ? "ip -6 route" : "netstat -rn -f inet6",
                        h.address() == null ? null : h.address().toString(), iface));
            }
        }
        HostNetwork.Echo e = HostNetwork.echo(s, device, t.serverIpv6(), linux ? 56 : 8, false);
        out.add(ping(device, pingCommand(linux, t), t.serverIpv6().toString(),
                e.kind() == HostNetwork.Echo.Kind.REPLY ? "answered" : "not answered"));
        return out;
    }

    /**
     * The facts of an IOS router with a 6in4 tunnel: {@code show interfaces TunnelN} (its source and
     * destination), {@code show ipv6 route} (the default) and {@code ping ipv6 <broker's IPv6>}.
     */
    public static List<Fact> iosFacts(NetworkState s, String device) {
        List<Fact> out = new ArrayList<>();
        TunnelStatus t = tunnelOf(s, device);
        if (t == null) {
            return out;
        }
        out.add(tunnel(device, "show interfaces " + t.tunnelInterface(), t.tunnelInterface(), true, t.localAddress(),
                t.brokerAddress()));
        for (Route6 r : s.rib6(device).routes()) {
            if (r.prefix().length() == 0 && !r.nextHops().isEmpty()) {
                NextHop6 h = r.nextHops().get(0);
                String iface = h.iface() != null ? h.iface() : h.address() == null ? "" : s.rib6(device).lookup(h.address())
                        .map(x -> x.nextHops().get(0).iface()).orElse("");
                out.add(defaultRoute(device, "show ipv6 route", h.address() == null ? null : h.address().toString(), iface));
            }
        }
        HostNetwork.Echo e = HostNetwork.echo(s, device, t.serverIpv6(), 100, false);
        out.add(ping(device, "ping ipv6 " + t.serverIpv6(), t.serverIpv6().toString(),
                e.kind() == HostNetwork.Echo.Kind.REPLY ? "answered" : "not answered"));
        return out;
    }

    static String pingCommand(boolean linux, TunnelStatus t) {
        return (linux ? "ping -6 -c 3 " : "ping6 -c 3 ") + t.serverIpv6();
    }
}
