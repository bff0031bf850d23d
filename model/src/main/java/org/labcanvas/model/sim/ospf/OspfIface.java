package org.labcanvas.model.sim.ospf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.OspfNetworkType;

/** One OSPF-enabled interface of a router, with its settings resolved and its current state. */
public final class OspfIface {
    final OspfRouter router;
    final NetInterface net;
    final long area;
    final OspfNetworkType type;
    final int helloSeconds;
    final int deadSeconds;
    int cost;
    final int priority;
    final boolean passive;
    final Set<Integer> configuredNeighbors;
    final List<OspfIface> candidates = new ArrayList<>();
    final Map<Integer, List<OspfIface>> candidatesByAddress = new HashMap<>();
    final Map<OspfIface, OspfNbr> nbrs = new java.util.LinkedHashMap<>();

    boolean up;
    long upAt;
    int waitGeneration;
    IfState state = IfState.DOWN;
    OspfIface dr;
    OspfIface bdr;

    OspfIface(OspfRouter router, NetInterface net, long area, OspfNetworkType type, int hello, int dead, int cost,
              int priority, boolean passive, Set<Integer> configuredNeighbors) {
        this.router = router;
        this.net = net;
        this.area = area;
        this.type = type;
        this.helloSeconds = hello;
        this.deadSeconds = dead;
        this.cost = cost;
        this.priority = priority;
        this.passive = passive;
        this.configuredNeighbors = configuredNeighbors;
    }

    public OspfRouter router() { return router; }
    public NetInterface net() { return net; }
    public String name() { return net.name(); }
    public long area() { return area; }
    public OspfNetworkType type() { return type; }
    public int helloSeconds() { return helloSeconds; }
    public int deadSeconds() { return deadSeconds; }
    /** The wait timer equals the dead interval (RFC 2328 9.4; IOS "Wait" in show ip ospf interface). */
    public int waitSeconds() { return deadSeconds; }
    public int cost() { return cost; }
    public int priority() { return priority; }
    public boolean passive() { return passive; }
    public boolean up() { return up; }
    public long upAt() { return upAt; }
    public IfState state() { return state; }
    public OspfIface dr() { return dr; }
    public OspfIface bdr() { return bdr; }
    public Set<Integer> configuredNeighbors() { return java.util.Collections.unmodifiableSet(configuredNeighbors); }

    /** The same interface with the same state on {@code owner}; references are wired by {@link #wireFrom}. */
    OspfIface copy(OspfRouter owner) {
        OspfIface c = new OspfIface(owner, net, area, type, helloSeconds, deadSeconds, cost, priority, passive,
                configuredNeighbors);
        c.up = up;
        c.upAt = upAt;
        c.waitGeneration = waitGeneration;
        c.state = state;
        return c;
    }

    /** Points this copy's references at the copies ({@code map}) of what {@code o} references. */
    void wireFrom(OspfIface o, Map<OspfIface, OspfIface> map) {
        for (OspfIface x : o.candidates) {
            candidates.add(map.get(x));
        }
        for (Map.Entry<Integer, List<OspfIface>> e : o.candidatesByAddress.entrySet()) {
            List<OspfIface> l = new ArrayList<>(e.getValue().size());
            for (OspfIface x : e.getValue()) {
                l.add(map.get(x));
            }
            candidatesByAddress.put(e.getKey(), l);
        }
        dr = o.dr == null ? null : map.get(o.dr);
        bdr = o.bdr == null ? null : map.get(o.bdr);
        for (Map.Entry<OspfIface, OspfNbr> e : o.nbrs.entrySet()) {
            OspfIface remote = map.get(e.getKey());
            nbrs.put(remote, e.getValue().copy(this, remote));
        }
    }

    /** Neighbor records of this interface, including ones that are DOWN. */
    public Collection<OspfNbr> neighbors() {
        return java.util.Collections.unmodifiableCollection(nbrs.values());
    }

    /** Neighbor records in neighbor-address order. */
    public List<OspfNbr> sortedNeighbors() {
        List<OspfNbr> l = new ArrayList<>(nbrs.values());
        l.sort((a, b) -> Integer.compareUnsigned(a.remote.net.address(), b.remote.net.address()));
        return l;
    }

    OspfNbr nbr(OspfIface remote) {
        return nbrs.computeIfAbsent(remote, r -> new OspfNbr(this, r));
    }

    long helloMs() {
        return helloSeconds * 1000L;
    }

    /** First hello tick at or after {@code t}: hellos go out at upAt + k * hello. */
    long nextTick(long t) {
        long h = helloMs();
        long k = (t - upAt + h - 1) / h;
        return upAt + Math.max(0, k) * h;
    }

    /** Last hello tick at or before {@code t}. */
    long lastTick(long t) {
        long h = helloMs();
        return upAt + Math.max(0, (t - upAt) / h) * h;
    }

    @Override
    public String toString() {
        return net.toString();
    }
}
