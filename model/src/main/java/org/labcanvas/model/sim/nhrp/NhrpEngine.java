package org.labcanvas.model.sim.nhrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.SortedSet;
import java.util.function.BiConsumer;
import org.labcanvas.model.sim.core.Clock;
import org.labcanvas.model.sim.core.PacketTrace;
import org.labcanvas.model.sim.core.ProcessContext;
import org.labcanvas.model.sim.core.ProtocolProcess;
import org.labcanvas.model.sim.core.Scheduler;
import org.labcanvas.model.sim.overlay.NbmaCache;
import org.labcanvas.model.sim.overlay.TunnelDelivery;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.sim.underlay.Network;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.NhrpSettings;
import org.labcanvas.model.topology.TunnelMode;

/**
 * NHRP registration and caches.
 *
 * <ul>
 *   <li>A spoke registers with each NHS when its tunnel comes up, when the path to the server comes
 *       back (the IPsec SA is renegotiated), and every holdtime/3 after an answered registration
 *       (IOS's default registration interval; holdtime 7200 s gives 2400 s).</li>
 *   <li>An unanswered request is retried after 1, 2, 4, 8, 16, 32, then every 64 seconds (IOS's
 *       exponential back-off for NHS registration; the cap of 64 s is a guess).</li>
 *   <li>The server keeps a dynamic entry, flags {@code unique registered} (no {@code unique} with
 *       {@code ip nhrp registration no-unique}), expiring one holdtime after the last
 *       registration; a unique entry refuses a registration from a different NBMA address.</li>
 *   <li>Static {@code ip nhrp map} entries exist from boot and never expire.</li>
 * </ul>
 *
 * Registration and its reply take no time on the virtual clock (a guess: real exchanges take
 * milliseconds). The change listener hears (tunnel, remote tunnel address) whenever what a tunnel can
 * reach changes.
 */
public final class NhrpEngine implements ProtocolProcess, NhrpState {
    private static final long MAX_RETRY_MS = 64_000;
    /** How long an unanswered resolution stays as an incomplete (negative) entry: IOS's 3 minutes. */
    static final long INCOMPLETE_MS = 180_000;

    /** Time for NHS client {@code client} of tunnel {@code tunnel} to send a registration. */
    record RegisterTimer(int tunnel, long client, int generation) implements Clock.Timer {}

    /** A dynamic entry for {@code protocol} on {@code tunnel} may have expired. */
    record ExpireTimer(int tunnel, int protocol) implements Clock.Timer {}

    private final Network network;
    private final Scheduler clock;
    private final org.labcanvas.model.sim.core.EventLog log;
    private final TunnelDelivery delivery;
    private final BiConsumer<NetInterface, Integer> onMappingChange;
    private final Map<Integer, NhrpInterface> byIface = new TreeMap<>();
    private final Map<String, List<NhrpInterface>> byDevice = new TreeMap<>();
    private long nextClientId;

    public NhrpEngine(ProcessContext ctx) {
        this.network = ctx.network();
        this.clock = ctx.timers();
        this.log = ctx.log();
        this.delivery = ctx.delivery();
        this.onMappingChange = ctx.overlay();
        delivery.attach(this);
        for (NetInterface i : network.interfaces()) {
            NhrpSettings s = i.config().nhrp();
            if (i.isTunnel() && s != null && i.hasAddress()) {
                NhrpInterface n = new NhrpInterface(i, s);
                byIface.put(i.index(), n);
                byDevice.computeIfAbsent(i.device(), k -> new ArrayList<>()).add(n);
            }
        }
    }

    private NhrpEngine(NhrpEngine o, ProcessContext ctx) {
        this.network = ctx.network();
        this.clock = ctx.timers();
        this.log = ctx.log();
        this.delivery = ctx.delivery();
        this.onMappingChange = ctx.overlay();
        this.nextClientId = o.nextClientId;
        delivery.attach(this);
        for (Map.Entry<Integer, NhrpInterface> e : o.byIface.entrySet()) {
            NhrpInterface n = e.getValue().copy();
            byIface.put(e.getKey(), n);
            byDevice.computeIfAbsent(n.tunnel.device(), k -> new ArrayList<>()).add(n);
        }
    }

