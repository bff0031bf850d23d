package org.labcanvas.model.sim.ft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import org.labcanvas.model.sim.core.Clock;
import org.labcanvas.model.sim.core.ConfigCommand;
import org.labcanvas.model.sim.core.ProcessContext;
import org.labcanvas.model.sim.core.ProtocolProcess;
import org.labcanvas.model.sim.underlay.InterfaceStatus;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.AceClientLoad;
import org.labcanvas.model.topology.AceContext;
import org.labcanvas.model.topology.AceImage;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.FtGroup;
import org.labcanvas.model.topology.FtPeer;
import org.labcanvas.model.topology.FtSyncFault;
import org.labcanvas.model.topology.FtTrack;
import org.labcanvas.model.topology.TftpImage;

/**
 * Cisco ACE fault tolerance: for every FT group on every ACE module, the FT state machine
 * ({@code FSM_FT_STATE_INIT}, {@code ELECT}, {@code STANDBY_CONFIG}, {@code STANDBY_BULK},
 * {@code STANDBY_COLD}/{@code WARM}/{@code HOT}, {@code ACTIVE}), the peer over the FT VLAN
 * (heartbeats: the lower interval of the two, times the count, to notice a dead peer), election
 * by net priority (configured priority minus failed tracked interfaces), preemption, bulk and
 * incremental configuration sync (bulk sync takes {@link #BULK_SYNC_MS} of virtual time), the
 * operator's commands ({@code cli:} on an ACE) and the client connections each switchover keeps
 * or loses.
 *
 * <p>Guesses, each also in docs/simulation.md: bulk sync of a group takes 2 minutes (scenario 3:
 * "INIT → STANDBY_BULK → STANDBY_HOT in about 2 minutes"); an ordered switchover costs new
 * connections one heartbeat interval, a dead peer the detection time; equal net priorities elect
 * the module whose name sorts first; a standby preempts from WARM as from HOT, never from COLD.
 */
public final class FtEngine implements ProtocolProcess, FtState {
    /** How long the bulk sync of one group takes. */
    public static final long BULK_SYNC_MS = 120_000;

    static final String INIT = "FSM_FT_STATE_INIT";
    static final String ELECT = "FSM_FT_STATE_ELECT";
    static final String STANDBY_CONFIG = "FSM_FT_STATE_STANDBY_CONFIG";
    static final String STANDBY_BULK = "FSM_FT_STATE_STANDBY_BULK";
    static final String STANDBY_COLD = "FSM_FT_STATE_STANDBY_COLD";
    static final String STANDBY_WARM = "FSM_FT_STATE_STANDBY_WARM";
    static final String STANDBY_HOT = "FSM_FT_STATE_STANDBY_HOT";
    static final String ACTIVE = "FSM_FT_STATE_ACTIVE";
    static final String UNKNOWN = "FSM_FT_STATE_UNKNOWN";

    static final String SYNC_DONE_RUNNING = "Running configuration sync has completed";
    static final String SYNC_DONE_STARTUP = "Startup configuration sync has completed";
    static final String SYNC_DISABLED = "FT Configuration sync is disabled";

    /** A module's heartbeats stopped reaching its peer; the peer notices now. */
    private record PeerLost(String device, long epoch) implements Clock.Timer {}

    /** A module's first heartbeat exchange after it came up: elect. */
    private record Elect(String device, long epoch) implements Clock.Timer {}

    /** The bulk sync of a group finished on a standby. */
    private record BulkDone(String device, int group, long generation) implements Clock.Timer {}

    /** A reloading module has booted. */
    private record Booted(String device, long epoch) implements Clock.Timer {}

    /** One FT group on one module, as it runs. */
    private static final class Grp {
        final int id;
        final String context;
        final int contextId;
        int priority;
        int peerPriority;
        boolean preempt;
        boolean inservice;
        String state = INIT;
        String maint = "MAINT_MODE_OFF";
        long lastChange;
        long generation;
        String runningSync = SYNC_DISABLED;
        String startupSync = SYNC_DISABLED;
        long bulkArp;
        long bulkLb;
        long bulkIcm;
        FtState.ConfigError error;

        Grp(FtGroup g, int contextId) {
            this.id = g.id();
            this.context = g.context() == null ? AceContext.ADMIN : g.context();
            this.contextId = contextId;
            this.priority = g.priority();
            this.peerPriority = g.peerPriority();
            this.preempt = g.preempt();
            this.inservice = g.inservice();
        }

