package org.labcanvas.model.sim.ospf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.labcanvas.model.analysis.OspfView;
import org.labcanvas.model.analysis.TunnelPeering;
import org.labcanvas.model.sim.core.Clock;
import org.labcanvas.model.sim.core.EventLog;
import org.labcanvas.model.sim.core.ProcessContext;
import org.labcanvas.model.sim.core.ProtocolProcess;
import org.labcanvas.model.sim.core.Scheduler;
import org.labcanvas.model.sim.core.ConfigCommand;
import org.labcanvas.model.sim.overlay.TunnelDelivery;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.sim.underlay.Network;
import org.labcanvas.model.sim.underlay.UnderlayState;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.OspfInterfaceSettings;
import org.labcanvas.model.topology.OspfNeighbor;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.TunnelMode;

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
    /** Network statements parsed once: spokes of a generated design share the same statements. */
    private final Map<OspfNetwork, long[]> networkMemo = new HashMap<>();

    public OspfEngine(ProcessContext ctx) {
        this.network = ctx.network();
        this.clock = ctx.timers();
        this.log = ctx.log();
        this.delivery = ctx.delivery();
        for (Device d : network.topology().devices()) {
            if (d.kind() == DeviceKind.ROUTER && d.ospf() != null) {
                build(d);
            }
        }
        linkCandidates();
    }

    /** A deep copy of {@code o} (taken between instants) living in {@code ctx}. */
    private OspfEngine(OspfEngine o, ProcessContext ctx) {
        this.network = ctx.network();
        this.clock = ctx.timers();
        this.log = ctx.log();
        this.delivery = ctx.delivery();
        if (!o.electQueue.isEmpty() || !o.adjQueue.isEmpty()) {
            throw new IllegalStateException("OSPF copied in the middle of an instant");
        }
        Map<OspfIface, OspfIface> map = new java.util.IdentityHashMap<>();
        Map<OspfRouter, OspfRouter> rmap = new java.util.IdentityHashMap<>();
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
    }

    @Override
    public String name() {
        return "ospf";
    }

    @Override
    public OspfEngine copy(ProcessContext ctx) {
        return new OspfEngine(this, ctx);
    }

    @Override
    public void devicesChanged(java.util.SortedSet<String> up, java.util.SortedSet<String> down) {
        for (String d : down) {
            deviceDown(d);
        }
        for (String d : up) {
            deviceUp(d);
        }
    }

    @Override
    public void underlayChanged() {
        interfacesChanged();
    }

    @Override
    public void overlayChanged(NetInterface tunnel, int remote) {
        mappingChanged(tunnel, remote);
    }

    @Override
    public void onTimer(Clock.Timer timer) {
        if (timer instanceof WaitTimer w) {
            waitTimer(byNetIndex.get(w.iface()), w.generation());
        } else if (timer instanceof DeadTimer d) {
            deadTimer(byNetIndex.get(d.owner()).nbrs.get(byNetIndex.get(d.remote())), d.generation());
        } else if (timer instanceof HelloTimer h) {
            helloArrives(byNetIndex.get(h.from()), byNetIndex.get(h.to()), h.generation());
        } else {
            throw new IllegalArgumentException("not an OSPF timer: " + timer);
        }
    }

    @Override
    public boolean configure(String device, ConfigCommand command) {
        if (command instanceof ConfigCommand.OspfCost c) {
            return c.cost() == null ? resetCost(device, c.iface()) : setCost(device, c.iface(), c.cost());
        }
        return false;
    }

    private UnderlayState underlay() {
        return delivery.underlay();
    }

    // ------------------------------------------------------------------ configuration

    private void build(Device d) {
        OspfRouter r = new OspfRouter(d);
        routers.put(d.name(), r);
        OspfProcess p = d.ospf();
        for (NetInterface ni : network.interfacesOf(d.name())) {
            if (!ni.hasAddress()) {
                continue;
            }
            OspfNetwork match = OspfView.coveringNetwork(p, Integer.toUnsignedLong(ni.address()), networkMemo);
            if (match == null) {
                continue;
            }
            Interface cfg = ni.config();
            OspfInterfaceSettings s = cfg.ospfOrDefaults();
            OspfNetworkType type = OspfView.effectiveType(cfg);
            int hello = s.hello() != null ? s.hello() : type.defaultHelloSeconds();
            // IOS: without ip ospf dead-interval, four times the hello interval (configured or default).
            int dead = s.dead() != null ? s.dead() : 4 * hello;
            int cost = s.cost() != null ? s.cost() : defaultCost(p, ni);
            Set<Integer> configured = new TreeSet<>(Integer::compareUnsigned);
            for (OspfNeighbor nb : p.neighbors()) {
                Ipv4Prefix.address(nb.address()).filter(a -> ni.subnet().contains(a)).ifPresent(configured::add);
            }
            OspfIface oi = new OspfIface(r, ni, match.area(), type, hello, dead, cost, s.effectivePriority(),
                    p.isPassive(cfg.name()), configured);
            r.ifaces.add(oi);
            byNetIndex.put(ni.index(), oi);
        }
    }

    /** IOS: cost = reference bandwidth / interface bandwidth, truncated, at least 1. */
    static int defaultCost(OspfProcess p, NetInterface ni) {
        long ref = p.effectiveReferenceBandwidthMbps() * 1000L;
        return (int) Math.max(1, Math.min(65535, ref / Math.max(1, ni.bandwidthKbps())));
    }

    /** Who could ever hear whom: same area and subnet, and a medium that joins them. */
    private void linkCandidates() {
        Map<String, List<OspfIface>> bySubnet = new TreeMap<>();
        for (OspfIface oi : byNetIndex.values()) {
            if (oi.passive || oi.type == OspfNetworkType.LOOPBACK) {
                continue;
            }
            bySubnet.computeIfAbsent(oi.area + "/" + oi.net.subnet(), k -> new ArrayList<>()).add(oi);
        }
        for (List<OspfIface> group : bySubnet.values()) {
            group.sort(Comparator.comparing((OspfIface o) -> o.net.index()));
            List<OspfIface> tunnels = group.stream().filter(o -> o.net.isTunnel()).toList();
            List<OspfIface> others = group.stream().filter(o -> !o.net.isTunnel()).toList();
            for (int x = 0; x < others.size(); x++) {
                for (int y = x + 1; y < others.size(); y++) {
                    OspfIface a = others.get(x);
                    OspfIface b = others.get(y);
                    var sa = network.segmentOf(a.net);
                    if (sa != null && sa == network.segmentOf(b.net) && !a.router.name().equals(b.router.name())) {
                        pair(a, b);
                    }
                }
            }
            linkTunnels(tunnels);
        }
    }

    private void linkTunnels(List<OspfIface> tunnels) {
        Map<Integer, List<OspfIface>> bySource = new HashMap<>();
        Map<Integer, OspfIface> byAddress = new HashMap<>();
        for (OspfIface t : tunnels) {
            int src = network.configuredTunnelSource(t.net);
            bySource.computeIfAbsent(src, k -> new ArrayList<>()).add(t);
            byAddress.put(t.net.address(), t);
        }
        Set<Long> done = new HashSet<>();
        for (OspfIface a : tunnels) {
            List<OspfIface> peers = new ArrayList<>();
            String destination = TunnelPeering.destination(a.net.config());
            if (destination != null) {
                Ipv4Prefix.address(destination).ifPresent(d -> peers.addAll(bySource.getOrDefault(d, List.of())));
            }
            for (String peer : TunnelPeering.nhrpPeers(a.net.config().nhrp())) {
                Ipv4Prefix.address(peer).map(byAddress::get).ifPresent(peers::add);
            }
            for (OspfIface b : peers) {
                if (b == a || b.router == a.router) {
                    continue;
                }
                long key = ((long) Math.min(a.net.index(), b.net.index()) << 32) | Math.max(a.net.index(), b.net.index());
                if (done.add(key)) {
                    pair(a, b);
                }
            }
        }
    }

    private static void pair(OspfIface a, OspfIface b) {
        a.candidates.add(b);
        b.candidates.add(a);
        a.candidatesByAddress.computeIfAbsent(b.net.address(), k -> new ArrayList<>(1)).add(b);
        b.candidatesByAddress.computeIfAbsent(a.net.address(), k -> new ArrayList<>(1)).add(a);
    }

    // ------------------------------------------------------------------ queries

    @Override
    public Map<String, OspfRouter> routers() {
        return java.util.Collections.unmodifiableMap(routers);
    }

    @Override
    public OspfRouter router(String device) {
        return routers.get(device);
    }

    @Override
    public Map<Long, Lsdb> lsdbs() {
        return java.util.Collections.unmodifiableMap(lsdbs);
    }

    /** Intra-area OSPF routes of a router by prefix, best over its areas. */
    @Override
    public Map<Ipv4Prefix, OspfRoute> ospfRoutes(String device) {
        OspfRouter r = routers.get(device);
        Map<Ipv4Prefix, OspfRoute> out = new TreeMap<>();
        if (r == null || !r.up) {
            return out;
        }
        for (Spf spf : spfs.values()) {
            for (OspfRoute route : spf.routesOf(r.routerId).values()) {
                OspfRoute old = out.get(route.prefix());
                if (old == null || route.cost() < old.cost()) {
                    out.put(route.prefix(), route);
                }
            }
        }
        if (lsdbs.size() > 1) {
            addInterArea(r, out);
        }
        return out;
    }

    /** OSPF's routes for the routing table: intra-area as {@code O}, inter-area as {@code O IA}. */
    @Override
    public List<org.labcanvas.model.sim.rib.Route> routes(String device) {
        List<org.labcanvas.model.sim.rib.Route> out = new ArrayList<>();
        for (OspfRoute o : ospfRoutes(device).values()) {
            List<org.labcanvas.model.sim.rib.RibNextHop> hops = new ArrayList<>();
            for (NextHop h : o.nextHops()) {
                hops.add(new org.labcanvas.model.sim.rib.RibNextHop(h.address(), h.iface()));
            }
            var src = o.interArea() ? org.labcanvas.model.sim.rib.RouteSource.OSPF_INTER_AREA
                    : org.labcanvas.model.sim.rib.RouteSource.OSPF;
            out.add(new org.labcanvas.model.sim.rib.Route(o.prefix(), src, src.defaultDistance(), o.cost(), hops,
                    o.since(), o.advertisingRouter()));
        }
        return out;
    }

    /** RFC 2328 16.2: routes through summaries; an ABR looks at backbone summaries only; intra-area wins. */
    private void addInterArea(OspfRouter r, Map<Ipv4Prefix, OspfRoute> out) {
        List<Long> areas = isAbr(r) ? List.of(0L) : activeAreas(r);
        Set<Ipv4Prefix> own = new java.util.HashSet<>();
        for (OspfIface oi : r.ifaces) {
            if (oi.up) {
                own.add(oi.net.subnet());
                own.add(Ipv4Prefix.of(oi.net.address(), 32));
            }
        }
        Map<Ipv4Prefix, OspfRoute> inter = new TreeMap<>();
        for (long area : areas) {
            Lsdb db = lsdbs.get(area);
            Spf spf = spfs.get(area);
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
                    java.util.TreeSet<NextHop> hops = new java.util.TreeSet<>(old.nextHops());
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

    // ------------------------------------------------------------------ lifecycle

    /** The device booted; the process starts and picks its router ID from the interfaces up now. */
    void deviceUp(String device) {
        OspfRouter r = routers.get(device);
        if (r == null) {
            return;
        }
        r.up = true;
        r.startedAt = clock.now();
        r.routerId = chooseRouterId(r);
        aliveRouterIds.add(r.routerId);
    }

    private int chooseRouterId(OspfRouter r) {
        String configured = r.device.ospf().routerId();
        if (configured != null) {
            var a = Ipv4Prefix.address(configured);
            if (a.isPresent()) {
                return a.get();
            }
        }
        int bestLoop = 0;
        int bestAny = 0;
        for (NetInterface ni : network.interfacesOf(r.name())) {
            if (!ni.hasAddress() || !underlay().lineUp(ni)) {
                continue;
            }
            if (ni.isLoopback() && Integer.compareUnsigned(ni.address(), bestLoop) > 0) {
                bestLoop = ni.address();
            }
            if (Integer.compareUnsigned(ni.address(), bestAny) > 0) {
                bestAny = ni.address();
            }
        }
        return bestLoop != 0 ? bestLoop : bestAny;
    }

    /** The device went down: its process and all neighbor state vanish, silently. */
    void deviceDown(String device) {
        OspfRouter r = routers.get(device);
        if (r == null || !r.up) {
            return;
        }
        for (OspfIface oi : r.ifaces) {
            takeDown(oi, false);
        }
        r.up = false;
        aliveRouterIds.remove(r.routerId);
        // A router that loses power flushes nothing: its LSAs stay until MaxAge.
    }

    /** After the underlay changed: interface state transitions, then every candidate channel. */
    void interfacesChanged() {
        for (OspfRouter r : routers.values()) {
            for (OspfIface oi : r.ifaces) {
                boolean up = r.up && underlay().lineUp(oi.net);
                if (up && !oi.up) {
                    bringUp(oi);
                } else if (!up && oi.up) {
                    takeDown(oi, r.up);
                }
            }
        }
        for (OspfRouter r : routers.values()) {
            for (OspfIface oi : r.ifaces) {
                for (OspfIface c : oi.candidates) {
                    evaluateChannel(c, oi);
                }
            }
        }
        settle();
    }

    /** What {@code tunnel} can reach at {@code remoteAddress} changed (NHRP). */
    void mappingChanged(NetInterface tunnel, int remoteAddress) {
        OspfIface oi = byNetIndex.get(tunnel.index());
        if (oi == null) {
            return;
        }
        for (OspfIface c : oi.candidatesByAddress.getOrDefault(remoteAddress, List.of())) {
            evaluateChannel(c, oi);
            evaluateChannel(oi, c);
        }
        settle();
    }

    private void bringUp(OspfIface oi) {
        long now = clock.now();
        oi.up = true;
        oi.upAt = now;
        oi.dr = null;
        oi.bdr = null;
        switch (oi.type) {
            case LOOPBACK -> oi.state = IfState.LOOPBACK;
            case POINT_TO_POINT, POINT_TO_MULTIPOINT -> oi.state = IfState.POINT_TO_POINT;
            default -> {
                if (oi.passive) {
                    oi.state = IfState.DR;
                    oi.dr = oi;
                } else if (oi.priority == 0) {
                    oi.state = IfState.DROTHER;
                } else {
                    oi.state = IfState.WAITING;
                    int gen = ++oi.waitGeneration;
                    clock.at(now + oi.deadSeconds * 1000L, new WaitTimer(oi.net.index(), gen));
                }
            }
        }
        markDirty(oi.router);
    }

    private void takeDown(OspfIface oi, boolean logIt) {
        for (OspfNbr n : oi.nbrs.values()) {
            n.hears = false;
            n.helloGeneration++;
            n.helloPending = false;
            n.deadGeneration++;
            n.deadAt = Long.MAX_VALUE;
            if (n.state != NbrState.DOWN) {
                setState(n, NbrState.DOWN, logIt ? "Interface down or detached" : null);
            }
        }
        oi.up = false;
        oi.waitGeneration++;
        oi.state = IfState.DOWN;
        oi.dr = null;
        oi.bdr = null;
        markDirty(oi.router);
    }

    // ------------------------------------------------------------------ hellos and dead timers

    private boolean deliverable(OspfIface from, OspfIface to) {
        if (!from.up || !to.up || !from.router.up || !to.router.up) {
            return false;
        }
        if (from.net.isTunnel() && to.net.isTunnel()) {
            return delivery.canSend(from.net, to.net, clock.now());
        }
        return underlay().lineUp(from.net) && underlay().lineUp(to.net);
    }

    private static boolean sendsTo(OspfIface from, OspfIface to) {
        if (from.type != OspfNetworkType.NON_BROADCAST) {
            return true;
        }
        if (from.configuredNeighbors.contains(to.net.address())) {
            return true;
        }
        OspfNbr known = from.nbrs.get(to);
        return known != null && known.state != NbrState.DOWN;
    }

    /** Re-checks whether hellos from {@code from} reach {@code to}. */
    private void evaluateChannel(OspfIface from, OspfIface to) {
        boolean ok = deliverable(from, to);
        OspfNbr rec = to.nbrs.get(from);
        if (rec == null) {
            if (!ok) {
                return;
            }
            rec = to.nbr(from);
        }
        if (ok == rec.hears) {
            return;
        }
        long now = clock.now();
        rec.hears = ok;
        rec.helloGeneration++;
        rec.helloPending = false;
        if (ok) {
            // Hellos arrive again only if the neighbor sends them; the first one cancels the dead timer.
            if (sendsTo(from, to)) {
                scheduleHello(from, to, from.nextTick(now));
            }
        } else if (rec.state != NbrState.DOWN && rec.deadAt == Long.MAX_VALUE) {
            scheduleDead(rec, from.lastTick(now) + to.deadSeconds * 1000L);
        }
    }

    private void scheduleDead(OspfNbr rec, long at) {
        long deadAt = Math.max(clock.now(), at);
        int gen = ++rec.deadGeneration;
        rec.deadAt = deadAt;
        clock.at(deadAt, new DeadTimer(rec.owner.net.index(), rec.remote.net.index(), gen));
    }

    private void scheduleHello(OspfIface from, OspfIface to, long at) {
        OspfNbr rec = to.nbr(from);
        if (rec.helloPending) {
            return;
        }
        rec.helloPending = true;
        int gen = rec.helloGeneration;
        clock.at(at, new HelloTimer(from.net.index(), to.net.index(), gen));
    }

    private void helloArrives(OspfIface from, OspfIface to, int gen) {
        OspfNbr rec = to.nbr(from);
        if (gen != rec.helloGeneration) {
            return;
        }
        rec.helloPending = false;
        if (!rec.hears || !sendsTo(from, to)) {
            return;
        }
        long now = clock.now();
        rec.lastHeard = now;
        rec.deadGeneration++;
        rec.deadAt = Long.MAX_VALUE;
        OspfNbr back = from.nbrs.get(to);
        boolean listsMe = back != null && back.state != NbrState.DOWN;
        if (rec.state == NbrState.DOWN) {
            setState(rec, NbrState.INIT, null);
            if (to.type == OspfNetworkType.NON_BROADCAST && !to.configuredNeighbors.contains(from.net.address())) {
                OspfNbr rev = from.nbrs.get(to);
                if (rev != null && rev.hears) {
                    scheduleHello(to, from, now);
                } else if (deliverable(to, from)) {
                    evaluateChannel(to, from);
                }
            }
        }
        if (listsMe) {
            if (rec.state == NbrState.INIT) {
                setState(rec, NbrState.TWO_WAY, null);
                neighborChanged(to, rec);
            }
        } else {
            if (rec.state.atLeast(NbrState.TWO_WAY)) {
                setState(rec, NbrState.INIT, null);
                neighborChanged(to, rec);
            }
            scheduleHello(from, to, now + from.helloMs());
        }
        if (to.state == IfState.WAITING && (from.bdr == from || (from.dr == from && from.bdr == null))) {
            endWait(to);
        }
        settle();
    }

    private void deadTimer(OspfNbr rec, int gen) {
        if (gen != rec.deadGeneration || rec.state == NbrState.DOWN) {
            return;
        }
        rec.deadAt = Long.MAX_VALUE;
        setState(rec, NbrState.DOWN, "Dead timer expired");
        neighborChanged(rec.owner, rec);
        // A router that forgets a non-broadcast neighbor it only knew from hellos stops sending to it,
        // so that neighbor declares this router dead one dead interval after its last hello.
        OspfNbr back = rec.remote.nbrs.get(rec.owner);
        if (!sendsTo(rec.owner, rec.remote) && back != null && back.state != NbrState.DOWN
                && back.deadAt == Long.MAX_VALUE) {
            scheduleDead(back, rec.owner.lastTick(clock.now()) + rec.remote.deadSeconds * 1000L);
        }
        settle();
    }

    private void waitTimer(OspfIface oi, int gen) {
        if (gen != oi.waitGeneration) {
            return;
        }
        endWait(oi);
        settle();
    }

    private void endWait(OspfIface oi) {
        if (oi.state != IfState.WAITING) {
            return;
        }
        oi.state = IfState.DROTHER;
        oi.waitGeneration++;
        queueElection(oi);
    }

    private void setState(OspfNbr n, NbrState s, String downReason) {
        NbrState old = n.state;
        if (old == s) {
            return;
        }
        n.state = s;
        n.since = clock.now();
        // IOS counts the intermediate ExStart/Exchange/Loading states on the way to FULL.
        n.stateChanges += s == NbrState.FULL ? 4 : 1;
        OspfRouter r = n.owner.router;
        if (s == NbrState.FULL) {
            log.log(r.name(), adjchg(n, "LOADING", "FULL", "Loading Done"));
        } else if (s == NbrState.DOWN && old.atLeast(NbrState.TWO_WAY) && downReason != null) {
            log.log(r.name(), adjchg(n, old.text(), "DOWN", "Neighbor Down: " + downReason));
        }
        if (old == NbrState.FULL || s == NbrState.FULL) {
            markDirty(r);
        }
    }

    private static String adjchg(OspfNbr n, String from, String to, String reason) {
        return "%OSPF-5-ADJCHG: Process " + n.owner.router.processId() + ", Nbr " + Ipv4Prefix.format(n.routerId())
                + " on " + n.owner.net.name() + " from " + from + " to " + to + ", " + reason;
    }

    // ------------------------------------------------------------------ election and adjacencies

    private void neighborChanged(OspfIface oi, OspfNbr rec) {
        if (oi.type.electsDr() && oi.state != IfState.WAITING && oi.state != IfState.DOWN
                && rec.remote.priority > 0) {
            queueElection(oi);
        }
        adjQueue.add(rec);
    }

    private void queueElection(OspfIface oi) {
        if (electQueued.add(oi)) {
            electQueue.add(oi);
        }
    }

    private void settle() {
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
                if (elect(oi)) {
                    int c = changes.merge(oi, 1, Integer::sum);
                    if (c > OSCILLATION_LIMIT) {
                        if (c == OSCILLATION_LIMIT + 1) {
                            log.warn(oi.router.name(), "OSPF_DR_OSCILLATION", "DR election on " + oi.name()
                                    + " keeps changing; keeping the current result");
                        }
                        continue;
                    }
                    markDirty(oi.router);
                    for (OspfNbr n : oi.nbrs.values()) {
                        if (n.state.atLeast(NbrState.TWO_WAY)) {
                            adjQueue.add(n);
                            OspfNbr back = n.remote.nbrs.get(oi);
                            if (back != null && back.state.atLeast(NbrState.TWO_WAY) && n.remote.type.electsDr()
                                    && n.remote.state != IfState.WAITING) {
                                queueElection(n.remote);
                            }
                        }
                    }
                }
                continue;
            }
            adjacency(adjQueue.poll());
        }
    }

    private static boolean wantsAdjacency(OspfIface me, OspfIface other) {
        if (!me.type.electsDr()) {
            return true;
        }
        if (me.state == IfState.WAITING || me.state == IfState.DOWN) {
            return false;
        }
        return me.dr == me || me.bdr == me || me.dr == other || me.bdr == other;
    }

    private void adjacency(OspfNbr rec) {
        OspfIface me = rec.owner;
        OspfIface other = rec.remote;
        OspfNbr back = other.nbrs.get(me);
        boolean both = back != null && rec.state.atLeast(NbrState.TWO_WAY) && back.state.atLeast(NbrState.TWO_WAY);
        boolean want = both && wantsAdjacency(me, other) && wantsAdjacency(other, me);
        if (want) {
            if (rec.state != NbrState.FULL) {
                setState(rec, NbrState.FULL, null);
            }
            if (back.state != NbrState.FULL) {
                setState(back, NbrState.FULL, null);
            }
        } else if (rec.state == NbrState.FULL) {
            setState(rec, NbrState.TWO_WAY, null);
            if (back != null && back.state == NbrState.FULL) {
                setState(back, NbrState.TWO_WAY, null);
            }
        }
    }

    /** RFC 2328 9.4 from {@code oi}'s point of view; true when its DR or BDR changed. */
    private boolean elect(OspfIface oi) {
        if (!oi.up || !oi.type.electsDr() || oi.state == IfState.WAITING || oi.passive) {
            return false;
        }
        OspfIface oldDr = oi.dr;
        OspfIface oldBdr = oi.bdr;
        List<OspfIface> cands = new ArrayList<>();
        if (oi.priority > 0) {
            cands.add(oi);
        }
        for (OspfNbr n : oi.nbrs.values()) {
            if (n.state.atLeast(NbrState.TWO_WAY) && n.remote.priority > 0) {
                cands.add(n.remote);
            }
        }
        OspfIface dr = null;
        OspfIface bdr = null;
        for (int round = 0; round < 2; round++) {
            List<OspfIface> bdrPool = new ArrayList<>();
            List<OspfIface> bdrDeclared = new ArrayList<>();
            List<OspfIface> drDeclared = new ArrayList<>();
            for (OspfIface c : cands) {
                if (c.dr == c) {
                    drDeclared.add(c);
                } else {
                    bdrPool.add(c);
                    if (c.bdr == c) {
                        bdrDeclared.add(c);
                    }
                }
            }
            bdr = best(bdrDeclared.isEmpty() ? bdrPool : bdrDeclared);
            dr = drDeclared.isEmpty() ? bdr : best(drDeclared);
            boolean wasDr = oi.dr == oi;
            boolean wasBdr = oi.bdr == oi;
            boolean isDr = dr == oi;
            boolean isBdr = bdr == oi;
            oi.dr = dr;
            oi.bdr = bdr;
            if (dr != null && dr == bdr) {
                oi.bdr = null;
                bdr = null;
            }
            if (wasDr == isDr && wasBdr == (oi.bdr == oi)) {
                break;
            }
        }
        oi.state = oi.dr == oi ? IfState.DR : oi.bdr == oi ? IfState.BACKUP : IfState.DROTHER;
        return oldDr != oi.dr || oldBdr != oi.bdr;
    }

    private static OspfIface best(List<OspfIface> pool) {
        OspfIface best = null;
        for (OspfIface c : pool) {
            if (best == null || c.priority > best.priority
                    || (c.priority == best.priority && Integer.compareUnsigned(c.router.routerId, best.router.routerId) > 0)) {
                best = c;
            }
        }
        return best;
    }

    // ------------------------------------------------------------------ LSAs and SPF

    private void markDirty(OspfRouter r) {
        r.lsaDirty = true;
        dirtyRouters.add(r);
    }

    /** End of a virtual instant: originate changed LSAs, age out dead ones, run SPF where needed. */
    @Override
    public void endOfInstant() {
        long now = clock.now();
        for (OspfRouter r : dirtyRouters) {
            r.lsaDirty = false;
            if (!r.up) {
                continue;
            }
            originate(r, now);
        }
        dirtyRouters.clear();
        boolean any = false;
        for (Map.Entry<Long, Lsdb> e : lsdbs.entrySet()) {
            Lsdb db = e.getValue();
            db.age(now, aliveRouterIds::contains);
            if (db.takeChanged()) {
                Spf spf = new Spf(db.copy());
                spf.run(spfs.get(e.getKey()), now);
                spfs.put(e.getKey(), spf);
                any = true;
            }
        }
        if (any && lsdbs.size() > 1) {
            originateSummaries(now);
            for (Lsdb db : lsdbs.values()) {
                db.takeChanged(); // summaries do not change the intra-area graph
            }
        }
    }

    /** Areas with an up OSPF interface on the router. */
    private static List<Long> activeAreas(OspfRouter r) {
        return r.ifaces.stream().filter(oi -> oi.up).map(oi -> oi.area).distinct().sorted().toList();
    }

    /** IOS behaves as an ABR when it has up interfaces in the backbone and another area. */
    private static boolean isAbr(OspfRouter r) {
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
    private void originateSummaries(long now) {
        List<OspfRouter> abrs = routers.values().stream().filter(r -> r.up && isAbr(r)).toList();
        Map<OspfRouter, Map<Long, Map<Ipv4Prefix, Integer>>> want = new java.util.LinkedHashMap<>();
        Map<OspfRouter, Map<Long, Map<Ipv4Prefix, Integer>>> intra = new java.util.LinkedHashMap<>();
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
                    db.retainSummaries(r.routerId, java.util.Set.of());
                }
            }
        }
    }

    private void originate(OspfRouter r, long now) {
        Map<Long, List<LsaLink>> byArea = new TreeMap<>();
        for (OspfIface oi : r.ifaces) {
            List<LsaLink> links = byArea.computeIfAbsent(oi.area, k -> new ArrayList<>());
            Lsdb db = lsdbs.computeIfAbsent(oi.area, Lsdb::new);
            if (!oi.up) {
                db.flushNetwork(oi.net.address(), r.routerId);
                continue;
            }
            int mask = oi.net.subnet().maskInt();
            LsaLink stub = new LsaLink(LsaLink.Type.STUB, oi.net.subnet().network(), mask, oi.cost, oi.name());
            boolean isDrWithFull = false;
            switch (oi.type) {
                case LOOPBACK -> links.add(new LsaLink(LsaLink.Type.STUB, oi.net.address(), -1, oi.cost, oi.name()));
                case POINT_TO_POINT -> {
                    for (OspfNbr n : oi.sortedNeighbors()) {
                        if (n.state == NbrState.FULL) {
                            links.add(new LsaLink(LsaLink.Type.POINT_TO_POINT, n.routerId(), oi.net.address(), oi.cost, oi.name()));
                        }
                    }
                    links.add(stub);
                }
                case POINT_TO_MULTIPOINT -> {
                    for (OspfNbr n : oi.sortedNeighbors()) {
                        if (n.state == NbrState.FULL) {
                            links.add(new LsaLink(LsaLink.Type.POINT_TO_POINT, n.routerId(), oi.net.address(), oi.cost, oi.name()));
                        }
                    }
                    links.add(new LsaLink(LsaLink.Type.STUB, oi.net.address(), -1, 0, oi.name()));
                }
                default -> {
                    boolean transit = false;
                    if (oi.dr == oi) {
                        for (OspfNbr n : oi.nbrs.values()) {
                            if (n.state == NbrState.FULL) {
                                transit = true;
                                break;
                            }
                        }
                        isDrWithFull = transit;
                    } else if (oi.dr != null) {
                        OspfNbr toDr = oi.nbrs.get(oi.dr);
                        transit = toDr != null && toDr.state == NbrState.FULL;
                    }
                    if (transit && !oi.passive) {
                        links.add(new LsaLink(LsaLink.Type.TRANSIT, oi.dr.net.address(), oi.net.address(), oi.cost, oi.name()));
                    } else {
                        links.add(stub);
                    }
                }
            }
            if (isDrWithFull) {
                List<Integer> attached = new ArrayList<>();
                attached.add(r.routerId);
                for (OspfNbr n : oi.nbrs.values()) {
                    if (n.state == NbrState.FULL) {
                        attached.add(n.routerId());
                    }
                }
                attached.sort(Integer::compareUnsigned);
                db.installNetwork(oi.net.address(), mask, r.routerId, attached, now);
            } else {
                db.flushNetwork(oi.net.address(), r.routerId);
            }
        }
        for (Map.Entry<Long, List<LsaLink>> e : byArea.entrySet()) {
            lsdbs.get(e.getKey()).install(r.routerId, e.getValue(), now);
        }
    }

    /**
     * {@code ip ospf cost N} typed on a running router: the router LSA is re-originated with the new
     * cost at the end of the instant. False when the interface runs no OSPF.
     */
    boolean setCost(String device, String iface, int cost) {
        OspfRouter r = routers.get(device);
        if (r == null) {
            return false;
        }
        for (OspfIface oi : r.ifaces) {
            if (oi.name().equals(iface)) {
                oi.cost = cost;
                markDirty(r);
                return true;
            }
        }
        return false;
    }

    /** {@code no ip ospf cost}: back to reference bandwidth / bandwidth. */
    boolean resetCost(String device, String iface) {
        OspfRouter r = routers.get(device);
        if (r == null) {
            return false;
        }
        for (OspfIface oi : r.ifaces) {
            if (oi.name().equals(iface)) {
                return setCost(device, iface, defaultCost(r.device.ospf(), oi.net));
            }
        }
        return false;
    }

}
