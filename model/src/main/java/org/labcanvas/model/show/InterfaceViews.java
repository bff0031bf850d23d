package org.labcanvas.model.show;

import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.underlay.InterfaceStatus;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

/**
 * {@code show ip interface brief} and {@code show interfaces TunnelN}. The brief layout is IOS's
 * ({@code Interface                  IP-Address      OK? Method Status                Protocol},
 * as in the ntc-templates fixtures {@code tests/cisco_ios/show_ip_interface_brief}); addresses from
 * the configuration show method {@code NVRAM}.
 */
final class InterfaceViews {
    private InterfaceViews() {}

    static String brief(NetworkState s, String device) {
        StringBuilder out = new StringBuilder(
                "Interface                  IP-Address      OK? Method Status                Protocol\n");
        java.util.List<NetInterface> ordered = new java.util.ArrayList<>(s.network().interfacesOf(device));
        // IOS lists hardware interfaces first, then virtual ones (loopbacks, tunnels) by type.
        ordered.sort(java.util.Comparator.comparingInt((NetInterface i) -> switch (i.config().type()) {
            case PHYSICAL, VLAN -> 0;
            case LOOPBACK -> 1;
            case TUNNEL -> 2;
        }));
        for (NetInterface i : ordered) {
            InterfaceStatus st = s.underlay().status(i);
            String ip = i.hasAddress() ? Ipv4Prefix.format(i.address()) : "unassigned";
            // Interfaces of the design are in the saved configuration: IOS 15.4 shows "unassigned      YES NVRAM"
            // for those with "no ip address" (captures of show ip interface brief); "unset" is for interfaces
            // never configured.
            String method = "NVRAM";
            out.append(String.format("%-26s %-15s YES %-6s %-21s %s%n", i.name(), ip, method, st.text(),
                    s.underlay().lineUp(i) ? "up" : "down"));
        }
        return out.toString();
    }

    /** {@code show interfaces [IF]}: one interface, or all in configuration order. */
    static String interfaces(NetworkState s, String device, String only) {
        StringBuilder out = new StringBuilder();
        for (NetInterface i : s.network().interfacesOf(device)) {
            if (only != null && !i.name().equals(only)) {
                continue;
            }
            out.append(i.isTunnel() ? tunnel(s, device, i.name()) : other(s, i));
        }
        return out.toString();
    }

    /**
     * An Ethernet or loopback interface. The MAC address is not in the design: it is derived from
     * the device name and interface index, as a stable stand-in.
     */
    static String other(NetworkState s, NetInterface i) {
        StringBuilder out = new StringBuilder();
        out.append(i.name()).append(" is ").append(s.underlay().status(i).text()).append(", line protocol is ")
                .append(s.underlay().lineUp(i) ? "up" : "down").append(" \n");
        boolean loop = i.isLoopback();
        if (loop) {
            out.append("  Hardware is Loopback\n");
        } else {
            String mac = mac(i);
            out.append("  Hardware is ").append(i.name().startsWith("Gigabit") ? "iGbE" : "Gt96k FE")
                    .append(", address is ").append(mac).append(" (bia ").append(mac).append(")\n");
        }
        if (i.hasAddress()) {
            out.append("  Internet address is ").append(Ipv4Prefix.format(i.address())).append('/')
                    .append(i.subnet().length()).append('\n');
        }
        out.append("  MTU ").append(loop ? 1514 : 1500).append(" bytes, BW ").append(i.bandwidthKbps())
                .append(" Kbit/sec, DLY ").append(loop ? 5000 : i.bandwidthKbps() >= 1_000_000 ? 10 : 100)
                .append(" usec, \n");
        out.append("     reliability 255/255, txload 1/255, rxload 1/255\n");
        out.append("  Encapsulation ").append(loop ? "LOOPBACK" : "ARPA").append(", loopback not set\n");
        out.append("  Keepalive set (10 sec)\n");
        if (!loop) {
            out.append(i.bandwidthKbps() >= 1_000_000 ? "  Full Duplex, 1Gbps, media type is RJ45\n"
                    : "  Full-duplex, 100Mb/s, 100BaseTX/FX\n");
            out.append("  ARP type: ARPA, ARP Timeout 04:00:00\n");
        }
        counters(out, s, i, loop ? 0 : 40, i.platform() == Platform.IOS_12_4);
        return out.toString();
    }