        Grp(Grp o) {
            id = o.id; context = o.context; contextId = o.contextId; priority = o.priority; peerPriority = o.peerPriority;
            preempt = o.preempt; inservice = o.inservice; state = o.state; maint = o.maint; lastChange = o.lastChange;
            generation = o.generation; runningSync = o.runningSync; startupSync = o.startupSync; bulkArp = o.bulkArp;
            bulkLb = o.bulkLb; bulkIcm = o.bulkIcm; error = o.error;
        }

        boolean standby() {
            return state.startsWith("FSM_FT_STATE_STANDBY");
        }
    }

    /** One ACE module, as it runs. */
    private static final class Mod {
        final String name;
        final AceSettings design;
        boolean running;
        /** Whether the peer was heard over the FT VLAN at the last underlay change. */
        boolean linked;
        long bootedAt;
        long epoch;
        String bootReason = "Power-On";
        String bootFailure;
        String runningImage;
        final List<AceImage> images;
        List<String> bootSystem;
        List<String> startupBootSystem;
        final Map<Integer, Grp> groups = new TreeMap<>();
        final Map<String, List<String>> checkpoints = new TreeMap<>();
        final java.util.Set<String> transientUsed = new java.util.TreeSet<>();

        Mod(Device d) {
            this.name = d.name();
            this.design = d.ace();
            this.runningImage = design.runningImage();
            this.images = new ArrayList<>(design.images());
            this.bootSystem = new ArrayList<>(design.bootSystem());
            this.startupBootSystem = new ArrayList<>(design.bootSystem());
            for (FtGroup g : design.ftGroups()) {
                int cid = design.contexts().stream().filter(c -> c.name().equals(g.context())).mapToInt(AceContext::id)
                        .findFirst().orElse(0);
                groups.put(g.id(), new Grp(g, cid));
            }
        }

        Mod(Mod o) {
            name = o.name; design = o.design; running = o.running; linked = o.linked; bootedAt = o.bootedAt; epoch = o.epoch;
            bootReason = o.bootReason; bootFailure = o.bootFailure; runningImage = o.runningImage;
            images = new ArrayList<>(o.images); bootSystem = new ArrayList<>(o.bootSystem);
            startupBootSystem = new ArrayList<>(o.startupBootSystem);
            for (Map.Entry<Integer, Grp> e : o.groups.entrySet()) {
                groups.put(e.getKey(), new Grp(e.getValue()));
            }
            for (Map.Entry<String, List<String>> e : o.checkpoints.entrySet()) {
                checkpoints.put(e.getKey(), new ArrayList<>(e.getValue()));
            }
            transientUsed.addAll(o.transientUsed);
        }

        String version() {
            return images.stream().filter(i -> i.name().equals(runningImage)).map(AceImage::version).findFirst()
                    .orElse("unknown");
        }

        int interval() {
            FtPeer p = design.ftPeer();
            return p == null ? FtPeer.DEFAULT_HEARTBEAT_INTERVAL_MS : p.effectiveHeartbeatInterval();
        }

        int count() {
            FtPeer p = design.ftPeer();
            return p == null ? FtPeer.DEFAULT_HEARTBEAT_COUNT : p.effectiveHeartbeatCount();
        }
    }

    private final ProcessContext ctx;
    private final Map<String, Mod> modules = new TreeMap<>();
    private long dropped;
    private long bestEffort;
    private long refused;

    public FtEngine(ProcessContext context) {
        this.ctx = context;
        for (Device d : context.network().topology().devices()) {
            if (d.kind() == DeviceKind.ACE && d.ace() != null) {
                modules.put(d.name(), new Mod(d));
            }
        }
    }

    private FtEngine(FtEngine o, ProcessContext context) {
        this.ctx = context;
        for (Map.Entry<String, Mod> e : o.modules.entrySet()) {
            modules.put(e.getKey(), new Mod(e.getValue()));
        }
        this.dropped = o.dropped;
        this.bestEffort = o.bestEffort;
        this.refused = o.refused;
    }

    @Override
    public ClientLoss clientLoss() {
        return new ClientLoss(dropped, bestEffort, refused);
    }

    @Override
    public String name() {
        return "ft";
    }

    @Override
    public ProtocolProcess copy(ProcessContext context) {
        return new FtEngine(this, context);
    }

    private long now() {
        return ctx.timers().now();
    }

    private Mod peerOf(Mod m) {
        return m.design.peerDevice() == null ? null : modules.get(m.design.peerDevice());
    }

    /** Both modules run and the FT VLAN between them is up. */
    private boolean connected(Mod m) {
        Mod p = peerOf(m);
        if (p == null || !m.running || !p.running) {
            return false;
        }
        return ftVlanUp(m) && ftVlanUp(p);
    }

