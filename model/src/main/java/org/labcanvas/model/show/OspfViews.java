package org.labcanvas.model.show;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.sim.ospf.Lsdb;
import org.labcanvas.model.sim.ospf.LsaChecksum;
import org.labcanvas.model.sim.ospf.NbrState;
import org.labcanvas.model.sim.ospf.NetworkLsa;
import org.labcanvas.model.sim.ospf.OspfIface;
import org.labcanvas.model.sim.ospf.OspfNbr;
import org.labcanvas.model.sim.ospf.OspfRouter;
import org.labcanvas.model.sim.ospf.RouterLsa;
import org.labcanvas.model.sim.ospf.SummaryLsa;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.Platform;

/**
 * The {@code show ip ospf ...} family. Column layouts follow real IOS outputs kept as parser
 * fixtures by ntc-templates ({@code tests/cisco_ios/show_ip_ospf_neighbor/*.raw}: header
 * {@code Neighbor ID     Pri   State           Dead Time   Address         Interface}) and
 * genieparser ({@code show ip ospf interface brief}: {@code Interface    PID   Area            IP Address/Mask    Cost  State Nbrs F/C}).
 */
final class OspfViews {
    /** LSAs are refreshed every 30 minutes (LSRefreshTime). */
    private static final long REFRESH_MS = 1_800_000L;

    private OspfViews() {}

    private static String ip(int a) {
        return Ipv4Prefix.format(a);
    }

    private static String clock(long ms) {
        return SimTime.clock(Duration.ofMillis(Math.max(0, ms)));
    }

    // ------------------------------------------------------------------ neighbor

    /**
     * Interfaces in the order IOS lists them in {@code show ip ospf interface [brief]} and
     * {@code show ip ospf neighbor}: the most recently enabled first (enabling follows configuration order).
     */
    private static List<OspfIface> listed(OspfRouter r) {
        List<OspfIface> ifs = new ArrayList<>(r.interfaces());
        java.util.Collections.reverse(ifs);
        return ifs;
    }

    static String neighbors(NetworkState s, OspfRouter r) {
        StringBuilder out = new StringBuilder("\nNeighbor ID     Pri   State           Dead Time   Address         Interface\n");
        for (OspfIface oi : listed(r)) {
            for (OspfNbr n : oi.sortedNeighbors()) {
                if (n.state() == NbrState.DOWN && !configuredAndUp(oi, n)) {
                    continue;
                }
                String id = n.state() == NbrState.DOWN ? "N/A" : ip(n.routerId());
                int pri = n.state() == NbrState.DOWN ? 0 : n.remote().priority();
                String role = n.role().equals("-") ? "  -" : n.role();
                String state = n.state().text() + "/" + role;
                String dead = n.state() == NbrState.DOWN ? "    -" : clock(n.deadTimeLeft(s.now()));
                out.append(String.format("%-15s %3d   %-15s %-11s %-15s %s%n", id, pri, state, dead,
                        ip(n.remote().net().address()), oi.name()));
            }
        }
        return out.toString();
    }

    private static boolean configuredAndUp(OspfIface oi, OspfNbr n) {
        return oi.up() && oi.configuredNeighbors().contains(n.remote().net().address());
    }

