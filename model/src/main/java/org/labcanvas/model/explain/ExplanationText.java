package org.labcanvas.model.explain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.sim.ospf.OspfPaths;
import org.labcanvas.model.sim.rib.RibNextHop;
import org.labcanvas.model.sim.rib.Route;
import org.labcanvas.model.sim.rib.RouteSource;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;

/**
 * The plain text of a {@link RouteExplanation}, to read beside {@code show ip route}: the same for
 * the command line and the designer. The same explanation always gives the same text.
 */
public final class ExplanationText {
    private ExplanationText() {}

    public static String render(RouteExplanation e) {
        StringBuilder out = new StringBuilder();
        String when = SimTime.clock(Duration.ofMillis(e.at()));
        out.append("Explain ").append(e.target()).append(" on ").append(e.device()).append(" at ").append(when).append("\n\n");
        if (!e.deviceUp()) {
            out.append(e.device()).append(" is powered off at ").append(when)
                    .append(": it has no routing table and forwards nothing.\n");
            return out.toString();
        }
        lookup(out, e);
        Route used = e.used();
        if (used == null) {
            out.append("\n").append(e.target()).append(" is unreachable from ").append(e.device())
                    .append(": no route covers it, not even a default route; IOS drops the packet")
                    .append(" (ICMP unreachable to the sender).\n");
            return out.toString();
        }
        offers(out, e, used);
        if (e.ospf() != null) {
            ospf(out, e, used);
        }
        if (!e.tunnels().isEmpty()) {
            out.append("\nTunnel hops:\n");
            for (RouteExplanation.TunnelHop t : e.tunnels()) {
                out.append("  ").append(t.device()).append(' ').append(t.tunnel()).append(" to ")
                        .append(Ipv4Prefix.format(t.nextHop())).append(t.works() ? "" : " (does not carry the packet now)")
                        .append(":\n");
                out.append("    GRE    ").append(t.gre()).append('\n');
                out.append("    NHRP   ").append(t.nhrp()).append('\n');
                out.append("    IPsec  ").append(t.ipsec().replace("\n", "\n           ")).append('\n');
            }
        }
        RouteExplanation.Forwarding f = e.forwarding();
        if (f != null) {
            out.append("\nPacket to ").append(Ipv4Prefix.format(f.destination()))
                    .append(" as the simulation forwards it (the first of equal-cost paths):\n");
            out.append("  ").append(String.join(" -> ", f.hops())).append('\n');
            out.append("  ").append(f.end()).append('\n');
        }
        return out.toString();
    }

    private static void lookup(StringBuilder out, RouteExplanation e) {
        out.append("Routing table lookup (the longest matching prefix wins):\n");
        if (e.covering().isEmpty()) {
            out.append("  no route of ").append(e.device()).append(" covers ").append(e.target()).append('\n');
        }
        List<String> lines = new ArrayList<>();
        for (Route r : e.covering()) {
            lines.add(routeLine(r));
        }
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        for (int i = 0; i < lines.size(); i++) {
            Route r = e.covering().get(i);
            String note = i == 0 ? "<- used: /" + r.prefix().length() + " is the longest match"
                    : "covers it too, but /" + r.prefix().length() + " is shorter";
            out.append("  ").append(pad(lines.get(i), width)).append("  ").append(note).append('\n');
        }
        if (!e.inside().isEmpty()) {
            out.append("  Longer routes inside ").append(e.target()).append(" (they win for the addresses they cover):");
            int n = 0;
            for (Route r : e.inside()) {
                if (n++ == 8) {
                    out.append(" ...");
                    break;
                }
                out.append(' ').append(r.prefix());
            }
            out.append('\n');
        }
    }

    private static void offers(StringBuilder out, RouteExplanation e, Route used) {
        out.append("\nSources of ").append(used.prefix())
                .append(" (the lower administrative distance wins: connected 0, static 1, OSPF 110):\n");
        for (RouteExplanation.Offer o : e.offers()) {
            out.append("  ").append(pad(o.source(), 10)).append(" distance ").append(pad(String.valueOf(o.distance()), 3));
            if (o.source().equals("OSPF")) {
                out.append(", cost ").append(o.metric());
            }
            out.append("  ").append(o.installed() ? "<- installed: " : "").append(o.detail()).append('\n');
        }
        if (e.offers().size() == 1) {
            out.append("  (the only source)\n");
        }
    }

