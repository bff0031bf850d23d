package org.labcanvas.model.sim.ospf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.labcanvas.model.sim.core.Clock;
import org.labcanvas.model.sim.core.ConfigCommand;
import org.labcanvas.model.sim.core.EventLog;
import org.labcanvas.model.sim.core.ProcessContext;
import org.labcanvas.model.sim.core.ProtocolProcess;
import org.labcanvas.model.sim.core.Scheduler;
import org.labcanvas.model.sim.overlay.TunnelDelivery;
import org.labcanvas.model.sim.rib.RibNextHop;
import org.labcanvas.model.sim.rib.Route;
import org.labcanvas.model.sim.rib.RouteSource;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.sim.underlay.Network;

/**
 * OSPF with IOS semantics, driven by the virtual clock.
 *
 * <p>Hellos are not simulated one by one in the steady state: an interface sends hellos at
 * {@code upAt + k * hello}; while a neighbor's hellos arrive, its dead timer keeps being
 * reset, so the engine only schedules (a) the hellos that change something while a neighbor
 * comes up and (b) the dead timer when hellos stop arriving, at last hello + dead interval.
 * A router that learns a non-broadcast neighbor from its hello answers at once (a guess:
 * IOS answers within the same hello exchange). Database exchange takes no time.
 *
 * <p>Rules as IOS applies them:
 * <ul>
 *   <li>Router ID: {@code router-id}, else the highest up loopback address, else the highest up
 *       interface address, chosen when the process starts (boot) and kept until reload.</li>
 *   <li>Network statements: an interface runs OSPF in the area of the most specific statement
 *       (fewest wildcard bits; ties in configuration order) whose address/wildcard matches its
 *       primary address, as lint assumes too.</li>
 *   <li>Network type: configured, else point-to-point for GRE tunnels, loopback for loopbacks,
 *       broadcast for Ethernet; hello/dead from the type (non-broadcast 30/120) unless configured.</li>
 *   <li>Cost: configured, else reference bandwidth / interface bandwidth, at least 1.</li>
 *   <li>Non-broadcast: hellos go to configured {@code neighbor}s and to neighbors heard from, so a
 *       hub with no neighbor statements learns priority-0 spokes from their hellos.</li>
 *   <li>DR/BDR election per RFC 2328 9.4 on each router's own view, after the wait timer (= dead
 *       interval) or BackupSeen; no preemption: a declared DR stays DR. Priority-0 interfaces go
 *       straight to DROTHER.</li>
 *   <li>Adjacencies (FULL) on point-to-point and point-to-multipoint always; on broadcast and
 *       non-broadcast only with the DR or BDR.</li>
 *   <li>Neighbor changes are logged as with IOS's default {@code log-adjacency-changes}: changes to
 *       FULL and to DOWN.</li>
 * </ul>
 * Each area has its own database and SPF; ABRs (up interfaces in area 0 and another area)
 * originate type-3 summaries, and routers add {@code O IA} routes from them (RFC 2328 12.4.3, 16.2).
 *
 * <p>This class is the protocol process: it owns the state (routers, interfaces by index, the
 * databases and SPF results of the areas, the queues of one instant), dispatches the timers, runs
 * the queued elections and adjacency decisions to a fixed point, and delegates the rest along the
 * state machines of RFC 2328: {@link OspfConfiguration} (the design's OSPF, router ID, cost
 * changes), {@link InterfaceStateMachine} (interface up/down, wait timer, DR/BDR election),
 * {@link NeighborStateMachine} (hellos, dead timers, 2-Way, adjacencies, ADJCHG lines),
 * {@link LsaOrigination} (router and network LSAs, MaxAge), {@link Spf} and {@link AreaBorder}
 * (summaries, inter-area routes). The helpers hold no state of their own, so a copy of the engine
 * is a copy of its state with new helpers over it.
 */
public final class OspfEngine implements ProtocolProcess, OspfState {
    private static final int SETTLE_CAP = 5_000_000;
    private static final int OSCILLATION_LIMIT = 32;

    /** The wait timer of an interface (RFC 2328 9.4) ran out. */
    record WaitTimer(int iface, int generation) implements Clock.Timer {}

    /** No hello from {@code remote} reached {@code owner} for the dead interval. */
    record DeadTimer(int owner, int remote, int generation) implements Clock.Timer {}

