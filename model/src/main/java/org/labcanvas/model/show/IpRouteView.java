package org.labcanvas.model.show;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.sim.rib.Rib;
import org.labcanvas.model.sim.rib.RibNextHop;
import org.labcanvas.model.sim.rib.Route;
import org.labcanvas.model.sim.rib.RouteSource;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.topology.Platform;

/**
 * {@code show ip route [ospf|connected|static|A.B.C.D]}.
 *
 * <p>Layout as IOS prints it: routes grouped under their classful network ("is subnetted" when
 * all subnets share one mask, "is variably subnetted, N subnets, M masks" otherwise); 12.4 indents
 * group headers by 5 and subnets by 8 columns, 15.x by 6 and 9 and also lists local (L) /32
 * routes; 15.x lists the default route first, 12.4 last. Checked against real outputs kept as
 * fixtures by ntc-templates ({@code tests/cisco_ios/show_ip_route}) and the Cisco IOS IP Routing
 * command reference ("show ip route").
 */
final class IpRouteView {
    private static final String CODES_12_4 = """
            Codes: C - connected, S - static, R - RIP, M - mobile, B - BGP
                   D - EIGRP, EX - EIGRP external, O - OSPF, IA - OSPF inter area\s
                   N1 - OSPF NSSA external type 1, N2 - OSPF NSSA external type 2
                   E1 - OSPF external type 1, E2 - OSPF external type 2
                   i - IS-IS, su - IS-IS summary, L1 - IS-IS level-1, L2 - IS-IS level-2
                   ia - IS-IS inter area, * - candidate default, U - per-user static route
                   o - ODR, P - periodic downloaded static route
            """;
    private static final String CODES_15 = """
            Codes: L - local, C - connected, S - static, R - RIP, M - mobile, B - BGP
                   D - EIGRP, EX - EIGRP external, O - OSPF, IA - OSPF inter area\s
                   N1 - OSPF NSSA external type 1, N2 - OSPF NSSA external type 2
                   E1 - OSPF external type 1, E2 - OSPF external type 2
                   i - IS-IS, su - IS-IS summary, L1 - IS-IS level-1, L2 - IS-IS level-2
                   ia - IS-IS inter area, * - candidate default, U - per-user static route
                   o - ODR, P - periodic downloaded static route, H - NHRP, l - LISP
                   a - application route
                   + - replicated route, % - next hop override
            """;

    private IpRouteView() {}

    static String table(NetworkState s, String device, Predicate<Route> filter) {
        return table(s, device, filter, true);
    }

    /**
     * The table, or the routes of one source ({@code whole} false: {@code show ip route ospf},
     * {@code connected}, {@code static}). 12.4 prints a filtered table without the Codes legend and
     * the {@code Gateway of last resort} line (12.4 captures of {@code show ip route ospf} start with
     * the first group head); 15.x prints both for every form.
     */
    static String table(NetworkState s, String device, Predicate<Route> filter, boolean whole) {
        Rib rib = s.rib(device);
        boolean v12 = s.network().device(device).platform() == Platform.IOS_12_4;
        StringBuilder out = new StringBuilder();
        Optional<Route> def = rib.route(Ipv4Prefix.DEFAULT);
        if (!v12 || whole) {
            head(out, def, v12);
        }
        tableBody(out, s, rib, def, filter, v12);
        return out.toString();
    }

    private static void head(StringBuilder out, Optional<Route> def, boolean v12) {
        out.append(v12 ? CODES_12_4 : CODES_15);
        out.append('\n');
        if (def.isPresent() && !def.get().nextHops().isEmpty() && def.get().nextHops().get(0).address() != 0) {
            out.append("Gateway of last resort is ").append(Ipv4Prefix.format(def.get().nextHops().get(0).address()))
                    .append(" to network 0.0.0.0\n");
        } else if (def.isPresent()) {
            out.append("Gateway of last resort is 0.0.0.0 to network 0.0.0.0\n");
        } else {
            out.append("Gateway of last resort is not set\n");
        }
        out.append('\n');
    }

    private static void tableBody(StringBuilder out, NetworkState s, Rib rib, Optional<Route> def,
                                  Predicate<Route> filter, boolean v12) {
        int topPad = v12 ? 5 : 6;
        int subPad = v12 ? 8 : 9;
        String headIndent = v12 ? "     " : "      ";
        Map<Ipv4Prefix, List<Route>> groups = new LinkedHashMap<>();
        List<Route> routes = rib.routes();
        for (Route r : routes) {
            if (r.prefix().length() == 0) {
                continue;
            }
            groups.computeIfAbsent(groupOf(r.prefix()), k -> new ArrayList<>()).add(r);
        }
        StringBuilder body = new StringBuilder();
        for (Map.Entry<Ipv4Prefix, List<Route>> g : groups.entrySet()) {
            Ipv4Prefix major = g.getKey();
            List<Route> members = g.getValue();
            List<Route> shown = members.stream().filter(filter).toList();
            if (shown.isEmpty()) {
                continue;
            }
            boolean subnetted = members.stream().anyMatch(r -> r.prefix().length() > major.length());
            if (!subnetted) {
                for (Route r : shown) {
                    line(body, s, r, pad(code(r), topPad), r.prefix().toString());
                }
                continue;
            }
            Set<Integer> masks = new TreeSet<>();
            members.forEach(r -> masks.add(r.prefix().length()));
            if (masks.size() == 1) {
                body.append(headIndent).append(major.networkText()).append('/').append(masks.iterator().next())
                        .append(" is subnetted, ").append(members.size()).append(" subnets\n");
            } else {
                body.append(headIndent).append(major).append(" is variably subnetted, ").append(members.size())
                        .append(" subnets, ").append(masks.size()).append(" masks\n");
            }
            for (Route r : shown) {
                String p = masks.size() == 1 ? r.prefix().networkText() : r.prefix().toString();
                line(body, s, r, pad(code(r), subPad), p);
            }
        }
        StringBuilder defLine = new StringBuilder();
        if (def.isPresent() && filter.test(def.get())) {
            line(defLine, s, def.get(), pad(code(def.get()), topPad), "0.0.0.0/0");
        }
        if (v12) {
            out.append(body).append(defLine);
        } else {
            out.append(defLine).append(body);
        }
    }

