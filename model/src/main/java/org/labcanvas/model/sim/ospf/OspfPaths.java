package org.labcanvas.model.sim.ospf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;

/**
 * Read-only questions about one router's view of an area's link-state database: for each first
 * hop the router has (a router on a transit network it is attached to, or a point-to-point
 * neighbour), the best path through that first hop to a prefix, hop by hop. It builds the same
 * graph as the SPF ({@link Spf}: a transit link counts only when the network LSA lists the router,
 * a point-to-point link only when the neighbour links back), and the best of the paths per first
 * hop is the SPF's own result (a test holds them equal on every router of the samples).
 *
 * <p>The path through a first hop X is the cost of the link to X plus X's shortest path to the
 * prefix in the graph without the asking router (a path back through the asking router is never
 * one it would use). Nothing here changes the database or any route.
 */
public final class OspfPaths {
    private static final int INF = Integer.MAX_VALUE;

    /** What kind of link a step leaves its router by. */
    public enum Kind {
        /** onto a transit (multi-access or NBMA) network, to the next router on it or ending there */
        TRANSIT,
        /** to a point-to-point neighbour */
        POINT_TO_POINT,
        /** to a stub network of the router (a loopback, a LAN without neighbours): the end */
        STUB,
        /** an area border router's summary of a network in another area: the end */
        SUMMARY
    }

    /**
     * One link of a path.
     *
     * @param routerId    the router the link leaves
     * @param iface       its interface (null for a summary)
     * @param cost        the link's cost (the interface's OSPF cost; for a summary, the ABR's metric)
     * @param kind        the kind of link
     * @param network     the network the link leads onto (transit, stub or summarized network); null for point-to-point
     * @param nextRouter  the router it leads to, 0 at the end
     * @param nextAddress the next router's address on the link (the next-hop address), 0 at the end
     */
    public record Step(int routerId, String iface, int cost, Kind kind, Ipv4Prefix network, int nextRouter,
                       int nextAddress) {}

    /**
     * The best path through one first hop.
     *
     * @param iface       the asking router's outgoing interface
     * @param nextAddress the first hop's address (the next hop of the route)
     * @param nextRouter  the first hop's router ID
     * @param cost        total cost to the prefix, {@link Integer#MAX_VALUE} when the prefix cannot be reached through it
     * @param interArea   whether the path ends in another area's summary
     * @param steps       the links from the asking router to the prefix; empty when unreachable
     */
    public record Path(String iface, int nextAddress, int nextRouter, int cost, boolean interArea, List<Step> steps) {
        public Path {
            steps = List.copyOf(steps);
        }

        public boolean reachable() {
            return cost != INF;
        }
    }

    /** How the asking router itself is attached to the prefix, when it is. */
    public record Attached(String iface, Kind kind, int cost) {}

    private final Lsdb lsdb;
    private final int root;
    private final List<Integer> routers = new ArrayList<>();
    private final List<Integer> networks = new ArrayList<>();
    private final Map<Integer, Integer> routerIndex = new HashMap<>();
    private final Map<Integer, Integer> networkIndex = new HashMap<>();
    /** Outgoing edges per vertex: {to, cost, link index in the router LSA or -1}. */
    private final List<List<int[]>> edges = new ArrayList<>();

    private OspfPaths(Lsdb lsdb, int root) {
        this.lsdb = lsdb;
        this.root = root;
        for (int rid : lsdb.routers().keySet()) {
            routerIndex.put(rid, routers.size());
            routers.add(rid);
        }
        for (int nid : lsdb.networks().keySet()) {
            networkIndex.put(nid, routers.size() + networks.size());
            networks.add(nid);
        }
        for (int v = 0; v < routers.size() + networks.size(); v++) {
            edges.add(new ArrayList<>(2));
        }
        for (RouterLsa r : lsdb.routers().values()) {
            int v = routerIndex.get(r.routerId());
            for (int k = 0; k < r.links().size(); k++) {
                LsaLink l = r.links().get(k);
                if (l.type() == LsaLink.Type.TRANSIT) {
                    NetworkLsa net = lsdb.networks().get(l.id());
                    Integer w = networkIndex.get(l.id());
                    if (net != null && w != null && net.attached().contains(r.routerId())) {
                        edges.get(v).add(new int[] {w, l.cost(), k});
                        edges.get(w).add(new int[] {v, 0, -1});
                    }
                } else if (l.type() == LsaLink.Type.POINT_TO_POINT) {
                    Integer w = routerIndex.get(l.id());
                    if (w != null && linkBack(lsdb.routers().get(l.id()), r.routerId()) != null) {
                        edges.get(v).add(new int[] {w, l.cost(), k});
                    }
                }
            }
        }
    }