    /** A hello that changes something arrives at {@code to} from {@code from}. */
    record HelloTimer(int from, int to, int generation) implements Clock.Timer {}

    /** The SPF that router {@code router} scheduled (throttled) runs now. */
    record SpfTimer(String router, int generation) implements Clock.Timer {}

    /**
     * IOS's SPF throttle defaults, as {@code show ip ospf} prints them on 12.4 and 15.x: the first
     * SPF after a change waits 5 s ({@code Initial SPF schedule delay 5000 msecs}); a following one
     * waits at least 10 s after the previous run ({@code Minimum hold time ... 10000 msecs}, which is
     * also the maximum wait, so the hold does not grow); after 2 x the maximum wait without a run the
     * next one waits the initial delay again.
     */
    static final long SPF_START_MS = 5_000;
    static final long SPF_HOLD_MS = 10_000;
    static final long SPF_MAX_WAIT_MS = 10_000;

    private final Network network;
    private final Scheduler clock;
    private final EventLog log;
    private final TunnelDelivery delivery;
    private final Map<String, OspfRouter> routers = new TreeMap<>();
    private final Map<Integer, OspfIface> byNetIndex = new TreeMap<>();
    private final Map<Long, Lsdb> lsdbs = new TreeMap<>();
    private final Map<Long, Spf> spfs = new TreeMap<>();
    private final ArrayDeque<OspfIface> electQueue = new ArrayDeque<>();
    private final Set<OspfIface> electQueued = new HashSet<>();
    private final ArrayDeque<OspfNbr> adjQueue = new ArrayDeque<>();
    private final Set<OspfRouter> dirtyRouters = new TreeSet<>(Comparator.comparing(OspfRouter::name));
    private final Set<Integer> aliveRouterIds = new HashSet<>();
    /** Areas whose database changed since their last SPF computation. */
    private final Set<Long> staleAreas = new TreeSet<>();
    /** Routers whose throttled SPF runs at the end of this instant. */
    private final Set<OspfRouter> spfDue = new TreeSet<>(Comparator.comparing(OspfRouter::name));

    private final LsaOrigination lsa;
    private final InterfaceStateMachine ism;
    private final NeighborStateMachine nsm;
    private final AreaBorder abr;

    public OspfEngine(ProcessContext ctx) {
        this(null, ctx);
    }

    /** A deep copy of {@code o} (taken between instants) living in {@code ctx}; built from the design when null. */
    private OspfEngine(OspfEngine o, ProcessContext ctx) {
        this.network = ctx.network();
        this.clock = ctx.timers();
        this.log = ctx.log();
        this.delivery = ctx.delivery();
        this.lsa = new LsaOrigination(lsdbs, dirtyRouters, aliveRouterIds);
        this.ism = new InterfaceStateMachine(clock, lsa, electQueue, electQueued, adjQueue);
        this.nsm = new NeighborStateMachine(clock, log, delivery, lsa, ism, adjQueue);
        this.abr = new AreaBorder(routers, lsdbs, spfs);
        if (o == null) {
            OspfConfiguration.build(network, routers, byNetIndex);
        } else {
            copyStateOf(o);
        }
    }

    private void copyStateOf(OspfEngine o) {
        if (!o.electQueue.isEmpty() || !o.adjQueue.isEmpty()) {
            throw new IllegalStateException("OSPF copied in the middle of an instant");
        }
        Map<OspfIface, OspfIface> map = new IdentityHashMap<>();
        Map<OspfRouter, OspfRouter> rmap = new IdentityHashMap<>();
        for (OspfRouter r : o.routers.values()) {
            OspfRouter c = r.copy();
            rmap.put(r, c);
            routers.put(c.name(), c);
            for (OspfIface oi : r.ifaces) {
                OspfIface ci = oi.copy(c);
                c.ifaces.add(ci);
                map.put(oi, ci);
                byNetIndex.put(ci.net.index(), ci);
            }
        }
        for (Map.Entry<OspfIface, OspfIface> e : map.entrySet()) {
            e.getValue().wireFrom(e.getKey(), map);
        }
        for (Map.Entry<Long, Lsdb> e : o.lsdbs.entrySet()) {
            lsdbs.put(e.getKey(), e.getValue().copy());
        }
        spfs.putAll(o.spfs); // an SPF result never changes once run
        for (OspfRouter r : o.dirtyRouters) {
            dirtyRouters.add(rmap.get(r));
        }
        aliveRouterIds.addAll(o.aliveRouterIds);
        staleAreas.addAll(o.staleAreas);
        if (!o.spfDue.isEmpty()) {
            throw new IllegalStateException("OSPF copied in the middle of an instant");
        }
    }