    @Override
    public String name() {
        return "nhrp";
    }

    @Override
    public NhrpEngine copy(ProcessContext ctx) {
        return new NhrpEngine(this, ctx);
    }

    @Override
    public void devicesChanged(SortedSet<String> up, SortedSet<String> down) {
        for (String d : down) {
            deviceDown(d);
        }
        for (String d : up) {
            deviceUp(d);
        }
    }

    @Override
    public void underlayChanged() {
        pathsChanged();
    }

    @Override
    public void onTimer(Clock.Timer timer) {
        if (timer instanceof RegisterTimer r) {
            NhrpInterface n = byIface.get(r.tunnel());
            for (NhsClient c : List.copyOf(n.clients)) {
                if (c.id == r.client()) {
                    attempt(c, r.generation());
                }
            }
        } else if (timer instanceof ExpireTimer x) {
            expire(byIface.get(x.tunnel()), x.protocol());
        } else {
            throw new IllegalArgumentException("not an NHRP timer: " + timer);
        }
    }

    /** Traffic that went through a hub to a multipoint spoke's unresolved peer triggers resolution. */
    @Override
    public void trafficForwarded(PacketTrace path, long packets) {
        for (PacketTrace.Resolution res : path.resolutions()) {
            resolve(res.tunnel(), res.target());
        }
        if (packets <= 0) {
            return;
        }
        long now = clock.now();
        for (NetInterface[] leg : path.tunnels()) {
            NhrpEntry e = entry(leg[0], leg[1].address());
            if (e != null && e.validAt(now) && e.type() != NhrpEntry.Type.INCOMPLETE) {
                e.used(now);
            }
        }
    }

    @Override
    public int learnedNbma(NetInterface tunnel, int protocol, long now) {
        NhrpEntry e = entry(tunnel, protocol);
        return e != null && e.validAt(now) && e.type() != NhrpEntry.Type.INCOMPLETE ? e.nbma() : 0;
    }

    @Override
    public NhrpInterface of(NetInterface tunnel) {
        return byIface.get(tunnel.index());
    }

    @Override
    public List<NhrpInterface> onDevice(String device) {
        return java.util.Collections.unmodifiableList(byDevice.getOrDefault(device, List.of()));
    }

    NhrpEntry entry(NetInterface tunnel, int protocol) {
        NhrpInterface n = byIface.get(tunnel.index());
        return n == null ? null : n.cache.get(protocol);
    }

    /** The device booted: static entries and fresh registration state. */
    void deviceUp(String device) {
        for (NhrpInterface n : onDevice(device)) {
            n.cache.clear();
            n.clients.clear();
            for (NhrpMap m : n.settings.maps()) {
                Integer p = Ipv4Prefix.address(m.protocol()).orElse(null);
                Integer nb = Ipv4Prefix.address(m.nbma()).orElse(null);
                if (p != null && nb != null) {
                    n.cache.put(p, new NhrpEntry(p, nb, NhrpEntry.Type.STATIC, clock.now(), Long.MAX_VALUE));
                }
            }
            for (NhrpServer s : n.settings.servers()) {
                Integer addr = Ipv4Prefix.address(s.address()).orElse(null);
                if (addr == null) {
                    continue;
                }
                NhsClient c = new NhsClient(nextClientId++, n.tunnel, addr, serverNbma(n, s, addr));
                c.changedAt = clock.now();
                n.clients.add(c);
            }
        }
    }