    static String neighborDetail(NetworkState s, OspfRouter r) {
        StringBuilder out = new StringBuilder();
        for (OspfIface oi : listed(r)) {
            for (OspfNbr n : oi.sortedNeighbors()) {
                if (n.state() == NbrState.DOWN) {
                    continue;
                }
                OspfIface rem = n.remote();
                out.append(" Neighbor ").append(ip(n.routerId())).append(", interface address ")
                        .append(ip(rem.net().address())).append('\n');
                out.append("    In the area ").append(rem.area()).append(" via interface ").append(oi.name()).append('\n');
                out.append("    Neighbor priority is ").append(rem.priority()).append(", State is ")
                        .append(n.state().text()).append(", ").append(n.stateChanges()).append(" state changes\n");
                out.append("    DR is ").append(rem.dr() == null ? "0.0.0.0" : ip(rem.dr().net().address()))
                        .append(" BDR is ").append(rem.bdr() == null ? "0.0.0.0" : ip(rem.bdr().net().address()))
                        .append('\n');
                if (oi.type() == OspfNetworkType.NON_BROADCAST) {
                    out.append("    Poll interval 120\n");
                }
                out.append("    Options is 0x12 in Hello (E-bit, L-bit)\n");
                out.append("    Options is 0x52 in DBD (E-bit, L-bit, O-bit)\n");
                out.append("    LLS Options is 0x1 (LR)\n");
                out.append("    Dead timer due in ").append(clock(n.deadTimeLeft(s.now()))).append('\n');
                out.append("    Neighbor is up for ").append(SimTime.iosAge(Duration.ofMillis(s.now() - n.since())))
                        .append('\n');
                out.append("    Index 1/1/1, retransmission queue length 0, number of retransmission 0\n");
                out.append("    First 0x0(0)/0x0(0)/0x0(0) Next 0x0(0)/0x0(0)/0x0(0)\n");
                out.append("    Last retransmission scan length is 0, maximum is 0\n");
                out.append("    Last retransmission scan time is 0 msec, maximum is 0 msec\n");
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ interface

    static String interfaceBrief(NetworkState s, OspfRouter r) {
        // The Area column is 16 wide on 15.x (ntc-templates cisco_ios_show_ip_ospf_interface_brief1.raw, Et0/2) and
        // 6 wide on older images (cisco_ios_show_ip_ospf_interface_brief.raw, an ISR with Fa0/0 and Se0/0/0.100,
        // taken here for 12.4).
        boolean v12 = r.device().platform() == Platform.IOS_12_4;
        String areaFormat = v12 ? "%-6s" : "%-16s";
        StringBuilder out = new StringBuilder(v12
                ? "Interface    PID   Area  IP Address/Mask    Cost  State Nbrs F/C\n"
                : "Interface    PID   Area            IP Address/Mask    Cost  State Nbrs F/C\n");
        for (OspfIface oi : listed(r)) {
            int full = 0;
            int count = 0;
            for (OspfNbr n : oi.neighbors()) {
                if (n.state() == NbrState.FULL) full++;
                if (n.state() != NbrState.DOWN) count++;
            }
            out.append(String.format("%-13s%-6d" + areaFormat + "%-19s%-6d%-6s%d/%d%n", InterfaceNames.shortName(oi.name()),
                    r.processId(), oi.area(), ip(oi.net().address()) + "/" + oi.net().subnet().length(), oi.cost(),
                    oi.state().briefName(), full, count));
        }
        return out.toString();
    }

    static String interfaces(NetworkState s, OspfRouter r, String only) {
        boolean v12 = r.device().platform() == Platform.IOS_12_4;
        StringBuilder out = new StringBuilder();
        // Same order as the brief form: most recently enabled first (an IOS 15.x capture lists Serial1/1
        // "Index 1/3/3", then Serial1/0 "Index 1/2/2", then Ethernet0/0 "Index 1/1/1").
        for (OspfIface oi : listed(r)) {
            if (only != null && !oi.name().equals(only)) {
                continue;
            }
            var ni = oi.net();
            String status = s.underlay().status(ni).text();
            out.append(oi.name()).append(" is ").append(status).append(", line protocol is ")
                    .append(s.underlay().lineUp(ni) ? "up" : "down").append(" \n");
            out.append("  Internet Address ").append(ip(ni.address())).append('/').append(ni.subnet().length())
                    .append(", Area ").append(oi.area());
            out.append(v12 ? "\n" : ", Attached via Network Statement\n");
            out.append("  Process ID ").append(r.processId()).append(", Router ID ").append(ip(r.routerId()))
                    .append(", Network Type ").append(oi.type().showName()).append(", Cost: ").append(oi.cost()).append('\n');
            if (!v12) {
                out.append("  Topology-MTID    Cost    Disabled    Shutdown      Topology Name\n");
                out.append(String.format("        0           %-4d      no          no            Base%n", oi.cost()));
            }
            if (oi.type() == OspfNetworkType.LOOPBACK) {
                out.append("  Loopback interface is treated as a stub Host\n");
                continue;
            }
            out.append("  Transmit Delay is 1 sec, State ").append(oi.state().longName());
            if (oi.type().electsDr()) {
                out.append(", Priority ").append(oi.priority());
            }
            out.append('\n');
            if (oi.type().electsDr()) {
                if (oi.dr() != null) {
                    out.append("  Designated Router (ID) ").append(ip(oi.dr().router().routerId()))
                            .append(", Interface address ").append(ip(oi.dr().net().address())).append('\n');
                } else {
                    out.append("  No designated router on this network\n");
                }
                if (oi.bdr() != null) {
                    out.append("  Backup Designated router (ID) ").append(ip(oi.bdr().router().routerId()))
                            .append(", Interface address ").append(ip(oi.bdr().net().address())).append('\n');
                } else {
                    out.append("  No backup designated router on this network\n");
                }
            }
            out.append("  Timer intervals configured, Hello ").append(oi.helloSeconds()).append(", Dead ")
                    .append(oi.deadSeconds()).append(", Wait ").append(oi.waitSeconds()).append(", Retransmit 5\n");
            // Printed by 12.4T as well (12.4-era captures: "Timer intervals configured, Hello 30, Dead 120, ..."
            // followed by "    oob-resync timeout 120").
            out.append("    oob-resync timeout ").append(oi.deadSeconds()).append('\n');
            if (oi.up()) {
                long next = nextHello(oi, s.now());
                out.append("    Hello due in ").append(clock(next - s.now())).append('\n');
            }
            out.append("  Supports Link-local Signaling (LLS)\n");
            out.append("  Cisco NSF helper support enabled\n");
            out.append("  IETF NSF helper support enabled\n");
            // 12.4: "Index 2/2" and "Next 0x0(0)/0x0(0)"; 15.x: "Index 1/3/3" and "Next 0x0(0)/0x0(0)/0x0(0)"
            // (IOS 15.x captures of show ip ospf interface: the n-th interface enabled in the area is 1/n/n).
            // With several areas the first field is taken as the area's ordinal here (a guess).
            int inArea = 0;
            int global = 0;
            for (OspfIface o : r.interfaces()) {
                global++;
                if (o.area() == oi.area()) inArea++;
                if (o == oi) break;
            }
            if (v12) {
                out.append("  Index ").append(inArea).append('/').append(global).append(", flood queue length 0\n");
                out.append("  Next 0x0(0)/0x0(0)\n");
            } else {
                long areaOrdinal = r.interfaces().stream().map(OspfIface::area).distinct().filter(a -> a <= oi.area()).count();
                out.append("  Index ").append(areaOrdinal).append('/').append(inArea).append('/').append(global)
                        .append(", flood queue length 0\n");
                out.append("  Next 0x0(0)/0x0(0)/0x0(0)\n");
            }
            out.append("  Last flood scan length is 1, maximum is 1\n");
            out.append("  Last flood scan time is 0 msec, maximum is 0 msec\n");
            int count = 0;
            List<String> adjacent = new ArrayList<>();
            for (OspfNbr n : oi.sortedNeighbors()) {
                if (n.state() != NbrState.DOWN) count++;
                if (n.state() == NbrState.FULL) {
                    String role = oi.dr() == n.remote() ? "  (Designated Router)"
                            : oi.bdr() == n.remote() ? "  (Backup Designated Router)" : "";
                    adjacent.add("    Adjacent with neighbor " + ip(n.routerId()) + role);
                }
            }
            out.append("  Neighbor Count is ").append(count).append(", Adjacent neighbor count is ")
                    .append(adjacent.size()).append(" \n");
            adjacent.forEach(a -> out.append(a).append('\n'));
            out.append("  Suppress hello for 0 neighbor(s)\n");
        }
        return out.toString();
    }

    private static long nextHello(OspfIface oi, long now) {
        long h = oi.helloSeconds() * 1000L;
        long k = (now - oi.upAt()) / h + 1;
        return oi.upAt() + k * h;
    }

    // ------------------------------------------------------------------ process

    /**
     * {@code show ip ospf}. The 15.x lines {@code Supports NSSA (compatible with RFC 3101)},
     * {@code Supports Database Exchange Summary List Optimization (RFC 5243)} and {@code Event-log enabled, ...},
     * and the per-area {@code Area ranges are}, follow published IOS 15 captures of {@code show ip ospf}
     * (e.g. an IOU 15.x lab writing {@code SPF algorithm last executed 00:03:09.979 ago} / {@code Area ranges are}).
     * {@code SPF algorithm last executed} counts from the router's last (throttled) SPF run and
     * {@code SPF algorithm executed N times} counts its runs for the area since the process started.
     */
    static String process(NetworkState s, OspfRouter r) {
        boolean v12 = r.device().platform() == Platform.IOS_12_4;
        long up = s.now() - r.startedAt();
        StringBuilder out = new StringBuilder();
        out.append(" Routing Process \"ospf ").append(r.processId()).append("\" with ID ").append(ip(r.routerId())).append('\n');
        out.append(" Start time: ").append(clock(r.startedAt())).append(".000, Time elapsed: ")
                .append(clock(up)).append(".000\n");
        out.append(" Supports only single TOS(TOS0) routes\n");
        out.append(" Supports opaque LSA\n");
        out.append(" Supports Link-local Signaling (LLS)\n");
        out.append(" Supports area transit capability\n");
        if (!v12) {
            out.append(" Supports NSSA (compatible with RFC 3101)\n");
            out.append(" Supports Database Exchange Summary List Optimization (RFC 5243)\n");
            out.append(" Event-log enabled, Maximum number of events: 1000, Mode: cyclic\n");
        }
        // "It is an area border router" follows the capability lines on an ABR (IOS 15 capture of show ip ospf
        // with two areas).
        if (r.interfaces().stream().map(OspfIface::area).distinct().count() > 1) {
            out.append(" It is an area border router\n");
        }
        out.append(" Router is not originating router-LSAs with maximum metric\n");
        out.append(" Initial SPF schedule delay 5000 msecs\n");
        out.append(" Minimum hold time between two consecutive SPFs 10000 msecs\n");
        out.append(" Maximum wait time between two consecutive SPFs 10000 msecs\n");
        out.append(" Incremental-SPF disabled\n");
        out.append(" Minimum LSA interval 5 secs\n");
        out.append(" Minimum LSA arrival 1000 msecs\n");
        out.append(" LSA group pacing timer 240 secs\n");
        out.append(" Interface flood pacing timer 33 msecs\n");
        out.append(" Retransmission pacing timer 66 msecs\n");
        out.append(" Number of external LSA 0. Checksum Sum 0x000000\n");
        out.append(" Number of opaque AS LSA 0. Checksum Sum 0x000000\n");
        out.append(" Number of DCbitless external and opaque AS LSA 0\n");
        out.append(" Number of DoNotAge external and opaque AS LSA 0\n");
        Map<Long, Lsdb> dbs = s.ospf().lsdbs();
        List<Long> areas = r.interfaces().stream().map(OspfIface::area).distinct().sorted().toList();
        out.append(" Number of areas in this router is ").append(areas.size()).append(". ").append(areas.size())
                .append(" normal 0 stub 0 nssa\n");
        out.append(" Number of areas transit capable is 0\n");
        out.append(" External flood list length 0\n");
        out.append(" IETF NSF helper support enabled\n");
        out.append(" Cisco NSF helper support enabled\n");
        out.append(" Reference bandwidth unit is ").append(r.device().ospf().effectiveReferenceBandwidthMbps())
                .append(" mbps\n");
        for (long area : areas) {
            Lsdb db = dbs.get(area);
            long ifs = r.interfaces().stream().filter(oi -> oi.area() == area).count();
            int lsas = db == null ? 0 : db.routers().size() + db.networks().size();
            out.append("    Area ").append(area == 0 ? "BACKBONE(0)" : String.valueOf(area)).append('\n');
            out.append("        Number of interfaces in this area is ").append(ifs).append('\n');
            out.append("        Area has no authentication\n");
            long sinceSpf = r.lastSpf() >= 0 ? s.now() - r.lastSpf() : up;
            out.append("        SPF algorithm last executed ").append(clock(sinceSpf)).append(".000 ago\n");
            out.append("        SPF algorithm executed ").append(r.spfRuns(area)).append(" times\n");
            out.append("        Area ranges are\n");
            out.append("        Number of LSA ").append(lsas).append(". Checksum Sum 0x")
                    .append(String.format("%06X", checksumSum(s, db))).append('\n');
            out.append("        Number of opaque link LSA 0. Checksum Sum 0x000000\n");
            out.append("        Number of DCbitless LSA 0\n");
            out.append("        Number of indication LSA 0\n");
            out.append("        Number of DoNotAge LSA 0\n");
            out.append("        Flood list length 0\n");
        }
        return out.toString();
    }

    private static int checksumSum(NetworkState s, Lsdb db) {
        if (db == null) {
            return 0;
        }
        int sum = 0;
        for (RouterLsa l : db.routers().values()) {
            sum += LsaChecksum.router(l, seq(s, l.sequence(), l.originatedAt(), alive(s, l.routerId())));
        }
        for (NetworkLsa l : db.networks().values()) {
            sum += LsaChecksum.network(l, seq(s, l.sequence(), l.originatedAt(), alive(s, l.routerId())));
        }
        return sum & 0xffffff;
    }

    // ------------------------------------------------------------------ database

    private static boolean alive(NetworkState s, int rid) {
        for (OspfRouter r : s.ospf().routers().values()) {
            if (r.up() && r.routerId() == rid) {
                return true;
            }
        }
        return false;
    }

    private static int seq(NetworkState s, int sequence, long originatedAt, boolean alive) {
        return alive ? sequence + (int) ((s.now() - originatedAt) / REFRESH_MS) : sequence;
    }

    private static long age(NetworkState s, long originatedAt, boolean alive) {
        long a = s.now() - originatedAt;
        return (alive ? a % REFRESH_MS : Math.min(a, Lsdb.MAX_AGE_MS)) / 1000;
    }

    /**
     * Sections come in LSA type order: Router (1), Net (2), Summary Net (3), as in real outputs kept in
     * ntc-templates {@code tests/cisco_ios/show_ip_ospf_database/cisco_ios_show_ip_ospf_database.raw} and in
     * published IOS captures ({@code \t\tNet Link States (Area 0)} before {@code \t\tSummary Net Link States (Area 0)}).
     */
    static String database(NetworkState s, OspfRouter r) {
        StringBuilder out = new StringBuilder();
        out.append("\n            OSPF Router with ID (").append(ip(r.routerId())).append(") (Process ID ")
                .append(r.processId()).append(")\n");
        List<Long> areas = r.interfaces().stream().map(OspfIface::area).distinct().sorted().toList();
        for (long area : areas) {
            Lsdb db = s.ospf().lsdbs().get(area);
            if (db == null) {
                continue;
            }
            out.append("\n\t\tRouter Link States (Area ").append(area).append(")\n\n");
            out.append("Link ID         ADV Router      Age         Seq#       Checksum Link count\n");
            for (RouterLsa l : db.routers().values()) {
                boolean alive = alive(s, l.routerId());
                int sq = seq(s, l.sequence(), l.originatedAt(), alive);
                out.append(String.format("%-15s %-15s %-11d 0x%08X 0x%06X %d%n", ip(l.routerId()), ip(l.routerId()),
                        age(s, l.originatedAt(), alive), sq, LsaChecksum.router(l, sq), l.links().size()));
            }
            if (!db.networks().isEmpty()) {
                out.append("\n\t\tNet Link States (Area ").append(area).append(")\n\n");
                out.append("Link ID         ADV Router      Age         Seq#       Checksum\n");
                for (NetworkLsa l : db.networks().values()) {
                    boolean alive = alive(s, l.routerId());
                    int sq = seq(s, l.sequence(), l.originatedAt(), alive);
                    out.append(String.format("%-15s %-15s %-11d 0x%08X 0x%06X%n", ip(l.drAddress()), ip(l.routerId()),
                            age(s, l.originatedAt(), alive), sq, LsaChecksum.network(l, sq)));
                }
            }
            if (!db.summaries().isEmpty()) {
                out.append("\n\t\tSummary Net Link States (Area ").append(area).append(")\n\n");
                out.append("Link ID         ADV Router      Age         Seq#       Checksum\n");
                for (SummaryLsa l : db.summaries()) {
                    boolean alive = alive(s, l.routerId());
                    int sq = seq(s, l.sequence(), l.originatedAt(), alive);
                    out.append(String.format("%-15s %-15s %-11d 0x%08X 0x%06X%n", l.prefix().networkText(),
                            ip(l.routerId()), age(s, l.originatedAt(), alive), sq, LsaChecksum.summary(l, sq)));
                }
            }
        }
        return out.toString();
    }
}
