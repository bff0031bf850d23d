package org.labcanvas.model.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.core.PacketTrace;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.sim.underlay.Network;
import org.labcanvas.model.topology.Link;

/**
 * What a packet's path goes through, as keys a failure can name: each device it reaches, each
 * tunnel interface it leaves or enters, and each cable it crosses (a tunnel leg crosses the cables
 * of both tunnel sources). Also the path in words, for the report.
 */
final class PathElements {
    private PathElements() {}

    static String device(String name) {
        return "d:" + name;
    }

    static String tunnel(String device, String iface) {
        return "t:" + device + ":" + iface;
    }

    static String link(int index) {
        return "l:" + index;
    }

    /** The keys of the elements {@code trace} (sent by {@code from}) went through, sorted. */
    static List<String> of(NetworkState s, Map<Link, Integer> links, String from, PacketTrace trace) {
        TreeSet<String> out = new TreeSet<>();
        String prev = from;
        for (NetInterface in : trace.hops()) {
            out.add(device(in.device()));
            if (in.isTunnel()) {
                NetInterface sent = sender(trace, in);
                out.add(tunnel(in.device(), in.name()));
                addSourceCable(s, links, in, out);
                if (sent != null) {
                    out.add(tunnel(sent.device(), sent.name()));
                    addSourceCable(s, links, sent, out);
                }
            } else {
                addCable(s.network(), links, in, out);
                Network.Segment seg = s.network().segmentOf(in);
                for (NetInterface mine : s.network().interfacesOf(prev)) {
                    if (seg != null && s.network().segmentOf(mine) == seg) {
                        addCable(s.network(), links, mine, out);
                    }
                }
            }
            prev = in.device();
        }
        return new ArrayList<>(out);
    }

    /** The path in words: {@code R2 > R0 Tunnel0 > R3 Tunnel0} (each router and the interface it received on). */
    static String describe(String from, PacketTrace trace) {
        StringBuilder b = new StringBuilder(from);
        for (NetInterface in : trace.hops()) {
            b.append(" > ").append(in.device()).append(' ').append(in.name());
        }
        if (!trace.delivered()) {
            b.append(" > (dropped)");
        }
        return b.toString();
    }

    /** The key of the cable {@code i} is plugged into (none for a loopback or an unlinked interface). */
    static List<String> cableOf(Network n, Map<Link, Integer> links, NetInterface i) {
        TreeSet<String> out = new TreeSet<>();
        addCable(n, links, i, out);
        return new ArrayList<>(out);
    }

    private static NetInterface sender(PacketTrace trace, NetInterface in) {
        for (NetInterface[] leg : trace.tunnels()) {
            if (leg[1] == in) {
                return leg[0];
            }
        }
        return null;
    }

    private static void addSourceCable(NetworkState s, Map<Link, Integer> links, NetInterface tunnel, TreeSet<String> out) {
        int src = s.underlay().tunnelSourceAddress(tunnel);
        if (src == 0) {
            return;
        }
        for (NetInterface i : s.network().owners(src)) {
            if (i.device().equals(tunnel.device()) && !i.isTunnel()) {
                addCable(s.network(), links, i, out);
            }
        }
    }

    private static void addCable(Network n, Map<Link, Integer> links, NetInterface i, TreeSet<String> out) {
        Network.Segment seg = n.segmentOf(i);
        if (seg == null) {
            return;
        }
        Network.Attachment a = seg.attachmentOf(i);
        if (a != null && a.link() != null) {
            Integer k = links.get(a.link());
            if (k != null) {
                out.add(link(k));
            }
        }
    }
}
