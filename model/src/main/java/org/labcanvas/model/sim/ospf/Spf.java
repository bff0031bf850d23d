package org.labcanvas.model.sim.ospf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;

/**
 * The shortest-path-first calculation of one area (RFC 2328 16.1) for every router at once.
 *
 * <p>Routers whose router LSAs have the same non-stub links (same transit networks, same costs,
 * same interface names; for point-to-point links the same neighbor, neighbor address and cost
 * back) are interchangeable in the graph: swapping two of them is an automorphism. Their SPF
 * trees are the same up to that swap, so one Dijkstra run per such class serves all its members
 * (thousands of spokes hanging off the same hubs cost one run). For a member S other than the
 * class's representative R, distances and first hops equal R's, except that the entry for R
 * is R's entry for S.
 *
 * <p>Equal-cost paths are kept up to 4 first hops (IOS's default {@code maximum-paths} for OSPF),
 * the lowest next-hop addresses first (a guess: IOS keeps the first four it finds).
 */
public final class Spf {
    static final int MAX_PATHS = 4;
    static final int INF = Integer.MAX_VALUE;

    private final Lsdb lsdb;
    final List<Integer> routerIds = new ArrayList<>();
    final List<Integer> networkIds = new ArrayList<>();
    final Map<Integer, Integer> routerIndex = new HashMap<>();
    final Map<Integer, Integer> networkIndex = new HashMap<>();
    private int[][] edgeTo;
    private int[][] edgeCost;
    /** For each router vertex, its address on each attached network vertex (for next hops). */
    private final List<Map<Integer, Integer>> addressOn = new ArrayList<>();
    final Map<Integer, ClassResult> resultByRouter = new HashMap<>();
    final Map<String, ClassResult> resultBySignature = new HashMap<>();
    final Map<Integer, String> signatureOf = new HashMap<>();
    /** When each router last changed class: routes it had before that are not its history. */
    final Map<Integer, Long> joinedAt = new HashMap<>();
    private final Map<Integer, java.util.Set<Integer>> attachedSets = new java.util.concurrent.ConcurrentHashMap<>();

    private boolean attached(NetworkLsa net, int rid) {
        return attachedSets.computeIfAbsent(net.drAddress(), k -> new java.util.HashSet<>(net.attached())).contains(rid);
    }

    /** The SPF tree of a class representative. */
    static final class ClassResult {
        final int representative;
        final int[] dist;
        final List<NextHop>[] hops;
        final long[] since;

        @SuppressWarnings("unchecked")
        ClassResult(int representative, int n) {
            this.representative = representative;
            this.dist = new int[n];
            this.hops = new List[n];
            this.since = new long[n];
        }
    }

    Spf(Lsdb lsdb) {
        this.lsdb = lsdb;
    }

    /** The database this run computed from (a copy taken when it ran; it never changes). */
    Lsdb lsdb() {
        return lsdb;
    }

    int vertexCount() {
        return routerIds.size() + networkIds.size();
    }

    boolean isRouter(int v) {
        return v < routerIds.size();
    }

    /** Builds the graph with the RFC's two-way checks and runs one Dijkstra per class. */
    void run(Spf previous, long now) {
        for (int rid : lsdb.routers().keySet()) {
            routerIndex.put(rid, routerIds.size());
            routerIds.add(rid);
            addressOn.add(new HashMap<>());
        }
        for (int nid : lsdb.networks().keySet()) {
            networkIndex.put(nid, routerIds.size() + networkIds.size());
            networkIds.add(nid);
        }
        int n = vertexCount();
        List<int[]>[] edges = buildEdges(n);
        edgeTo = new int[n][];
        edgeCost = new int[n][];
        for (int v = 0; v < n; v++) {
            List<int[]> e = edges[v];
            edgeTo[v] = new int[e.size()];
            edgeCost[v] = new int[e.size()];
            for (int k = 0; k < e.size(); k++) {
                edgeTo[v][k] = e.get(k)[0];
                edgeCost[v][k] = e.get(k)[1];
            }
        }
        for (int rid : routerIds) {
            String sig = signature(lsdb.routers().get(rid));
            signatureOf.put(rid, sig);
            boolean same = previous != null && sig.equals(previous.signatureOf.get(rid));
            joinedAt.put(rid, same ? previous.joinedAt.get(rid) : now);
            ClassResult r = resultBySignature.get(sig);
            if (r == null) {
                r = dijkstra(routerIndex.get(rid));
                ClassResult old = previous == null ? null : previous.resultBySignature.get(sig);
                stampSince(r, old, previous, now);
                resultBySignature.put(sig, r);
            }
            resultByRouter.put(rid, r);
        }
    }

