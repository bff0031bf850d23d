package org.labcanvas.model.show.host;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.labcanvas.model.show.ShowCommand.Answer;
import org.labcanvas.model.show.ShowCommand.Outcome;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.rib.NextHop6;
import org.labcanvas.model.sim.rib.Route6;
import org.labcanvas.model.sim.rib.RouteSource;
import org.labcanvas.model.sim.underlay.Ipv6Address;
import org.labcanvas.model.sim.underlay.Ipv6Interface;
import org.labcanvas.model.sim.underlay.Ipv6Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;

/**
 * The console of a Linux host (Debian 12: iproute2 6.1, iputils 20221126, bash): {@code ip -6 addr},
 * {@code ip -6 route}, {@code ip tunnel show}, {@code ping -6 ADDR} / {@code ping6 ADDR} /
 * {@code ping ADDR} with {@code -c N}, {@code -s SIZE}, {@code -M do}.
 *
 * <p>Formats were compared with that iproute2 and iputils on Debian 12: {@code ip -6 addr}'s short
 * link line ({@code mtu M state S qlen 1000}), addresses global before link-local with a trailing
 * space, {@code valid_lft forever preferred_lft forever}; kernel routes {@code proto kernel metric
 * 256 pref medium}, static ones {@code metric 1024}; {@code ping}'s {@code PING D(D) 56 data bytes},
 * {@code ttl=} for the hop limit, times with 3, 2 or 1 decimals as iputils chooses, the summary with
 * {@code time Nms} and a blank line when nothing came back, {@code ping: local error: message too long,
 * mtu: M} and {@code +N errors} when fragmentation is prohibited. A 6in4 tunnel ({@code sit}) is
 * {@code NAME@NONE} with {@code <POINTOPOINT,NOARP,UP,LOWER_UP>} and a link-local address
 * {@code fe80::} + its IPv4 local address; {@code sit0} exists beside it. Ethernet link-local
 * addresses are the EUI-64 of an Ethernet address derived from the device name (the design has
 * none). Round-trip times: 2 ms per hop each way. Without {@code -c}, ping stops after 5 echoes.
 */
final class LinuxConsole {
    private static final int DEFAULT_ECHOES = 5;
    private static final int DATALEN = 56;
    private static final List<String> IP_OBJECTS = List.of("address", "addrlabel", "maddress", "route", "rule",
            "neighbor", "ntable", "link", "l2tp", "fou", "ila", "macsec", "tunnel", "tuntap", "token", "tcpmetrics",
            "monitor", "xfrm", "mroute", "mrule", "netns", "netconf", "vrf", "sr", "nexthop", "mptcp", "ioam", "stats");

    private final NetworkState s;
    private final String device;

    LinuxConsole(NetworkState s, String device) {
        this.s = s;
        this.device = device;
    }

    Answer run(List<String> words) {
        String cmd = words.get(0);
        List<String> args = words.subList(1, words.size());
        return switch (cmd) {
            case "ip" -> ip(args);
            case "ping", "ping6" -> ping(args, cmd.equals("ping6"));
            default -> new Answer("bash: " + cmd + ": command not found\n", Outcome.IOS_ERROR);
        };
    }

    // ------------------------------------------------------------------ ip

