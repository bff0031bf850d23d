package org.labcanvas.model.show;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.sim.nhrp.NhrpEntry;
import org.labcanvas.model.sim.nhrp.NhrpInterface;
import org.labcanvas.model.sim.nhrp.NhrpTraffic;
import org.labcanvas.model.sim.nhrp.NhsClient;
import org.labcanvas.model.sim.nhrp.NhsState;
import org.labcanvas.model.sim.ospf.NbrState;
import org.labcanvas.model.sim.ospf.OspfIface;
import org.labcanvas.model.sim.ospf.OspfNbr;
import org.labcanvas.model.sim.ospf.OspfRouter;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.Platform;

/**
 * {@code show ip nhrp [brief|detail]}, {@code show ip nhrp nhs [detail]}, {@code show ip nhrp traffic},
 * {@code show ip nhrp summary}, {@code show dmvpn [detail]}.
 *
 * <p>12.4 prints a cache entry on two lines after the head line ({@code 10.10.10.2/32 via 10.10.10.2, Tunnel0
 * created 00:04:12, expire 01:55:47}); 15.x moves the interface and timers to their own line. The
 * {@code show dmvpn} table layout is the one of the ntc-templates fixture
 * {@code tests/cisco_ios/show_dmvpn/cisco_ios_show_dmvpn.raw} ({@code %6d %-15s %15s %5s %8s %5s}).
 * Flags: dynamic entries on a server are {@code unique registered} (no {@code unique} with
 * {@code ip nhrp registration no-unique}), {@code authoritative} first on 12.4, plus {@code used}
 * while data goes through them (see {@link #flags}); 15.x adds {@code nhop} (the entry is a next hop).
 */
public final class NhrpViews {
    private NhrpViews() {}

    static void register(CommandTree t, NetworkState s, String device) {
        t.known("show ip nhrp", "brief", "detail", "nhs", "traffic", "summary", "multicast", "redirect", "shortcut",
                "purge", "group", "cache", "stats", "static", "dynamic", "incomplete", "interface");
        t.known("show dmvpn", "detail", "interface", "peer", "static");
        t.add("show ip nhrp", a -> cache(s, device, false));
        t.add("show ip nhrp " + CommandTree.ADDRESS, a -> cache(s, device, false, Ipv4Prefix.address(a.get(0)).orElse(0)));
        t.add("show ip nhrp multicast", a -> multicast(s, device));
        t.add("show ip nhrp detail", a -> cache(s, device, true));
        t.add("show ip nhrp brief", a -> brief(s, device));
        t.add("show ip nhrp nhs", a -> nhs(s, device, false));
        t.add("show ip nhrp nhs detail", a -> nhs(s, device, true));
        t.add("show ip nhrp traffic", a -> traffic(s, device));
        t.add("show ip nhrp summary", a -> summary(s, device));
        t.add("show dmvpn", a -> dmvpn(s, device, false));
        t.add("show dmvpn detail", a -> dmvpn(s, device, true));
    }

    private static boolean v12(NetworkState s, String device) {
        return s.network().device(device).platform() == Platform.IOS_12_4;
    }

    private static String ip(int a) {
        return Ipv4Prefix.format(a);
    }

    private static String age(long ms) {
        return SimTime.iosAge(Duration.ofMillis(Math.max(0, ms)));
    }

    private static List<NhrpEntry> entries(NetworkState s, NhrpInterface n) {
        List<NhrpEntry> out = new ArrayList<>();
        for (NhrpEntry e : n.cache().values()) {
            if (e.validAt(s.now())) {
                out.add(e);
            }
        }
        return out;
    }

    /** An entry's type as {@code show ip nhrp} words it: {@code static}, {@code dynamic} or {@code incomplete}. */
    public static String typeWord(NhrpEntry.Type type) {
        return switch (type) {
            case STATIC -> "static";
            case DYNAMIC -> "dynamic";
            case INCOMPLETE -> "incomplete";
        };
    }

    /** The flags {@code show ip nhrp} prints for entry {@code e} of {@code n} now, in its words and order. */
    public static String flagsOf(NetworkState s, NhrpInterface n, NhrpEntry e) {
        return flags(s, n, e, v12(s, n.tunnel().device()));
    }