    @Override
    public String name() {
        return "ospf";
    }

    @Override
    public OspfEngine copy(ProcessContext ctx) {
        return new OspfEngine(this, ctx);
    }

    /** Devices that went down first (their processes and neighbor state vanish), then the ones that booted. */
    @Override
    public void devicesChanged(SortedSet<String> up, SortedSet<String> down) {
        for (String d : down) {
            deviceDown(d);
        }
        for (String d : up) {
            deviceUp(d);
        }
    }

    /** Interface state transitions, then every candidate channel is checked again. */
    @Override
    public void underlayChanged() {
        for (OspfRouter r : routers.values()) {
            for (OspfIface oi : r.ifaces) {
                boolean up = r.up && delivery.underlay().lineUp(oi.net);
                if (up && !oi.up) {
                    ism.bringUp(oi);
                } else if (!up && oi.up) {
                    takeDown(oi, r.up);
                }
            }
        }
        for (OspfRouter r : routers.values()) {
            for (OspfIface oi : r.ifaces) {
                for (OspfIface c : oi.candidates) {
                    nsm.evaluateChannel(c, oi);
                }
            }
        }
        settle();
    }

    /** What {@code tunnel} can reach at {@code remote} changed (NHRP): hellos both ways are checked again. */
    @Override
    public void overlayChanged(NetInterface tunnel, int remote) {
        OspfIface oi = byNetIndex.get(tunnel.index());
        if (oi == null) {
            return;
        }
        for (OspfIface c : oi.candidatesByAddress.getOrDefault(remote, List.of())) {
            nsm.evaluateChannel(c, oi);
            nsm.evaluateChannel(oi, c);
        }
        settle();
    }

    @Override
    public void onTimer(Clock.Timer timer) {
        if (timer instanceof WaitTimer w) {
            ism.waitTimer(byNetIndex.get(w.iface()), w.generation());
        } else if (timer instanceof DeadTimer d) {
            nsm.deadTimer(byNetIndex.get(d.owner()).nbrs.get(byNetIndex.get(d.remote())), d.generation());
        } else if (timer instanceof HelloTimer h) {
            nsm.helloArrives(byNetIndex.get(h.from()), byNetIndex.get(h.to()), h.generation());
        } else if (timer instanceof SpfTimer t) {
            OspfRouter r = routers.get(t.router());
            if (r != null && r.up && t.generation() == r.spfGeneration) {
                spfDue.add(r);
            }
        } else {
            throw new IllegalArgumentException("not an OSPF timer: " + timer);
        }
        settle();
    }

    @Override
    public boolean configure(String device, ConfigCommand command) {
        if (command instanceof ConfigCommand.OspfCost c) {
            return OspfConfiguration.setCost(routers, lsa, device, c.iface(), c.cost());
        }
        return false;
    }

    /**
     * End of a virtual instant: originate changed LSAs, age out dead ones, schedule a throttled SPF
     * on every router of an area whose database changed, and run the SPFs due now. Routers whose SPF
     * runs at the same instant share one computation per area.
     */
    @Override
    public void endOfInstant() {
        long now = clock.now();
        lsa.originateMarked(now);
        for (Map.Entry<Long, Lsdb> e : lsdbs.entrySet()) {
            Lsdb db = e.getValue();
            lsa.ageOut(db, now);
            if (db.takeChanged()) {
                staleAreas.add(e.getKey());
                scheduleSpf(e.getKey(), now);
            }
        }
        if (spfDue.isEmpty()) {
            return;
        }
        boolean any = false;
        for (OspfRouter r : spfDue) {
            for (long area : areasOf(r)) {
                if (staleAreas.remove(area)) {
                    Spf spf = new Spf(lsdbs.get(area).copy());
                    spf.run(spfs.get(area), now);
                    spfs.put(area, spf);
                    any = true;
                }
                Spf spf = spfs.get(area);
                if (spf != null) {
                    r.adoptedSpf.put(area, spf);
                    r.spfRuns.merge(area, 1, Integer::sum);
                }
            }
            r.lastSpf = now;
            r.spfDueAt = -1;
        }
        spfDue.clear();
        if (any && lsdbs.size() > 1) {
            abr.originateSummaries(now);
            for (Lsdb db : lsdbs.values()) {
                db.takeChanged(); // summaries do not change the intra-area graph
            }
        }
    }

