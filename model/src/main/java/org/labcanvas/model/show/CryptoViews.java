package org.labcanvas.model.show;

import java.util.List;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.ipsec.IpsecSession;
import org.labcanvas.model.sim.nhrp.NhrpInterface;
import org.labcanvas.model.sim.nhrp.NhsClient;
import org.labcanvas.model.sim.ospf.NbrState;
import org.labcanvas.model.sim.ospf.OspfIface;
import org.labcanvas.model.sim.ospf.OspfNbr;
import org.labcanvas.model.sim.ospf.OspfRouter;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.Platform;

/**
 * {@code show crypto isakmp sa} and {@code show crypto ipsec sa [peer X]}.
 *
 * <p>Packet counters count the simulated packets that crossed the SA: NHRP registrations and
 * replies, OSPF hellos (one per hello interval while the neighbor is known) and the echoes of
 * script pings; database exchange and pings typed at the prompt are not counted.
 */
final class CryptoViews {
    private CryptoViews() {}

    static void register(CommandTree t, NetworkState s, String device) {
        t.known("show crypto isakmp", "sa", "policy", "key", "profile", "peers", "default");
        t.known("show crypto ipsec", "sa", "transform-set", "profile", "policy", "client", "default");
        t.add("show crypto isakmp sa", a -> isakmp(s, device));
        t.add("show crypto ipsec sa", a -> ipsec(s, device, null));
        t.add("show crypto ipsec sa peer " + CommandTree.ADDRESS, a -> ipsec(s, device, a.get(0)));
        t.add("show crypto isakmp sa detail", a -> isakmpDetail(s, device));
        t.add("show crypto session", a -> session(s, device, false));
        t.add("show crypto session detail", a -> session(s, device, true));
        t.add("show crypto map", a -> cryptoMap(s, device));
    }

    private static String ip(int a) {
        return Ipv4Prefix.format(a);
    }

    /**
     * {@code show crypto isakmp sa}. 15.x: {@code IPv4 Crypto ISAKMP SA} / {@code dst src state conn-id status}
     * with conn ids from 1001, then {@code IPv6 Crypto ISAKMP SA} (15.x captures, e.g. {@code 10.0.0.18
     * 10.0.0.15       QM_IDLE           1002 ACTIVE}). 12.4T keeps the {@code slot} column under the same
     * IPv4/IPv6 headings ({@code IPv4 Crypto ISAKMP SA} / {@code ...     QM_IDLE           1075    0 ACTIVE});
     * the bare {@code dst src state conn-id slot status} table with conn id 1 is the older 12.2/12.3 form.
     * Taking 12.4(24)T for the heading form is an inference from those captures, not from a 12.4(24)T one.
     */
    static String isakmp(NetworkState s, String device) {
        boolean v12 = s.network().device(device).platform() == Platform.IOS_12_4;
        List<IpsecSession> sessions = s.ipsec().sessionsOf(device);
        StringBuilder out = new StringBuilder("IPv4 Crypto ISAKMP SA\n");
        out.append(v12 ? "dst             src             state          conn-id slot status\n"
                : "dst             src             state          conn-id status\n");
        int conn = 1001;
        for (IpsecSession x : sessions) {
            String dst = ip(x.responderAddress());
            String src = ip(x.initiatorAddress());
            if (v12) {
                out.append(String.format("%-15s %-15s %-14s %7d %4d %s%n", dst, src, "QM_IDLE", conn, 0, "ACTIVE"));
            } else {
                out.append(String.format("%-15s %-15s %-14s %7d %s%n", dst, src, "QM_IDLE", conn, "ACTIVE"));
            }
            conn++;
        }
        out.append("\nIPv6 Crypto ISAKMP SA\n\n");
        return out.toString();
    }

    /**
     * Whether session {@code x} runs over tunnel {@code t}: it starts at the tunnel's source, and a
     * point-to-point tunnel's peer is its destination (two tunnels sourced on one interface each have
     * their own peer).
     */
    private static boolean over(NetworkState s, NetInterface t, IpsecSession x, String device) {
        return s.network().tunnelCarries(t, x.localOf(device), x.peerOf(device));
    }