    private int serverNbma(NhrpInterface n, NhrpServer s, int addr) {
        if (s.nbma() != null) {
            return Ipv4Prefix.address(s.nbma()).orElse(0);
        }
        NhrpEntry e = n.cache.get(addr);
        if (e != null) {
            return e.nbma();
        }
        var ts = n.tunnel.config().tunnel();
        if (ts != null && ts.mode() != TunnelMode.GRE_MULTIPOINT && ts.destination() != null) {
            return Ipv4Prefix.address(ts.destination()).orElse(0);
        }
        return 0;
    }

    /**
     * IOS 15 and IOS-XE log DMVPN state changes (DMVPN syslog, on by default); 12.4 has no such
     * messages.
     */
    private static boolean dmvpnSyslog(NetInterface tunnel) {
        return tunnel.platform().isIos() && tunnel.platform() != org.labcanvas.model.topology.Platform.IOS_12_4;
    }

    private int ownNbma(NhsClient c) {
        int a = delivery.underlay().tunnelSourceAddress(c.tunnel);
        return a != 0 ? a : network.configuredTunnelSource(c.tunnel);
    }

    /** {@code %DMVPN-5-NHRP_NHS_DOWN} as IOS 15 prints it (with the space before the first closing parenthesis). */
    private void nhsDown(NhsClient c, String reason) {
        if (dmvpnSyslog(c.tunnel)) {
            log.log(c.tunnel.device(), "%DMVPN-5-NHRP_NHS_DOWN: " + c.tunnel.name() + ": Next Hop Server : (Tunnel: "
                    + Ipv4Prefix.format(c.nhsAddress) + " NBMA: " + Ipv4Prefix.format(c.nbma) + " ) for (Tunnel: "
                    + Ipv4Prefix.format(c.tunnel.address()) + " NBMA: " + Ipv4Prefix.format(ownNbma(c)) + ") is DOWN, Reason: "
                    + reason);
        }
    }

    /** The device went down: its caches, registrations and counters are gone. */
    void deviceDown(String device) {
        for (NhrpInterface n : onDevice(device)) {
            n.cache.clear();
            for (NhsClient c : n.clients) {
                c.generation++;
                c.up = false;
            }
            n.clients.clear();
            n.traffic.reset();
        }
    }

    /**
     * Called after the underlay changed: registers at once with every server whose path has just
     * become usable, and stops waiting on those whose tunnel is down.
     */
    void pathsChanged() {
        long now = clock.now();
        for (NhrpInterface n : byIface.values()) {
            for (NhsClient c : n.clients) {
                if (c.up && !delivery.underlay().lineUp(c.tunnel)) {
                    // The spoke's own tunnel went down: IOS declares its servers down at once.
                    c.setUp(false, now);
                    c.state = NhsState.E;
                    nhsDown(c, "External(NHRP: no error)");
                    onMappingChange.accept(c.tunnel, c.nhsAddress);
                }
                boolean ok = pathToServer(c, now) != null;
                if (ok && !c.pathOk) {
                    schedule(c, now);
                }
                c.pathOk = ok;
            }
        }
    }

    private NetInterface pathToServer(NhsClient c, long now) {
        if (!delivery.underlay().lineUp(c.tunnel) || c.nbma == 0) {
            return null;
        }
        for (NetInterface hub : network.owners(c.nhsAddress)) {
            if (hub.isTunnel() && byIface.containsKey(hub.index()) && delivery.deliversTo(c.tunnel, hub, c.nbma, now)) {
                return hub;
            }
        }
        return null;
    }

    private void schedule(NhsClient c, long at) {
        int gen = ++c.generation;
        clock.at(at, new RegisterTimer(c.tunnel.index(), c.id, gen));
    }