    /** The view of router {@code routerId} over {@code lsdb} (the database its SPF last ran on). */
    public static OspfPaths of(Lsdb lsdb, int routerId) {
        return new OspfPaths(lsdb, routerId);
    }

    public long area() {
        return lsdb.area();
    }

    /** Whether the asking router has a router LSA in this database. */
    public boolean present() {
        return routerIndex.containsKey(root);
    }

    private static LsaLink linkBack(RouterLsa other, int rid) {
        if (other == null) {
            return null;
        }
        for (LsaLink b : other.links()) {
            if (b.type() == LsaLink.Type.POINT_TO_POINT && b.id() == rid) {
                return b;
            }
        }
        return null;
    }

    private boolean isRouter(int v) {
        return v < routers.size();
    }

    private Ipv4Prefix networkPrefix(int v) {
        NetworkLsa n = lsdb.networks().get(networks.get(v - routers.size()));
        return Ipv4Prefix.of(n.drAddress(), Integer.bitCount(n.mask()));
    }

    /** The address router vertex {@code r} has on network vertex {@code net} (its transit link's data). */
    private int addressOn(int r, int net) {
        for (LsaLink l : lsdb.routers().get(routers.get(r)).links()) {
            if (l.type() == LsaLink.Type.TRANSIT && l.id() == networks.get(net - routers.size())) {
                return l.data();
            }
        }
        return 0;
    }