    /** The ISAKMP policy IOS agrees on: the lowest-numbered pre-share policy of the device, defaults filled in. */
    private static org.labcanvas.model.topology.IsakmpPolicy policy(NetworkState s, String device) {
        var c = s.network().device(device).crypto();
        return c == null ? org.labcanvas.model.topology.IsakmpPolicy.preShare(1).effective()
                : c.isakmpPolicies().stream().map(org.labcanvas.model.topology.IsakmpPolicy::effective)
                        .min(java.util.Comparator.comparingInt(org.labcanvas.model.topology.IsakmpPolicy::priority))
                        .orElse(org.labcanvas.model.topology.IsakmpPolicy.preShare(1).effective());
    }

    /** What is left of the ISAKMP SA's lifetime, {@code hh:mm:ss}. */
    private static String ikeLeft(NetworkState s, IpsecSession x) {
        long left = Math.max(0, x.ikeLifetimeSeconds() * 1000L - (s.now() - x.established()));
        return org.labcanvas.model.sim.core.SimTime.clock(java.time.Duration.ofMillis(left));
    }

    /**
     * {@code show crypto isakmp sa detail}: the codes legend, then one row per ISAKMP SA with the
     * agreed policy ({@code Encr Hash Auth DH}) and what is left of its lifetime, and its engine
     * connection. Written from 12.4 and 15.x outputs seen (15.x adds the {@code T - cTCP} code and
     * widens the hash column); not confirmed by a kept capture.
     */
    static String isakmpDetail(NetworkState s, String device) {
        boolean v12 = s.network().device(device).platform() == Platform.IOS_12_4;
        StringBuilder out = new StringBuilder("Codes: C - IKE configuration mode, D - Dead Peer Detection\n");
        out.append("       K - Keepalives, N - NAT-traversal\n");
        out.append(v12 ? "       X - IKE Extended Authentication\n" : "       T - cTCP encapsulation, X - IKE Extended Authentication\n");
        out.append("       psk - Preshared key, rsig - RSA signature\n");
        out.append("       renc - RSA encryption\n");
        out.append("IPv4 Crypto ISAKMP SA\n\n");
        out.append(v12 ? "C-id  Local           Remote          I-VRF    Status Encr Hash Auth DH Lifetime Cap.\n\n"
                : "C-id  Local           Remote          I-VRF  Status Encr Hash   Auth DH Lifetime Cap.\n\n");
        var p = policy(s, device);
        String auth = "pre-share".equals(p.authentication()) ? "psk" : "rsig";
        int conn = 1001;
        for (IpsecSession x : s.ipsec().sessionsOf(device)) {
            String local = ip(x.localOf(device));
            String remote = ip(x.peerOf(device));
            if (v12) {
                out.append(String.format("%-5d %-15s %-15s %-8s %-6s %-4s %-4s %-4s %-2d %-8s %n", conn, local, remote, "",
                        "ACTIVE", p.encryption(), p.hash(), auth, p.group(), ikeLeft(s, x)));
            } else {
                out.append(String.format("%-5d %-15s %-15s %-6s %-6s %-4s %-6s %-4s %-2d %-8s %n", conn, local, remote, "",
                        "ACTIVE", p.encryption(), p.hash(), auth, p.group(), ikeLeft(s, x)));
            }
            out.append("       Engine-id:Conn-id =  SW:").append(conn - 1000).append("\n\n");
            conn++;
        }
        out.append("IPv6 Crypto ISAKMP SA\n\n");
        return out.toString();
    }