    private boolean ftVlanUp(Mod m) {
        var u = ctx.delivery().underlay();
        if (!u.deviceUp(m.name)) {
            return false;
        }
        if (m.design.ftInterface() == null) {
            return true;
        }
        NetInterface i = ctx.network().find(m.name, "vlan" + m.design.ftInterface().vlan());
        return i == null || u.status(i) == InterfaceStatus.UP;
    }

    /** The heartbeat interval in use between the two: the lower one wins. */
    private int interval(Mod m) {
        Mod p = peerOf(m);
        return p == null ? m.interval() : Math.min(m.interval(), p.interval());
    }

    private long detection(Mod m) {
        return (long) interval(m) * m.count();
    }

    private int netPriority(Mod m, Grp g) {
        int net = g.priority;
        for (FtTrack t : m.design.tracking()) {
            if (t.ftGroup() == g.id && "interface".equalsIgnoreCase(t.type()) && trackedInterfaceDown(m, t.target())) {
                net -= t.priority();
            }
        }
        return Math.max(0, net);
    }

    private boolean trackedInterfaceDown(Mod m, String target) {
        if (target == null) {
            return false;
        }
        String name = target.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
        NetInterface i = ctx.network().find(m.name, name);
        return i != null && ctx.delivery().underlay().status(i) != InterfaceStatus.UP;
    }

    private void setState(Mod m, Grp g, String state) {
        if (g.state.equals(state)) {
            return;
        }
        ctx.log().log(m.name, "%ACE-6-FT_STATE: FT group " + g.id + " (" + g.context + ") state " + g.state + " -> " + state);
        g.state = state;
        g.lastChange = now();
    }

    // ------------------------------------------------------------------ power and boot

    @Override
    public void devicesChanged(SortedSet<String> up, SortedSet<String> down) {
        for (String d : down) {
            Mod m = modules.get(d);
            if (m != null && m.running) {
                stop(m, false);
            }
        }
        for (String d : up) {
            Mod m = modules.get(d);
            if (m != null && !m.running) {
                start(m);
            }
        }
    }

    @Override
    public void underlayChanged() {
        // The FT VLAN may have gone down or come back; tracked interfaces may have changed.
        for (Mod m : modules.values()) {
            Mod p = peerOf(m);
            if (p == null || !m.running) {
                continue;
            }
            boolean now = connected(m);
            if (m.linked && !now && p.running) {
                // Heartbeats stop crossing the FT VLAN: each side notices after its detection time.
                ctx.timers().at(now() + detection(m), new PeerLost(m.name, m.epoch));
            }
            if (!m.linked && now && m.name.compareTo(p.name) < 0) {
                rejoin(m, p);
            }
            m.linked = now;
        }
        for (Mod m : modules.values()) {
            for (Grp g : m.groups.values()) {
                preemptIfDue(m, g);
            }
        }
    }

    /**
     * The FT VLAN is back between two running modules: where both became active, the lower net
     * priority (equal: the name that sorts last) becomes standby and bulk-syncs.
     */
    private void rejoin(Mod a, Mod b) {
        for (Grp ga : a.groups.values()) {
            Grp gb = b.groups.get(ga.id);
            if (gb == null || !ga.state.equals(ACTIVE) || !gb.state.equals(ACTIVE)) {
                continue;
            }
            if (wins(a, ga, b, gb)) {
                beginStandby(b, gb);
            } else {
                beginStandby(a, ga);
            }
        }
    }

    /** Whether group {@code ga} of {@code a} wins the election over {@code gb} of {@code b}: the higher net priority, at equal the name that sorts first. */
    private boolean wins(Mod a, Grp ga, Mod b, Grp gb) {
        int pa = netPriority(a, ga);
        int pb = netPriority(b, gb);
        return pa > pb || (pa == pb && a.name.compareTo(b.name) < 0);
    }

    /** The module comes up: its groups start in INIT and elect after the first heartbeat exchange. */
    private void start(Mod m) {
        m.running = true;
        m.linked = connected(m);
        Mod peer = peerOf(m);
        if (peer != null) {
            peer.linked = connected(peer);
        }
        m.epoch++;
        m.bootedAt = now();
        for (Grp g : m.groups.values()) {
            g.state = INIT;
            g.lastChange = now();
            g.maint = "MAINT_MODE_OFF";
            g.generation++;
        }
        ctx.timers().at(now() + interval(m), new Elect(m.name, m.epoch));
    }