    /** The classful network a prefix belongs to (A /8, B /16, C /24), or the prefix itself if shorter. */
    static Ipv4Prefix groupOf(Ipv4Prefix p) {
        int first = (p.network() >>> 24) & 255;
        int len = first < 128 ? 8 : first < 192 ? 16 : 24;
        if (p.length() < len) {
            return p;
        }
        return Ipv4Prefix.of(p.network(), len);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String code(Route r) {
        String c = r.source().code();
        return r.prefix().length() == 0 ? c + "*" : c;
    }

    private static void line(StringBuilder out, NetworkState s, Route r, String code, String prefix) {
        String lead = code + prefix + " ";
        if (r.source() == RouteSource.CONNECTED || r.source() == RouteSource.LOCAL
                || (r.source() == RouteSource.STATIC && r.nextHops().get(0).address() == 0)) {
            out.append(lead).append("is directly connected, ").append(r.nextHops().get(0).iface()).append('\n');
            return;
        }
        boolean first = true;
        for (RibNextHop h : r.nextHops()) {
            out.append(first ? lead : " ".repeat(lead.length()));
            out.append('[').append(r.distance()).append('/').append(r.metric()).append("] via ")
                    .append(Ipv4Prefix.format(h.address()));
            if (r.source().isOspf()) {
                out.append(", ").append(SimTime.iosAge(Duration.ofMillis(s.now() - r.since())));
            }
            if (h.iface() != null && r.source() != RouteSource.STATIC) {
                out.append(", ").append(h.iface());
            } else if (h.iface() != null) {
                out.append(", ").append(h.iface());
            }
            out.append('\n');
            first = false;
        }
    }

    /** {@code show ip route A.B.C.D}: the longest match, in the routing-entry layout. */
    static String entry(NetworkState s, String device, String addressText) {
        int a = Ipv4Prefix.address(addressText).orElse(0);
        Rib rib = s.rib(device);
        Optional<Route> m = rib.lookup(a);
        if (m.isEmpty()) {
            return "% Network not in table\n";
        }
        Route r = m.get();
        StringBuilder out = new StringBuilder();
        out.append("Routing entry for ").append(r.prefix());
        if (r.prefix().length() < groupOf(r.prefix()).length() || r.prefix().length() == 0) {
            out.append(", supernet");
        }
        out.append('\n');
        String processes = s.ospf().router(device) == null ? null : "ospf " + s.ospf().router(device).processId();
        switch (r.source()) {
            case CONNECTED, LOCAL -> {
                out.append("  Known via \"connected\", distance 0, metric 0 (connected, via interface)\n");
                if (processes != null && r.source() == RouteSource.CONNECTED && ospfCovers(s, device, r)) {
                    out.append("  Redistributing via ").append(processes).append('\n');
                }
                out.append("  Routing Descriptor Blocks:\n");
                out.append("  * directly connected, via ").append(r.nextHops().get(0).iface()).append('\n');
                out.append("      Route metric is 0, traffic share count is 1\n");
            }
            case STATIC -> {
                out.append("  Known via \"static\", distance ").append(r.distance()).append(", metric 0");
                if (r.prefix().length() == 0) {
                    out.append(", candidate default path");
                }
                out.append('\n');
                out.append("  Routing Descriptor Blocks:\n");
                RibNextHop h = r.nextHops().get(0);
                out.append("  * ").append(h.address() == 0 ? "directly connected, via " + h.iface()
                        : Ipv4Prefix.format(h.address())).append('\n');
                out.append("      Route metric is 0, traffic share count is 1\n");
            }
            case OSPF, OSPF_INTER_AREA -> {
                String age = SimTime.iosAge(Duration.ofMillis(s.now() - r.since()));
                out.append("  Known via \"").append(processes).append("\", distance 110, metric ").append(r.metric())
                        .append(r.source() == RouteSource.OSPF ? ", type intra area\n" : ", type inter area\n");
                RibNextHop first = r.nextHops().get(0);
                out.append("  Last update from ").append(Ipv4Prefix.format(first.address())).append(" on ")
                        .append(first.iface()).append(", ").append(age).append(" ago\n");
                out.append("  Routing Descriptor Blocks:\n");
                boolean star = true;
                for (RibNextHop h : r.nextHops()) {
                    out.append(star ? "  * " : "    ").append(Ipv4Prefix.format(h.address())).append(", from ")
                            .append(Ipv4Prefix.format(r.origin())).append(", ").append(age).append(" ago, via ")
                            .append(h.iface()).append('\n');
                    out.append("      Route metric is ").append(r.metric()).append(", traffic share count is 1\n");
                    star = false;
                }
            }
        }
        return out.toString();
    }

    private static boolean ospfCovers(NetworkState s, String device, Route r) {
        var router = s.ospf().router(device);
        return router != null && router.interfaces().stream().anyMatch(oi -> oi.name().equals(r.nextHops().get(0).iface()));
    }
}
