package org.labcanvas.model.show;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.labcanvas.model.show.host.HostNetwork;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.rib.NextHop6;
import org.labcanvas.model.sim.rib.Route6;
import org.labcanvas.model.sim.rib.RouteSource;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.Ipv6Address;
import org.labcanvas.model.sim.underlay.Ipv6Interface;
import org.labcanvas.model.sim.underlay.Ipv6Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.Platform;

/**
 * IOS's IPv6 views: {@code show ipv6 interface brief}, {@code show ipv6 route} and
 * {@code ping ipv6 X:X:X:X::X [repeat N]}. Formats: ntc-templates' IOS fixtures of {@code show ipv6
 * interface brief} (name padded to 22, then {@code [status/protocol]}, addresses indented 4,
 * link-local first, {@code unassigned} without IPv6) and {@code show ipv6 route} (15.x code legend;
 * code padded to 4, {@code [distance/metric]}, {@code via} lines indented 5); 12.4's shorter legend
 * and heading without the table name are from 12.4 captures (not confirmed against 12.4(24)T).
 * Addresses are upper case as IOS prints them. A 6in4 ({@code ipv6ip}) tunnel's link-local address
 * is {@code FE80::} followed by its IPv4 source; an Ethernet's is the EUI-64 of its MAC address.
 * {@code ping ipv6} sends 100-byte echoes; round trips cost 2 ms per hop each way (not measured).
 */
final class Ipv6Views {
    private Ipv6Views() {}

    static void register(CommandTree t, NetworkState s, String device) {
        t.known("show ipv6", "access-list", "cef", "dhcp", "eigrp", "general-prefix", "inspect", "interface", "local",
                "mfib", "mld", "mroute", "nd", "neighbors", "ospf", "pim", "policy", "prefix-list", "protocols", "rip",
                "route", "routers", "rpf", "spd", "static", "traffic", "virtual-reassembly");
        t.known("show ipv6 route", "bgp", "connected", "eigrp", "interface", "isis", "local", "nd", "ospf", "rip",
                "static", "summary", "updated", "vrf");
        t.add("show ipv6 interface brief", a -> brief(s, device));
        t.add("show ipv6 route", a -> routes(s, device));
        t.add("ping ipv6 " + CommandTree.WORD, a -> ping(s, device, a.get(0), 5));
        t.add("ping ipv6 " + CommandTree.WORD + " repeat " + CommandTree.WORD, a -> ping(s, device, a.get(0), repeat(a.get(1))));
    }

