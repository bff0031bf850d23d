package org.labcanvas.model.whatif;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.PacketPath;
import org.labcanvas.model.sim.Session;
import org.labcanvas.model.sim.core.LogLine;
import org.labcanvas.model.sim.core.PacketTrace;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.ft.FtState;
import org.labcanvas.model.sim.ipsec.IpsecSession;
import org.labcanvas.model.sim.nhrp.NhrpInterface;
import org.labcanvas.model.sim.nhrp.NhsClient;
import org.labcanvas.model.sim.ospf.OspfIface;
import org.labcanvas.model.sim.ospf.OspfRouter;
import org.labcanvas.model.sim.overlay.TunnelDelivery;
import org.labcanvas.model.sim.rib.Rib;
import org.labcanvas.model.sim.rib.Route;
import org.labcanvas.model.sim.rib.RouteSource;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.sim.underlay.Network;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.RouterRole;
import org.labcanvas.model.topology.Topology;

/**
 * Every single failure simulated from the converged network. The design is simulated once up to
 * {@code at}; each failure is then injected into a fork of that converged session and followed,
 * instant by instant, for a window long enough for every timer to run out (dead intervals, NHRP hold
 * time, FT heartbeats).
 *
 * <p>What is followed is reachability: for every router up at {@code at} and every prefix it routes
 * to through OSPF or a static route (not the default route, not a tunnel subnet), a packet to an
 * address of the prefix (the lowest one whose interface is up) is forwarded hop by hop through the
 * simulated routing tables, NHRP mappings and SAs, as {@code ping} does. A pair is re-traced at each
 * instant after the failure when its path in the converged network went through the failed element
 * (link-state routing never makes a path that avoids a failed element worse); designs with at most
 * {@link Options#exhaustiveLimit} pairs have every pair re-traced at every instant.
 */
public final class ResilienceAnalysis {
    private ResilienceAnalysis() {}


    /**
     * How to run.
     *
     * @param at              when the failures happen (the network should have converged by then)
     * @param kinds           which failures
     * @param window          how long to follow each failure; null for the design's own timers
     * @param exhaustiveLimit up to this many (device, prefix) pairs, every pair is re-traced at every instant
     */
    public record Options(Duration at, Set<Failure.Kind> kinds, Duration window, int exhaustiveLimit, int threads) {
        public Options {
            kinds = kinds.isEmpty() ? EnumSet.noneOf(Failure.Kind.class) : EnumSet.copyOf(kinds);
            threads = Math.max(1, threads);
        }

        /** Failures at 30 minutes, all kinds, the design's own window, on every processor. */
        public static Options defaults() {
            return new Options(Duration.ofMinutes(30), EnumSet.allOf(Failure.Kind.class), null, 20_000,
                    Runtime.getRuntime().availableProcessors());
        }

        public Options withAt(Duration t) { return new Options(t, kinds, window, exhaustiveLimit, threads); }
        public Options withKinds(Set<Failure.Kind> k) { return new Options(at, k, window, exhaustiveLimit, threads); }
        public Options withWindow(Duration w) { return new Options(at, kinds, w, exhaustiveLimit, threads); }
        public Options withExhaustiveLimit(int n) { return new Options(at, kinds, window, n, threads); }
        /** Failures are independent forks of one converged network: they run side by side; the result does not depend on it. */
        public Options withThreads(int n) { return new Options(at, kinds, window, exhaustiveLimit, n); }
    }

    /** Told after each failure has been simulated (for a progress display). */
    public interface Progress {
        void done(int count, int total, Failure failure);

        /** Asked before each failure: true stops the analysis ({@link #run} then throws {@link CancellationException}). */
        default boolean cancelled() {
            return false;
        }
    }

    public static ResilienceReport run(Topology topology, EventScript script, Options options, Progress progress) {
        return new Run(topology, script, options).all(progress);
    }