    /**
     * {@code show crypto session [detail]}: per protected tunnel and peer with SAs up. The 15.x forms
     * follow the ntc-templates fixture {@code tests/cisco_ios/show_crypto_session_detail/
     * cisco_ios_show_crypto_session_detail.raw} (its one-space blank lines and trailing spaces included);
     * 12.4 says {@code IKE SA} where 15.x says {@code IKEv1 SA} and prints no session id.
     */
    static String session(NetworkState s, String device, boolean detail) {
        boolean v12 = s.network().device(device).platform() == Platform.IOS_12_4;
        StringBuilder out = new StringBuilder("Crypto session current status\n");
        if (!detail) {
            out.append('\n');
        } else if (v12) {
            out.append("\nCode: C - IKE Configuration mode, D - Dead Peer Detection     \n");
            out.append("K - Keepalives, N - NAT-traversal, X - IKE Extended Authentication\n\n");
        } else {
            out.append(" \nCode: C - IKE Configuration mode, D - Dead Peer Detection    \n");
            out.append("K - Keepalives, N - NAT-traversal, T - cTCP encapsulation    \n");
            out.append("X - IKE Extended Authentication, F - IKE Fragmentation\n");
            out.append("R - IKE Auto Reconnect\n \n");
        }
        List<IpsecSession> sessions = s.ipsec().sessionsOf(device);
        int conn = 1001;
        java.util.Map<IpsecSession, Integer> connIds = new java.util.HashMap<>();
        for (IpsecSession x : sessions) {
            connIds.put(x, conn++);
        }
        for (NetInterface t : s.network().interfacesOf(device)) {
            if (!t.isTunnel() || t.config().tunnel() == null || t.config().tunnel().protection() == null) {
                continue;
            }
            int local = s.network().configuredTunnelSource(t);
            for (IpsecSession x : sessions) {
                NetInterface peerTunnel = peerTunnel(s, x, device);
                if (!over(s, t, x, device) || peerTunnel == null) {
                    continue;
                }
                String l = ip(local);
                String r = ip(x.peerOf(device));
                String blank = v12 ? "\n" : " \n";
                out.append("Interface: ").append(t.name()).append('\n');
                if (detail) {
                    out.append("Uptime: ").append(org.labcanvas.model.sim.core.SimTime.iosAge(
                            java.time.Duration.ofMillis(s.now() - x.established()))).append('\n');
                }
                out.append(v12 ? "Session status: UP-ACTIVE     \n" : "Session status: UP-ACTIVE    \n");
                out.append("Peer: ").append(r).append(" port 500");
                out.append(detail ? " fvrf: (none) ivrf: (none)\n" : " \n");
                if (detail) {
                    out.append("      Phase1_id: ").append(r).append('\n');
                    out.append("      Desc: (none)\n");
                }
                if (!v12) {
                    out.append("  Session ID: 0 \n");
                }
                out.append(v12 ? "  IKE SA: local " : "  IKEv1 SA: local ").append(l).append("/500 remote ").append(r)
                        .append("/500 Active").append(detail ? "\n" : " \n");
                if (detail) {
                    out.append("          Capabilities:(none) connid:").append(connIds.get(x)).append(" lifetime:")
                            .append(ikeLeft(s, x)).append('\n');
                }
                out.append("  IPSEC FLOW: permit 47 host ").append(l).append(" host ").append(r).append(detail ? "\n" : " \n");
                out.append("        Active SAs: 2, origin: crypto map\n");
                if (detail) {
                    long sent = packets(s, t, peerTunnel);
                    long recv = packets(s, peerTunnel, t);
                    long kb = 4608000 - (sent * 100 + recv * 100) / 1024;
                    String life = kb + "/" + x.remainingSeconds(s.now());
                    out.append("        Inbound:  #pkts dec'ed ").append(recv).append(" drop 0 life (KB/Sec) ").append(life).append('\n');
                    out.append("        Outbound: #pkts enc'ed ").append(sent).append(" drop 0 life (KB/Sec) ").append(life).append('\n');
                }
                out.append(blank);
            }
        }
        return out.toString();
    }