    /**
     * The module stops. An orderly reload ({@code orderly}) first enters MAINT_MODE_FULL, which makes
     * the peer take over at once; a power loss is noticed by the peer when heartbeats stop.
     */
    private void stop(Mod m, boolean orderly) {
        m.running = false;
        m.linked = false;
        Mod p = peerOf(m);
        if (p != null) {
            p.linked = false;
        }
        m.epoch++;
        for (Grp g : m.groups.values()) {
            g.generation++;
            g.state = INIT;
            g.lastChange = now();
        }
        if (p != null && p.running) {
            if (orderly) {
                peerGone(p, m, 0, "the peer reloads (MAINT_MODE_FULL)");
            } else {
                ctx.timers().at(now() + detection(p), new PeerLost(p.name, p.epoch));
            }
        }
    }

    /** {@code m} has lost its peer {@code gone}: its standby groups take over. */
    private void peerGone(Mod m, Mod gone, long outageMs, String why) {
        for (Grp g : m.groups.values()) {
            if (!g.inservice) {
                continue;
            }
            String before = g.state;
            if (g.standby() || g.state.equals(ELECT)) {
                setState(m, g, ACTIVE);
                sessions(m, g, before, outageMs, why);
            }
            g.runningSync = SYNC_DISABLED;
            g.startupSync = SYNC_DISABLED;
            g.generation++;
        }
    }

    @Override
    public void onTimer(Clock.Timer timer) {
        if (timer instanceof PeerLost l) {
            Mod m = modules.get(l.device());
            if (m == null || !m.running || m.epoch != l.epoch() || connected(m)) {
                return;
            }
            ctx.log().log(m.name, "%ACE-2-FT_PEER: FT peer " + peerId(m) + " down: no heartbeat for " + detection(m) + " ms");
            peerGone(m, peerOf(m), detection(m), "heartbeats lost");
        } else if (timer instanceof Elect e) {
            Mod m = modules.get(e.device());
            if (m != null && m.running && m.epoch == e.epoch()) {
                elect(m);
            }
        } else if (timer instanceof BulkDone b) {
            Mod m = modules.get(b.device());
            Grp g = m == null ? null : m.groups.get(b.group());
            if (g != null && g.generation == b.generation() && g.state.equals(STANDBY_BULK)) {
                bulkDone(m, g);
            }
        } else if (timer instanceof Booted b) {
            Mod m = modules.get(b.device());
            if (m != null && m.epoch == b.epoch() && ctx.delivery().underlay().deviceUp(m.name)) {
                booted(m);
            }
        }
    }

    private void elect(Mod m) {
        Mod p = peerOf(m);
        boolean linked = connected(m);
        for (Grp g : m.groups.values()) {
            if (!g.inservice || !g.state.equals(INIT)) {
                continue;
            }
            setState(m, g, ELECT);
            Grp pg = p == null ? null : p.groups.get(g.id);
            if (!linked || pg == null || !pg.inservice) {
                if (linked || p == null) {
                    setState(m, g, ACTIVE);
                } else {
                    // No heartbeat from the peer: wait the detection time, then take over.
                    ctx.timers().at(now() + detection(m), new PeerLost(m.name, m.epoch));
                }
                continue;
            }
            if (pg.state.equals(ACTIVE)) {
                beginStandby(m, g);
            } else if (pg.state.equals(ELECT) || pg.state.equals(INIT)) {
                if (wins(m, g, p, pg)) {
                    setState(m, g, ACTIVE);
                    if (pg.state.equals(ELECT)) {
                        beginStandby(p, pg);
                    }
                } else if (pg.state.equals(ELECT)) {
                    setState(p, pg, ACTIVE);
                    beginStandby(m, g);
                }
            } else if (pg.standby()) {
                // The peer is standby with nobody active (it lost us): we are back; the higher priority decides.
                setState(m, g, ACTIVE);
            }
        }
    }

    /** The group becomes standby under an active peer: config sync, then bulk sync for {@link #BULK_SYNC_MS}. */
    private void beginStandby(Mod m, Grp g) {
        setState(m, g, STANDBY_CONFIG);
        setState(m, g, STANDBY_BULK);
        g.generation++;
        g.runningSync = "Bulk sync in progress";
        g.startupSync = "Bulk sync in progress";
        Mod p = peerOf(m);
        Grp pg = p.groups.get(g.id);
        pg.runningSync = "Bulk sync in progress";
        pg.startupSync = "Bulk sync in progress";
        ctx.timers().at(now() + BULK_SYNC_MS, new BulkDone(m.name, g.id, g.generation));
    }