    /** One analysis: the converged network and what is followed in it. */
    private static final class Run {
        private final Topology topology;
        private final Options options;
        private final Session base;
        private final NetworkState converged;
        private final Map<Link, Integer> linkIndex = new HashMap<>();
        private final List<String> observers = new ArrayList<>();
        private final List<Ipv4Prefix> destinations = new ArrayList<>();
        private final List<List<NetInterface>> owners = new ArrayList<>();
        private final List<Set<String>> ownerDevices = new ArrayList<>();
        private int[] pairObserver;
        private int[] pairDestination;
        private int[] baselineSignature;
        private final Map<String, IntList> byElement = new HashMap<>();
        private final boolean exhaustive;
        /** No LAN or loopback is routed between routers: tunnel addresses are followed instead. */
        private boolean overlayOnly;
        /** Pairs whose packet did not arrive in the network before any failure (not followed). */
        private int undelivered;
        private final long window;
        private final Set<String> ipsecBefore;
        private final Set<String> nhrpBefore;
        private final FtState.ClientLoss aceBefore;
        /** Routing tables of the converged network (read by every failure's worker). */
        private final Map<String, Rib> convergedRibs = new ConcurrentHashMap<>();

        Run(Topology topology, EventScript script, Options options) {
            this.topology = topology;
            this.options = options;
            this.base = new Session(topology, script, false);
            base.runTo(options.at());
            this.converged = base.liveState();
            for (int k = 0; k < topology.links().size(); k++) {
                linkIndex.put(topology.links().get(k), k);
            }
            followPairs();
            this.exhaustive = pairObserver.length <= options.exhaustiveLimit();
            this.window = options.window() != null ? options.window().toMillis() : windowFor(converged, topology);
            this.ipsecBefore = ipsecUp(converged);
            this.nhrpBefore = nhrpUp(converged);
            this.aceBefore = aceLoss(converged);
        }