    /** The areas a router has interfaces in, whose databases its SPF reads. */
    private Set<Long> areasOf(OspfRouter r) {
        Set<Long> out = new TreeSet<>();
        for (OspfIface oi : r.ifaces) {
            if (lsdbs.containsKey(oi.area)) {
                out.add(oi.area);
            }
        }
        return out;
    }

    /** Each running router of {@code area} schedules its SPF with IOS's throttle, unless one is pending. */
    private void scheduleSpf(long area, long now) {
        for (OspfRouter r : routers.values()) {
            if (!r.up || r.spfDueAt >= 0 || r.ifaces.stream().noneMatch(oi -> oi.area == area)) {
                continue;
            }
            long at = now + SPF_START_MS;
            if (r.lastSpf >= 0 && now - r.lastSpf < 2 * SPF_MAX_WAIT_MS) {
                at = Math.max(at, r.lastSpf + SPF_HOLD_MS);
            }
            r.spfDueAt = at;
            clock.at(at, new SpfTimer(r.name(), ++r.spfGeneration));
        }
    }

    // ------------------------------------------------------------------ queries

    @Override
    public Map<String, OspfRouter> routers() {
        return Collections.unmodifiableMap(routers);
    }

    @Override
    public OspfRouter router(String device) {
        return routers.get(device);
    }

    @Override
    public Map<Long, Lsdb> lsdbs() {
        return Collections.unmodifiableMap(lsdbs);
    }

    @Override
    public Map<Long, Lsdb> spfDatabases(String device) {
        OspfRouter r = routers.get(device);
        Map<Long, Lsdb> out = new TreeMap<>();
        if (r != null && r.up) {
            r.adoptedSpf.forEach((area, spf) -> out.put(area, spf.lsdb()));
        }
        return Collections.unmodifiableMap(out);
    }

    /** OSPF routes of a router by prefix: intra-area, best over its areas, then inter-area. */
    @Override
    public Map<Ipv4Prefix, OspfRoute> ospfRoutes(String device) {
        OspfRouter r = routers.get(device);
        if (r == null || !r.up) {
            return new TreeMap<>();
        }
        Map<Ipv4Prefix, OspfRoute> out = intraArea(r, null);
        if (lsdbs.size() > 1) {
            abr.addInterArea(r, out);
        }
        return withoutDownInterfaces(r, out);
    }

    /**
     * Routes through an interface that went down leave the routing table at once (IOS's RIB drops
     * them with the interface), without waiting for the throttled SPF.
     */
    private static Map<Ipv4Prefix, OspfRoute> withoutDownInterfaces(OspfRouter r, Map<Ipv4Prefix, OspfRoute> routes) {
        Set<String> down = new HashSet<>();
        for (OspfIface oi : r.ifaces) {
            if (!oi.up) {
                down.add(oi.name());
            }
        }
        if (down.isEmpty()) {
            return routes;
        }
        Map<Ipv4Prefix, OspfRoute> out = new TreeMap<>();
        for (OspfRoute o : routes.values()) {
            List<NextHop> hops = o.nextHops().stream().filter(h -> !down.contains(h.iface())).toList();
            if (hops.size() == o.nextHops().size()) {
                out.put(o.prefix(), o);
            } else if (!hops.isEmpty()) {
                out.put(o.prefix(), new OspfRoute(o.prefix(), o.cost(), hops, o.since(), o.area(),
                        o.advertisingRouter(), o.interArea()));
            }
        }
        return out;
    }

    /** OSPF's routes for the routing table: intra-area as {@code O}, inter-area as {@code O IA}. */
    @Override
    public List<Route> routes(String device) {
        return asRoutes(ospfRoutes(device));
    }

    /** Within one area, only the SPF vertices that advertise a covering prefix are turned into routes. */
    @Override
    public List<Route> routesCovering(String device, int[] addresses) {
        if (lsdbs.size() > 1) {
            return ProtocolProcess.super.routesCovering(device, addresses);
        }
        OspfRouter r = routers.get(device);
        if (r == null || !r.up) {
            return List.of();
        }
        return asRoutes(withoutDownInterfaces(r, intraArea(r, addresses)));
    }