    private void bulkDone(Mod m, Grp g) {
        Mod p = peerOf(m);
        Grp pg = p == null ? null : p.groups.get(g.id);
        if (pg == null || !connected(m) || !pg.state.equals(ACTIVE)) {
            return;
        }
        FtSyncFault fault = null;
        for (FtSyncFault f : m.design.syncFaults()) {
            if (f.context().equals(g.context) && (f.persistent() || !m.transientUsed.contains(f.context()))) {
                fault = f;
                break;
            }
        }
        long load = load(m, g.context).map(AceClientLoad::connections).orElse(0L);
        if (fault != null) {
            if (!fault.persistent()) {
                m.transientUsed.add(fault.context());
            }
            String status = "Peer in Cold State. Incremental Sync Failure: " + fault.error();
            g.maint = "MAINT_MODE_PARTIAL";
            g.runningSync = status;
            g.startupSync = status;
            pg.runningSync = status;
            pg.startupSync = status;
            g.error = fault.command() == null ? null : new FtState.ConfigError(g.context, fault.command(), fault.error(), now());
            ctx.log().log(m.name, "%ACE-3-FT_SYNC: FT group " + g.id + " (" + g.context + ") configuration sync failed: "
                    + fault.error());
            setState(m, g, STANDBY_COLD);
            return;
        }
        g.maint = "MAINT_MODE_OFF";
        g.error = null;
        g.runningSync = SYNC_DONE_RUNNING;
        g.startupSync = SYNC_DONE_STARTUP;
        pg.runningSync = SYNC_DONE_RUNNING;
        pg.startupSync = SYNC_DONE_STARTUP;
        g.bulkArp = 1;
        g.bulkLb = load > 0 ? 1 : 0;
        g.bulkIcm = load > 0 ? 1 : 0;
        // The configuration the active holds reaches the standby with the bulk sync.
        if (g.context.equals(AceContext.ADMIN)) {
            m.bootSystem = new ArrayList<>(p.bootSystem);
        }
        setState(m, g, m.version().equals(p.version()) ? STANDBY_HOT : STANDBY_WARM);
        preemptIfDue(m, g);
    }

    /** A standby (HOT or WARM) with preempt and the higher net priority takes the group over. */
    private void preemptIfDue(Mod m, Grp g) {
        Mod p = peerOf(m);
        if (p == null || !m.running || !connected(m)) {
            return;
        }
        Grp pg = p.groups.get(g.id);
        if (pg == null || !pg.state.equals(ACTIVE) || !(g.state.equals(STANDBY_HOT) || g.state.equals(STANDBY_WARM))) {
            return;
        }
        if (g.preempt && netPriority(m, g) > netPriority(p, pg)) {
            ctx.log().log(m.name, "%ACE-6-FT_PREEMPT: FT group " + g.id + " (" + g.context + ") preempts: priority "
                    + netPriority(m, g) + " over the peer's " + netPriority(p, pg));
            switchover(p, pg, m, g, "preemption");
        }
    }

    /** {@code from} (active) hands {@code fg} to {@code to}; the old active becomes standby and bulk-syncs. */
    private void switchover(Mod from, Grp fg, Mod to, Grp tg, String why) {
        String before = tg.state;
        setState(to, tg, ACTIVE);
        sessions(to, tg, before, interval(to), why);
        beginStandby(from, fg);
    }

    // ------------------------------------------------------------------ client connections

    private Optional<AceClientLoad> load(Mod m, String context) {
        return m.design.clientLoad().stream().filter(l -> l.context().equals(context)).findFirst();
    }

    /** What a takeover of group {@code g} by {@code m} (which was in {@code before}) does to client connections. */
    private void sessions(Mod m, Grp g, String before, long outageMs, String why) {
        Optional<AceClientLoad> load = load(m, g.context);
        if (load.isEmpty()) {
            return;
        }
        long n = load.get().connections();
        String kept = switch (before) {
            case STANDBY_HOT -> n + " of " + n + " client connections kept (stateful: the new active was STANDBY_HOT)";
            case STANDBY_WARM -> "up to " + n + " of " + n
                    + " client connections kept, best effort (the new active was STANDBY_WARM: versions differ)";
            default -> "0 of " + n + " client connections kept (the new active was "
                    + before.replace("FSM_FT_STATE_", "") + ")";
        };
        long refused = load.get().newPerSecond() * outageMs / 1000;
        switch (before) {
            case STANDBY_HOT -> { }
            case STANDBY_WARM -> bestEffort += n;
            default -> dropped += n;
        }
        this.refused += refused;
        ctx.log().log(m.name, "sessions: FT group " + g.id + " (" + g.context + ") " + why + ": " + kept
                + "; new connections refused for " + outageMs + " ms (about " + refused + ")");
    }