    private void attempt(NhsClient c, int gen) {
        if (gen != c.generation) {
            return;
        }
        long now = clock.now();
        NhrpInterface spoke = byIface.get(c.tunnel.index());
        if (!delivery.underlay().lineUp(c.tunnel)) {
            c.setUp(false, now);
            return;
        }
        boolean wasUp = c.up;
        c.requestsSent++;
        spoke.traffic.sentRegistrationRequest++;
        NetInterface hubTunnel = pathToServer(c, now);
        boolean answered = false;
        if (hubTunnel != null) {
            NhrpInterface hub = byIface.get(hubTunnel.index());
            hub.traffic.recvRegistrationRequest++;
            int spokeNbma = delivery.underlay().tunnelSourceAddress(c.tunnel);
            boolean replyArrives = delivery.deliversTo(hubTunnel, c.tunnel, spokeNbma, now);
            NhrpEntry existing = hub.cache.get(c.tunnel.address());
            boolean unique = !spoke.settings.registrationNoUnique();
            boolean conflict = existing != null && existing.validAt(now) && existing.type() == NhrpEntry.Type.DYNAMIC
                    && existing.flags().contains("unique") && existing.nbma() != spokeNbma;
            if (replyArrives) {
                hub.traffic.sentRegistrationReply++;
                spoke.traffic.recvRegistrationReply++;
                c.repliesReceived++;
            }
            if (!conflict && replyArrives) {
                long expires = now + spoke.settings.effectiveHoldtime() * 1000L;
                boolean changed;
                if (existing == null || existing.type() != NhrpEntry.Type.DYNAMIC || !existing.validAt(now)) {
                    NhrpEntry e = new NhrpEntry(c.tunnel.address(), spokeNbma, NhrpEntry.Type.DYNAMIC, now, expires);
                    if (unique) {
                        e.flag("unique");
                    }
                    e.flag("registered");
                    hub.cache.put(c.tunnel.address(), e);
                    changed = true;
                    if (dmvpnSyslog(hubTunnel)) {
                        log.log(hubTunnel.device(), "%DMVPN-5-NHRP_NHC_UP: " + hubTunnel.name() + ": Next Hop Client : (Tunnel: "
                                + Ipv4Prefix.format(c.tunnel.address()) + " NBMA: " + Ipv4Prefix.format(spokeNbma) + ") for (Tunnel: "
                                + Ipv4Prefix.format(hubTunnel.address()) + " NBMA: "
                                + Ipv4Prefix.format(delivery.underlay().tunnelSourceAddress(hubTunnel)) + ") is  UP");
                    }
                } else {
                    changed = existing.nbma() != spokeNbma;
                    existing.refresh(spokeNbma, expires);
                }
                clock.at(expires, new ExpireTimer(hub.tunnel.index(), c.tunnel.address()));
                answered = true;
                if (changed) {
                    onMappingChange.accept(hubTunnel, c.tunnel.address());
                    onMappingChange.accept(c.tunnel, c.nhsAddress);
                }
            }
        }
        if (answered) {
            if (!wasUp && dmvpnSyslog(c.tunnel)) {
                log.log(c.tunnel.device(), "%DMVPN-5-NHRP_NHS_UP: " + c.tunnel.name() + ": Next Hop Server : (Tunnel: "
                        + Ipv4Prefix.format(c.nhsAddress) + " NBMA: " + Ipv4Prefix.format(c.nbma) + ") for (Tunnel: "
                        + Ipv4Prefix.format(c.tunnel.address()) + " NBMA: " + Ipv4Prefix.format(ownNbma(c)) + ") is  UP");
            }
            c.setUp(true, now);
            c.state = NhsState.R;
            c.retries = 0;
            c.lastReply = now;
            int interval = Math.max(1, spoke.settings.effectiveHoldtime() / 3);
            schedule(c, now + interval * 1000L);
        } else {
            c.setUp(false, now);
            if (wasUp) {
                nhsDown(c, "NHRP Registration Failure(NHRP: no error)");
            }
            c.state = c.lastReply < 0 ? NhsState.E : NhsState.W;
            long delay = Math.min(MAX_RETRY_MS, 1000L << Math.min(c.retries, 6));
            c.retries++;
            schedule(c, now + delay);
            if (wasUp) {
                onMappingChange.accept(c.tunnel, c.nhsAddress);
            }
        }
    }