    @SuppressWarnings("unchecked")
    private List<int[]>[] buildEdges(int n) {
        List<int[]>[] edges = new List[n];
        for (int v = 0; v < n; v++) {
            edges[v] = new ArrayList<>(2);
        }
        for (RouterLsa r : lsdb.routers().values()) {
            int v = routerIndex.get(r.routerId());
            for (LsaLink l : r.links()) {
                if (l.type() == LsaLink.Type.TRANSIT) {
                    NetworkLsa net = lsdb.networks().get(l.id());
                    Integer w = networkIndex.get(l.id());
                    if (net != null && w != null && attached(net, r.routerId())) {
                        edges[v].add(new int[] {w, l.cost()});
                        edges[w].add(new int[] {v, 0});
                        addressOn.get(v).put(w, l.data());
                    }
                } else if (l.type() == LsaLink.Type.POINT_TO_POINT) {
                    RouterLsa other = lsdb.routers().get(l.id());
                    Integer w = routerIndex.get(l.id());
                    if (other != null && w != null && hasP2pTo(other, r.routerId())) {
                        edges[v].add(new int[] {w, l.cost()});
                    }
                }
            }
        }
        return edges;
    }

    private static boolean hasP2pTo(RouterLsa r, int rid) {
        for (LsaLink l : r.links()) {
            if (l.type() == LsaLink.Type.POINT_TO_POINT && l.id() == rid) {
                return true;
            }
        }
        return false;
    }

    private String signature(RouterLsa r) {
        List<String> parts = new ArrayList<>();
        for (LsaLink l : r.links()) {
            if (l.type() == LsaLink.Type.TRANSIT) {
                NetworkLsa net = lsdb.networks().get(l.id());
                boolean listed = net != null && attached(net, r.routerId());
                parts.add("T" + l.id() + ":" + l.cost() + ":" + l.iface() + ":" + listed);
            } else if (l.type() == LsaLink.Type.POINT_TO_POINT) {
                RouterLsa other = lsdb.routers().get(l.id());
                String back = "-";
                if (other != null) {
                    for (LsaLink b : other.links()) {
                        if (b.type() == LsaLink.Type.POINT_TO_POINT && b.id() == r.routerId()) {
                            back = b.cost() + "@" + b.data();
                        }
                    }
                }
                parts.add("P" + l.id() + ":" + l.cost() + ":" + l.iface() + ":" + back);
            }
        }
        parts.sort(null);
        return String.join("|", parts);
    }