    /**
     * Flags as printed. {@code used}: the entry forwarded data within the last 60 s (a script's
     * ping through it), or OSPF unicasts its hellos to the neighbor behind it (non-broadcast hellos
     * every 10 or 30 s keep it set while the neighbor is up). 12.4 prints {@code authoritative} on
     * static entries and on entries a server learned from a registration ({@code Type: static,
     * Flags: authoritative}, {@code Type: dynamic, Flags: authoritative unique registered}); the 15.x
     * captures print it on neither ({@code unique registered used nhop}), and add {@code nhop}.
     */
    private static String flags(NetworkState s, NhrpInterface n, NhrpEntry e, boolean v12) {
        Set<String> f = new TreeSet<>(e.flags());
        if (e.usedAt(s.now()) || trafficTo(s, n.tunnel(), e.protocol())) {
            f.add("used");
        }
        if (v12 && (e.type() == NhrpEntry.Type.STATIC || f.contains("registered"))) {
            f.add("authoritative");
        }
        List<String> ordered = new ArrayList<>();
        for (String k : List.of("router", "authoritative", "implicit", "unique", "registered", "used", "negative")) {
            if (f.contains(k)) {
                ordered.add(k);
            }
        }
        if (!v12 && e.type() == NhrpEntry.Type.DYNAMIC && !f.contains("router")) {
            ordered.add("nhop");
        }
        return String.join(" ", ordered);
    }

