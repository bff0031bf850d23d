package org.labcanvas.model.show;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.core.LogLine;
import org.labcanvas.model.sim.ospf.NbrState;
import org.labcanvas.model.sim.ospf.OspfIface;
import org.labcanvas.model.sim.ospf.OspfNbr;
import org.labcanvas.model.sim.ospf.OspfRoute;
import org.labcanvas.model.sim.ospf.OspfRouter;
import org.labcanvas.model.sim.rib.Rib;
import org.labcanvas.model.sim.rib.RibNextHop;
import org.labcanvas.model.sim.rib.Route;
import org.labcanvas.model.sim.rib.RouteSource;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.Platform;

/**
 * The commands an engineer types every day besides the protocol tables: {@code show clock},
 * {@code show logging}, {@code show arp}, {@code show ip protocols}, {@code show ip cef [A.B.C.D]}.
 *
 * <p>The router's clock: the designs carry no NTP or calendar setting, so the clock is unsynchronised
 * ({@code *} before the time, as IOS marks it) and reads {@code Mon Mar 1 1993} 00:00:00 UTC at the
 * start of the simulation, IOS's date without a calendar. Log messages carry IOS's default
 * {@code service timestamps log datetime msec} stamps on that clock.
 */
final class DailyViews {
    /** The router's clock at the simulation's start. */
    static final LocalDateTime EPOCH = LocalDateTime.of(1993, 3, 1, 0, 0);
    /** IOS's default logging buffer on these platforms. */
    static final int LOG_BUFFER_BYTES = 4096;

    private DailyViews() {}

    static void register(CommandTree t, NetworkState s, String device) {
        t.add("show clock", a -> clock(s));
        t.add("show logging", a -> logging(s, device));
        t.add("show arp", a -> arp(s, device));
        t.add("show ip arp", a -> arp(s, device));
        t.add("show ip protocols", a -> protocols(s, device));
        t.add("show ip cef", a -> cef(s, device));
        t.add("show ip cef " + CommandTree.ADDRESS, a -> cefEntry(s, device, a.get(0)));
    }

    private static String ip(int a) {
        return Ipv4Prefix.format(a);
    }

    private static boolean v12(NetworkState s, String device) {
        return s.network().device(device).platform() == Platform.IOS_12_4;
    }

    static LocalDateTime wallClock(long ms) {
        return EPOCH.plusNanos(ms * 1_000_000L);
    }