    /**
     * The intra-area routes of a running router from its last SPF run of each area, the cheapest of
     * its areas for each prefix; only prefixes containing one of {@code addresses} (null: all).
     */
    private static Map<Ipv4Prefix, OspfRoute> intraArea(OspfRouter r, int[] addresses) {
        Map<Ipv4Prefix, OspfRoute> out = new TreeMap<>();
        for (Spf spf : r.adoptedSpf.values()) {
            for (OspfRoute route : spf.routesOf(r.routerId, addresses).values()) {
                OspfRoute old = out.get(route.prefix());
                if (old == null || route.cost() < old.cost()) {
                    out.put(route.prefix(), route);
                }
            }
        }
        return out;
    }

    private static List<Route> asRoutes(Map<Ipv4Prefix, OspfRoute> routes) {
        List<Route> out = new ArrayList<>();
        for (OspfRoute o : routes.values()) {
            List<RibNextHop> hops = new ArrayList<>();
            for (NextHop h : o.nextHops()) {
                hops.add(new RibNextHop(h.address(), h.iface()));
            }
            var src = o.interArea() ? RouteSource.OSPF_INTER_AREA : RouteSource.OSPF;
            out.add(new Route(o.prefix(), src, src.defaultDistance(), o.cost(), hops, o.since(), o.advertisingRouter()));
        }
        return out;
    }

    // ------------------------------------------------------------------ lifecycle

    /** The device booted; the process starts and picks its router ID from the interfaces up now. */
    private void deviceUp(String device) {
        OspfRouter r = routers.get(device);
        if (r == null) {
            return;
        }
        r.up = true;
        r.startedAt = clock.now();
        r.routerId = OspfConfiguration.chooseRouterId(network, delivery.underlay(), r);
        aliveRouterIds.add(r.routerId);
    }

    /** The device went down: its process and all neighbor state vanish, silently. */
    private void deviceDown(String device) {
        OspfRouter r = routers.get(device);
        if (r == null || !r.up) {
            return;
        }
        for (OspfIface oi : r.ifaces) {
            takeDown(oi, false);
        }
        r.up = false;
        r.resetSpf();
        aliveRouterIds.remove(r.routerId);
        // A router that loses power flushes nothing: its LSAs stay until MaxAge.
    }

    /** InterfaceDown: its neighbors are killed (logged when {@code logIt}), then the interface goes down. */
    private void takeDown(OspfIface oi, boolean logIt) {
        nsm.killNeighbors(oi, logIt);
        ism.takeDown(oi);
    }

    // ------------------------------------------------------------------ running the queued events

    /**
     * Runs the elections and adjacency decisions the state machines queued until nothing changes,
     * elections first, with a step cap and a limit on how often one interface's DR may change.
     */
    private void settle() {
        if (electQueue.isEmpty() && adjQueue.isEmpty()) {
            return;
        }
        int steps = 0;
        Map<OspfIface, Integer> changes = new HashMap<>();
        while (!electQueue.isEmpty() || !adjQueue.isEmpty()) {
            if (++steps > SETTLE_CAP) {
                OspfIface where = !electQueue.isEmpty() ? electQueue.peek() : adjQueue.peek().owner;
                log.warn(where.router.name(), "OSPF_NOT_SETTLED", "OSPF did not settle within " + SETTLE_CAP
                        + " steps; the state shown may be incomplete");
                electQueue.clear();
                electQueued.clear();
                adjQueue.clear();
                return;
            }
            if (!electQueue.isEmpty()) {
                OspfIface oi = electQueue.poll();
                electQueued.remove(oi);
                if (ism.elect(oi)) {
                    int c = changes.merge(oi, 1, Integer::sum);
                    if (c > OSCILLATION_LIMIT) {
                        if (c == OSCILLATION_LIMIT + 1) {
                            log.warn(oi.router.name(), "OSPF_DR_OSCILLATION", "DR election on " + oi.name()
                                    + " keeps changing; keeping the current result");
                        }
                        continue;
                    }
                    ism.drChanged(oi);
                }
                continue;
            }
            nsm.adjacency(adjQueue.poll());
        }
    }
}