    private Answer ip(List<String> args) {
        boolean six = false;
        int k = 0;
        while (k < args.size() && args.get(k).startsWith("-")) {
            if (args.get(k).equals("-6")) {
                six = true;
            } else {
                return HostConsole.notSimulated("ip -6 addr, ip -6 route, ip tunnel show");
            }
            k++;
        }
        if (k >= args.size()) {
            return HostConsole.notSimulated("ip -6 addr, ip -6 route, ip tunnel show");
        }
        String typed = args.get(k);
        String object = IP_OBJECTS.stream().filter(o -> o.startsWith(typed)).findFirst().orElse(null);
        if (object == null) {
            return new Answer("Object \"" + typed + "\" is unknown, try \"ip help\".\n", Outcome.IOS_ERROR);
        }
        List<String> rest = args.subList(k + 1, args.size());
        boolean show = rest.isEmpty() || "show".startsWith(rest.get(0)) || "list".startsWith(rest.get(0));
        if (object.equals("address") && six && show) {
            String dev = null;
            if (rest.size() == 3 && rest.get(1).equals("dev")) {
                dev = rest.get(2);
            } else if (rest.size() == 2) {
                dev = rest.get(1);
            } else if (rest.size() > 1) {
                return HostConsole.notSimulated("ip -6 addr [show [dev] NAME]");
            }
            if (dev != null && !linkNames().contains(dev)) {
                return new Answer("Device \"" + dev + "\" does not exist.\n", Outcome.IOS_ERROR);
            }
            return new Answer(addresses(dev), Outcome.OUTPUT);
        }
        if (object.equals("route") && six && show && rest.size() <= 1) {
            return new Answer(routes(), Outcome.OUTPUT);
        }
        if (object.equals("tunnel") && show && rest.size() <= 2) {
            String name = rest.size() == 2 ? rest.get(1) : null;
            if (name != null && !linkNames().contains(name)) {
                return new Answer("ip: ioctl 0x89f0 failed: No such device\n", Outcome.IOS_ERROR);
            }
            return new Answer(tunnels(name), Outcome.OUTPUT);
        }
        return HostConsole.notSimulated("ip -6 addr, ip -6 route, ip tunnel show");
    }

    /** lo, the Ethernets, sit0, then the tunnels: the order the kernel numbers them. */
    private List<String> linkNames() {
        List<String> names = new ArrayList<>();
        names.add("lo");
        s.network().interfacesOf(device).stream().filter(i -> !i.isTunnel()).forEach(i -> names.add(i.name()));
        boolean sit = s.network().interfacesOf(device).stream().anyMatch(HostNetwork::isSixInFour);
        if (sit) {
            names.add("sit0");
        }
        s.network().interfacesOf(device).stream().filter(NetInterface::isTunnel).forEach(i -> names.add(i.name()));
        return names;
    }

    private String addresses(String only) {
        StringBuilder out = new StringBuilder();
        List<String> names = linkNames();
        for (int n = 0; n < names.size(); n++) {
            String name = names.get(n);
            if (only != null && !only.equals(name)) {
                continue;
            }
            if (name.equals("lo")) {
                out.append(n + 1).append(": lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 state UNKNOWN qlen 1000\n");
                address(out, "::1/128", "host");
                continue;
            }
            if (name.equals("sit0")) {
                continue; // down, no IPv6 address: ip -6 addr leaves it out
            }
            NetInterface i = s.network().find(device, name);
            boolean adminUp = s.underlay().status(i).isUp() || s.underlay().lineUp(i);
            List<String[]> addrs = new ArrayList<>();
            for (Ipv6Interface a : i.ipv6()) {
                addrs.add(new String[] {a.address() + "/" + a.subnet().length(), "global"});
            }
            if (adminUp) {
                Ipv6Address ll = i.isTunnel() ? HostNetwork.linkLocalFromIpv4(HostNetwork.tunnelLocal(s, i))
                        : HostNetwork.linkLocalEui64(device + ":" + i.name());
                addrs.add(new String[] {ll + "/64", "link"});
            }
            if (addrs.isEmpty()) {
                continue;
            }
            if (i.isTunnel()) {
                out.append(n + 1).append(": ").append(name).append("@NONE: <POINTOPOINT,NOARP")
                        .append(adminUp ? ",UP,LOWER_UP" : "").append("> mtu ").append(HostNetwork.mtu(i))
                        .append(" state ").append(adminUp ? "UNKNOWN" : "DOWN").append(" qlen 1000\n");
            } else {
                boolean carrier = s.underlay().lineUp(i);
                out.append(n + 1).append(": ").append(name).append(": <").append(carrier ? "BROADCAST,MULTICAST,UP,LOWER_UP"
                                : adminUp ? "NO-CARRIER,BROADCAST,MULTICAST,UP" : "BROADCAST,MULTICAST")
                        .append("> mtu ").append(HostNetwork.mtu(i)).append(" state ").append(carrier ? "UP" : "DOWN")
                        .append(" qlen 1000\n");
            }
            for (String[] a : addrs) {
                address(out, a[0], a[1]);
            }
        }
        return out.toString();
    }