    /**
     * {@code show crypto map}: the map IOS builds for each protected tunnel ({@code Tunnel0-head-0}),
     * the profile's entry and one profile instance per peer with SAs up. Written from DMVPN outputs
     * seen (15.x adds {@code IPv4} and {@code Mixed-mode}); IOS indents with tabs.
     */
    static String cryptoMap(NetworkState s, String device) {
        boolean v12 = s.network().device(device).platform() == Platform.IOS_12_4;
        var crypto = s.network().device(device).crypto();
        StringBuilder out = new StringBuilder();
        String kind = v12 ? "Crypto Map \"" : "Crypto Map IPv4 \"";
        for (NetInterface t : s.network().interfacesOf(device)) {
            var ts = t.config().tunnel();
            if (!t.isTunnel() || ts == null || ts.protection() == null || crypto == null) {
                continue;
            }
            var profile = crypto.profile(ts.protection()).orElse(null);
            if (profile == null) {
                continue;
            }
            String map = t.name() + "-head-0";
            StringBuilder settings = new StringBuilder();
            settings.append("\tSecurity association lifetime: 4608000 kilobytes/").append(profile.effectiveLifetimeSeconds())
                    .append(" seconds\n");
            settings.append("\tResponder-Only (Y/N): N\n");
            settings.append("\tPFS (Y/N): ").append(profile.pfsGroup() == null ? "N" : "Y").append('\n');
            if (profile.pfsGroup() != null) {
                settings.append("\tDH group:  group").append(profile.pfsGroup()).append('\n');
            }
            if (!v12) {
                settings.append("\tMixed-mode : Disabled\n");
            }
            settings.append("\tTransform sets={ \n");
            for (String name : profile.transformSets()) {
                var set = crypto.transformSet(name).orElse(null);
                settings.append("\t\t").append(name).append(":  { ")
                        .append(set == null ? "" : String.join(" ", set.transforms()) + " ").append(" } , \n");
            }
            settings.append("\t}\n");
            out.append(kind).append(map).append("\" 65536 ipsec-isakmp\n");
            out.append("\tProfile name: ").append(profile.name()).append('\n');
            out.append(settings).append('\n');
            int local = s.network().configuredTunnelSource(t);
            int seq = 65537;
            for (IpsecSession x : s.ipsec().sessionsOf(device)) {
                if (!over(s, t, x, device)) {
                    continue;
                }
                String r = ip(x.peerOf(device));
                out.append(kind).append(map).append("\" ").append(seq++).append(" ipsec-isakmp\n");
                out.append("\tMap is a PROFILE INSTANCE.\n");
                out.append("\tPeer = ").append(r).append('\n');
                out.append("\tExtended IP access list \n");
                out.append("\t    access-list  permit gre host ").append(ip(local)).append(" host ").append(r).append('\n');
                out.append("\tCurrent peer: ").append(r).append('\n');
                out.append(settings);
                out.append("\tInterfaces using crypto map ").append(map).append(":\n");
                out.append("\t\t").append(t.name()).append("\n\n");
            }
        }
        return out.toString();
    }