        ResilienceReport all(Progress progress) {
            List<Failure> failures = Failures.of(topology, options.kinds());
            FailureImpact[] impacts = new FailureImpact[failures.size()];
            AtomicInteger next = new AtomicInteger();
            int[] done = {0};
            Runnable worker = () -> {
                for (int k = next.getAndIncrement(); k < failures.size(); k = next.getAndIncrement()) {
                    if (progress != null && progress.cancelled()) {
                        throw new CancellationException("resilience analysis cancelled");
                    }
                    impacts[k] = simulate(failures.get(k));
                    if (progress != null) {
                        synchronized (done) {
                            progress.done(++done[0], failures.size(), failures.get(k));
                        }
                    }
                }
            };
            int threads = Math.min(options.threads(), Math.max(1, failures.size()));
            if (threads == 1) {
                worker.run();
            } else {
                ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "resilience");
                    t.setDaemon(true);
                    return t;
                });
                try {
                    List<Future<?>> running = new ArrayList<>();
                    for (int k = 0; k < threads; k++) {
                        running.add(pool.submit(worker));
                    }
                    for (Future<?> f : running) {
                        f.get();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                } finally {
                    pool.shutdownNow();
                }
            }
            // A stable sort: ties keep design order.
            List<FailureImpact> ranked = new ArrayList<>(List.of(impacts));
            ranked.sort(ResilienceReport.RANKING);
            return new ResilienceReport(converged.now(), window, ranked, observers.size(), pairObserver.length, exhaustive,
                    overlayOnly, undelivered, topology.devices().stream().anyMatch(d -> d.ospf() != null));
        }

        // ------------------------------------------------------------------ the converged network

        private void followPairs() {
            Network net = converged.network();
            Set<Ipv4Prefix> tunnelSubnets = new TreeSet<>();
            Map<Ipv4Prefix, List<NetInterface>> bySubnet = new HashMap<>();
            for (NetInterface i : net.interfaces()) {
                if (!i.hasAddress() || i.subnet() == null) {
                    continue;
                }
                if (i.isTunnel()) {
                    tunnelSubnets.add(i.subnet());
                } else {
                    bySubnet.computeIfAbsent(i.subnet(), k -> new ArrayList<>()).add(i);
                }
            }
            Map<Ipv4Prefix, Integer> index = new HashMap<>();
            IntList obs = new IntList();
            IntList dst = new IntList();
            for (Device d : topology.devices()) {
                if (d.kind() != DeviceKind.ROUTER || !converged.deviceUp(d.name())) {
                    continue;
                }
                int o = observers.size();
                observers.add(d.name());
                for (Route r : ribAt(converged, convergedRibs, d.name()).routes()) {
                    if (!followed(r) || tunnelSubnets.contains(r.prefix())) {
                        continue;
                    }
                    Integer k = index.get(r.prefix());
                    if (k == null) {
                        List<NetInterface> own = bySubnet.getOrDefault(r.prefix(), List.of());
                        if (own.isEmpty()) {
                            own = net.interfaces().stream().filter(i -> !i.isTunnel() && i.hasAddress()
                                    && i.subnet() != null && r.prefix().contains(i.subnet())).toList();
                        }
                        k = destinations.size();
                        index.put(r.prefix(), k);
                        destinations.add(r.prefix());
                        owners.add(own);
                        Set<String> devs = new TreeSet<>();
                        own.forEach(i -> devs.add(i.device()));
                        ownerDevices.add(devs);
                    }
                    if (owners.get(k).isEmpty() || ownerDevices.get(k).equals(Set.of(d.name()))) {
                        continue;
                    }
                    obs.add(o);
                    dst.add(k);
                }
            }
            if (obs.size() == 0) {
                overlayOnly = followOverlay(net, index, obs, dst);
            }
            Map<Integer, String> originDevice = new HashMap<>();
            if (converged.ospf() != null) {
                for (OspfRouter r : converged.ospf().routers().values()) {
                    originDevice.put(r.routerId(), r.name());
                }
            }
            // Trace each pair in the converged network; pairs not delivered there are not followed.
            TunnelDelivery delivery = converged.readOnlyDelivery();
            Function<String, Rib> ribs = dev -> ribAt(converged, convergedRibs, dev);
            PacketPath.Legs legs = new PacketPath.Legs();
            IntList keepObs = new IntList();
            IntList keepDst = new IntList();
            IntList keepSig = new IntList();
            for (int p = 0; p < obs.size(); p++) {
                String from = observers.get(obs.get(p));
                int target = target(converged, dst.get(p));
                if (target == 0) {
                    continue;
                }
                PacketTrace tr = PacketPath.forward(converged, delivery, ribs, legs, from, target);
                if (!tr.delivered()) {
                    undelivered++;
                    continue;
                }
                int id = keepObs.size();
                keepObs.add(obs.get(p));
                keepDst.add(dst.get(p));
                keepSig.add(signature(tr));
                Set<String> elements = new TreeSet<>(PathElements.of(converged, linkIndex, from, tr));
                origins(from, tr, target, ribs, originDevice, elements);
                for (String e : elements) {
                    byElement.computeIfAbsent(e, x -> new IntList()).add(id);
                }
                byElement.computeIfAbsent(PathElements.device(from), x -> new IntList()).add(id);
            }
            pairObserver = keepObs.toArray();
            pairDestination = keepDst.toArray();
            baselineSignature = keepSig.toArray();
        }

        /**
         * A route also depends on the router that advertises it, and on that router's interface in the
         * prefix (the DR of a LAN originates its network LSA: when the DR's cable goes, the LAN's route
         * goes with it until a new DR is elected, even for paths that never cross that cable).
         */
        private void origins(String from, PacketTrace tr, int target, Function<String, Rib> ribs,
                             Map<Integer, String> originDevice, Set<String> elements) {
            List<String> senders = new ArrayList<>();
            senders.add(from);
            for (NetInterface in : tr.hops()) {
                senders.add(in.device());
            }
            senders.remove(senders.size() - 1);
            for (String dev : senders) {
                Route r = ribs.apply(dev).lookup(target).orElse(null);
                if (r == null || r.origin() == 0) {
                    continue;
                }
                String origin = originDevice.get(r.origin());
                if (origin == null) {
                    continue;
                }
                elements.add(PathElements.device(origin));
                for (NetInterface i : converged.network().interfacesOf(origin)) {
                    if (!i.isTunnel() && i.hasAddress() && r.prefix().contains(i.address())) {
                        elements.addAll(PathElements.cableOf(converged.network(), linkIndex, i));
                    }
                }
            }
        }

        /**
         * A design whose routers route no LAN or loopback to each other (a bare overlay, such as a
         * single hub and its spokes with static defaults): the routers' tunnel addresses are followed
         * instead, from every router that has a route to them.
         */
        private boolean followOverlay(Network net, Map<Ipv4Prefix, Integer> index, IntList obs, IntList dst) {
            for (int o = 0; o < observers.size(); o++) {
                String d = observers.get(o);
                Rib rib = ribAt(converged, convergedRibs, d);
                for (NetInterface i : net.interfaces()) {
                    if (!i.isTunnel() || !i.hasAddress() || i.device().equals(d) || !converged.deviceUp(i.device())
                            || topology.device(i.device()).map(x -> x.kind() != DeviceKind.ROUTER).orElse(true)) {
                        continue;
                    }
                    Route r = rib.lookup(i.address()).orElse(null);
                    if (r == null || r.prefix().length() == 0) {
                        continue;
                    }
                    Ipv4Prefix p = Ipv4Prefix.of(i.address(), 32);
                    Integer k = index.get(p);
                    if (k == null) {
                        k = destinations.size();
                        index.put(p, k);
                        destinations.add(p);
                        owners.add(List.of(i));
                        ownerDevices.add(Set.of(i.device()));
                    }
                    obs.add(o);
                    dst.add(k);
                }
            }
            return obs.size() > 0;
        }

        private static boolean followed(Route r) {
            return (r.source() == RouteSource.OSPF || r.source() == RouteSource.OSPF_INTER_AREA
                    || r.source() == RouteSource.STATIC) && r.prefix().length() > 0;
        }

        /** The lowest address of the prefix on an interface that is up now; 0 when none is. */
        private int target(NetworkState s, int destination) {
            int best = 0;
            boolean found = false;
            for (NetInterface i : owners.get(destination)) {
                if (s.deviceUp(i.device()) && s.underlay().lineUp(i)
                        && (!found || Integer.compareUnsigned(i.address(), best) < 0)) {
                    best = i.address();
                    found = true;
                }
            }
            return best;
        }

        // ------------------------------------------------------------------ one failure

        private FailureImpact simulate(Failure failure) {
            Session f = base.fork();
            int linesBefore = f.lineCount();
            f.inject(failure.event());
            long t0 = f.now().toMillis();
            long end = t0 + window;
            int[] cand = candidates(failure);
            boolean[] down = new boolean[cand.length];
            long[] downSince = new long[cand.length];
            long[] outage = new long[cand.length];
            int[] sig = new int[cand.length];
            for (int i = 0; i < cand.length; i++) {
                sig[i] = baselineSignature[cand[i]];
            }
            long lastChange = -1;
            long lastState = -1;
            NetworkState s = f.liveState();
            long fingerprint = routingFingerprint(s);
            int lineCount = f.lineCount();
            boolean first = true;
            while (true) {
                long now = s.now();
                // An instant that ran no SPF, logged nothing and left NHRP and IPsec as they were cannot
                // have changed a path: it is not re-traced.
                long fp = first ? fingerprint : routingFingerprint(s);
                int lc = f.lineCount();
                boolean spfRan = spfRanAt(s, now);
                if (!first && fp != fingerprint) {
                    // An NHRP entry timed out, a registration or an SA came or went: part of settling.
                    lastState = now;
                }
                if (first || spfRan || fp != fingerprint || lc != lineCount) {
                    if (evaluate(s, cand, down, downSince, outage, sig, now)) {
                        lastChange = now;
                    }
                }
                first = false;
                fingerprint = fp;
                lineCount = lc;
                Optional<Duration> next = f.nextEventAt();
                if (next.isEmpty() || next.get().toMillis() > end) {
                    break;
                }
                f.step();
                s = f.liveState();
            }
            long rerouted = lastChange < 0 ? -1 : lastChange - t0;
            lastChange = Math.max(lastChange, lastState);
            List<LogLine> lines = f.lines();
            for (LogLine l : lines.subList(Math.min(linesBefore, lines.size()), lines.size())) {
                if (l.kind() != LogLine.Kind.EVENT && l.millis() > lastChange) {
                    lastChange = l.millis();
                }
            }
            NetworkState fin = f.liveState();
            List<FailureImpact.PrefixLoss> losses = new ArrayList<>();
            int cutOff = 0;
            int lost = 0;
            int ownLost = 0;
            long outageSum = 0;
            long maxOutage = 0;
            IntList movedPairs = new IntList();
            for (int i = 0; i < cand.length; i++) {
                int p = cand[i];
                String device = observers.get(pairObserver[p]);
                boolean own = failure.ownSites().contains(device)
                        || failure.ownSites().containsAll(ownerDevices.get(pairDestination[p]));
                if (down[i]) {
                    outage[i] += end - downSince[i];
                }
                if (outage[i] > 0) {
                    if (own) {
                        ownLost++;
                    } else {
                        lost++;
                        outageSum += outage[i];
                        maxOutage = Math.max(maxOutage, outage[i]);
                        if (down[i]) {
                            cutOff++;
                        }
                    }
                    losses.add(new FailureImpact.PrefixLoss(device, destinations.get(pairDestination[p]).toString(),
                            outage[i], down[i], own));
                }
                if (!down[i] && sig[i] != baselineSignature[p]) {
                    movedPairs.add(p);
                }
            }
            // The most severe losses first: other sites cut off, then the longest outages; ties in design order.
            losses.sort(Comparator.comparing((FailureImpact.PrefixLoss l) -> l.own())
                    .thenComparing(l -> !l.permanent()).thenComparingLong(l -> -l.outageMs()));
            List<FailureImpact.PathChange> changes = new ArrayList<>();
            Ribs finRibs = new Ribs(fin);
            TunnelDelivery finDelivery = fin.readOnlyDelivery();
            TunnelDelivery convDelivery = converged.readOnlyDelivery();
            for (int k = 0; k < Math.min(movedPairs.size(), FailureImpact.DETAIL_LIMIT); k++) {
                int p = movedPairs.get(k);
                String device = observers.get(pairObserver[p]);
                int after = target(fin, pairDestination[p]);
                int before = target(converged, pairDestination[p]);
                changes.add(new FailureImpact.PathChange(device, destinations.get(pairDestination[p]).toString(),
                        category(device, pairDestination[p]),
                        PathElements.describe(device, PacketPath.forward(converged, convDelivery, dev -> ribAt(converged, convergedRibs, dev),
                                device, before)),
                        PathElements.describe(device, PacketPath.forward(fin, finDelivery, dev -> finRibs.get(dev, after),
                                device, after))));
            }
            Set<String> ipsecAfter = ipsecUp(fin);
            Set<String> nhrpAfter = nhrpUp(fin);
            FtState.ClientLoss ace = aceLoss(fin);
            List<String> ipsecLost = ipsecBefore.stream().filter(x -> !ipsecAfter.contains(x)).toList();
            List<String> nhrpLost = nhrpBefore.stream().filter(x -> !nhrpAfter.contains(x)).toList();
            long reconverge = lastChange < 0 ? 0 : Math.max(0, lastChange - t0);
            return new FailureImpact(failure, rerouted, reconverge, cutOff, lost, ownLost, outageSum, maxOutage,
                    losses.subList(0, Math.min(losses.size(), FailureImpact.DETAIL_LIMIT)), movedPairs.size(), changes,
                    ipsecLost, nhrpLost,
                    ace.dropped() - aceBefore.dropped(), ace.bestEffort() - aceBefore.bestEffort(),
                    ace.refused() - aceBefore.refused());
        }

        /** Re-traces the pairs; true when any changed (reachability or path). */
        private boolean evaluate(NetworkState s, int[] cand, boolean[] down, long[] downSince, long[] outage, int[] sig,
                                 long now) {
            boolean changed = false;
            TunnelDelivery delivery = s.readOnlyDelivery();
            Ribs ribs = new Ribs(s);
            PacketPath.Legs legs = new PacketPath.Legs();
            for (int i = 0; i < cand.length; i++) {
                int p = cand[i];
                String from = observers.get(pairObserver[p]);
                boolean delivered = false;
                int signature = 0;
                if (s.deviceUp(from)) {
                    int target = target(s, pairDestination[p]);
                    if (target != 0) {
                        PacketTrace tr = PacketPath.forward(s, delivery, dev -> ribs.get(dev, target), legs, from, target);
                        delivered = tr.delivered();
                        signature = delivered ? signature(tr) : 0;
                    }
                }
                if (delivered == down[i]) {
                    changed = true;
                    if (delivered) {
                        outage[i] += now - downSince[i];
                        down[i] = false;
                    } else {
                        down[i] = true;
                        downSince[i] = now;
                    }
                }
                if (delivered && signature != sig[i]) {
                    changed = true;
                }
                if (delivered) {
                    sig[i] = signature;
                }
            }
            return changed;
        }

        private int[] candidates(Failure failure) {
            if (exhaustive) {
                int[] all = new int[pairObserver.length];
                Arrays.setAll(all, i -> i);
                return all;
            }
            BitSet set = new BitSet(pairObserver.length);
            for (String e : failure.elements()) {
                IntList l = byElement.get(e);
                if (l != null) {
                    for (int i = 0; i < l.size(); i++) {
                        set.set(l.get(i));
                    }
                }
            }
            return set.stream().toArray();
        }

        private String category(String device, int destination) {
            Device d = topology.device(device).orElse(null);
            if (d == null || d.role() != RouterRole.SPOKE) {
                return "other";
            }
            Network net = converged.network();
            for (NetInterface i : owners.get(destination)) {
                Network.Segment seg = net.segmentOf(i);
                if (seg != null && seg.kind() == Network.SegmentKind.LAN) {
                    return "spoke-to-LAN";
                }
            }
            for (String o : ownerDevices.get(destination)) {
                if (topology.device(o).map(x -> x.role() == RouterRole.SPOKE).orElse(false)) {
                    return "spoke-to-spoke";
                }
            }
            return "other";
        }
    }

    // ---------------------------------------------------------------------- helpers

    /**
     * Routing tables for one instant: a device asked about a few destinations gets the part of its
     * table that decides each ({@link NetworkState#ribFor}); one asked about many gets its whole table,
     * built once.
     */
    private static final class Ribs {
        private static final int WHOLE_AFTER = 8;
        private final NetworkState s;
        private final Map<String, Rib> whole = new HashMap<>();
        private final Map<String, Map<Integer, Rib>> parts = new HashMap<>();

        Ribs(NetworkState s) {
            this.s = s;
        }

        Rib get(String device, int target) {
            Rib w = whole.get(device);
            if (w != null) {
                return w;
            }
            Map<Integer, Rib> mine = parts.computeIfAbsent(device, k -> new HashMap<>());
            Rib r = mine.get(target);
            if (r != null) {
                return r;
            }
            if (mine.size() >= WHOLE_AFTER) {
                w = s.rib(device);
                whole.put(device, w);
                parts.remove(device);
                return w;
            }
            r = s.ribFor(device, target);
            mine.put(target, r);
            return r;
        }
    }

    /** Whether some router ran its SPF at {@code now}. */
    private static boolean spfRanAt(NetworkState s, long now) {
        if (s.ospf() == null) {
            return false;
        }
        for (OspfRouter r : s.ospf().routers().values()) {
            if (r.up() && r.lastSpf() == now) {
                return true;
            }
        }
        return false;
    }

    /** NHRP caches, registrations and IPsec sessions, summed up: what tunnel forwarding depends on. */
    private static long routingFingerprint(NetworkState s) {
        long h = 17;
        for (Device d : s.network().topology().devices()) {
            if (d.kind() != DeviceKind.ROUTER || !s.deviceUp(d.name())) {
                h = 31 * h + 1;
                continue;
            }
            if (s.nhrp() != null) {
                for (NhrpInterface ni : s.nhrp().onDevice(d.name())) {
                    h = 31 * h + ni.cache().size();
                    for (NhsClient c : ni.clients()) {
                        h = 31 * h + (c.up() ? 3 : 5);
                    }
                }
            }
        }
        if (s.ipsec() != null) {
            h = 31 * h + s.ipsec().sessions().size();
        }
        return h;
    }

    private static Rib ribAt(NetworkState s, Map<String, Rib> cache, String device) {
        return cache.computeIfAbsent(device, s::rib);
    }

    /** The path as a number: the interfaces it was received on, in order. */
    private static int signature(PacketTrace tr) {
        int h = 1;
        for (NetInterface i : tr.hops()) {
            h = 31 * h + i.index();
        }
        return h;
    }

    /**
     * How long to follow a failure: long enough for OSPF to declare neighbours dead twice over, for
     * NHRP entries to time out, and for ACE heartbeats to run out; at least five minutes.
     */
    static long windowFor(NetworkState s, Topology t) {
        long longest = Duration.ofMinutes(5).toMillis();
        if (s.ospf() != null) {
            for (OspfRouter r : s.ospf().routers().values()) {
                for (OspfIface i : r.interfaces()) {
                    longest = Math.max(longest, 2L * i.deadSeconds() * 1000 + 60_000);
                }
            }
        }
        for (Device d : t.devices()) {
            for (Interface i : d.interfaces()) {
                if (i.nhrp() != null) {
                    longest = Math.max(longest, i.nhrp().effectiveHoldtime() * 1000L + 60_000);
                }
            }
            if (d.ace() != null && d.ace().ftPeer() != null) {
                var p = d.ace().ftPeer();
                longest = Math.max(longest, 2L * p.effectiveHeartbeatInterval() * p.effectiveHeartbeatCount() + 60_000);
            }
        }
        return longest;
    }

    private static Set<String> ipsecUp(NetworkState s) {
        Set<String> out = new LinkedHashSet<>();
        if (s.ipsec() == null) {
            return out;
        }
        List<IpsecSession> up = new ArrayList<>();
        for (IpsecSession x : s.ipsec().sessions()) {
            if (s.deviceUp(x.initiator()) && s.deviceUp(x.responder())) {
                up.add(x);
            }
        }
        // In the order the devices are in the design, then by address: the same every run.
        Map<String, Integer> order = new HashMap<>();
        for (Device d : s.network().topology().devices()) {
            order.put(d.name(), order.size());
        }
        up.sort(Comparator.<IpsecSession>comparingInt(x -> order.get(x.initiator()))
                .thenComparingInt(x -> order.get(x.responder()))
                .thenComparing(x -> Integer.toUnsignedLong(x.initiatorAddress()))
                .thenComparing(x -> Integer.toUnsignedLong(x.responderAddress())));
        for (IpsecSession x : up) {
            out.add(x.initiator() + " " + Ipv4Prefix.format(x.initiatorAddress()) + " - " + x.responder() + " "
                    + Ipv4Prefix.format(x.responderAddress()));
        }
        return out;
    }

    private static Set<String> nhrpUp(NetworkState s) {
        Set<String> out = new LinkedHashSet<>();
        if (s.nhrp() == null) {
            return out;
        }
        for (Device d : s.network().topology().devices()) {
            if (!s.deviceUp(d.name())) {
                continue;
            }
            for (NhrpInterface ni : s.nhrp().onDevice(d.name())) {
                for (NhsClient c : ni.clients()) {
                    if (c.up()) {
                        out.add(d.name() + " " + ni.tunnel().name() + " to NHS " + Ipv4Prefix.format(c.nhsAddress()));
                    }
                }
            }
        }
        return out;
    }

    private static FtState.ClientLoss aceLoss(NetworkState s) {
        FtState ft = s.view(FtState.class);
        return ft == null ? new FtState.ClientLoss(0, 0, 0) : ft.clientLoss();
    }

    /** A growable list of ints. */
    static final class IntList {
        private int[] a = new int[8];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int get(int i) {
            return a[i];
        }

        int size() {
            return n;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