    private static void address(StringBuilder out, String address, String scope) {
        out.append("    inet6 ").append(address).append(" scope ").append(scope).append(" \n");
        out.append("       valid_lft forever preferred_lft forever\n");
    }

    private String routes() {
        record Line(Ipv6Prefix prefix, String text) {}
        List<Line> lines = new ArrayList<>();
        List<Line> defaults = new ArrayList<>();
        for (NetInterface i : s.network().interfacesOf(device)) {
            boolean adminUp = s.underlay().status(i).isUp() || s.underlay().lineUp(i);
            if (!adminUp) {
                continue;
            }
            for (Ipv6Interface a : i.ipv6()) {
                lines.add(new Line(a.subnet(), prefix(a.subnet()) + " dev " + i.name() + " proto kernel metric 256 pref medium"));
            }
            lines.add(new Line(new Ipv6Prefix(new Ipv6Address(0xfe80_0000_0000_0000L, 0), 64), "fe80::/64 dev " + i.name()
                    + " proto kernel metric 256 pref medium"));
        }
        for (Route6 r : s.rib6(device).routes()) {
            if (r.source() != RouteSource.STATIC) {
                continue; // connected ones are above; a 6in4 peer has no route of its own on Linux
            }
            NextHop6 h = r.nextHops().get(0);
            String dev = h.iface() != null ? h.iface()
                    : s.rib6(device).lookup(h.address()).map(x -> x.nextHops().get(0).iface()).orElse("");
            NetInterface out = s.network().find(device, dev);
            boolean onlink = h.address() != null && out != null && HostNetwork.isSixInFour(out);
            String text = prefix(r.prefix()) + (h.address() != null ? " via " + h.address() : "") + " dev " + dev
                    + " metric 1024" + (onlink ? " onlink" : "") + " pref medium";
            (r.prefix().length() == 0 ? defaults : lines).add(new Line(r.prefix(), text));
        }
        lines.sort(Comparator.comparing(Line::prefix));
        StringBuilder out = new StringBuilder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Line l : lines) {
            if (seen.add(l.text())) {
                out.append(l.text()).append('\n');
            }
        }
        defaults.forEach(l -> out.append(l.text()).append('\n'));
        return out.toString();
    }

    private static String prefix(Ipv6Prefix p) {
        return p.length() == 0 ? "default" : p.length() == 128 ? p.network().toString() : p.toString();
    }

    private String tunnels(String only) {
        StringBuilder out = new StringBuilder();
        for (String name : linkNames()) {
            if (only != null && !only.equals(name)) {
                continue;
            }
            if (name.equals("sit0")) {
                out.append("sit0: ipv6/ip remote any local any ttl 64 nopmtudisc 6rd-prefix 2002::/16\n");
                continue;
            }
            NetInterface i = s.network().find(device, name);
            if (i == null || !HostNetwork.isSixInFour(i)) {
                continue;
            }
            out.append(name).append(": ipv6/ip remote ").append(HostNetwork.tunnelRemote(i)).append(" local ")
                    .append(HostNetwork.tunnelLocal(s, i)).append(" ttl 255 6rd-prefix 2002::/16\n");
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ ping

    private Answer ping(List<String> args, boolean ping6) {
        int count = -1;
        int size = DATALEN;
        boolean df = false;
        String target = null;
        List<String> words = HostConsole.splitJoinedValues(args, "-c", "-s");
        for (int k = 0; k < words.size(); k++) {
            String a = words.get(k);
            if ((a.equals("-c") || a.equals("-s")) && k + 1 < words.size() && words.get(k + 1).matches("\\d{1,6}")) {
                int v = Integer.parseInt(words.get(++k));
                if (a.equals("-c")) {
                    count = v;
                } else {
                    size = v;
                }
            } else if (a.equals("-M") && k + 1 < words.size() && words.get(k + 1).equals("do")) {
                df = true;
                k++;
            } else if (a.equals("-6")) {
                // the family: IPv6 (ping6 and an IPv6 address imply it)
            } else if (!a.startsWith("-") && target == null) {
                target = a;
            } else {
                return HostConsole.notSimulated("ping -6 [-c COUNT] [-s SIZE] [-M do] ADDRESS");
            }
        }
        if (target == null) {
            return new Answer("ping: usage error: Destination address required\n", Outcome.IOS_ERROR);
        }
        if (count == 0 || count > 100_000 || size > 65_000) {
            return HostConsole.notSimulated("ping -6 [-c COUNT] [-s SIZE] [-M do] ADDRESS");
        }
        Optional<Ipv6Address> dest = Ipv6Address.parse(target);
        if (dest.isEmpty()) {
            return new Answer("ping: " + target + ": Name or service not known\n", Outcome.OUTPUT);
        }
        int echoes = count < 0 ? DEFAULT_ECHOES : count;
        HostNetwork.Echo e = HostNetwork.echo(s, device, dest.get(), size, df);
        if (e.kind() == HostNetwork.Echo.Kind.NO_ROUTE) {
            return new Answer("ping: connect: Network is unreachable\n", Outcome.OUTPUT);
        }
        String d = dest.get().toString();
        StringBuilder out = new StringBuilder();
        out.append("PING ").append(d).append('(').append(d).append(") ").append(size).append(" data bytes\n");
        int received = 0;
        int errors = 0;
        for (int seq = 1; seq <= echoes; seq++) {
            if (e.kind() == HostNetwork.Echo.Kind.TOO_BIG) {
                errors++;
                out.append("ping: local error: message too long, mtu: ").append(e.mtu()).append('\n');
            } else if (e.kind() == HostNetwork.Echo.Kind.REPLY) {
                received++;
                out.append(8 + size).append(" bytes from ").append(d).append(": icmp_seq=").append(seq).append(" ttl=")
                        .append(e.hopLimit());
                if (size >= 16) {
                    out.append(" time=").append(time(e.rttMs())).append(" ms");
                }
                out.append('\n');
            }
        }
        out.append("\n--- ").append(d).append(" ping statistics ---\n");
        out.append(echoes).append(" packets transmitted, ").append(received).append(" received, ");
        if (errors > 0) {
            out.append('+').append(errors).append(" errors, ");
        }
        out.append(percent((echoes - received) * 100.0 / echoes)).append("% packet loss, time ")
                .append((echoes - 1) * 1000L).append("ms\n");
        if (received > 0 && size >= 16) {
            out.append(String.format(Locale.ROOT, "rtt min/avg/max/mdev = %.3f/%.3f/%.3f/%.3f ms%n", e.rttMs(), e.rttMs(),
                    e.rttMs(), 0.0));
        } else {
            out.append('\n');
        }
        return new Answer(out.toString().replace("\r\n", "\n"), Outcome.OUTPUT);
    }

    /** iputils: whole milliseconds from 100, one decimal from 10, two from 1, else three. */
    private static String time(double ms) {
        if (ms >= 100) {
            return String.valueOf((long) ms);
        }
        return String.format(Locale.ROOT, ms >= 10 ? "%.1f" : ms >= 1 ? "%.2f" : "%.3f", ms);
    }

    /** printf's {@code %g}: 100, 20, 33.3333. */
    private static String percent(double p) {
        String g = String.format(Locale.ROOT, "%.6g", p);
        if (g.contains(".")) {
            g = g.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return g;
    }
}