    /**
     * {@code show crypto ipsec sa}. Compared with real outputs:
     * <ul>
     *   <li>15.x (IOS 15 lab captures of DMVPN {@code Tunnel0-head-0} SAs, and ntc-templates
     *       {@code tests/cisco_ios/show_crypto_ipsec_sa_detail/*.raw}): a {@code plaintext mtu N,} prefix on the
     *       path mtu line, conn ids counting from 1 with {@code flow_id: SW:n}, {@code sibling_flags 80000000}
     *       (transport) or {@code 80000040} (tunnel), and {@code Status: ACTIVE(ACTIVE)};</li>
     *   <li>12.4: no plaintext mtu, conn id 2000 + flow id ({@code conn id: 2001, flow_id: SW:1, crypto map:
     *       Tunnel0-head-0}), no {@code sibling_flags} and no {@code PFS (Y/N)} line, {@code Status: ACTIVE}.
     *       Captures of some 12.4T images (a 2811 with {@code flow_id: NETGX:1287, sibling_flags 80000006}, a
     *       DMVPN hub with {@code flow_id: SW:91, sibling_flags 80000006}) do print sibling flags; the form
     *       without them was chosen as the one compared against for the 12.4 platform.</li>
     * </ul>
     * Conn ids and flow ids are handed out in order as the router creates SAs, two per peer (inbound,
     * outbound) and two more at each rekey, so they change with the SPIs.
     * Each peer's block starts with an empty line, as after the {@code Crypto map tag} line.
     */
    static String ipsec(NetworkState s, String device, String peerFilter) {
        boolean v12 = s.network().device(device).platform() == Platform.IOS_12_4;
        Integer peerOnly = peerFilter == null ? null : Ipv4Prefix.address(peerFilter).orElse(0);
        StringBuilder out = new StringBuilder();
        List<IpsecSession> sessions = s.ipsec().sessionsOf(device);
        for (NetInterface t : s.network().interfacesOf(device)) {
            if (!t.isTunnel() || t.config().tunnel() == null || t.config().tunnel().protection() == null) {
                continue;
            }
            int local = s.network().configuredTunnelSource(t);
            String srcIf = t.config().tunnel().source();
            out.append("\ninterface: ").append(t.name()).append('\n');
            out.append("    Crypto map tag: ").append(t.name()).append("-head-0, local addr ").append(ip(local)).append("\n");
            for (IpsecSession x : sessions) {
                if (!over(s, t, x, device)) {
                    continue;
                }
                int peer = x.peerOf(device);
                if (peerOnly != null && peer != peerOnly) {
                    continue;
                }
                NetInterface peerTunnel = peerTunnel(s, x, device);
                long sent = packets(s, t, peerTunnel);
                long recv = peerTunnel == null ? 0 : packets(s, peerTunnel, t);
                long now = s.now();
                out.append("\n   protected vrf: (none)\n");
                out.append("   local  ident (addr/mask/prot/port): (").append(ip(local)).append("/255.255.255.255/47/0)\n");
                out.append("   remote ident (addr/mask/prot/port): (").append(ip(peer)).append("/255.255.255.255/47/0)\n");
                out.append("   current_peer ").append(ip(peer)).append(" port 500\n");
                out.append("     PERMIT, flags={origin_is_acl,}\n");
                out.append("    #pkts encaps: ").append(sent).append(", #pkts encrypt: ").append(sent)
                        .append(", #pkts digest: ").append(sent).append('\n');
                out.append("    #pkts decaps: ").append(recv).append(", #pkts decrypt: ").append(recv)
                        .append(", #pkts verify: ").append(recv).append('\n');
                out.append("    #pkts compressed: 0, #pkts decompressed: 0\n");
                out.append("    #pkts not compressed: 0, #pkts compr. failed: 0\n");
                out.append("    #pkts not decompressed: 0, #pkts decompress failed: 0\n");
                out.append("    #send errors 0, #recv errors 0\n\n");
                out.append("     local crypto endpt.: ").append(ip(local)).append(", remote crypto endpt.: ")
                        .append(ip(peer)).append('\n');
                boolean transport = x.mode().equalsIgnoreCase("transport");
                out.append("     ");
                if (!v12) {
                    out.append("plaintext mtu ").append(EspOverhead.of(x.transforms()).plaintextMtu(1500, transport))
                            .append(", ");
                }
                out.append("path mtu 1500, ip mtu 1500, ip mtu idb ").append(srcIf).append('\n');
                int outSpi = x.spi(local, peer, now);
                int inSpi = x.spi(peer, local, now);
                out.append("     current outbound spi: ").append(spiText(outSpi)).append('\n');
                if (v12) {
                    out.append('\n');
                } else {
                    out.append("     PFS (Y/N): ").append(x.pfsGroup() == null ? "N" : "Y").append(", DH group: ")
                            .append(x.pfsGroup() == null ? "none" : "group" + x.pfsGroup()).append("\n\n");
                }
                long kb = 4608000 - (sent * 100 + recv * 100) / 1024;
                String timing = "(" + kb + "/" + x.remainingSeconds(now) + ")";
                String transforms = String.join(" ", x.transforms()) + " ,";
                String settings = "{" + Character.toUpperCase(x.mode().charAt(0)) + x.mode().substring(1) + ", }";
                String flags = v12 ? null : (transport ? "80000000" : "80000040");
                int connId = (v12 ? 2001 : 1) + 2 * saPairsBefore(sessions, x, device, now);
                int iv = EspOverhead.of(x.transforms()).ivBytes();
                SaLines lines = new SaLines(transforms, settings, t.name(), timing, flags, iv, v12 ? 2000 : 0,
                        v12 ? "ACTIVE" : "ACTIVE(ACTIVE)");
                sa(out, "inbound esp sas", inSpi, connId, lines);
                out.append("     inbound ah sas:\n\n");
                out.append("     inbound pcp sas:\n\n");
                sa(out, "outbound esp sas", outSpi, connId + 1, lines);
                out.append("     outbound ah sas:\n\n");
                out.append("     outbound pcp sas:\n");
            }
        }
        return out.toString();
    }