    static String mac(NetInterface i) {
        int h = i.device().hashCode();
        return String.format("c2%02x.%04x.%04x", (h >>> 24) & 0xff, (h >>> 8) & 0xffff, ((h & 0xff) << 8) | (i.index() & 0xff));
    }

    /**
     * {@code show interfaces TunnelN}. 12.4 (captures of 12.4 GRE and tunnel-protected interfaces):
     * {@code MTU 1514 bytes, BW 9 Kbit/sec, DLY 500000 usec}, {@code Tunnel TTL 255} and {@code Fast tunneling enabled}
     * on two lines, no {@code Tunnel transport MTU} line, {@code Received 0 broadcasts, 0 runts, 0 giants, 0 throttles}.
     * 15.x (IOU 15.x captures): {@code MTU 17916 bytes, ... DLY 50000 usec}, {@code Tunnel linestate evaluation up},
     * the src-track subblock when the source is an interface ({@code 1 member} / {@code 2 members (includes
     * iterators)}), {@code Tunnel TTL 255, Fast tunneling enabled}. Both print {@code Key disabled, sequencing
     * disabled} and {@code Checksumming of packets disabled} for GRE without a key.
     */
    static String tunnel(NetworkState s, String device, String name) {
        NetInterface t = s.network().find(device, name);
        if (t == null) {
            return "";
        }
        boolean v12 = t.platform() == Platform.IOS_12_4;
        StringBuilder out = new StringBuilder();
        out.append(name).append(" is ").append(s.underlay().status(t).text()).append(", line protocol is ")
                .append(s.underlay().lineUp(t) ? "up" : "down").append(" \n");
        out.append("  Hardware is Tunnel\n");
        if (t.hasAddress()) {
            out.append("  Internet address is ").append(Ipv4Prefix.format(t.address())).append('/')
                    .append(t.subnet().length()).append('\n');
        }
        // IOS 15 subtracts the encapsulation from 17940: 24 bytes for GRE, 20 for IPv6-in-IPv4.
        boolean sixInFour = t.config().tunnel() != null && t.config().tunnel().mode() == TunnelMode.IPV6IP;
        int mtu = v12 ? 1514 : sixInFour ? 17920 : 17916;
        out.append("  MTU ").append(mtu).append(" bytes, BW ").append(t.bandwidthKbps()).append(" Kbit/sec, DLY ")
                .append(v12 ? 500000 : 50000).append(" usec, \n");
        out.append("     reliability 255/255, txload 1/255, rxload 1/255\n");
        out.append("  Encapsulation TUNNEL, loopback not set\n");
        out.append("  Keepalive not set\n");
        if (!v12) {
            // "down" for a tunnel whose line protocol is down is a guess; IOS may add a reason after it.
            out.append("  Tunnel linestate evaluation ").append(s.underlay().lineUp(t) ? "up" : "down").append('\n');
        }
        TunnelSettings ts = t.config().tunnel();
        int src = s.network().configuredTunnelSource(t);
        String dst = ts == null || ts.mode() == TunnelMode.GRE_MULTIPOINT || ts.destination() == null ? "" : ts.destination();
        out.append("  Tunnel source ").append(src == 0 ? "0.0.0.0" : Ipv4Prefix.format(src));
        if (ts != null && ts.source() != null && s.network().find(device, ts.source()) != null) {
            out.append(" (").append(ts.source()).append(')');
        }
        if (!dst.isEmpty()) {
            out.append(", destination ").append(dst);
        }
        out.append('\n');
        if (!v12 && ts != null && ts.source() != null && s.network().find(device, ts.source()) != null) {
            long members = s.network().interfacesOf(device).stream()
                    .filter(o -> o.isTunnel() && o.config().tunnel() != null
                            && ts.source().equals(o.config().tunnel().source()))
                    .count();
            out.append("   Tunnel Subblocks:\n");
            out.append("      src-track:\n");
            out.append("         ").append(name).append(" source tracking subblock associated with ")
                    .append(ts.source()).append('\n');
            out.append("          Set of tunnels with source ").append(ts.source()).append(", ").append(members)
                    .append(members == 1 ? " member" : " members").append(" (includes iterators), on interface <OK>\n");
        }
        String mode = ts == null ? "GRE/IP" : switch (ts.mode()) {
            case GRE_MULTIPOINT -> "multi-GRE/IP";
            case IPV6IP -> "IPv6/IP";
            default -> "GRE/IP";
        };
        out.append("  Tunnel protocol/transport ").append(mode).append('\n');
        if (!mode.equals("IPv6/IP")) {
            out.append("    Key ").append(ts == null || ts.key() == null ? "disabled"
                    : "0x" + Long.toHexString(ts.key()).toUpperCase()).append(", sequencing disabled\n");
            out.append("    Checksumming of packets disabled\n");
        }
        out.append(v12 ? "  Tunnel TTL 255\n  Fast tunneling enabled\n" : "  Tunnel TTL 255, Fast tunneling enabled\n");
        if (!v12) {
            out.append("  Tunnel transport MTU ").append(sixInFour ? 1480 : 1476).append(" bytes\n");
        }
        out.append("  Tunnel transmit bandwidth 8000 (kbps)\n");
        out.append("  Tunnel receive bandwidth 8000 (kbps)\n");
        if (ts != null && ts.protection() != null) {
            out.append("  Tunnel protection via IPSec (profile \"").append(ts.protection()).append("\")\n");
        }
        counters(out, s, t, 0, v12);
        return out.toString();
    }