    private ClassResult dijkstra(int root) {
        int n = vertexCount();
        ClassResult res = new ClassResult(root, n);
        Arrays.fill(res.dist, INF);
        res.dist[root] = 0;
        res.hops[root] = List.of();
        boolean[] done = new boolean[n];
        // RFC 2328 16.1 step 3: at equal distance, network vertices are taken before router
        // vertices, "so that all equal-cost paths are found" (a router reached through two transit
        // networks at the same cost gets both networks' first hops before it is done).
        int routers = routerIds.size();
        PriorityQueue<long[]> pq = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
                : (a[1] < routers) != (b[1] < routers) ? (a[1] < routers ? 1 : -1)
                : Long.compare(a[1], b[1]));
        pq.add(new long[] {0, root});
        RouterLsa rootLsa = lsdb.routers().get(routerIds.get(root));
        while (!pq.isEmpty()) {
            long[] top = pq.poll();
            int v = (int) top[1];
            if (done[v] || top[0] != res.dist[v]) {
                continue;
            }
            done[v] = true;
            for (int k = 0; k < edgeTo[v].length; k++) {
                int w = edgeTo[v][k];
                if (done[w]) {
                    continue;
                }
                long d = (long) res.dist[v] + edgeCost[v][k];
                if (d > res.dist[w]) {
                    continue;
                }
                List<NextHop> via = firstHops(root, rootLsa, v, w, res);
                if (d < res.dist[w]) {
                    res.dist[w] = (int) d;
                    res.hops[w] = via;
                    pq.add(new long[] {d, w});
                } else {
                    res.hops[w] = merge(res.hops[w], via);
                }
            }
        }
        return res;
    }

    /** RFC 2328 16.1.1: first hops of w reached from parent v. */
    private List<NextHop> firstHops(int root, RouterLsa rootLsa, int v, int w, ClassResult res) {
        if (v == root) {
            if (!isRouter(w)) {
                String iface = rootIfaceTo(rootLsa, LsaLink.Type.TRANSIT, networkIds.get(w - routerIds.size()));
                return List.of(new NextHop(iface, 0));
            }
            int wRid = routerIds.get(w);
            String iface = rootIfaceTo(rootLsa, LsaLink.Type.POINT_TO_POINT, wRid);
            RouterLsa wl = lsdb.routers().get(wRid);
            int addr = 0;
            for (LsaLink b : wl.links()) {
                if (b.type() == LsaLink.Type.POINT_TO_POINT && b.id() == rootLsa.routerId()) {
                    addr = b.data();
                }
            }
            return List.of(new NextHop(iface, addr));
        }
        if (!isRouter(v) && isDirect(res.hops[v])) {
            Integer addr = addressOn.get(w).get(v);
            List<NextHop> out = new ArrayList<>();
            for (NextHop h : res.hops[v]) {
                out.add(new NextHop(h.iface(), addr == null ? 0 : addr));
            }
            return out;
        }
        return res.hops[v];
    }

    private static boolean isDirect(List<NextHop> hops) {
        return !hops.isEmpty() && hops.get(0).address() == 0;
    }

    private static String rootIfaceTo(RouterLsa root, LsaLink.Type type, int id) {
        for (LsaLink l : root.links()) {
            if (l.type() == type && l.id() == id) {
                return l.iface();
            }
        }
        return "?";
    }

    private static List<NextHop> merge(List<NextHop> a, List<NextHop> b) {
        TreeSet<NextHop> s = new TreeSet<>(a);
        s.addAll(b);
        List<NextHop> out = new ArrayList<>(s);
        return out.size() > MAX_PATHS ? List.copyOf(out.subList(0, MAX_PATHS)) : List.copyOf(out);
    }

    private long vertexKey(int v) {
        return isRouter(v) ? routerIds.get(v) & 0xffffffffL : (1L << 32) | (networkIds.get(v - routerIds.size()) & 0xffffffffL);
    }

    private void stampSince(ClassResult r, ClassResult old, Spf previous, long now) {
        for (int v = 0; v < r.dist.length; v++) {
            r.since[v] = now;
            if (old == null) {
                continue;
            }
            long key = vertexKey(v);
            int ov = previous.indexOfKey(key);
            if (ov >= 0 && old.dist[ov] == r.dist[v] && java.util.Objects.equals(old.hops[ov], r.hops[v])) {
                r.since[v] = old.since[ov];
            }
        }
    }

    private int indexOfKey(long key) {
        if ((key >>> 32) == 0) {
            return routerIndex.getOrDefault((int) key, -1);
        }
        return networkIndex.getOrDefault((int) key, -1);
    }

    /** Intra-area routes of router {@code rid}, by prefix. */
    Map<Ipv4Prefix, OspfRoute> routesOf(int rid) {
        return routesOf(rid, null);
    }

    private static boolean covers(Ipv4Prefix p, int[] addresses) {
        if (addresses == null) {
            return true;
        }
        for (int a : addresses) {
            if (p.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** Intra-area routes of router {@code rid} whose prefix contains one of {@code addresses} (null: all), by prefix. */
    Map<Ipv4Prefix, OspfRoute> routesOf(int rid, int[] addresses) {
        Map<Ipv4Prefix, OspfRoute> out = new TreeMap<>();
        Integer self = routerIndex.get(rid);
        ClassResult res = resultByRouter.get(rid);
        if (self == null || res == null) {
            return out;
        }
        int rep = res.representative;
        long joined = joinedAt.getOrDefault(rid, 0L);
        Map<Integer, Integer> swap = self == rep ? Map.of() : addressSwap(routerIds.get(self), routerIds.get(rep));
        int[] vertices = addresses == null ? null : verticesCovering(addresses);
        int count = vertices == null ? vertexCount() : vertices.length;
        for (int k = 0; k < count; k++) {
            int v = vertices == null ? k : vertices[k];
            if (v == self) {
                continue;
            }
            int from = (v == rep && self != rep) ? self : v;
            int d = res.dist[from];
            List<NextHop> hops = translate(res.hops[from], swap);
            if (d == INF || hops == null || hops.isEmpty() || isDirect(hops)) {
                if (d == INF || isRouter(v) || hops == null) {
                    continue;
                }
            }
            long since = Math.max(res.since[from], joined);
            if (isRouter(v)) {
                for (LsaLink l : lsdb.routers().get(routerIds.get(v)).links()) {
                    if (l.type() != LsaLink.Type.STUB) {
                        continue;
                    }
                    Ipv4Prefix p = Ipv4Prefix.of(l.id(), Integer.bitCount(l.data()));
                    if (covers(p, addresses)) {
                        add(out, new OspfRoute(p, d + l.cost(), hops, since, lsdb.area(), routerIds.get(v), false));
                    }
                }
            } else if (!isDirect(hops)) {
                NetworkLsa net = lsdb.networks().get(networkIds.get(v - routerIds.size()));
                Ipv4Prefix p = Ipv4Prefix.of(net.drAddress(), Integer.bitCount(net.mask()));
                if (covers(p, addresses)) {
                    add(out, new OspfRoute(p, d, hops, since, lsdb.area(), net.routerId(), false));
                }
            }
        }
        return out;
    }

    /** Which vertices advertise each prefix (built on first use; an SPF result never changes once run). */
    private volatile Map<Ipv4Prefix, int[]> advertisers;
    /** Bit n set when some advertised prefix has length n. */
    private volatile long advertisedLengths;

    private Map<Ipv4Prefix, int[]> advertisers() {
        Map<Ipv4Prefix, int[]> m = advertisers;
        if (m != null) {
            return m;
        }
        Map<Ipv4Prefix, java.util.List<Integer>> build = new HashMap<>();
        for (int v = 0; v < vertexCount(); v++) {
            if (isRouter(v)) {
                for (LsaLink l : lsdb.routers().get(routerIds.get(v)).links()) {
                    if (l.type() == LsaLink.Type.STUB) {
                        build.computeIfAbsent(Ipv4Prefix.of(l.id(), Integer.bitCount(l.data())), x -> new ArrayList<>()).add(v);
                    }
                }
            } else {
                NetworkLsa net = lsdb.networks().get(networkIds.get(v - routerIds.size()));
                build.computeIfAbsent(Ipv4Prefix.of(net.drAddress(), Integer.bitCount(net.mask())), x -> new ArrayList<>()).add(v);
            }
        }
        Map<Ipv4Prefix, int[]> done = new HashMap<>();
        long lengths = 0;
        for (Map.Entry<Ipv4Prefix, java.util.List<Integer>> e : build.entrySet()) {
            done.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).distinct().toArray());
            lengths |= 1L << e.getKey().length();
        }
        advertisedLengths = lengths;
        advertisers = done;
        return done;
    }

    /** The vertices advertising a prefix that contains one of {@code addresses}, ascending. */
    private int[] verticesCovering(int[] addresses) {
        Map<Ipv4Prefix, int[]> m = advertisers();
        long lengths = advertisedLengths;
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (int a : addresses) {
            for (int len = 0; len <= 32; len++) {
                if ((lengths & (1L << len)) != 0) {
                    int[] vs = m.get(Ipv4Prefix.of(a, len));
                    if (vs != null) {
                        for (int v : vs) {
                            out.add(v);
                        }
                    }
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Distance, first hops and age of the path from one router to another in this area. */
    record Path(int dist, List<NextHop> hops, long since) {}

    java.util.Optional<Path> pathTo(int fromRid, int toRid) {
        Integer self = routerIndex.get(fromRid);
        Integer to = routerIndex.get(toRid);
        ClassResult res = resultByRouter.get(fromRid);
        if (self == null || to == null || res == null || self.equals(to)) {
            return java.util.Optional.empty();
        }
        int rep = res.representative;
        Map<Integer, Integer> swap = self == rep ? Map.of() : addressSwap(fromRid, routerIds.get(rep));
        int from = (to == rep && self != rep) ? self : to;
        if (res.dist[from] == INF || res.hops[from] == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Path(res.dist[from], translate(res.hops[from], swap),
                Math.max(res.since[from], joinedAt.getOrDefault(fromRid, 0L))));
    }

    /**
     * The automorphism swaps a member with the representative, and with them their interface
     * addresses: a first hop toward the member in the representative's tree is a first hop
     * toward the representative in the member's.
     */
    private Map<Integer, Integer> addressSwap(int memberRid, int repRid) {
        Map<String, Integer> member = new HashMap<>();
        Map<String, Integer> rep = new HashMap<>();
        for (LsaLink l : lsdb.routers().get(memberRid).links()) {
            if (l.type() != LsaLink.Type.STUB) member.put(l.iface(), l.data());
        }
        for (LsaLink l : lsdb.routers().get(repRid).links()) {
            if (l.type() != LsaLink.Type.STUB) rep.put(l.iface(), l.data());
        }
        Map<Integer, Integer> swap = new HashMap<>();
        for (Map.Entry<String, Integer> e : member.entrySet()) {
            Integer r = rep.get(e.getKey());
            if (r != null) {
                swap.put(e.getValue(), r);
                swap.put(r, e.getValue());
            }
        }
        return swap;
    }

    private static List<NextHop> translate(List<NextHop> hops, Map<Integer, Integer> swap) {
        if (hops == null || swap.isEmpty()) {
            return hops;
        }
        List<NextHop> out = new ArrayList<>(hops.size());
        for (NextHop h : hops) {
            out.add(new NextHop(h.iface(), swap.getOrDefault(h.address(), h.address())));
        }
        out.sort(null);
        return List.copyOf(out);
    }

    private static void add(Map<Ipv4Prefix, OspfRoute> out, OspfRoute r) {
        OspfRoute old = out.get(r.prefix());
        if (old == null || r.cost() < old.cost()) {
            out.put(r.prefix(), r);
        } else if (r.cost() == old.cost()) {
            out.put(r.prefix(), new OspfRoute(r.prefix(), r.cost(), merge(old.nextHops(), r.nextHops()),
                    Math.max(old.since(), r.since()), r.area(), old.advertisingRouter(), old.interArea()));
        }
    }
}