    private static void ospf(StringBuilder out, RouteExplanation e, Route used) {
        RouteExplanation.OspfDecision d = e.ospf();
        out.append("\nOSPF shortest path").append(d.used().size() > 1 ? "s" : "").append(", area ").append(d.area());
        if (d.spfAt() >= 0) {
            out.append(" (").append(e.device()).append("'s last SPF at ").append(clock(d.spfAt())).append(')');
        }
        out.append(": cost ").append(used.metric()).append('\n');
        if (d.spfDueAt() > e.at()) {
            out.append("  The database changed since; ").append(e.device()).append("'s next SPF runs at ")
                    .append(clock(d.spfDueAt())).append(" (IOS's SPF throttle): until then the routes stay as computed.\n");
        }
        int k = 0;
        for (OspfPaths.Path p : d.used()) {
            if (d.used().size() > 1) {
                out.append("  path ").append(++k).append(" via ").append(Ipv4Prefix.format(p.nextAddress())).append(" on ")
                        .append(p.iface()).append(":\n");
            }
            path(out, d, p, d.used().size() > 1 ? "    " : "  ");
        }
        if (d.used().size() > 1) {
            OspfPaths.Path first = d.used().get(0);
            out.append("  ").append(d.used().size()).append(" equal-cost paths: traffic is shared between them (IOS")
                    .append(" load-balances per destination by default); the simulation's packet takes the first, via ")
                    .append(Ipv4Prefix.format(first.nextAddress())).append(" on ").append(first.iface()).append(".\n");
        }
        if (!d.alternatives().isEmpty()) {
            out.append("\nOther first hops (the best path through each OSPF neighbour; OSPF uses the lowest total):\n");
            for (OspfPaths.Path p : d.alternatives()) {
                out.append("  via ").append(Ipv4Prefix.format(p.nextAddress())).append(" (")
                        .append(name(d, p.nextRouter())).append(") on ").append(p.iface()).append(": ");
                if (!p.reachable()) {
                    out.append("no path to ").append(used.prefix()).append(" through it\n");
                    continue;
                }
                out.append(p.cost()).append(", not used because ").append(p.cost()).append(" > ").append(used.metric())
                        .append('\n');
                path(out, d, p, "    ");
            }
        }
        for (String n : d.notes()) {
            out.append("  Note: ").append(n).append('\n');
        }
    }

    private static void path(StringBuilder out, RouteExplanation.OspfDecision d, OspfPaths.Path p, String indent) {
        List<String> who = new ArrayList<>();
        List<String> what = new ArrayList<>();
        List<String> costs = new ArrayList<>();
        for (OspfPaths.Step st : p.steps()) {
            who.add(name(d, st.routerId()) + " (" + Ipv4Prefix.format(st.routerId()) + ")");
            costs.add(String.valueOf(st.cost()));
            String link = switch (st.kind()) {
                case TRANSIT -> st.nextRouter() == 0
                        ? st.iface() + " (LAN " + st.network() + ") cost " + st.cost()
                        : st.iface() + " cost " + st.cost() + ", next hop " + Ipv4Prefix.format(st.nextAddress()) + " = "
                                + name(d, st.nextRouter()) + " on " + st.network();
                case POINT_TO_POINT -> st.iface() + " cost " + st.cost() + ", next hop "
                        + Ipv4Prefix.format(st.nextAddress()) + " = " + name(d, st.nextRouter()) + " (point-to-point)";
                case STUB -> st.iface() + " (stub " + st.network() + ") cost " + st.cost();
                case SUMMARY -> "type-3 summary LSA of " + st.network() + " (an area border router's route into this area), metric " + st.cost();
            };
            what.add(link);
        }
        int width = who.stream().mapToInt(String::length).max().orElse(0);
        for (int i = 0; i < who.size(); i++) {
            out.append(indent).append(pad(who.get(i), width)).append("  ").append(what.get(i)).append('\n');
        }
        out.append(indent).append("total ").append(costs.size() > 1 ? String.join(" + ", costs) + " = " : "")
                .append(p.cost()).append('\n');
    }

    private static String name(RouteExplanation.OspfDecision d, int rid) {
        String n = d.names().get(rid);
        return n == null ? "router " + Ipv4Prefix.format(rid) : d.off().contains(rid) ? n + " [off]" : n;
    }

    /** A routing-table line in {@code show ip route}'s words. */
    static String routeLine(Route r) {
        String code = r.source() == RouteSource.OSPF_INTER_AREA ? "O IA" : r.source().code();
        if (r.prefix().length() == 0 && r.source() == RouteSource.STATIC) {
            code += "*";
        }
        StringBuilder b = new StringBuilder(pad(code, 5)).append(' ').append(r.prefix());
        if (r.source() == RouteSource.CONNECTED || r.source() == RouteSource.LOCAL) {
            return b.append(" is directly connected, ").append(r.nextHops().get(0).iface()).toString();
        }
        b.append(" [").append(r.distance()).append('/').append(r.metric()).append(']');
        int i = 0;
        for (RibNextHop h : r.nextHops()) {
            b.append(i++ == 0 ? " via " : ", via ");
            b.append(h.address() == 0 ? "" : Ipv4Prefix.format(h.address()));
            if (h.iface() != null) {
                b.append(h.address() == 0 ? "" : ", ").append(h.iface());
            }
        }
        return b.toString();
    }

    private static String clock(long ms) {
        return SimTime.clock(Duration.ofMillis(ms));
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }
}
