package org.labcanvas.model.show;

import java.util.List;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.PacketPath;
import org.labcanvas.model.sim.core.PacketTrace;
import org.labcanvas.model.sim.rib.Rib;
import org.labcanvas.model.sim.rib.Route;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.Platform;

/**
 * {@code ping A.B.C.D [source IF] [repeat N]} and {@code traceroute A.B.C.D}, in IOS's output
 * format. Every echo of a ping fares the same (the state does not change during it). Round-trip
 * times are not measured: each hop is taken to cost 2 ms each way (a stated guess, so that the
 * numbers are stable).
 */
final class PingView {
    private static final int MS_PER_HOP = 2;
    /** IOS traceroute's default maximum time to live. */
    private static final int MAX_TTL = 30;

    private PingView() {}

    static String ping(NetworkState s, String device, String dest, String sourceIf, int repeat) {
        int d = Ipv4Prefix.address(dest).orElse(0);
        Integer src = sourceAddress(s, device, d, sourceIf);
        StringBuilder out = new StringBuilder("Type escape sequence to abort.\n");
        out.append("Sending ").append(repeat).append(", 100-byte ICMP Echos to ").append(dest)
                .append(", timeout is 2 seconds:\n");
        if (sourceIf != null && src != null) {
            out.append("Packet sent with a source address of ").append(Ipv4Prefix.format(src)).append(" \n");
        }
        PacketTrace there = PacketPath.forward(s, device, d);
        boolean ok = false;
        int hops = 0;
        if (there.delivered() && src != null) {
            String back = there.hops().isEmpty() ? device : there.hops().get(there.hops().size() - 1).device();
            PacketTrace ret = PacketPath.forward(s, back, src);
            ok = ret.delivered();
            hops = there.hops().size() + ret.hops().size();
        }
        StringBuilder marks = new StringBuilder();
        for (int k = 0; k < repeat; k++) {
            marks.append(ok ? '!' : '.');
            if ((k + 1) % 70 == 0 && k + 1 < repeat) {
                marks.append('\n');
            }
        }
        out.append(marks).append('\n');
        int pct = ok ? 100 : 0;
        out.append("Success rate is ").append(pct).append(" percent (").append(ok ? repeat : 0).append('/')
                .append(repeat).append(')');
        if (ok) {
            int rtt = Math.max(1, hops * MS_PER_HOP);
            out.append(", round-trip min/avg/max = ").append(rtt).append('/').append(rtt).append('/').append(rtt)
                    .append(" ms");
        }
        out.append('\n');
        return out.toString();
    }

    private static Integer sourceAddress(NetworkState s, String device, int dest, String sourceIf) {
        if (sourceIf != null) {
            NetInterface i = s.network().find(device, sourceIf);
            return i == null || !i.hasAddress() ? null : i.address();
        }
        Rib rib = s.rib(device);
        Route r = rib.lookup(dest).orElse(null);
        if (r == null) {
            return null;
        }
        String out = r.nextHops().get(0).iface();
        if (out == null) {
            int nh = r.nextHops().get(0).address();
            Route via = rib.lookup(nh).orElse(null);
            out = via == null ? null : via.nextHops().get(0).iface();
        }
        NetInterface i = out == null ? null : s.network().find(device, out);
        return i == null || !i.hasAddress() ? null : i.address();
    }

    static String traceroute(NetworkState s, String device, String dest) {
        int d = Ipv4Prefix.address(dest).orElse(0);
        boolean v12 = s.network().device(device).platform() == Platform.IOS_12_4;
        StringBuilder out = new StringBuilder("Type escape sequence to abort.\n");
        out.append("Tracing the route to ").append(dest).append('\n');
        // 15.x prints the VRF line where 12.4 leaves a blank line (ntc-templates cisco_ios_traceroute_6.raw
        // against the other cisco_ios_traceroute_*.raw fixtures).
        out.append(v12 ? "\n" : "VRF info: (vrf in name/id, vrf out name/id)\n");
        PacketTrace r = PacketPath.forward(s, device, d);
        List<NetInterface> hops = r.hops();
        int n = 0;
        for (NetInterface h : hops) {
            n++;
            int ms = 2 * n * MS_PER_HOP;
            String addr = h.hasAddress() ? Ipv4Prefix.format(h.address()) : "*";
            if (n == hops.size() && r.delivered() && s.network().owners(d).stream().anyMatch(i -> i.device().equals(h.device()))) {
                addr = dest;
            }
            out.append(String.format("%3d %s %d msec %d msec %d msec%n", n, addr, ms, ms, ms));
        }
        if (!r.delivered()) {
            // Unanswered probes run to IOS's default maximum TTL of 30 ("  4  *  *  * " per hop).
            for (int k = n + 1; k <= MAX_TTL; k++) {
                out.append(String.format("%3d  *  *  * %n", k));
            }
        }
        return out.toString();
    }
}