    /**
     * Phase 2: {@code tunnel} (multipoint, with an NHS) resolves {@code target} because traffic for
     * it went through the server. The request goes to the NHS, which forwards it to the spoke that
     * registered {@code target}; that spoke learns the requester from the request and answers it
     * directly. Both then hold a dynamic entry for the other, valid for the answering side's hold
     * time; the requester's entry is incomplete until the reply arrives (here: at once).
     * Returns whether the resolution succeeded.
     */
    boolean resolve(NetInterface tunnel, int target) {
        long now = clock.now();
        NhrpInterface me = byIface.get(tunnel.index());
        if (me == null || me.clients.isEmpty()) {
            return false;
        }
        NhrpEntry old = me.cache.get(target);
        if (old != null && old.validAt(now) && old.type() != NhrpEntry.Type.INCOMPLETE) {
            return true;
        }
        me.traffic.sentResolutionRequest++;
        NhsClient via = null;
        NetInterface hubTunnel = null;
        for (NhsClient c : me.clients) {
            hubTunnel = c.up ? pathToServer(c, now) : null;
            if (hubTunnel != null) {
                via = c;
                break;
            }
        }
        NhrpEntry pending = new NhrpEntry(target, 0, NhrpEntry.Type.INCOMPLETE, now, now + INCOMPLETE_MS);
        pending.flag("negative");
        me.cache.put(target, pending);
        if (via == null) {
            return false;
        }
        NhrpInterface hub = byIface.get(hubTunnel.index());
        hub.traffic.recvResolutionRequest++;
        NhrpEntry known = hub.cache.get(target);
        if (known == null || !known.validAt(now) || known.type() == NhrpEntry.Type.INCOMPLETE) {
            hub.traffic.sentErrorIndication++;
            return false;
        }
        NetInterface targetTunnel = null;
        for (NetInterface t : network.owners(target)) {
            if (t.isTunnel() && byIface.containsKey(t.index()) && delivery.underlay().tunnelSourceAddress(t) == known.nbma()) {
                targetTunnel = t;
            }
        }
        if (targetTunnel == null || !delivery.deliversTo(hubTunnel, targetTunnel, known.nbma(), now)) {
            return false;
        }
        hub.traffic.sentResolutionRequest++;
        NhrpInterface other = byIface.get(targetTunnel.index());
        other.traffic.recvResolutionRequest++;
        int myNbma = delivery.underlay().tunnelSourceAddress(tunnel);
        if (!delivery.deliversTo(targetTunnel, tunnel, myNbma, now)) {
            return false;
        }
        long otherHold = other.settings.effectiveHoldtime() * 1000L;
        NhrpEntry learned = new NhrpEntry(tunnel.address(), myNbma, NhrpEntry.Type.DYNAMIC, now, now + otherHold);
        learned.flag("router");
        learned.flag("implicit");
        other.cache.put(tunnel.address(), learned);
        other.traffic.sentResolutionReply++;
        me.traffic.recvResolutionReply++;
        NhrpEntry resolved = new NhrpEntry(target, known.nbma(), NhrpEntry.Type.DYNAMIC, now, now + otherHold);
        resolved.flag("router");
        me.cache.put(target, resolved);
        clock.at(now + otherHold, new ExpireTimer(me.tunnel.index(), target));
        clock.at(now + otherHold, new ExpireTimer(other.tunnel.index(), tunnel.address()));
        onMappingChange.accept(tunnel, target);
        onMappingChange.accept(targetTunnel, tunnel.address());
        return true;
    }

    private void expire(NhrpInterface hub, int protocol) {
        NhrpEntry e = hub.cache.get(protocol);
        if (e != null && e.type() != NhrpEntry.Type.STATIC && !e.validAt(clock.now())) {
            hub.cache.remove(protocol);
            onMappingChange.accept(hub.tunnel, protocol);
        }
    }
}
