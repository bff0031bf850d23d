package org.labcanvas.model.sim.ospf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.topology.OspfNetworkType;

/**
 * Between areas: area border routers originate type-3 summaries (RFC 2328 12.4.3, no area ranges)
 * and every router adds inter-area routes from them (RFC 2328 16.2). Holds no state of its own: it
 * works on the engine's routers, databases and SPF results.
 */
final class AreaBorder {
    private final Map<String, OspfRouter> routers;
    private final Map<Long, Lsdb> lsdbs;
    private final Map<Long, Spf> spfs;

    AreaBorder(Map<String, OspfRouter> routers, Map<Long, Lsdb> lsdbs, Map<Long, Spf> spfs) {
        this.routers = routers;
        this.lsdbs = lsdbs;
        this.spfs = spfs;
    }

    /** Areas with an up OSPF interface on the router. */
    static List<Long> activeAreas(OspfRouter r) {
        return r.ifaces.stream().filter(oi -> oi.up).map(oi -> oi.area).distinct().sorted().toList();
    }

    /** IOS behaves as an ABR when it has up interfaces in the backbone and another area. */
    static boolean isAbr(OspfRouter r) {
        List<Long> a = activeAreas(r);
        return a.size() > 1 && a.contains(0L);
    }

    /** What an ABR reaches inside one area: its intra-area routes plus its own networks there. */
    private Map<Ipv4Prefix, Integer> intraAreaCosts(OspfRouter r, long area) {
        Map<Ipv4Prefix, Integer> out = new TreeMap<>();
        Spf spf = spfs.get(area);
        if (spf != null) {
            for (OspfRoute route : spf.routesOf(r.routerId).values()) {
                out.put(route.prefix(), route.cost());
            }
        }
        for (OspfIface oi : r.ifaces) {
            if (oi.up && oi.area == area) {
                Ipv4Prefix p = oi.type == OspfNetworkType.LOOPBACK ? Ipv4Prefix.of(oi.net.address(), 32) : oi.net.subnet();
                out.merge(p, oi.cost, Math::min);
            }
        }
        return out;
    }

    /**
     * Type-3 summaries (RFC 2328 12.4.3), no area ranges: an ABR advertises into each attached area
     * the intra-area networks of its other areas, and into non-backbone areas also the inter-area
     * networks it learned over the backbone.
     */
    void originateSummaries(long now) {
        List<OspfRouter> abrs = routers.values().stream().filter(r -> r.up && isAbr(r)).toList();
        Map<OspfRouter, Map<Long, Map<Ipv4Prefix, Integer>>> want = new LinkedHashMap<>();
        Map<OspfRouter, Map<Long, Map<Ipv4Prefix, Integer>>> intra = new LinkedHashMap<>();
        for (OspfRouter x : abrs) {
            List<Long> areas = activeAreas(x);
            Map<Long, Map<Ipv4Prefix, Integer>> mine = new TreeMap<>();
            for (long b : areas) {
                mine.put(b, intraAreaCosts(x, b));
            }
            intra.put(x, mine);
            Map<Long, Map<Ipv4Prefix, Integer>> out = new TreeMap<>();
            for (long a : areas) {
                Map<Ipv4Prefix, Integer> into = new TreeMap<>();
                for (long b : areas) {
                    if (b != a) {
                        mine.get(b).forEach((p, c) -> into.merge(p, c, Math::min));
                    }
                }
                mine.get(a).keySet().forEach(into::remove);
                out.put(a, into);
            }
            want.put(x, out);
        }
        install(want, now);
        Lsdb backbone = lsdbs.get(0L);
        Spf spf0 = spfs.get(0L);
        if (backbone == null || spf0 == null) {
            return;
        }
        for (OspfRouter x : abrs) {
            Map<Ipv4Prefix, Integer> viaBackbone = new TreeMap<>();
            for (SummaryLsa sl : backbone.summaries()) {
                if (sl.routerId() == x.routerId) {
                    continue;
                }
                spf0.pathTo(x.routerId, sl.routerId()).ifPresent(path ->
                        viaBackbone.merge(sl.prefix(), path.dist() + sl.metric(), Math::min));
            }
            for (Map.Entry<Long, Map<Ipv4Prefix, Integer>> e : want.get(x).entrySet()) {
                if (e.getKey() == 0L) {
                    continue;
                }
                for (Map.Entry<Ipv4Prefix, Integer> v : viaBackbone.entrySet()) {
                    boolean intraSomewhere = intra.get(x).values().stream().anyMatch(m -> m.containsKey(v.getKey()));
                    if (!intraSomewhere) {
                        e.getValue().merge(v.getKey(), v.getValue(), Math::min);
                    }
                }
            }
        }
        install(want, now);
    }