    /** A context with no module to serve it: every connection is lost until a module comes back. */
    private void contextDown(Mod m, Grp g, long outageMs) {
        Optional<AceClientLoad> load = load(m, g.context);
        if (load.isEmpty()) {
            return;
        }
        long n = load.get().connections();
        long lost = load.get().newPerSecond() * outageMs / 1000;
        dropped += n;
        refused += lost;
        ctx.log().log(m.name, "sessions: FT group " + g.id + " (" + g.context + ") has no standby: 0 of " + n
                + " client connections kept; new connections refused for " + outageMs + " ms (about "
                + lost + ") while the module reloads");
    }

    // ------------------------------------------------------------------ the command line

    @Override
    public boolean configure(String device, ConfigCommand command) {
        Mod m = modules.get(device);
        if (m == null || !(command instanceof ConfigCommand.AceLine c)) {
            return false;
        }
        if (!m.running) {
            ctx.log().warn(device, "ACE_NOT_RUNNING", "line " + c.line() + ": '" + c.text() + "' not typed: the module is "
                    + (m.bootFailure != null ? "in ROM monitor (" + m.bootFailure + ")" : "reloading"));
            return true;
        }
        List<String> w = c.words();
        if (c.ftGroup() != null) {
            ftGroupCommand(m, m.groups.get(c.ftGroup()), c);
            return true;
        }
        switch (w.get(0)) {
            case "boot" -> {
                if (refusedOnStandby(m, c)) {
                    return true;
                }
                m.bootSystem.remove(w.get(2).substring("image:".length()));
                m.bootSystem.add(w.get(2).substring("image:".length()));
                incrementalBootSync(m);
            }
            case "no" -> {
                if (refusedOnStandby(m, c)) {
                    return true;
                }
                m.bootSystem.remove(w.get(3).substring("image:".length()));
                incrementalBootSync(m);
            }
            case "write" -> writeMemory(m, w.size() == 3);
            case "copy" -> copyTftp(m, c);
            case "reload" -> reload(m, c);
            case "ft" -> ftSwitchover(m, c);
            case "checkpoint" -> {
                List<String> list = m.checkpoints.computeIfAbsent(c.context(), k -> new ArrayList<>());
                if (list.contains(w.get(2))) {
                    refuse(m, c, "Error: Checkpoint '" + w.get(2) + "' already exists");
                } else {
                    list.add(w.get(2));
                }
            }
            default -> refuse(m, c, "command not applied");
        }
        return true;
    }

    private void refuse(Mod m, ConfigCommand.AceLine c, String message) {
        ctx.log().warn(m.name, "ACE_COMMAND_REFUSED", "line " + c.line() + ": '" + c.text() + "': " + message);
    }

    /** Configuration mode is disabled on a standby context (FT group commands excepted). */
    private boolean refusedOnStandby(Mod m, ConfigCommand.AceLine c) {
        Grp g = m.groups.values().stream().filter(x -> x.context.equals(c.context())).findFirst().orElse(null);
        if (g != null && g.standby()) {
            refuse(m, c, "Error: Configuration mode is disabled on the standby; "
                    + "configure the active member (the configuration syncs to the standby)");
            return true;
        }
        return false;
    }

    /** A {@code boot system} change on the active reaches the standby's running configuration. */
    private void incrementalBootSync(Mod m) {
        if (syncsAdminToPeer(m)) {
            peerOf(m).bootSystem = new ArrayList<>(m.bootSystem);
        }
    }

    /** Whether {@code m} is the active of the Admin context and its peer, connected, a HOT or WARM standby of it. */
    private boolean syncsAdminToPeer(Mod m) {
        Mod p = peerOf(m);
        Grp admin = adminGroup(m);
        Grp padmin = p == null ? null : adminGroup(p);
        return admin != null && admin.state.equals(ACTIVE) && padmin != null && connected(m)
                && (padmin.state.equals(STANDBY_HOT) || padmin.state.equals(STANDBY_WARM));
    }

    private Grp adminGroup(Mod m) {
        return m.groups.values().stream().filter(g -> g.context.equals(AceContext.ADMIN)).findFirst().orElse(null);
    }

