package org.labcanvas.model.sim.ospf;

import java.util.Comparator;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The link-state database of one area. Flooding is instant and reliable inside an area, so one
 * database serves every router of the area. LSAs of a router that stopped (powered off) stay
 * until they reach MaxAge (3600 s), as on real routers.
 */
public final class Lsdb {
    /** MaxAge in ms. */
    public static final long MAX_AGE_MS = 3_600_000L;
    static final int INITIAL_SEQUENCE = 0x80000001;
    private static final Comparator<Integer> UNSIGNED = Integer::compareUnsigned;

    private final long area;
    private final TreeMap<Integer, RouterLsa> routers = new TreeMap<>(UNSIGNED);
    private final TreeMap<Integer, NetworkLsa> networks = new TreeMap<>(UNSIGNED);
    private final TreeMap<String, SummaryLsa> summaries = new TreeMap<>();
    private final Map<String, Integer> lastSequence = new HashMap<>();
    private boolean changed;

    Lsdb(long area) {
        this.area = area;
    }

    /** A copy with the same LSAs (they are immutable values) and sequence numbers. */
    Lsdb copy() {
        Lsdb c = new Lsdb(area);
        c.routers.putAll(routers);
        c.networks.putAll(networks);
        c.summaries.putAll(summaries);
        c.lastSequence.putAll(lastSequence);
        c.changed = changed;
        return c;
    }

    public long area() { return area; }
    /** Router LSAs by advertising router, ascending. */
    public Map<Integer, RouterLsa> routers() { return java.util.Collections.unmodifiableMap(routers); }
    /** Network LSAs by link-state ID, ascending. */
    public Map<Integer, NetworkLsa> networks() { return java.util.Collections.unmodifiableMap(networks); }

    /** Summary LSAs, ordered by prefix then advertising router. */
    public java.util.Collection<SummaryLsa> summaries() { return java.util.Collections.unmodifiableCollection(summaries.values()); }

    private static String summaryKey(Ipv4Prefix p, int rid) {
        return String.format("%08x/%02d|%08x", p.network(), p.length(), rid);
    }

    void installSummary(Ipv4Prefix p, int rid, int metric, long now) {
        String k = summaryKey(p, rid);
        SummaryLsa old = summaries.get(k);
        if (old != null && old.metric() == metric) {
            return;
        }
        summaries.put(k, new SummaryLsa(p, rid, metric, area, nextSequence("S" + k), now));
        changed = true;
    }

    /** Removes the summaries of {@code rid} not in {@code keep} (prefix keys as from {@link #summaryKey}). */
    void retainSummaries(int rid, java.util.Set<Ipv4Prefix> keep) {
        if (summaries.values().removeIf(x -> x.routerId() == rid && !keep.contains(x.prefix()))) {
            changed = true;
        }
    }

    private int nextSequence(String key) {
        Integer last = lastSequence.get(key);
        int s = last == null ? INITIAL_SEQUENCE : last + 1;
        lastSequence.put(key, s);
        return s;
    }

    void install(int rid, java.util.List<LsaLink> links, long now) {
        RouterLsa old = routers.get(rid);
        if (old != null && old.links().equals(links)) {
            return;
        }
        routers.put(rid, new RouterLsa(rid, area, links, nextSequence("R" + rid), now));
        changed = true;
    }

    void installNetwork(int drAddress, int mask, int rid, java.util.List<Integer> attached, long now) {
        NetworkLsa old = networks.get(drAddress);
        if (old != null && old.attached().equals(attached) && old.routerId() == rid && old.mask() == mask) {
            return;
        }
        networks.put(drAddress, new NetworkLsa(drAddress, mask, area, rid, attached, nextSequence("N" + drAddress), now));
        changed = true;
    }

    void flushNetwork(int drAddress, int rid) {
        NetworkLsa old = networks.get(drAddress);
        if (old != null && old.routerId() == rid) {
            networks.remove(drAddress);
            changed = true;
        }
    }

    /** Drops LSAs that reached MaxAge; refreshes are not modelled for LSAs of live routers. */
    void age(long now, java.util.function.IntPredicate routerAlive) {

        if (routers.entrySet().removeIf(e -> !routerAlive.test(e.getKey()) && now - e.getValue().originatedAt() >= MAX_AGE_MS)) {
            changed = true;
        }
        if (summaries.values().removeIf(x -> !routerAlive.test(x.routerId()) && now - x.originatedAt() >= MAX_AGE_MS)) {
            changed = true;
        }
        if (networks.entrySet().removeIf(e -> !routerAlive.test(e.getValue().routerId()) && now - e.getValue().originatedAt() >= MAX_AGE_MS)) {
            changed = true;
        }
    }

    boolean takeChanged() {
        boolean c = changed;
        changed = false;
        return c;
    }
}