    /** What the inbound and outbound esp SAs of one peer print alike. */
    private record SaLines(String transforms, String settings, String tunnel, String timing, String siblingFlags,
                           int ivBytes, int flowIdOffset, String status) {}

    private static void sa(StringBuilder out, String title, int spi, int connId, SaLines l) {
        out.append("     ").append(title).append(":\n");
        out.append("      spi: ").append(spiText(spi)).append('\n');
        out.append("        transform: ").append(l.transforms()).append('\n');
        out.append("        in use settings =").append(l.settings()).append('\n');
        out.append("        conn id: ").append(connId).append(", flow_id: SW:").append(connId - l.flowIdOffset());
        if (l.siblingFlags() != null) {
            out.append(", sibling_flags ").append(l.siblingFlags());
        }
        out.append(", crypto map: ").append(l.tunnel()).append("-head-0\n");
        out.append("        sa timing: remaining key lifetime (k/sec): ").append(l.timing()).append('\n');
        out.append("        IV size: ").append(l.ivBytes()).append(" bytes\n");
        out.append("        replay detection support: Y\n");
        out.append("        Status: ").append(l.status()).append("\n\n");
    }

    /**
     * How many SA pairs the device created before the current one of {@code current}: one per
     * session at establishment and one per rekey, in time order (ties: the order of {@code sessions}).
     */
    static int saPairsBefore(List<IpsecSession> sessions, IpsecSession current, String device, long now) {
        long start = current.established() + current.generation(now) * current.softLifetimeMs();
        int index = sessions.indexOf(current);
        int n = 0;
        for (int k = 0; k < sessions.size(); k++) {
            IpsecSession x = sessions.get(k);
            for (long g = 0; g <= x.generation(now); g++) {
                long t = x.established() + g * x.softLifetimeMs();
                if (t < start || (t == start && k < index)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String spiText(int spi) {
        return String.format("0x%X(%d)", spi, Integer.toUnsignedLong(spi));
    }

    private static NetInterface peerTunnel(NetworkState s, IpsecSession x, String device) {
        String peerDevice = device.equals(x.initiator()) ? x.responder() : x.initiator();
        int peerAddr = x.peerOf(device);
        int local = x.localOf(device);
        for (NetInterface i : s.network().interfacesOf(peerDevice)) {
            if (i.isTunnel() && s.network().configuredTunnelSource(i) == peerAddr) {
                var ts = i.config().tunnel();
                boolean toMe = ts.destination() == null || s.network().address(ts.destination()) == local;
                if (toMe) {
                    return i;
                }
            }
        }
        return null;
    }

    /** Packets tunnel {@code from} sent to {@code to}: NHRP registrations or replies plus OSPF hellos. */
    private static long packets(NetworkState s, NetInterface from, NetInterface to) {
        if (to == null) {
            return 0;
        }
        long n = 0;
        n += s.ipsec().traffic(s.network().configuredTunnelSource(from), s.network().configuredTunnelSource(to));
        NhrpInterface nf = s.nhrp().of(from);
        if (nf != null) {
            for (NhsClient c : nf.clients()) {
                if (c.nhsAddress() == to.address()) {
                    n += c.requestsSent();
                }
            }
        }
        NhrpInterface nt = s.nhrp().of(to);
        if (nt != null) {
            for (NhsClient c : nt.clients()) {
                if (c.nhsAddress() == from.address()) {
                    n += c.repliesReceived();
                }
            }
        }
        OspfRouter r = s.ospf().router(from.device());
        if (r != null) {
            for (OspfIface oi : r.interfaces()) {
                if (oi.net() != from || !oi.up()) {
                    continue;
                }
                for (OspfNbr nb : oi.neighbors()) {
                    if (nb.remote().net() == to && nb.state() != NbrState.DOWN) {
                        long start = Math.max(oi.upAt(), nb.since() - (nb.state() == NbrState.FULL ? 0 : 0));
                        n += (s.now() - Math.min(start, s.now())) / (oi.helloSeconds() * 1000L) + 1;
                    }
                }
            }
        }
        return n;
    }
}