    private void writeMemory(Mod m, boolean all) {
        m.startupBootSystem = new ArrayList<>(m.bootSystem);
        if (all && syncsAdminToPeer(m)) {
            Mod p = peerOf(m);
            p.bootSystem = new ArrayList<>(m.bootSystem);
            p.startupBootSystem = new ArrayList<>(m.bootSystem);
        }
    }

    private void copyTftp(Mod m, ConfigCommand.AceLine c) {
        String url = c.words().get(1);
        String rest = url.substring("tftp://".length());
        String server = rest.substring(0, rest.indexOf('/'));
        String file = rest.substring(rest.indexOf('/') + 1);
        Optional<TftpImage> t = m.design.tftp().stream().filter(x -> x.server().equals(server) && x.name().equals(file)).findFirst();
        if (t.isEmpty()) {
            refuse(m, c, "%Error opening tftp://" + server + "/" + file + " (No such file or directory)");
            return;
        }
        m.images.removeIf(i -> i.name().equals(file));
        m.images.add(t.get().asImage());
    }

    private void reload(Mod m, ConfigCommand.AceLine c) {
        // "Save configurations for all the contexts. Save? [yes]": the scripted answer is the default.
        m.startupBootSystem = new ArrayList<>(m.bootSystem);
        Mod p = peerOf(m);
        boolean peerServes = p != null && connected(m);
        for (Grp g : m.groups.values()) {
            Grp pg = p == null ? null : p.groups.get(g.id);
            if (g.state.equals(ACTIVE) && (!peerServes || pg == null || !pg.inservice || !pg.standby())) {
                contextDown(m, g, m.design.effectiveReloadSeconds() * 1000L);
            }
        }
        ctx.log().log(m.name, "%ACE-5-FT_RELOAD: reload requested from the console: MAINT_MODE_FULL, restart in up to "
                + m.design.effectiveReloadSeconds() + " s");
        stop(m, true);
        m.bootReason = "reload command by Admin";
        ctx.timers().at(now() + m.design.effectiveReloadSeconds() * 1000L, new Booted(m.name, m.epoch));
    }

    private void booted(Mod m) {
        String image = m.startupBootSystem.stream()
                .filter(b -> m.images.stream().anyMatch(i -> i.name().equals(b))).findFirst().orElse(null);
        if (image == null && m.startupBootSystem.isEmpty() && m.images.stream().anyMatch(i -> i.name().equals(m.runningImage))) {
            image = m.runningImage;
        }
        if (image == null) {
            m.bootFailure = "no image of the boot system list (" + String.join(", ", m.startupBootSystem) + ") is on image:";
            ctx.log().warn(m.name, "ACE_BOOT_FAILED", "the module did not boot: " + m.bootFailure
                    + "; copy the image to image: before reloading");
            return;
        }
        m.bootFailure = null;
        m.runningImage = image;
        start(m);
        ctx.log().log(m.name, "%ACE-5-FT_BOOT: booted image:" + image + ", version " + m.version());
    }

    private void ftGroupCommand(Mod m, Grp g, ConfigCommand.AceLine c) {
        List<String> w = c.words();
        switch (w.get(0)) {
            case "inservice" -> {
                if (g.inservice) {
                    return;
                }
                g.inservice = true;
                Mod p = peerOf(m);
                Grp pg = p == null ? null : p.groups.get(g.id);
                setState(m, g, ELECT);
                if (pg != null && connected(m) && pg.state.equals(ACTIVE)) {
                    beginStandby(m, g);
                } else {
                    setState(m, g, ACTIVE);
                }
            }
            case "no" -> {
                if (w.get(1).equals("inservice")) {
                    if (!g.inservice) {
                        return;
                    }
                    g.inservice = false;
                    g.generation++;
                    String before = g.state;
                    setState(m, g, INIT);
                    g.maint = "MAINT_MODE_OFF";
                    g.error = null;
                    g.runningSync = SYNC_DISABLED;
                    g.startupSync = SYNC_DISABLED;
                    Mod p = peerOf(m);
                    Grp pg = p == null ? null : p.groups.get(g.id);
                    if (pg != null) {
                        pg.runningSync = SYNC_DISABLED;
                        pg.startupSync = SYNC_DISABLED;
                        if (before.equals(ACTIVE) && connected(m) && pg.standby()) {
                            String pb = pg.state;
                            setState(p, pg, ACTIVE);
                            sessions(p, pg, pb, interval(p), "the active went out of service");
                        }
                    }
                } else {
                    g.preempt = false;
                }
            }
            case "preempt" -> {
                g.preempt = true;
                preemptIfDue(m, g);
            }
            case "priority" -> {
                g.priority = Integer.parseInt(w.get(1));
                preemptIfDue(m, g);
            }
            case "peer" -> g.peerPriority = Integer.parseInt(w.get(2));
            default -> refuse(m, c, "command not applied");
        }
    }