    /** {@code show clock}: {@code *00:05:00.000 UTC Mon Mar 1 1993}. */
    static String clock(NetworkState s) {
        LocalDateTime t = wallClock(s.now());
        return "*" + t.format(DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT)) + " UTC "
                + t.format(DateTimeFormatter.ofPattern("EEE MMM d yyyy", Locale.ROOT)) + "\n";
    }

    /** The clock at {@code ms} as IOS names a moment in {@code show version}: {@code 00:06:00 UTC Mon Mar 1 1993}. */
    static String clockText(long ms) {
        LocalDateTime t = wallClock(ms);
        return t.format(DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)) + " UTC "
                + t.format(DateTimeFormatter.ofPattern("EEE MMM d yyyy", Locale.ROOT));
    }

    /** A log stamp: {@code *Mar  1 00:05:00.000}. */
    static String stamp(long ms) {
        LocalDateTime t = wallClock(ms);
        return "*" + t.format(DateTimeFormatter.ofPattern("MMM", Locale.ROOT)) + String.format(" %2d ", t.getDayOfMonth())
                + t.format(DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT));
    }

    /**
     * {@code show logging}: the settings IOS prints by default, then the buffer: the messages the
     * device logged since it last booted (a reload or power cycle empties the buffer), the oldest
     * dropped once they no longer fit in 4096 bytes. The 15.x head follows the ntc-templates fixture
     * {@code tests/cisco_ios/show_logging/cisco_ios_show_logging_1.raw}; the 12.4 head, without the
     * message discriminator and file logging lines, is written from 12.4 outputs seen, not from a
     * kept capture.
     */
    static String logging(NetworkState s, String device) {
        boolean v12 = v12(s, device);
        long boot = s.bootedAt(device);
        List<String> buffer = new ArrayList<>();
        for (LogLine l : s.logOf(device)) {
            if (l.millis() >= boot) {
                buffer.add(stamp(l.millis()) + ": " + l.message());
            }
        }
        int count = buffer.size();
        int bytes = 0;
        int first = buffer.size();
        while (first > 0 && bytes + buffer.get(first - 1).length() + 1 <= LOG_BUFFER_BYTES) {
            first--;
            bytes += buffer.get(first).length() + 1;
        }
        StringBuilder out = new StringBuilder();
        if (v12) {
            out.append("Syslog logging: enabled (0 messages dropped, 0 messages rate-limited,\n");
            out.append("                0 flushes, 0 overruns, xml disabled, filtering disabled)\n");
        } else {
            out.append("Syslog logging: enabled (0 messages dropped, 0 messages rate-limited, 0 flushes, 0 overruns, "
                    + "xml disabled, filtering disabled)\n\n");
            out.append("No Active Message Discriminator.\n\n\n\n");
            out.append("No Inactive Message Discriminator.\n\n\n");
        }
        out.append("    Console logging: level debugging, ").append(count).append(" messages logged, xml disabled,\n");
        out.append("                     filtering disabled\n");
        out.append("    Monitor logging: level debugging, 0 messages logged, xml disabled,\n");
        out.append("                     filtering disabled\n");
        out.append(v12 ? "    Buffer logging: level debugging, " : "    Buffer logging:  level debugging, ")
                .append(count).append(" messages logged, xml disabled,\n");
        out.append("                    filtering disabled\n");
        out.append(v12 ? "    Logging Exception size (4096 bytes)\n" : "    Exception Logging: size (4096 bytes)\n");
        out.append("    Count and timestamp logging messages: disabled\n");
        if (!v12) {
            out.append("    File logging: disabled\n");
        }
        out.append("    Persistent logging: disabled\n\n");
        out.append("No active filter modules.\n\n");
        out.append("    Trap logging: level informational, ").append(count).append(" message lines logged\n");
        if (!v12) {
            out.append("        Logging Source-Interface:       VRF Name:\n");
        }
        out.append("\nLog Buffer (").append(LOG_BUFFER_BYTES).append(" bytes):\n");
        for (String line : buffer.subList(first, buffer.size())) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ ARP

    /** An ARP entry: who, its MAC, since when it is known (-1: the router's own address), on which interface. */
    private record ArpEntry(int address, String mac, long since, NetInterface iface) {}

    /**
     * The ARP table: the router's own addresses on Ethernet interfaces that are up ({@code -}
     * age), and the neighbors it exchanges packets with on them: OSPF neighbors, next hops of its
     * routes (the default gateway carries the tunnels' traffic), each learned when both ends were up
     * and refreshed every 4 hours (the age counts minutes since). A neighbor address nobody in the
     * design owns (the Internet cloud's gateway) gets a MAC derived from its address.
     */
    private static List<ArpEntry> arpEntries(NetworkState s, String device) {
        Map<Integer, ArpEntry> out = new TreeMap<>(Integer::compareUnsigned);
        Rib rib = s.rib(device);
        long boot = s.bootedAt(device);
        for (NetInterface i : s.network().interfacesOf(device)) {
            if (i.isTunnel() || i.isLoopback() || !i.hasAddress() || !s.underlay().lineUp(i)) {
                continue;
            }
            out.put(i.address(), new ArpEntry(i.address(), InterfaceViews.mac(i), -1, i));
            List<Integer> neighbors = new ArrayList<>();
            for (Route r : rib.routes()) {
                for (RibNextHop h : r.nextHops()) {
                    if (h.address() != 0 && i.subnet().contains(h.address()) && h.address() != i.address()) {
                        neighbors.add(h.address());
                    }
                }
            }
            OspfRouter or = s.ospf().router(device);
            if (or != null) {
                for (OspfIface oi : or.interfaces()) {
                    if (oi.net() == i) {
                        for (OspfNbr n : oi.neighbors()) {
                            if (n.state() != NbrState.DOWN) {
                                neighbors.add(n.remote().net().address());
                            }
                        }
                    }
                }
            }
            for (int a : neighbors) {
                NetInterface owner = s.network().owners(a).stream().filter(o -> !o.isTunnel()).findFirst().orElse(null);
                long since = boot;
                if (owner != null && s.deviceUp(owner.device())) {
                    since = Math.max(since, s.bootedAt(owner.device()));
                }
                String mac = owner != null ? InterfaceViews.mac(owner) : derivedMac(a);
                out.putIfAbsent(a, new ArpEntry(a, mac, since, i));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static String derivedMac(int address) {
        return String.format("ca%02x.%04x.%04x", (address >>> 24) & 0xff, (address >>> 8) & 0xffff,
                ((address & 0xff) << 8) | 0x1c);
    }

    /** {@code show arp}, in the layout of the ntc-templates fixture {@code tests/cisco_ios/show_arp}. */
    static String arp(NetworkState s, String device) {
        StringBuilder out = new StringBuilder("Protocol  Address          Age (min)  Hardware Addr   Type   Interface\n");
        for (ArpEntry e : arpEntries(s, device)) {
            String age = e.since() < 0 ? "-" : String.valueOf(((s.now() - e.since()) / 60_000) % 240);
            out.append(String.format("Internet  %-15s %9s   %-14s  ARPA   %s%n", ip(e.address()), age, e.mac(),
                    e.iface().name()));
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ show ip protocols

    /**
     * {@code show ip protocols} for the OSPF process: its networks in configuration order, and as
     * routing information sources the routers whose LSAs its routes come from, with the age of
     * the newest route each gave. 15.x heads it with the NSF line.
     */
    static String protocols(NetworkState s, String device) {
        OspfRouter r = s.ospf().router(device);
        Device d = s.network().device(device);
        if (r == null || d.ospf() == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        if (!v12(s, device)) {
            out.append("*** IP Routing is NSF aware ***\n\n");
        }
        out.append("Routing Protocol is \"ospf ").append(r.processId()).append("\"\n");
        out.append("  Outgoing update filter list for all interfaces is not set\n");
        out.append("  Incoming update filter list for all interfaces is not set\n");
        out.append("  Router ID ").append(ip(r.routerId())).append('\n');
        long areas = r.interfaces().stream().map(OspfIface::area).distinct().count();
        if (r.interfaces().stream().map(OspfIface::area).distinct().count() > 1) {
            out.append("  It is an area border router\n");
        }
        out.append("  Number of areas in this router is ").append(areas).append(". ").append(areas)
                .append(" normal 0 stub 0 nssa\n");
        out.append("  Maximum path: 4\n");
        out.append("  Routing for Networks:\n");
        for (OspfNetwork n : d.ospf().networks()) {
            out.append("    ").append(n.address()).append(' ').append(n.wildcard()).append(" area ").append(n.area())
                    .append('\n');
        }
        out.append("  Reference bandwidth unit is ").append(d.ospf().effectiveReferenceBandwidthMbps()).append(" mbps\n");
        out.append("  Routing Information Sources:\n");
        out.append("    Gateway         Distance      Last Update\n");
        Map<Integer, Long> sources = new TreeMap<>(Integer::compareUnsigned);
        for (OspfRoute route : s.ospf().ospfRoutes(device).values()) {
            sources.merge(route.advertisingRouter(), route.since(), Math::max);
        }
        for (Map.Entry<Integer, Long> e : sources.entrySet()) {
            out.append(String.format("    %-15s %8d      %s%n", ip(e.getKey()), 110,
                    org.labcanvas.model.sim.core.SimTime.iosAge(java.time.Duration.ofMillis(s.now() - e.getValue()))));
        }
        out.append("  Distance: (default is 110)\n\n");
        return out.toString();
    }

    // ------------------------------------------------------------------ CEF

    private record CefLine(Ipv4Prefix prefix, String nextHop, String iface) {}

    private static List<CefLine> cefTable(NetworkState s, String device) {
        List<CefLine> lines = new ArrayList<>();
        Rib rib = s.rib(device);
        lines.add(new CefLine(Ipv4Prefix.of(0, 8), "drop", null));
        lines.add(new CefLine(Ipv4Prefix.of(0, 32), "receive", null));
        if (!v12(s, device)) {
            lines.add(new CefLine(Ipv4Prefix.of(127 << 24, 8), "drop", null));
        }
        lines.add(new CefLine(Ipv4Prefix.of(224 << 24, 4), "drop", null));
        lines.add(new CefLine(Ipv4Prefix.of(224 << 24, 24), "receive", null));
        lines.add(new CefLine(Ipv4Prefix.of(240 << 24, 4), "drop", null));
        lines.add(new CefLine(Ipv4Prefix.of(-1, 32), "receive", null));
        for (Route r : rib.routes()) {
            if (r.source() == RouteSource.LOCAL) {
                continue;
            }
            if (r.source() == RouteSource.CONNECTED) {
                String ifName = r.nextHops().get(0).iface();
                NetInterface i = s.network().find(device, ifName);
                if (r.prefix().length() == 32) {
                    lines.add(new CefLine(r.prefix(), "receive", ifName));
                    continue;
                }
                lines.add(new CefLine(r.prefix(), "attached", ifName));
                lines.add(new CefLine(Ipv4Prefix.of(r.prefix().network(), 32), "receive", ifName));
                if (i != null && i.hasAddress()) {
                    lines.add(new CefLine(Ipv4Prefix.of(i.address(), 32), "receive", ifName));
                }
                lines.add(new CefLine(Ipv4Prefix.of(r.prefix().network() | ~r.prefix().maskInt(), 32), "receive", ifName));
                continue;
            }
            for (RibNextHop h : r.nextHops()) {
                String out = h.iface() != null ? h.iface() : rib.lookup(h.address())
                        .map(v -> v.nextHops().get(0).iface()).orElse(null);
                lines.add(new CefLine(r.prefix(), h.address() == 0 ? "attached" : ip(h.address()), out));
            }
        }
        for (ArpEntry e : arpEntries(s, device)) {
            if (e.since() >= 0) {
                lines.add(new CefLine(Ipv4Prefix.of(e.address(), 32), "attached", e.iface().name()));
            }
        }
        // Sorted by prefix, then by length; equal-cost next hops stay in route order.
        List<CefLine> sorted = new ArrayList<>(lines);
        sorted.sort((a, b) -> a.prefix().compareTo(b.prefix()));
        List<CefLine> unique = new ArrayList<>();
        for (CefLine l : sorted) {
            if (!unique.contains(l)) {
                unique.add(l);
            }
        }
        return unique;
    }

    /** {@code show ip cef}, as in the ntc-templates fixtures {@code tests/cisco_ios/show_ip_cef/show_ip_cef_c2800_v1.raw}. */
    static String cef(NetworkState s, String device) {
        StringBuilder out = new StringBuilder("Prefix               Next Hop             Interface\n");
        Ipv4Prefix previous = null;
        for (CefLine l : cefTable(s, device)) {
            String p = l.prefix().equals(previous) ? "" : l.prefix().toString();
            out.append(l.iface() == null ? String.format("%-20s %s%n", p, l.nextHop())
                    : String.format("%-20s %-20s %s%n", p, l.nextHop(), l.iface()));
            previous = l.prefix();
        }
        return out.toString();
    }

    /**
     * {@code show ip cef A.B.C.D}: the longest match. 15.x prints the prefix and a {@code nexthop}
     * (or {@code attached to}) line per path; 12.4 the older form with {@code via} and the cached
     * adjacency (written from 12.4 outputs seen, not from a kept capture).
     */
    static String cefEntry(NetworkState s, String device, String addressText) {
        int a = Ipv4Prefix.address(addressText).orElse(0);
        CefLine best = null;
        List<CefLine> paths = new ArrayList<>();
        for (CefLine l : cefTable(s, device)) {
            if (l.prefix().contains(a) && (best == null || l.prefix().length() > best.prefix().length())) {
                best = l;
                paths.clear();
            }
            if (best != null && l.prefix().equals(best.prefix())) {
                paths.add(l);
            }
        }
        if (best == null) {
            return "";
        }
        boolean v12 = v12(s, device);
        StringBuilder out = new StringBuilder();
        if (v12) {
            out.append(best.prefix()).append(", version ").append(cefTable(s, device).indexOf(best) + 1)
                    .append(", epoch 0");
            CefLine first = paths.get(0);
            if (first.nextHop().matches("[0-9.]+")) {
                out.append(", cached adjacency ").append(first.nextHop());
            }
            out.append('\n').append("0 packets, 0 bytes\n");
            for (CefLine p : paths) {
                if (p.nextHop().equals("attached")) {
                    out.append("  via ").append(p.iface()).append(", 0 dependencies\n");
                    out.append("    valid glean adjacency\n");
                } else if (p.nextHop().equals("receive") || p.nextHop().equals("drop")) {
                    out.append("  ").append(p.nextHop()).append(p.iface() == null ? "" : " for " + p.iface()).append('\n');
                } else {
                    out.append("  via ").append(p.nextHop()).append(", ").append(p.iface()).append(", 0 dependencies\n");
                    out.append("    next hop ").append(p.nextHop()).append(", ").append(p.iface()).append('\n');
                    out.append("    valid cached adjacency\n");
                }
            }
            return out.toString();
        }
        out.append(best.prefix()).append('\n');
        for (CefLine p : paths) {
            switch (p.nextHop()) {
                case "attached" -> out.append("  attached to ").append(p.iface()).append('\n');
                case "receive" -> out.append("  receive").append(p.iface() == null ? "" : " for " + p.iface()).append('\n');
                case "drop" -> out.append("  discard\n");
                default -> out.append("  nexthop ").append(p.nextHop()).append(' ').append(p.iface()).append('\n');
            }
        }
        return out.toString();
    }
}
