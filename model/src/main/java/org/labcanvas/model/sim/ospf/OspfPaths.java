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
        Map<Integer, java.util.Set<Integer>> attached = new HashMap<>();
        for (RouterLsa r : lsdb.routers().values()) {
            int v = routerIndex.get(r.routerId());
            for (int k = 0; k < r.links().size(); k++) {
                LsaLink l = r.links().get(k);
                if (l.type() == LsaLink.Type.TRANSIT) {
                    NetworkLsa net = lsdb.networks().get(l.id());
                    Integer w = networkIndex.get(l.id());
                    if (net != null && w != null && attached.computeIfAbsent(l.id(),
                            id -> new java.util.HashSet<>(net.attached())).contains(r.routerId())) {
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
     *
     * <p>One Dijkstra run backwards from the prefix, over the graph without the asking router, gives
     * every router's distance to the prefix; a first hop's path is its link's cost plus that distance
     * (a hub with thousands of spokes as first hops costs one run, not one per spoke).
     */
    public List<Path> toPrefix(Ipv4Prefix prefix) {
        Integer self = routerIndex.get(root);
        if (self == null) {
            return List.of();
        }
        Backwards b = backwards(self, prefix);
        List<Path> out = new ArrayList<>();
        for (int[] e : edges.get(self)) {
            LsaLink link = lsdb.routers().get(root).links().get(e[2]);
            if (link.type() == LsaLink.Type.TRANSIT) {
                int net = e[0];
                for (int[] f : edges.get(net)) {
                    int x = f[0];
                    if (x != self) {
                        out.add(path(b, link, e[1], net, x, addressOn(x, net)));
                    }
                }
            } else {
                int x = e[0];
                LsaLink back = linkBack(lsdb.routers().get(routers.get(x)), root);
                out.add(path(b, link, e[1], -1, x, back.data()));
            }
        }
        out.sort(Comparator.comparingLong((Path p) -> p.cost() == INF ? Long.MAX_VALUE : p.cost())
                .thenComparing(Path::iface).thenComparing(p -> Integer.toUnsignedLong(p.nextAddress())));
        return out;
    }

    /**
     * Distances to the prefix from every vertex, without the asking router: {@code dist}, the vertex
     * each goes on to ({@code next}, -1 at an end), the router LSA link it leaves by ({@code link}),
     * and at the ends the last step (a stub or summary link; null where the vertex is the prefix's
     * own transit network).
     */
    private record Backwards(int[] dist, int[] next, int[] link, int[] cost, Step[] end, boolean interArea) {}

    private Backwards backwards(int self, Ipv4Prefix prefix) {
        int n = routers.size() + networks.size();
        int[] dist = new int[n];
        int[] next = new int[n];
        int[] link = new int[n];
        int[] cost = new int[n];
        Step[] end = new Step[n];
        Arrays.fill(dist, INF);
        Arrays.fill(next, -1);
        // reverse edges: for u -> w (cost c, link k), w <- u
        List<List<int[]>> rev = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            rev.add(new ArrayList<>(2));
        }
        for (int u = 0; u < n; u++) {
            for (int[] e : edges.get(u)) {
                rev.get(e[0]).add(new int[] {u, e[1], e[2]});
            }
        }
        int nr = routers.size();
        PriorityQueue<long[]> pq = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
                : (a[1] < nr) != (b[1] < nr) ? (a[1] < nr ? 1 : -1) : Long.compare(a[1], b[1]));
        boolean seeded = false;
        for (int v = 0; v < nr; v++) {
            if (v == self) {
                continue;
            }
            for (LsaLink l : lsdb.routers().get(routers.get(v)).links()) {
                if (l.type() == LsaLink.Type.STUB && Ipv4Prefix.of(l.id(), Integer.bitCount(l.data())).equals(prefix)
                        && l.cost() < dist[v]) {
                    dist[v] = l.cost();
                    end[v] = new Step(routers.get(v), l.iface(), l.cost(), Kind.STUB, prefix, 0, 0);
                    seeded = true;
                }
            }
        }
        for (int v = nr; v < n; v++) {
            if (networkPrefix(v).equals(prefix)) {
                dist[v] = 0;
                end[v] = null;
                seeded = true;
            }
        }
        boolean interArea = false;
        if (!seeded) {
            for (SummaryLsa sum : lsdb.summaries()) {
                Integer v = routerIndex.get(sum.routerId());
                if (sum.prefix().equals(prefix) && v != null && v != self && sum.metric() < dist[v]) {
                    dist[v] = sum.metric();
                    end[v] = new Step(sum.routerId(), null, sum.metric(), Kind.SUMMARY, prefix, 0, 0);
                    interArea = true;
                }
            }
        }
        for (int v = 0; v < n; v++) {
            if (dist[v] != INF) {
                pq.add(new long[] {dist[v], v});
            }
        }
        boolean[] done = new boolean[n];
        done[self] = true;
        while (!pq.isEmpty()) {
            long[] top = pq.poll();
            int v = (int) top[1];
            if (done[v] || top[0] != dist[v]) {
                continue;
            }
            done[v] = true;
            for (int[] e : rev.get(v)) {
                int u = e[0];
                if (done[u]) {
                    continue;
                }
                long d = (long) dist[v] + e[1];
                if (d < dist[u]) {
                    dist[u] = (int) d;
                    next[u] = v;
                    link[u] = e[2];
                    cost[u] = e[1];
                    end[u] = null;
                    pq.add(new long[] {d, u});
                }
            }
        }
        return new Backwards(dist, next, link, cost, end, interArea);
    }

    /** The path through first hop {@code x}: the asking router's link to it, then x's way to the prefix. */
    private Path path(Backwards b, LsaLink first, int firstCost, int firstNet, int x, int xAddress) {
        if (b.dist()[x] == INF) {
            return new Path(first.iface(), xAddress, routers.get(x), INF, false, List.of());
        }
        List<Step> steps = new ArrayList<>();
        if (first.type() == LsaLink.Type.TRANSIT) {
            steps.add(new Step(root, first.iface(), firstCost, Kind.TRANSIT, networkPrefix(firstNet), routers.get(x), xAddress));
        } else {
            steps.add(new Step(root, first.iface(), firstCost, Kind.POINT_TO_POINT, null, routers.get(x), xAddress));
        }
        int v = x;
        while (b.next()[v] >= 0) {
            int w = b.next()[v];
            LsaLink l = lsdb.routers().get(routers.get(v)).links().get(b.link()[v]);
            if (isRouter(w)) {
                LsaLink back = linkBack(lsdb.routers().get(routers.get(w)), routers.get(v));
                steps.add(new Step(routers.get(v), l.iface(), b.cost()[v], Kind.POINT_TO_POINT, null, routers.get(w),
                        back == null ? 0 : back.data()));
                v = w;
            } else if (b.next()[w] < 0) {
                // onto the prefix's own transit network: the end
                steps.add(new Step(routers.get(v), l.iface(), b.cost()[v], Kind.TRANSIT, networkPrefix(w), 0, 0));
                v = w;
            } else {
                int r = b.next()[w];
                steps.add(new Step(routers.get(v), l.iface(), b.cost()[v], Kind.TRANSIT, networkPrefix(w), routers.get(r),
                        addressOn(r, w)));
                v = r;
            }
        }
        if (b.end()[v] != null) {
            steps.add(b.end()[v]);
        }
        return new Path(first.iface(), xAddress, routers.get(x), firstCost + b.dist()[x], b.interArea(), steps);
    }
}