    private static int repeat(String text) {
        try {
            return Math.max(1, Math.min(2147483, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            return 5;
        }
    }

    private static String upper(Object address) {
        return address.toString().toUpperCase(Locale.ROOT);
    }

    /** The interface's link-local address; null when it has no IPv6. */
    static Ipv6Address linkLocal(NetworkState s, NetInterface i) {
        if (!i.hasIpv6()) {
            return null;
        }
        if (HostNetwork.isSixInFour(i)) {
            return HostNetwork.linkLocalFromIpv4(Ipv4Prefix.format(s.network().configuredTunnelSource(i)));
        }
        NetInterface ether = i;
        if (i.isTunnel() || i.isLoopback()) {
            ether = s.network().interfacesOf(i.device()).stream().filter(o -> !o.isTunnel() && !o.isLoopback())
                    .findFirst().orElse(i);
        }
        String mac = InterfaceViews.mac(ether).replace(".", "");
        return HostNetwork.linkLocalEui64(Long.parseLong(mac, 16));
    }

    static String brief(NetworkState s, String device) {
        StringBuilder out = new StringBuilder();
        for (NetInterface i : s.network().interfacesOf(device)) {
            out.append(String.format(Locale.ROOT, "%-22s [%s/%s]%n", i.name(), s.underlay().status(i).text(),
                    s.underlay().lineUp(i) ? "up" : "down"));
            if (!i.hasIpv6()) {
                out.append("    unassigned\n");
                continue;
            }
            out.append("    ").append(upper(linkLocal(s, i))).append('\n');
            for (Ipv6Interface a : i.ipv6()) {
                out.append("    ").append(upper(a.address())).append('\n');
            }
        }
        return out.toString().replace("\r\n", "\n");
    }

    static String routes(NetworkState s, String device) {
        boolean v12 = s.network().device(device).platform() == Platform.IOS_12_4;
        List<String[]> entries = new ArrayList<>();
        List<Route6> rs = new ArrayList<>(s.rib6(device).routes());
        rs.sort(Comparator.comparing(Route6::prefix));
        for (Route6 r : rs) {
            NextHop6 h = r.nextHops().get(0);
            Ipv6Prefix p = r.prefix();
            boolean own = s.network().owners6(p.network()).stream().anyMatch(i -> i.device().equals(device));
            String code;
            String via;
            if (r.source() == RouteSource.CONNECTED && p.length() == 128) {
                if (!own) {
                    continue; // a 6in4 client's peer: IOS has no route of its own for it
                }
                code = "LC";
                via = h.iface() + ", receive";
            } else if (r.source() == RouteSource.LOCAL) {
                code = "L";
                via = h.iface() + ", receive";
            } else if (r.source() == RouteSource.CONNECTED) {
                code = "C";
                via = h.iface() + ", directly connected";
            } else if (r.source() == RouteSource.STATIC) {
                code = "S";
                via = h.address() != null ? upper(h.address()) + (h.iface() != null ? ", " + h.iface() : "")
                        : h.iface() + ", directly connected";
            } else {
                code = r.source().code();
                via = (h.address() != null ? upper(h.address()) + ", " : "") + h.iface();
            }
            entries.add(new String[] {code, upper(p), r.distance() + "/" + r.metric(), via});
        }
        entries.add(new String[] {"L", "FF00::/8", "0/0", "Null0, receive"});
        StringBuilder out = new StringBuilder();
        if (v12) {
            out.append("IPv6 Routing Table - ").append(entries.size()).append(" entries\n");
            out.append("Codes: C - Connected, L - Local, S - Static, R - RIP, B - BGP\n");
            out.append("       U - Per-user Static route, M - MIPv6\n");
            out.append("       I1 - ISIS L1, I2 - ISIS L2, IA - ISIS interarea, IS - ISIS summary\n");
            out.append("       O - OSPF intra, OI - OSPF inter, OE1 - OSPF ext 1, OE2 - OSPF ext 2\n");
            out.append("       ON1 - OSPF NSSA ext 1, ON2 - OSPF NSSA ext 2\n");
            out.append("       D - EIGRP, EX - EIGRP external\n");
        } else {
            out.append("IPv6 Routing Table - default - ").append(entries.size()).append(" entries\n");
            out.append("Codes: C - Connected, L - Local, S - Static, U - Per-user Static route\n");
            out.append("       B - BGP, HA - Home Agent, MR - Mobile Router, R - RIP\n");
            out.append("       H - NHRP, D - EIGRP, EX - EIGRP external, ND - ND Default\n");
            out.append("       NDp - ND Prefix, DCE - Destination, NDr - Redirect, O - OSPF Intra\n");
            out.append("       OI - OSPF Inter, OE1 - OSPF ext 1, OE2 - OSPF ext 2, ON1 - OSPF NSSA ext 1\n");
            out.append("       ON2 - OSPF NSSA ext 2, l - LISP\n");
        }
        for (String[] e : entries) {
            out.append(String.format(Locale.ROOT, "%-4s%s [%s]%n", e[0], e[1], e[2]));
            out.append("     via ").append(e[3]).append('\n');
        }
        return out.toString().replace("\r\n", "\n");
    }

    static String ping(NetworkState s, String device, String target, int repeat) {
        var dest = Ipv6Address.parse(target);
        if (dest.isEmpty()) {
            return "% Unrecognized host or address, or protocol not running.\n\n";
        }
        String d = upper(dest.get());
        StringBuilder out = new StringBuilder("Type escape sequence to abort.\n");
        out.append("Sending ").append(repeat).append(", 100-byte ICMP Echos to ").append(d).append(", timeout is 2 seconds:\n");
        HostNetwork.Echo e = HostNetwork.echo(s, device, dest.get(), 100 - 48, false);
        if (e.kind() == HostNetwork.Echo.Kind.NO_ROUTE) {
            out.append("% No valid route for destination\nSuccess rate is 0 percent (0/1)\n");
            return out.toString();
        }
        boolean ok = e.kind() == HostNetwork.Echo.Kind.REPLY;
        StringBuilder marks = new StringBuilder();
        for (int k = 0; k < repeat; k++) {
            marks.append(ok ? '!' : '.');
            if ((k + 1) % 70 == 0 && k + 1 < repeat) {
                marks.append('\n');
            }
        }
        out.append(marks).append('\n');
        out.append("Success rate is ").append(ok ? 100 : 0).append(" percent (").append(ok ? repeat : 0).append('/')
                .append(repeat).append(')');
        if (ok) {
            long rtt = Math.round(e.rttMs());
            out.append(", round-trip min/avg/max = ").append(rtt).append('/').append(rtt).append('/').append(rtt).append(" ms");
        }
        return out.append('\n').toString();
    }
}