    private void ftSwitchover(Mod m, ConfigCommand.AceLine c) {
        List<String> w = c.words();
        boolean force = w.get(w.size() - 1).equals("force");
        List<Grp> targets = new ArrayList<>();
        if (w.size() > 2 && w.get(2).equals("all")) {
            targets.addAll(m.groups.values());
        } else if (w.size() > 2 && w.get(2).matches("\\d+")) {
            Grp g = m.groups.get(Integer.parseInt(w.get(2)));
            if (g == null) {
                refuse(m, c, "Error: FT group " + w.get(2) + " does not exist");
                return;
            }
            targets.add(g);
        } else {
            m.groups.values().stream().filter(g -> g.context.equals(c.context())).findFirst().ifPresent(targets::add);
        }
        Mod p = peerOf(m);
        for (Grp g : targets) {
            if (!g.state.equals(ACTIVE)) {
                if (w.size() > 2 && w.get(2).equals("all")) {
                    continue;
                }
                refuse(m, c, "Error: FT group " + g.id + " is not active on this module; switchover is issued on the active member");
                continue;
            }
            Grp pg = p == null ? null : p.groups.get(g.id);
            if (pg == null || !connected(m) || !pg.inservice || !pg.standby()) {
                refuse(m, c, "Error: FT group " + g.id + " has no standby to take over");
                continue;
            }
            boolean ready = pg.state.equals(STANDBY_HOT) || pg.state.equals(STANDBY_WARM);
            if (!ready && !force) {
                refuse(m, c, "Error: FT group " + g.id + ": the standby is in " + pg.state
                        + ", not ready; its client connections would be lost (use 'force' to switch over anyway)");
                continue;
            }
            if (g.preempt && netPriority(m, g) > netPriority(p, pg) && !force) {
                refuse(m, c, "Error: FT group " + g.id + ": preempt is enabled and this member has the higher priority ("
                        + netPriority(m, g) + " over " + netPriority(p, pg) + "), so it would take the group back;"
                        + " configure 'no preempt' first (or use 'force')");
                continue;
            }
            switchover(m, g, p, pg, "switchover");
        }
    }

    // ------------------------------------------------------------------ the read-only view

    /** The FT peer id the module's configuration gives ({@code ft peer N}), 1 without one. */
    private static int peerId(Mod m) {
        return m.design.ftPeer() == null ? 1 : m.design.ftPeer().id();
    }

    @Override
    public Optional<Module> module(String device) {
        Mod m = modules.get(device);
        if (m == null) {
            return Optional.empty();
        }
        Mod p = peerOf(m);
        boolean linked = connected(m);
        // No query interface is modelled: with the FT VLAN down the peer cannot be told alive, so a
        // peer that is not heard is down.
        String peerState = linked ? "FSM_PEER_STATE_COMPATIBLE" : "FSM_PEER_STATE_DOWN";
        List<Group> groups = new ArrayList<>();
        for (Grp g : m.groups.values()) {
            Grp pg = p == null ? null : p.groups.get(g.id);
            boolean peerKnown = linked && g.inservice && pg != null;
            groups.add(new Group(g.id, g.context, g.contextId, g.inservice, g.maint, g.state, g.priority,
                    netPriority(m, g), g.preempt, peerKnown ? pg.state : UNKNOWN,
                    peerKnown ? pg.priority : (Integer) g.peerPriority, peerKnown ? netPriority(p, pg) : null,
                    peerKnown ? pg.preempt : null, peerId(m),
                    g.lastChange, g.runningSync, g.startupSync, g.bulkArp, g.bulkLb, g.bulkIcm, g.error));
        }
        Map<String, List<String>> cps = new LinkedHashMap<>();
        m.checkpoints.forEach((k, v) -> cps.put(k, List.copyOf(v)));
        var fi = m.design.ftInterface();
        return Optional.of(new Module(m.name, p == null ? null : p.name, m.running, m.bootedAt, m.bootReason, m.bootFailure,
                m.runningImage, m.version(), List.copyOf(m.images), List.copyOf(m.bootSystem),
                List.copyOf(m.startupBootSystem), groups, peerState, peerId(m),
                fi == null ? null : fi.address(), fi == null ? null : fi.peerAddress(), fi == null ? 0 : fi.vlan(),
                interval(m), m.count(), linked ? p.version() : null, cps));
    }
}
