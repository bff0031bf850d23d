package org.labcanvas.model.show.host;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.labcanvas.model.show.ShowCommand.Answer;
import org.labcanvas.model.show.ShowCommand.Outcome;
import org.labcanvas.model.sim.Ipv6Path;
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
 * The console of a macOS or FreeBSD host: {@code ifconfig [IF]}, {@code netstat -rn -f inet6},
 * {@code ping6 [-c N] [-s SIZE] [-D] ADDR}, {@code traceroute6 [-n] ADDR}.
 *
 * <p>Formats follow the KAME-derived tools both systems ship: {@code ping6}'s heading
 * {@code PING6(56=40+8+8 bytes) SRC --> DST} (8 data bytes by default), replies
 * {@code 16 bytes from ADDR, icmp_seq=N hlim=H time=T ms} and the {@code ping6 statistics} summary
 * (ping6.c); {@code traceroute6}'s heading {@code traceroute6 to D (D) from S, 64 hops max, 12 byte
 * packets} and hop lines {@code %2d  NAME (ADDR)  T ms} (traceroute6.c); {@code netstat -rn}'s IPv6
 * table (see {@link #routes}); {@code ifconfig}'s tab-indented lines,
 * with macOS's trailing space after IPv6 lines. Round-trip times are not measured: 2 ms per hop each
 * way. Without {@code -c}, {@code ping6} stops after 5 echoes, as if interrupted. Unknown commands
 * get the shell's own words (zsh on macOS, sh on FreeBSD).
 */
final class BsdConsole {
    private static final int DEFAULT_ECHOES = 5;
    private static final int KAME_DATALEN = 8;

    private final NetworkState s;
    private final String device;
    private final boolean mac;

    BsdConsole(NetworkState s, String device) {
        this.s = s;
        this.device = device;
        this.mac = s.network().device(device).platform() == Platform.MACOS;
    }

    Answer run(List<String> words) {
        String cmd = words.get(0);
        List<String> args = words.subList(1, words.size());
        return switch (cmd) {
            case "ifconfig" -> ifconfig(args);
            case "netstat" -> netstat(args);
            case "ping6" -> ping6(args);
            case "traceroute6" -> traceroute6(args);
            default -> new Answer(mac ? "zsh: command not found: " + cmd + "\n" : cmd + ": not found\n", Outcome.IOS_ERROR);
        };
    }

    // ------------------------------------------------------------------ ifconfig

    private Answer ifconfig(List<String> args) {
        if (args.isEmpty()) {
            StringBuilder out = new StringBuilder();
            for (String name : interfaceNames()) {
                out.append(ifconfigOf(name));
            }
            return new Answer(out.toString(), Outcome.OUTPUT);
        }
        if (args.size() > 1 || args.get(0).startsWith("-")) {
            return HostConsole.notSimulated("ifconfig [INTERFACE]");
        }
        String name = args.get(0);
        if (!interfaceNames().contains(name)) {
            return new Answer("ifconfig: interface " + name + " does not exist\n", Outcome.IOS_ERROR);
        }
        return new Answer(ifconfigOf(name), Outcome.OUTPUT);
    }

    /** lo0 first, then the tunnels, then the rest (macOS: lo0 1, gif0 2, stf0 3, then Ethernets); FreeBSD: Ethernets first. */
    private List<String> interfaceNames() {
        List<String> names = new ArrayList<>();
        List<NetInterface> ifs = s.network().interfacesOf(device);
        if (mac) {
            names.add("lo0");
            ifs.stream().filter(NetInterface::isTunnel).forEach(i -> names.add(i.name()));
            ifs.stream().filter(i -> !i.isTunnel() && !i.name().equals("lo0")).forEach(i -> names.add(i.name()));
        } else {
            ifs.stream().filter(i -> !i.isTunnel() && !i.name().equals("lo0")).forEach(i -> names.add(i.name()));
            names.add("lo0");
            ifs.stream().filter(NetInterface::isTunnel).forEach(i -> names.add(i.name()));
        }
        return names;
    }

    private int index(String name) {
        return interfaceNames().indexOf(name) + 1;
    }

    private String ifconfigOf(String name) {
        if (name.equals("lo0")) {
            return loopback();
        }
        NetInterface i = s.network().find(device, name);
        boolean up = s.underlay().lineUp(i) || (i.isTunnel() && s.underlay().status(i).isUp());
        String end = mac ? " \n" : "\n";
        StringBuilder out = new StringBuilder();
        if (i.isTunnel()) {
            int flags = 0x8010 | (up ? 0x41 : 0) | (!mac && up ? 0x1000000 : 0);
            out.append(name).append(": flags=").append(Integer.toHexString(flags)).append('<')
                    .append(up ? "UP,POINTOPOINT,RUNNING,MULTICAST" : "POINTOPOINT,MULTICAST")
                    .append(!mac && up ? ",LOWER_UP" : "").append("> ").append(mac ? "" : "metric 0 ")
                    .append("mtu ").append(HostNetwork.mtu(i)).append('\n');
            if (!mac) {
                out.append("\toptions=80000<LINKSTATE>\n");
            }
            out.append("\ttunnel inet ").append(HostNetwork.tunnelLocal(s, i)).append(" --> ")
                    .append(HostNetwork.tunnelRemote(i)).append('\n');
            Ipv6Address ll = HostNetwork.linkLocalEui64(device);
            out.append("\tinet6 ").append(ll).append('%').append(name).append(" prefixlen 64 scopeid 0x")
                    .append(Integer.toHexString(index(name))).append(end);
            String peer = s.network().device(device).sixInFour() != null
                    && name.equals(s.network().device(device).sixInFour().tunnelInterface())
                    ? s.network().device(device).sixInFour().remoteIpv6() : null;
            for (Ipv6Interface a : i.ipv6()) {
                out.append("\tinet6 ").append(a.address());
                if (peer != null && a.subnet().length() == 128) {
                    out.append(" --> ").append(Ipv6Address.parse(peer).map(Object::toString).orElse(peer));
                }
                out.append(" prefixlen ").append(a.subnet().length()).append(end);
            }
            if (!mac) {
                out.append("\tgroups: gif\n");
            }
            out.append(mac ? "\tnd6 options=201<PERFORMNUD,DAD>\n" : "\tnd6 options=21<PERFORMNUD,AUTO_LINKLOCAL>\n");
            return out.toString();
        }
        int flags = up ? 0x8863 : 0x8822;
        out.append(name).append(": flags=").append(Integer.toHexString(flags)).append('<')
                .append(up ? (mac ? "UP,BROADCAST,SMART,RUNNING,SIMPLEX,MULTICAST" : "UP,BROADCAST,RUNNING,SIMPLEX,MULTICAST")
                        : "BROADCAST,SIMPLEX,MULTICAST")
                .append("> ").append(mac ? "" : "metric 0 ").append("mtu ").append(HostNetwork.mtu(i)).append('\n');
        out.append("\tether ").append(ether()).append(mac ? " \n" : "\n");
        if (i.hasAddress()) {
            String addr = publicAddressOf(i);
            int len = i.subnet().length();
            int a = Ipv4Prefix.address(addr).orElse(i.address());
            int bcast = a | ~Ipv4Prefix.mask(len);
            out.append("\tinet ").append(addr).append(" netmask 0x").append(String.format("%08x", Ipv4Prefix.mask(len)))
                    .append(" broadcast ").append(Ipv4Prefix.format(bcast)).append('\n');
        }
        for (Ipv6Interface a : i.ipv6()) {
            out.append("\tinet6 ").append(a.address()).append(" prefixlen ").append(a.subnet().length()).append(end);
        }
        out.append("\tmedia: autoselect").append(mac ? "" : " (1000baseT <full-duplex>)").append('\n');
        out.append("\tstatus: ").append(up ? "active" : "inactive").append('\n');
        return out.toString();
    }

    /** The interface's IPv4 address now: the public IPv4 the 6in4 process tracks when it is the tunnel's source. */
    private String publicAddressOf(NetInterface i) {
        for (NetInterface t : s.network().interfacesOf(device)) {
            if (HostNetwork.isSixInFour(t) && i.name().equals(t.config().tunnel().source())) {
                var st = HostNetwork.tunnel(s, t);
                if (st.isPresent()) {
                    return st.get().publicAddress();
                }
            }
        }
        return Ipv4Prefix.format(i.address());
    }

    /** The Ethernet address behind {@link HostNetwork#linkLocalEui64}, as ifconfig prints it. */
    private String ether() {
        long iid = HostNetwork.linkLocalEui64(device).low();
        return String.format(Locale.ROOT, "%02x:%02x:%02x:%02x:%02x:%02x", ((iid >>> 56) & 0xff) ^ 0x02,
                (iid >>> 48) & 0xff, (iid >>> 40) & 0xff, (iid >>> 16) & 0xff, (iid >>> 8) & 0xff, iid & 0xff);
    }

    private String loopback() {
        String end = mac ? " \n" : "\n";
        return "lo0: flags=8049<UP,LOOPBACK,RUNNING,MULTICAST> " + (mac ? "" : "metric 0 ") + "mtu 16384\n"
                + (mac ? "\toptions=1203<RXCSUM,TXCSUM,TXSTATUS,SW_TIMESTAMP>\n" : "\toptions=680003<RXCSUM,TXCSUM,LINKSTATE,RXCSUM_IPV6,TXCSUM_IPV6>\n")
                + "\tinet 127.0.0.1 netmask 0xff000000" + (mac ? "" : "") + "\n"
                + "\tinet6 ::1 prefixlen 128" + end
                + "\tinet6 fe80::1%lo0 prefixlen 64 scopeid 0x" + Integer.toHexString(index("lo0")) + end
                + (mac ? "" : "\tgroups: lo\n")
                + (mac ? "\tnd6 options=201<PERFORMNUD,DAD>\n" : "\tnd6 options=21<PERFORMNUD,AUTO_LINKLOCAL>\n");
    }

    // ------------------------------------------------------------------ netstat

    private Answer netstat(List<String> args) {
        boolean r = false;
        boolean n = false;
        String family = null;
        for (int k = 0; k < args.size(); k++) {
            String a = args.get(k);
            if (!a.startsWith("-") || a.length() < 2) {
                return HostConsole.notSimulated("netstat -rn -f inet6");
            }
            for (int c = 1; c < a.length(); c++) {
                char ch = a.charAt(c);
                if (ch == 'r') {
                    r = true;
                } else if (ch == 'n') {
                    n = true;
                } else if (ch == 'f' && c == a.length() - 1 && k + 1 < args.size()) {
                    family = args.get(++k);
                } else {
                    return HostConsole.notSimulated("netstat -rn -f inet6");
                }
            }
        }
        if (!r || !n || !"inet6".equals(family)) {
            return HostConsole.notSimulated("netstat -rn -f inet6");
        }
        return new Answer(routes(), Outcome.OUTPUT);
    }

    /** One line of the table; {@code scope} is the interface index KAME embeds in scoped addresses (it orders them). */
    private record Row(Ipv6Address key, int scope, int length, String dest, String gateway, String flags, String netif) {
        Ipv6Address sortKey() {
            return scope == 0 ? key : new Ipv6Address(key.high() | ((long) scope << 32), key.low());
        }
    }

    /**
     * The IPv6 routing table in the radix tree's order (by address, the interface index embedded in
     * link-local and interface-local ones, the longer mask first). macOS: flags {@code UGSc},
     * {@code UHL}, {@code UcI}, {@code UHLI}, {@code UmCI}, local addresses on {@code lo0}, columns 39
     * and 31 (network_cmds route.c). FreeBSD: the reject routes rc.d sets ({@code ::/96},
     * {@code ::ffff:0.0.0.0/96}, {@code fe80::/10}, {@code ff02::/16}, flags {@code URS}), flags
     * {@code UGS}, {@code UHS}, {@code U}, columns 33 and 29, no Expire value (FreeBSD route.c).
     */
    private String routes() {
        List<Row> rows = new ArrayList<>();
        int lo = index("lo0");
        String loLink = "link#" + lo;
        long fe80 = 0xfe80_0000_0000_0000L;
        rows.add(new Row(new Ipv6Address(0, 1), 0, 128, "::1", mac ? "::1" : loLink, mac ? "UHL" : "UHS", "lo0"));
        rows.add(new Row(new Ipv6Address(fe80, 0), lo, 64, "fe80::%lo0/64", mac ? "fe80::1%lo0" : loLink, mac ? "UcI" : "U", "lo0"));
        rows.add(new Row(new Ipv6Address(fe80, 1), lo, 128, "fe80::1%lo0", loLink, mac ? "UHLI" : "UHS", "lo0"));
        if (mac) {
            rows.add(new Row(new Ipv6Address(0xff01_0000_0000_0000L, 0), lo, 32, "ff01::%lo0/32", "::1", "UmCI", "lo0"));
            rows.add(new Row(new Ipv6Address(0xff02_0000_0000_0000L, 0), lo, 32, "ff02::%lo0/32", "::1", "UmCI", "lo0"));
        } else {
            rows.add(new Row(new Ipv6Address(0, 0), 0, 96, "::/96", "::1", "URS", "lo0"));
            rows.add(new Row(new Ipv6Address(0, 0xffff_0000_0000L), 0, 96, "::ffff:0.0.0.0/96", "::1", "URS", "lo0"));
            rows.add(new Row(new Ipv6Address(fe80, 0), 0, 10, "fe80::/10", "::1", "URS", "lo0"));
            rows.add(new Row(new Ipv6Address(0xff02_0000_0000_0000L, 0), 0, 16, "ff02::/16", "::1", "URS", "lo0"));
        }
        for (NetInterface i : s.network().interfacesOf(device)) {
            if (!s.underlay().usable6(i) && !(i.isTunnel() && s.underlay().status(i).isUp() && i.hasIpv6())) {
                continue;
            }
            int idx = index(i.name());
            String link = "link#" + idx;
            if (i.isTunnel()) {
                Ipv6Address ll = HostNetwork.linkLocalEui64(device);
                String llText = ll + "%" + i.name();
                rows.add(new Row(new Ipv6Address(fe80, 0), idx, 64, "fe80::%" + i.name() + "/64", mac ? llText : link,
                        mac ? "UcI" : "U", i.name()));
                rows.add(new Row(ll, idx, 128, llText, link, mac ? "UHLI" : "UHS", "lo0"));
                if (mac) {
                    rows.add(new Row(new Ipv6Address(0xff01_0000_0000_0000L, 0), idx, 32, "ff01::%" + i.name() + "/32",
                            llText, "UmCI", i.name()));
                    rows.add(new Row(new Ipv6Address(0xff02_0000_0000_0000L, 0), idx, 32, "ff02::%" + i.name() + "/32",
                            llText, "UmCI", i.name()));
                }
            }
            for (Ipv6Interface a : i.ipv6()) {
                if (a.subnet().length() < 128) {
                    rows.add(new Row(a.subnet().network(), 0, a.subnet().length(), a.subnet().toString(), link,
                            mac ? "UCS" : "U", i.name()));
                }
                rows.add(new Row(a.address(), 0, 128, a.address().toString(), link, mac ? "UHL" : "UHS", "lo0"));
            }
        }
        for (Route6 r : s.rib6(device).routes()) {
            NextHop6 h = r.nextHops().get(0);
            Ipv6Prefix p = r.prefix();
            boolean listed = rows.stream().anyMatch(x -> x.scope() == 0 && x.key().equals(p.network()) && x.length() == p.length());
            if (listed || r.source() == RouteSource.LOCAL) {
                continue;
            }
            String netif = h.iface() != null ? h.iface() : viaInterface(h.address());
            if (r.source() == RouteSource.CONNECTED && p.length() == 128) {
                // The far end of a point-to-point interface (ifconfig gif0 inet6 LOCAL REMOTE).
                NetInterface t = s.network().find(device, netif);
                String gw = mac && t != null && t.hasIpv6() ? t.ipv6().get(0).address().toString() : "link#" + index(netif);
                rows.add(new Row(p.network(), 0, 128, p.network().toString(), gw, "UH", netif));
                continue;
            }
            String dest = p.length() == 0 ? "default" : p.length() == 128 ? p.network().toString() : p.toString();
            String gw = h.address() != null ? h.address().toString() : "link#" + index(netif);
            String flags = "U" + (h.address() != null ? "G" : "") + (p.length() == 128 ? "H" : "") + "S" + (mac ? "c" : "");
            rows.add(new Row(p.network(), 0, p.length(), dest, gw, flags, netif));
        }
        rows.sort(Comparator.comparing(Row::sortKey).thenComparing(Row::length, Comparator.reverseOrder()));
        StringBuilder out = new StringBuilder("Routing tables\n\nInternet6:\n");
        if (mac) {
            out.append(String.format(Locale.ROOT, "%-39.39s %-31.31s %-10.10s %10.10s %6s%n", "Destination", "Gateway",
                    "Flags", "Netif", "Expire"));
            for (Row r : rows) {
                out.append(String.format(Locale.ROOT, "%-39s %-31s %-10.10s %10.10s %6s%n", r.dest(), r.gateway(), r.flags(),
                        r.netif(), ""));
            }
        } else {
            out.append(String.format(Locale.ROOT, "%-33.33s %-29.29s %-6.6s %8.8s %s%n", "Destination", "Gateway",
                    "Flags", "Netif", "Expire"));
            for (Row r : rows) {
                out.append(String.format(Locale.ROOT, "%-33s %-29s %-6.6s %8.8s", r.dest(), r.gateway(), r.flags(),
                        r.netif())).append('\n');
            }
        }
        return out.toString().replace("\r\n", "\n");
    }

    private String viaInterface(Ipv6Address nextHop) {
        if (nextHop == null) {
            return "";
        }
        return s.rib6(device).lookup(nextHop).map(r -> r.nextHops().get(0).iface()).orElse("");
    }

    // ------------------------------------------------------------------ ping6, traceroute6

    private Answer ping6(List<String> args) {
        int count = -1;
        int size = KAME_DATALEN;
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
            } else if (a.equals("-D")) {
                df = true;
            } else if (!a.startsWith("-") && target == null) {
                target = a;
            } else {
                return HostConsole.notSimulated("ping6 [-c COUNT] [-s SIZE] [-D] ADDRESS");
            }
        }
        if (target == null || count == 0 || count > 100_000 || size > 65_000) {
            return HostConsole.notSimulated("ping6 [-c COUNT] [-s SIZE] [-D] ADDRESS");
        }
        Optional<Ipv6Address> dest = Ipv6Address.parse(target);
        if (dest.isEmpty()) {
            return new Answer("ping6: " + (mac ? "nodename nor servname provided, or not known" : "Name does not resolve")
                    + "\n", Outcome.OUTPUT);
        }
        int echoes = count < 0 ? DEFAULT_ECHOES : count;
        HostNetwork.Echo e = HostNetwork.echo(s, device, dest.get(), size, df);
        if (e.kind() == HostNetwork.Echo.Kind.NO_ROUTE) {
            return new Answer("ping6: UDP connect: No route to host\n", Outcome.OUTPUT);
        }
        String d = dest.get().toString();
        StringBuilder out = new StringBuilder();
        out.append("PING6(").append(40 + 8 + size).append("=40+8+").append(size).append(" bytes) ")
                .append(e.source()).append(" --> ").append(d).append('\n');
        int received = 0;
        for (int seq = 0; seq < echoes; seq++) {
            if (e.kind() == HostNetwork.Echo.Kind.TOO_BIG) {
                out.append("ping6: sendmsg: Message too long\n");
                out.append("ping6: wrote ").append(d).append(' ').append(8 + size).append(" chars, ret=-1\n");
            } else if (e.kind() == HostNetwork.Echo.Kind.REPLY) {
                received++;
                out.append(8 + size).append(" bytes from ").append(d).append(", icmp_seq=").append(seq).append(" hlim=")
                        .append(e.hopLimit());
                if (size >= KAME_DATALEN) {
                    out.append(String.format(Locale.ROOT, " time=%.3f ms", e.rttMs()));
                }
                out.append('\n');
            }
        }
        out.append("\n--- ").append(d).append(" ping6 statistics ---\n");
        out.append(echoes).append(" packets transmitted, ").append(received).append(" packets received, ")
                .append(String.format(Locale.ROOT, "%.1f%% packet loss", (echoes - received) * 100.0 / echoes)).append('\n');
        if (received > 0 && size >= KAME_DATALEN) {
            out.append(String.format(Locale.ROOT, "round-trip min/avg/max/std-dev = %.3f/%.3f/%.3f/%.3f ms%n", e.rttMs(),
                    e.rttMs(), e.rttMs(), 0.0));
        }
        return new Answer(out.toString().replace("\r\n", "\n"), Outcome.OUTPUT);
    }

    private Answer traceroute6(List<String> args) {
        boolean numeric = false;
        String target = null;
        for (String a : args) {
            if (a.equals("-n")) {
                numeric = true;
            } else if (!a.startsWith("-") && target == null) {
                target = a;
            } else {
                return HostConsole.notSimulated("traceroute6 [-n] ADDRESS");
            }
        }
        if (target == null) {
            return HostConsole.notSimulated("traceroute6 [-n] ADDRESS");
        }
        Optional<Ipv6Address> dest = Ipv6Address.parse(target);
        if (dest.isEmpty()) {
            return new Answer("traceroute6: " + (mac ? "nodename nor servname provided, or not known" : "Name does not resolve")
                    + "\n", Outcome.OUTPUT);
        }
        Ipv6Path path = Ipv6Path.trace(s, device, dest.get());
        if (path.outcome() == Ipv6Path.Outcome.NO_ROUTE) {
            return new Answer("connect: No route to host\n", Outcome.OUTPUT);
        }
        StringBuilder out = new StringBuilder();
        String d = dest.get().toString();
        out.append("traceroute6 to ").append(d).append(" (").append(d).append(") from ").append(path.source())
                .append(", 64 hops max, 12 byte packets\n");
        int hop = 0;
        for (Ipv6Path.Hop h : path.hops()) {
            hop++;
            double ms = 2 * hop * HostNetwork.MS_PER_HOP;
            String a = h.address().toString();
            out.append(String.format(Locale.ROOT, "%2d ", hop)).append(numeric ? " " + a : " " + a + " (" + a + ")");
            for (int p = 0; p < 3; p++) {
                out.append(String.format(Locale.ROOT, "  %.3f ms", ms));
            }
            out.append('\n');
        }
        if (!path.delivered()) {
            for (int k = hop + 1; k <= 64; k++) {
                out.append(String.format(Locale.ROOT, "%2d  * * *", k)).append('\n');
            }
        }
        return new Answer(out.toString(), Outcome.OUTPUT);
    }
}