    private void install(Map<OspfRouter, Map<Long, Map<Ipv4Prefix, Integer>>> want, long now) {
        for (Map.Entry<OspfRouter, Map<Long, Map<Ipv4Prefix, Integer>>> w : want.entrySet()) {
            for (Map.Entry<Long, Map<Ipv4Prefix, Integer>> e : w.getValue().entrySet()) {
                Lsdb db = lsdbs.computeIfAbsent(e.getKey(), Lsdb::new);
                e.getValue().forEach((p, c) -> db.installSummary(p, w.getKey().routerId, Math.min(c, 0xFFFFFF), now));
                db.retainSummaries(w.getKey().routerId, e.getValue().keySet());
            }
        }
        for (Lsdb db : lsdbs.values()) {
            for (OspfRouter r : routers.values()) {
                if (r.up && !isAbr(r)) {
                    db.retainSummaries(r.routerId, Set.of());
                }
            }
        }
    }

    /**
     * RFC 2328 16.2: routes through summaries, along the router's own last SPF run of each area; an
     * ABR looks at backbone summaries only; intra-area wins.
     */
    void addInterArea(OspfRouter r, Map<Ipv4Prefix, OspfRoute> out) {
        List<Long> areas = isAbr(r) ? List.of(0L) : activeAreas(r);
        Set<Ipv4Prefix> own = new HashSet<>();
        for (OspfIface oi : r.ifaces) {
            if (oi.up) {
                own.add(oi.net.subnet());
                own.add(Ipv4Prefix.of(oi.net.address(), 32));
            }
        }
        Map<Ipv4Prefix, OspfRoute> inter = new TreeMap<>();
        for (long area : areas) {
            Lsdb db = lsdbs.get(area);
            Spf spf = r.adoptedSpf.get(area);
            if (db == null || spf == null) {
                continue;
            }
            for (SummaryLsa sl : db.summaries()) {
                if (sl.routerId() == r.routerId || out.containsKey(sl.prefix()) || own.contains(sl.prefix())) {
                    continue;
                }
                var path = spf.pathTo(r.routerId, sl.routerId());
                if (path.isEmpty()) {
                    continue;
                }
                int cost = path.get().dist() + sl.metric();
                OspfRoute cand = new OspfRoute(sl.prefix(), cost, path.get().hops(), Math.max(path.get().since(),
                        sl.originatedAt()), area, sl.routerId(), true);
                OspfRoute old = inter.get(sl.prefix());
                if (old == null || cost < old.cost()) {
                    inter.put(sl.prefix(), cand);
                } else if (cost == old.cost()) {
                    TreeSet<NextHop> hops = new TreeSet<>(old.nextHops());
                    hops.addAll(cand.nextHops());
                    List<NextHop> merged = new ArrayList<>(hops);
                    inter.put(sl.prefix(), new OspfRoute(sl.prefix(), cost,
                            List.copyOf(merged.subList(0, Math.min(Spf.MAX_PATHS, merged.size()))),
                            Math.max(old.since(), cand.since()), area, old.advertisingRouter(), true));
                }
            }
        }
        out.putAll(inter);
    }
}