    /**
     * The queue and counter lines every interface ends with, from {@link InterfaceCounters}. 12.4
     * prints the receive errors on one line, 15.x on two. The 5-minute rates stay 0 (hellos every
     * 10 or 30 s are well under one packet a second; bits per second are not computed).
     */
    private static void counters(StringBuilder out, NetworkState s, NetInterface i, int outputQueueMax, boolean v12) {
        InterfaceCounters.Counters c = InterfaceCounters.of(s, i);
        out.append("  Last input ").append(last(s, c.in())).append(", output ").append(last(s, c.out()))
                .append(", output hang never\n");
        out.append("  Last clearing of \"show interface\" counters never\n");
        out.append("  Input queue: 0/75/0/0 (size/max/drops/flushes); Total output drops: 0\n");
        out.append("  Queueing strategy: fifo\n");
        out.append("  Output queue: 0/").append(outputQueueMax).append(" (size/max)\n");
        out.append("  5 minute input rate 0 bits/sec, 0 packets/sec\n");
        out.append("  5 minute output rate 0 bits/sec, 0 packets/sec\n");
        out.append("     ").append(c.in().packets()).append(" packets input, ").append(c.in().bytes()).append(" bytes, 0 no buffer\n");
        long b = c.in().broadcasts();
        out.append(v12 ? "     Received " + b + " broadcasts, 0 runts, 0 giants, 0 throttles\n"
                : "     Received " + b + " broadcasts (" + b + " IP multicasts)\n     0 runts, 0 giants, 0 throttles \n");
        out.append("     0 input errors, 0 CRC, 0 frame, 0 overrun, 0 ignored, 0 abort\n");
        out.append("     ").append(c.out().packets()).append(" packets output, ").append(c.out().bytes()).append(" bytes, 0 underruns\n");
        out.append("     0 output errors, 0 collisions, 0 interface resets\n");
        out.append("     0 unknown protocol drops\n");
        out.append("     0 output buffer failures, 0 output buffers swapped out\n");
    }

    /** {@code Last input}/{@code output}: how long ago, as IOS prints ages, or {@code never}. */
    private static String last(NetworkState s, InterfaceCounters.Flow f) {
        return f.last() < 0 ? "never"
                : org.labcanvas.model.sim.core.SimTime.iosAge(java.time.Duration.ofMillis(s.now() - f.last()));
    }
}