    /** How the asking router is itself attached to {@code prefix} (a stub or transit link of its own), if it is. */
    public java.util.Optional<Attached> attached(Ipv4Prefix prefix) {
        RouterLsa me = lsdb.routers().get(root);
        if (me == null) {
            return java.util.Optional.empty();
        }
        for (LsaLink l : me.links()) {
            if (l.type() == LsaLink.Type.STUB && Ipv4Prefix.of(l.id(), Integer.bitCount(l.data())).equals(prefix)) {
                return java.util.Optional.of(new Attached(l.iface(), Kind.STUB, l.cost()));
            }
            if (l.type() == LsaLink.Type.TRANSIT) {
                NetworkLsa n = lsdb.networks().get(l.id());
                if (n != null && Ipv4Prefix.of(n.drAddress(), Integer.bitCount(n.mask())).equals(prefix)) {
                    return java.util.Optional.of(new Attached(l.iface(), Kind.TRANSIT, l.cost()));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * For every first hop of the asking router, its best path to {@code prefix}, cheapest first (then
     * by interface and address); first hops through which the prefix cannot be reached are listed
     * last, unreachable. Empty when the router is not in the database.
     */
    public List<Path> toPrefix(Ipv4Prefix prefix) {
        Integer self = routerIndex.get(root);
        if (self == null) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        for (int[] e : edges.get(self)) {
            LsaLink link = lsdb.routers().get(root).links().get(e[2]);
            if (link.type() == LsaLink.Type.TRANSIT) {
                int net = e[0];
                for (int[] f : edges.get(net)) {
                    int x = f[0];
                    if (x == self) {
                        continue;
                    }
                    out.add(pathVia(self, link, e[1], net, x, addressOn(x, net), prefix));
                }
            } else {
                int x = e[0];
                LsaLink back = linkBack(lsdb.routers().get(routers.get(x)), root);
                out.add(pathVia(self, link, e[1], -1, x, back.data(), prefix));
            }
        }
        out.sort(Comparator.comparingLong((Path p) -> p.cost() == INF ? Long.MAX_VALUE : p.cost())
                .thenComparing(Path::iface).thenComparing(p -> Integer.toUnsignedLong(p.nextAddress())));
        return out;
    }

    private Path pathVia(int self, LsaLink first, int firstCost, int firstNet, int x, int xAddress, Ipv4Prefix prefix) {
        int n = routers.size() + networks.size();
        int[] dist = new int[n];
        int[] prev = new int[n];
        int[] prevCost = new int[n];
        int[] prevLink = new int[n];
        Arrays.fill(dist, INF);
        Arrays.fill(prev, -1);
        dist[x] = 0;
        boolean[] done = new boolean[n];
        done[self] = true;
        // at equal distance networks before routers (RFC 2328 16.1), then by vertex order: deterministic
        int nr = routers.size();
        PriorityQueue<long[]> pq = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
                : (a[1] < nr) != (b[1] < nr) ? (a[1] < nr ? 1 : -1) : Long.compare(a[1], b[1]));
        pq.add(new long[] {0, x});
        while (!pq.isEmpty()) {
            long[] top = pq.poll();
            int v = (int) top[1];
            if (done[v] || top[0] != dist[v]) {
                continue;
            }
            done[v] = true;
            for (int[] e : edges.get(v)) {
                int w = e[0];
                if (done[w]) {
                    continue;
                }
                long d = (long) dist[v] + e[1];
                if (d < dist[w]) {
                    dist[w] = (int) d;
                    prev[w] = v;
                    prevCost[w] = e[1];
                    prevLink[w] = e[2];
                    pq.add(new long[] {d, w});
                }
            }
        }
        // the cheapest end: a transit network with the prefix, a router's stub link; else a summary
        int bestEnd = -1;
        long bestCost = Long.MAX_VALUE;
        Step endStep = null;
        for (int v = 0; v < n; v++) {
            if (dist[v] == INF) {
                continue;
            }
            if (isRouter(v)) {
                for (LsaLink l : lsdb.routers().get(routers.get(v)).links()) {
                    if (l.type() == LsaLink.Type.STUB && Ipv4Prefix.of(l.id(), Integer.bitCount(l.data())).equals(prefix)) {
                        long c = (long) dist[v] + l.cost();
                        if (c < bestCost) {
                            bestCost = c;
                            bestEnd = v;
                            endStep = new Step(routers.get(v), l.iface(), l.cost(), Kind.STUB, prefix, 0, 0);
                        }
                    }
                }
            } else if (networkPrefix(v).equals(prefix) && dist[v] < bestCost && prev[v] >= 0) {
                bestCost = dist[v];
                bestEnd = v;
                endStep = null;
            }
        }
        boolean interArea = false;
        if (bestEnd < 0) {
            for (SummaryLsa sum : lsdb.summaries()) {
                Integer v = routerIndex.get(sum.routerId());
                if (sum.prefix().equals(prefix) && v != null && dist[v] != INF) {
                    long c = (long) dist[v] + sum.metric();
                    if (c < bestCost) {
                        bestCost = c;
                        bestEnd = v;
                        endStep = new Step(sum.routerId(), null, sum.metric(), Kind.SUMMARY, prefix, 0, 0);
                        interArea = true;
                    }
                }
            }
        }
        if (bestEnd < 0) {
            return new Path(first.iface(), xAddress, routers.get(x), INF, false, List.of());
        }
        // walk back from the end to the first hop, then prepend the asking router's own link
        List<Step> steps = new ArrayList<>();
        if (endStep != null) {
            steps.add(endStep);
        }
        int v = bestEnd;
        int arrivedAddress = 0;
        int arrivedRouter = 0;
        Ipv4Prefix arrivedNetwork = isRouter(v) ? null : networkPrefix(v);
        if (!isRouter(v)) {
            // ends on a transit network: the step onto it is the last one
            int r = prev[v];
            LsaLink l = lsdb.routers().get(routers.get(r)).links().get(prevLink[v]);
            steps.add(new Step(routers.get(r), l.iface(), prevCost[v], Kind.TRANSIT, arrivedNetwork, 0, 0));
            v = r;
        }
        while (v != x) {
            int p = prev[v];
            if (isRouter(p)) {
                LsaLink l = lsdb.routers().get(routers.get(p)).links().get(prevLink[v]);
                LsaLink back = linkBack(lsdb.routers().get(routers.get(v)), routers.get(p));
                steps.add(new Step(routers.get(p), l.iface(), prevCost[v], Kind.POINT_TO_POINT, null, routers.get(v),
                        back == null ? 0 : back.data()));
                v = p;
            } else {
                int r = prev[p];
                LsaLink l = lsdb.routers().get(routers.get(r)).links().get(prevLink[p]);
                steps.add(new Step(routers.get(r), l.iface(), prevCost[p], Kind.TRANSIT, networkPrefix(p), routers.get(v),
                        addressOn(v, p)));
                v = r;
            }
        }
        if (first.type() == LsaLink.Type.TRANSIT) {
            steps.add(new Step(root, first.iface(), firstCost, Kind.TRANSIT, networkPrefix(firstNet), routers.get(x), xAddress));
        } else {
            steps.add(new Step(root, first.iface(), firstCost, Kind.POINT_TO_POINT, null, routers.get(x), xAddress));
        }
        java.util.Collections.reverse(steps);
        return new Path(first.iface(), xAddress, routers.get(x), (int) (bestCost + firstCost), interArea, steps);
    }
}