    private static boolean trafficTo(NetworkState s, NetInterface tunnel, int address) {
        OspfRouter r = s.ospf().router(tunnel.device());
        if (r == null) {
            return false;
        }
        for (OspfIface oi : r.interfaces()) {
            if (oi.net() == tunnel) {
                for (OspfNbr n : oi.neighbors()) {
                    if (n.remote().net().address() == address && n.state() != NbrState.DOWN) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static String cache(NetworkState s, String device, boolean detail) {
        return cache(s, device, detail, null);
    }

    /** The cache, or with {@code only} the entry for that protocol address ({@code show ip nhrp A.B.C.D}). */
    static String cache(NetworkState s, String device, boolean detail, Integer only) {
        boolean v12 = v12(s, device);
        StringBuilder out = new StringBuilder();
        for (NhrpInterface n : s.nhrp().onDevice(device)) {
            for (NhrpEntry e : entries(s, n)) {
                if (only != null && e.protocol() != only) {
                    continue;
                }
                String created = age(s.now() - e.created());
                String expire = e.expires() == Long.MAX_VALUE ? "never expire " : "expire " + age(e.expires() - s.now());
                String type = typeWord(e.type());
                if (e.type() == NhrpEntry.Type.INCOMPLETE) {
                    String indent = v12 ? "  " : "   ";
                    // Cisco IOS IP Addressing command reference, show ip nhrp detail example:
                    // "10.1.1.4, Tunnel1 created 00:00:07, expire 00:02:57 / Type: incomplete, Flags: negative / Cache hits: 4"
                    out.append(ip(e.protocol())).append(", ").append(n.tunnel().name()).append(" created ")
                            .append(created).append(", ").append(expire).append('\n');
                    out.append(indent).append("Type: incomplete, Flags: negative \n");
                    out.append(indent).append("Cache hits: 1\n");
                    continue;
                }
                if (v12) {
                    out.append(ip(e.protocol())).append("/32 via ").append(ip(e.protocol())).append(", ")
                            .append(n.tunnel().name()).append(" created ").append(created).append(", ")
                            .append(expire).append('\n');
                } else {
                    out.append(ip(e.protocol())).append("/32 via ").append(ip(e.protocol())).append('\n');
                    out.append("   ").append(n.tunnel().name()).append(" created ").append(created).append(", ")
                            .append(expire).append('\n');
                }
                String indent = v12 ? "  " : "   ";
                // IOS prints each flag followed by a space: "Flags: used " but "Flags: " with none.
                String flags = flags(s, n, e, v12);
                out.append(indent).append("Type: ").append(type).append(", Flags: ")
                        .append(flags.isEmpty() ? "" : flags + " ").append('\n');
                out.append(indent).append("NBMA address: ").append(ip(e.nbma())).append(" \n");
                // An IOS 15.4 hub's "show ip nhrp detail" prints no Requester line under registered entries
                // ("Type: dynamic, Flags: unique registered used nhop" / "NBMA address: ..." only).
                boolean registered = e.flags().contains("registered");
                if (detail && e.type() == NhrpEntry.Type.DYNAMIC && (v12 || !registered)) {
                    out.append(indent).append("Requester: ").append(ip(e.protocol())).append(" Request ID: ")
                            .append(requestId(e)).append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * {@code show ip nhrp multicast}: where the tunnel replicates multicast (OSPF hellos on broadcast
     * networks): each {@code ip nhrp map multicast} address ({@code static}) and, with
     * {@code ip nhrp map multicast dynamic}, the NBMA address of every client registered now
     * ({@code dynamic}). 12.4 layout as seen in 12.4 outputs; 15.x adds the {@code (Enabled)} column.
     * Neither is confirmed by a kept capture.
     */
    static String multicast(NetworkState s, String device) {
        boolean v12 = v12(s, device);
        StringBuilder out = new StringBuilder(v12 ? "  I/F     NBMA address\n" : "  I/F                NBMA address\n");
        for (NhrpInterface n : s.nhrp().onDevice(device)) {
            List<String> rows = new ArrayList<>();
            for (String m : n.settings().mapMulticast()) {
                if (m.equals(org.labcanvas.model.topology.NhrpSettings.MULTICAST_DYNAMIC)) {
                    for (NhrpEntry e : entries(s, n)) {
                        if (e.type() == NhrpEntry.Type.DYNAMIC && e.flags().contains("registered")) {
                            rows.add(row(n, ip(e.nbma()), "dynamic", v12));
                        }
                    }
                } else {
                    rows.add(row(n, m, "static", v12));
                }
            }
            rows.forEach(out::append);
        }
        return out.toString();
    }

    private static String row(NhrpInterface n, String nbma, String kind, boolean v12) {
        return v12 ? String.format("%-10s %-16s Flags: %s%n", n.tunnel().name(), nbma, kind)
                : String.format("%-20s %-16s Flags: %-16s (Enabled)%n", n.tunnel().name(), nbma, kind);
    }

    /** A stable request id: registrations number from 1 per spoke; shown for the first one. */
    private static int requestId(NhrpEntry e) {
        return 1;
    }

    static String brief(NetworkState s, String device) {
        boolean v12 = v12(s, device);
        StringBuilder out = new StringBuilder();
        if (v12) {
            out.append("   Target             Via            NBMA           Mode   Intfc   Claimed\n");
            for (NhrpInterface n : s.nhrp().onDevice(device)) {
                for (NhrpEntry e : entries(s, n)) {
                    out.append(String.format("%18s %-14s %-14s %-6s %-7s <   >%n", ip(e.protocol()) + "/32",
                            ip(e.protocol()), ip(e.nbma()), e.type() == NhrpEntry.Type.STATIC ? "static" : "dynamic",
                            InterfaceNames.shortName(n.tunnel().name())));
                }
            }
            return out.toString();
        }
        out.append("****************************************************************************\n");
        out.append("    NOTE: Link-Local, No-socket and Incomplete entries are not displayed\n");
        out.append("****************************************************************************\n");
        out.append("Legend: Type --> S - Static, D - Dynamic\n");
        out.append("        Flags --> u - unique, r - registered, e - temporary, c - claimed\n");
        out.append("        a - authoritative, t - route\n");
        out.append("============================================================================\n\n");
        out.append("Intf     NextHop Address                                    NBMA Address\n");
        out.append("         Target Network                              T/Flag\n");
        out.append("-------- --------------------------------------------- ---- -----------------\n");
        for (NhrpInterface n : s.nhrp().onDevice(device)) {
            for (NhrpEntry e : entries(s, n)) {
                String flag = (e.flags().contains("unique") ? "u" : "") + (e.flags().contains("registered") ? "r" : "");
                String t = e.type() == NhrpEntry.Type.STATIC ? "S" : "D";
                out.append(String.format("%-8s %-50s %s%n", InterfaceNames.shortName(n.tunnel().name()),
                        ip(e.protocol()), ip(e.nbma())));
                out.append(String.format("         %-45s %s%n", ip(e.protocol()) + "/32",
                        t + (flag.isEmpty() ? "" : "/" + flag)));
            }
        }
        return out.toString();
    }

    /**
     * The NHS letters. 12.4's legend has only E and R: a server that stopped answering is expecting
     * replies again ({@code E}); 15.x shows it waiting ({@code W}) between retries.
     */
    private static String letters(NhsClient c, boolean v12) {
        if (c.state() == NhsState.R) {
            return "RE";
        }
        return v12 ? "E" : c.state().name();
    }

    static String nhs(NetworkState s, String device, boolean detail) {
        boolean v12 = v12(s, device);
        // 12.4 puts each legend item on a line of its own; 15.x prints them on one line with W.
        StringBuilder out = new StringBuilder(v12 ? "Legend:\nE=Expecting replies\nR=Responding\n"
                : "Legend: E=Expecting replies, R=Responding, W=Waiting\n");
        for (NhrpInterface n : s.nhrp().onDevice(device)) {
            if (n.clients().isEmpty()) {
                continue;
            }
            out.append(n.tunnel().name()).append(":\n");
            for (NhsClient c : n.clients()) {
                if (v12) {
                    out.append(String.format("%-16s %s", ip(c.nhsAddress()), letters(c, true)));
                } else {
                    // With this legend (no "D=Dynamic"), 15.x prints "172.16.123.1  RE priority = 0 cluster = 0
                    // req-sent 3  req-failed 0  repl-recv 3 (00:02:25 ago)"; the "NBMA Address:" column comes
                    // with the later legend "E=Expecting replies, R=Responding, W=Waiting, D=Dynamic".
                    out.append(ip(c.nhsAddress())).append("  ").append(letters(c, false)).append(" priority = 0 cluster = 0");
                }
                if (detail) {
                    long failed = c.requestsSent() - c.repliesReceived();
                    out.append("  req-sent ").append(c.requestsSent()).append("  req-failed ").append(failed)
                            .append("  repl-recv ").append(c.repliesReceived());
                    if (c.lastReply() >= 0) {
                        out.append(" (").append(age(s.now() - c.lastReply())).append(" ago)");
                    }
                }
                out.append('\n');
            }
        }
        if (detail) {
            out.append("\nPending Registration Requests:\n");
            for (NhrpInterface n : s.nhrp().onDevice(device)) {
                for (NhsClient c : n.clients()) {
                    if (!c.up() && c.requestsSent() > 0) {
                        out.append("Registration Request: Reqid ").append(c.requestsSent()).append(", Ret ")
                                .append(64).append("  NHS ").append(ip(c.nhsAddress())).append(" expired (")
                                .append(InterfaceNames.shortName(n.tunnel().name())).append(")\n");
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * 12.4 heads each interface with its name alone and counts no Traffic Indication (a 15.x packet
     * type); the {@code Max-send limit} head and the Traffic Indication and Redirect Suppress counters
     * are 15.x's.
     */
    static String traffic(NetworkState s, String device) {
        boolean v12 = v12(s, device);
        StringBuilder out = new StringBuilder();
        for (NhrpInterface n : s.nhrp().onDevice(device)) {
            NhrpTraffic t = n.traffic();
            if (v12) {
                out.append(n.tunnel().name()).append('\n');
            } else {
                // 100Pkts/10Sec on 15.4 (captures of "show ip nhrp traffic" on IOS 15.4 hubs).
                out.append(n.tunnel().name()).append(": Max-send limit:100Pkts/10Sec, Usage:0%\n");
            }
            String last = v12 ? " Error Indication  \n" : " Error Indication  0 Traffic Indication  0 Redirect Suppress  \n";
            out.append("   Sent: Total ").append(t.sentTotal()).append('\n');
            out.append("         ").append(t.sentResolutionRequest()).append(" Resolution Request  ")
                    .append(t.sentResolutionReply()).append(" Resolution Reply  ")
                    .append(t.sentRegistrationRequest()).append(" Registration Request  \n");
            out.append("         ").append(t.sentRegistrationReply()).append(" Registration Reply  0 Purge Request  0 Purge Reply  \n");
            out.append("         ").append(t.sentErrorIndication()).append(last);
            out.append("   Rcvd: Total ").append(t.recvTotal()).append('\n');
            out.append("         ").append(t.recvResolutionRequest()).append(" Resolution Request  ")
                    .append(t.recvResolutionReply()).append(" Resolution Reply  ")
                    .append(t.recvRegistrationRequest()).append(" Registration Request  \n");
            out.append("         ").append(t.recvRegistrationReply()).append(" Registration Reply  0 Purge Request  0 Purge Reply  \n");
            out.append("         ").append(t.recvErrorIndication()).append(last);
        }
        return out.toString();
    }

    /** Entry sizes are not documented; 256 bytes per entry is a guess of the right order. */
    static String summary(NetworkState s, String device) {
        int stat = 0;
        int dyn = 0;
        int incomplete = 0;
        for (NhrpInterface n : s.nhrp().onDevice(device)) {
            for (NhrpEntry e : entries(s, n)) {
                switch (e.type()) {
                    case STATIC -> stat++;
                    case DYNAMIC -> dyn++;
                    case INCOMPLETE -> incomplete++;
                }
            }
        }
        int total = stat + dyn + incomplete;
        return "IP NHRP cache " + total + (total == 1 ? " entry, " : " entries, ") + (256 * total) + " bytes\n"
                + "    " + stat + " static  " + dyn + " dynamic  " + incomplete + " incomplete\n";
    }

    static String dmvpn(NetworkState s, String device, boolean detail) {
        boolean v12 = v12(s, device);
        StringBuilder out = new StringBuilder();
        if (v12) {
            // 12.4T spells it "Incompletea", right-aligns the NBMA address and puts the attribute one space after
            // the time ("     1         1.1.1.1     192.168.1.1    UP 00:03:08 S"), as in 12.4T captures of
            // show dmvpn on phase 2 spokes ("Tunnel0, Type:Spoke, NHRP Peers:2,").
            out.append("Legend: Attrb --> S - Static, D - Dynamic, I - Incompletea\n");
            out.append("        N - NATed, L - Local, X - No Socket\n");
            out.append("        # Ent --> Number of NHRP entries with same NBMA peer\n\n");
        } else {
            out.append("Legend: Attrb --> S - Static, D - Dynamic, I - Incomplete\n");
            out.append("        N - NATed, L - Local, X - No Socket\n");
            // IOS 15.4 prints no "T1 - Route Installed, T2 - Nexthop-override" / "C - CTS Capable" lines
            // (15.4 captures of show dmvpn); later releases add them (ntc-templates cisco_ios_show_dmvpn.raw).
            out.append("        # Ent --> Number of NHRP entries with same NBMA peer\n");
            out.append("        NHS Status: E --> Expecting Replies, R --> Responding, W --> Waiting\n");
            out.append("        UpDn Time --> Up or Down Time for a Tunnel\n");
            out.append("==========================================================================\n\n");
        }
        for (NhrpInterface n : s.nhrp().onDevice(device)) {
            List<NhrpEntry> es = entries(s, n);
            String type = n.clients().isEmpty() ? "Hub" : "Spoke";
            if (detail) {
                if (v12) {
                    detailHead12(out, s, n);
                } else {
                    detailHead(out, s, n);
                }
                out.append("Type:").append(type).append(", Total NBMA Peers (v4/v6): ").append(es.size()).append(v12 ? "\n" : "\n\n");
                out.append("# Ent  Peer NBMA Addr Peer Tunnel Add State  UpDn Tm Attrb    Target Network\n");
                out.append("----- --------------- --------------- ----- -------- ----- -----------------\n");
                for (NhrpEntry e : es) {
                    PeerState p = peerState(s, n, e);
                    String attrb = e.type() == NhrpEntry.Type.STATIC ? "S" : "D";
                    out.append(String.format(v12 ? "%5d %15s %15s %5s %8s %5s %17s%n" : "%5d %-15s %15s %5s %8s %5s %17s%n",
                            1, ip(e.nbma()), ip(e.protocol()), p.up() ? "UP" : "NHRP", age(s.now() - p.since()), attrb,
                            ip(e.protocol()) + "/32"));
                }
                out.append('\n');
                continue;
            }
            if (v12) {
                out.append(n.tunnel().name()).append(", Type:").append(type).append(", NHRP Peers:").append(es.size())
                        .append(", \n");
            } else {
                out.append("Interface: ").append(n.tunnel().name()).append(", IPv4 NHRP Details \n");
                out.append("Type:").append(type).append(", NHRP Peers:").append(es.size()).append(", \n\n");
            }
            out.append(" # Ent  Peer NBMA Addr Peer Tunnel Add State  UpDn Tm Attrb\n");
            out.append(" ----- --------------- --------------- ----- -------- -----\n");
            for (NhrpEntry e : es) {
                PeerState p = peerState(s, n, e);
                String attrb = e.type() == NhrpEntry.Type.STATIC ? "S" : "D";
                out.append(String.format(v12 ? "%6d %15s %15s %5s %8s %s%n" : "%6d %-15s %15s %5s %8s %5s%n", 1,
                        ip(e.nbma()), ip(e.protocol()), p.up() ? "UP" : "NHRP", age(s.now() - p.since()), attrb));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * 12.4T's head of an interface in {@code show dmvpn detail} (reconstructed from 12.4T outputs; no
     * capture of this exact image was at hand): the interface and tunnel lines, then the NHS list.
     */
    private static void detailHead12(StringBuilder out, NetworkState s, NhrpInterface n) {
        NetInterface t = n.tunnel();
        var ts = t.config().tunnel();
        int src = s.network().configuredTunnelSource(t);
        String dst = ts == null || ts.destination() == null ? "MGRE" : ts.destination();
        out.append("-------------- Interface ").append(t.name()).append(" info: --------------\n");
        out.append("Intf. is ").append(s.underlay().status(t).isUp() ? "up" : "down").append(", Line Protocol is ")
                .append(s.underlay().lineUp(t) ? "up" : "down").append(", Addr. is ").append(ip(t.address())).append('\n');
        out.append("   Source addr: ").append(ip(src)).append(", Dest addr: ").append(dst).append('\n');
        out.append("  Protocol/Transport: \"").append(ts != null && ts.destination() == null ? "multi-GRE/IP" : "GRE/IP")
                .append("\", Protect \"").append(ts == null || ts.protection() == null ? "" : ts.protection()).append("\", \n");
        out.append("Tunnel VRF \"\"\n\n");
        for (NhsClient c : n.clients()) {
            out.append("IPv4 NHS: ").append(ip(c.nhsAddress())).append(' ').append(letters(c, true)).append('\n');
        }
    }

    private static void detailHead(StringBuilder out, NetworkState s, NhrpInterface n) {
        NetInterface t = n.tunnel();
        var ts = t.config().tunnel();
        int src = s.network().configuredTunnelSource(t);
        String dst = ts == null || ts.destination() == null ? "MGRE" : ts.destination();
        out.append("Interface ").append(t.name()).append(" is ").append(s.underlay().status(t).isUp() ? "up" : "down")
                .append('/').append(s.underlay().lineUp(t) ? "up" : "down").append(", Addr. is ")
                .append(ip(t.address())).append(", VRF \"\" \n");
        out.append("   Tunnel Src./Dest. addr: ").append(ip(src)).append('/').append(dst).append(", Tunnel VRF \"\"\n");
        out.append("   Protocol/Transport: \"").append(ts != null && ts.destination() == null ? "multi-GRE/IP" : "GRE/IP")
                .append("\", Protect \"").append(ts == null || ts.protection() == null ? "" : ts.protection()).append("\" \n");
        out.append("   Interface State Control: Disabled\n");
        // An empty line only before the NHS list: a 15.x hub goes on with "Type:Hub, Total NBMA Peers (v4/v6): 2"
        // right under "nhrp event-publisher : Disabled" (IOU 15.x capture of show dmvpn detail), a spoke with
        // "\nIPv4 NHS:\n172.16.123.1  RE priority = 0 cluster = 0".
        out.append("   nhrp event-publisher : Disabled\n");
        if (!n.clients().isEmpty()) {
            out.append("\nIPv4 NHS: \n");
            for (NhsClient c : n.clients()) {
                out.append(ip(c.nhsAddress())).append("  ").append(letters(c, false)).append(" priority = 0 cluster = 0\n");
            }
        }
    }

    /** What {@code show dmvpn} says of a peer: its state and since when it has it. */
    private record PeerState(boolean up, long since) {}

    /**
     * A peer's state as the router knows it, never sooner: a spoke's server is up while its last
     * registration was answered and goes to {@code NHRP} only when one goes unanswered (or the
     * spoke's own tunnel goes down), the UpDn time counting from that change; a hub's registered
     * spoke and a resolved peer are up while their entry lives, since it was created. A static map
     * that is no server is up from boot.
     */
    private static PeerState peerState(NetworkState s, NhrpInterface n, NhrpEntry e) {
        return new PeerState(n.peerUp(e), n.peerSince(e));
    }
}
