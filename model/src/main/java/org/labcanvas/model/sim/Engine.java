package org.labcanvas.model.sim;

import org.labcanvas.model.sim.core.Clock;
import org.labcanvas.model.sim.core.EventLog;
import org.labcanvas.model.sim.core.LogLine;
import org.labcanvas.model.sim.core.ProcessContext;
import org.labcanvas.model.sim.core.ProtocolProcess;
import org.labcanvas.model.sim.core.Scheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.labcanvas.model.sim.core.ConfigCommand;
import org.labcanvas.model.sim.core.PacketTrace;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.sim.overlay.TunnelDelivery;
import org.labcanvas.model.sim.underlay.Conditions;
import org.labcanvas.model.sim.underlay.InterfaceStatus;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.sim.underlay.Network;
import org.labcanvas.model.sim.underlay.UnderlayState;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Link;

/**
 * One run: the clock, the underlay, and the registered protocol processes. Every change to the
 * physical state (boot, power off, interface, link, configuration) recomputes the underlay, logs
 * interface changes as IOS does, and tells every process, in registration order.
 *
 * <p>An engine is copied whole between instants ({@link #copy}); the copy continues exactly as the
 * original would. Sessions keep such copies as checkpoints and as frozen snapshots.
 */
final class Engine {
    /** A {@code reload} keeps the device off this long (a guess for a small ISR; real reloads take minutes). */
    static final long RELOAD_MS = 60_000;
    private static final int CORE = -1;

    /** Every device powers on. */
    private record Boot() implements Clock.Timer {}

    /** A scripted or injected event is due. */
    private record Due(ScriptEvent event) implements Clock.Timer {}

    /** A reloading device comes back. */
    private record ReloadDone(String device) implements Clock.Timer {}

    private final Network network;
    private final Clock clock;
    private final EventLog log;
    private final Conditions conditions;
    private final TunnelDelivery delivery;
    private final List<ProtocolProcess> processes = new ArrayList<>();
    private final Map<String, Long> bootedAt;
    private UnderlayState underlay;
    private long instants;

    Engine(Network network, EventScript script) {
        this(network, script, null);
    }

    /** An engine whose timeline lines go to {@code sink} as they happen (null: kept in the log). */
    Engine(Network network, EventScript script, java.util.function.Consumer<LogLine> sink) {
        this.network = network;
        this.clock = new Clock();
        this.log = sink == null ? new EventLog(scheduler(CORE)) : new EventLog(scheduler(CORE), sink);
        this.conditions = new Conditions();
        this.bootedAt = new HashMap<>();
        for (Device d : network.topology().devices()) {
            conditions.setDeviceUp(d.name(), false);
        }
        this.underlay = new UnderlayState(network, conditions);
        this.delivery = new TunnelDelivery(network, underlay);
        List<ProtocolProcesses.Factory> factories = ProtocolProcesses.standard();
        for (int i = 0; i < factories.size(); i++) {
            processes.add(factories.get(i).create(context(i)));
        }
        clock.at(0, CORE, new Boot());
        for (ScriptEvent e : script.events()) {
            clock.at(e.at().toMillis(), CORE, new Due(e));
        }
    }

    private Engine(Engine o) {
        this.network = o.network;
        this.clock = o.clock.copy();
        this.log = o.log.copy(scheduler(CORE));
        this.conditions = o.conditions.copy();
        this.bootedAt = new HashMap<>(o.bootedAt);
        this.underlay = o.underlay;
        this.delivery = new TunnelDelivery(network, underlay);
        this.instants = o.instants;
        for (int i = 0; i < o.processes.size(); i++) {
            processes.add(o.processes.get(i).copy(context(i)));
        }
    }

    /** A deep copy; only between instants. */
    Engine copy() {
        return new Engine(this);
    }

    private Scheduler scheduler(int owner) {
        return new Scheduler() {
            @Override
            public long now() {
                return clock.now();
            }

            @Override
            public void at(long millis, Clock.Timer timer) {
                clock.at(millis, owner, timer);
            }
        };
    }

    private ProcessContext context(int owner) {
        return new ProcessContext(network, scheduler(owner), log, delivery, this::overlayChanged);
    }

    private void overlayChanged(NetInterface tunnel, Integer remote) {
        for (ProtocolProcess p : processes) {
            p.overlayChanged(tunnel, remote);
        }
    }

    long now() { return clock.now(); }
    EventLog log() { return log; }
    Network network() { return network; }
    UnderlayState underlay() { return underlay; }
    TunnelDelivery delivery() { return delivery; }
    /** Instants run so far. */
    long instants() { return instants; }

    /** The first process of type {@code type}; null when none is registered. */
    <T> T process(Class<T> type) {
        for (ProtocolProcess p : processes) {
            if (type.isInstance(p)) {
                return type.cast(p);
            }
        }
        return null;
    }

    /** What every process contributes to {@code device}'s routing table, in registration order. */
    List<org.labcanvas.model.sim.rib.Route> routes(String device) {
        List<org.labcanvas.model.sim.rib.Route> out = new ArrayList<>();
        for (ProtocolProcess p : processes) {
            out.addAll(p.routes(device));
        }
        return out;
    }

    /** What every process contributes to {@code device}'s routing table for {@code addresses}, in registration order. */
    List<org.labcanvas.model.sim.rib.Route> routesCovering(String device, int[] addresses) {
        List<org.labcanvas.model.sim.rib.Route> out = new ArrayList<>();
        for (ProtocolProcess p : processes) {
            out.addAll(p.routesCovering(device, addresses));
        }
        return out;
    }

    /** What every process contributes to {@code device}'s IPv6 routing table, in registration order. */
    List<org.labcanvas.model.sim.rib.Route6> routes6(String device) {
        List<org.labcanvas.model.sim.rib.Route6> out = new ArrayList<>();
        for (ProtocolProcess p : processes) {
            out.addAll(p.routes6(device));
        }
        return out;
    }

    long bootedAt(String device) {
        return bootedAt.getOrDefault(device, 0L);
    }

    /** Time of the next instant; {@link Long#MAX_VALUE} when nothing is left to happen. */
    long nextTime() {
        return clock.nextTime();
    }

    /** Runs every instant up to and including {@code until}, then sets the clock to {@code until}. */
    void runUntil(long until) {
        while (clock.nextTime() <= until) {
            runInstant();
        }
        clock.advanceTo(until);
    }

    /** Runs the next instant: its timers (and the ones they set for the same time), then the end of the instant. */
    void runInstant() {
        long t = clock.nextTime();
        if (t == Long.MAX_VALUE) {
            return;
        }
        clock.startInstant(t);
        for (Clock.Scheduled s = clock.pollDue(); s != null; s = clock.pollDue()) {
            if (s.owner() == CORE) {
                fire(s.timer());
            } else {
                processes.get(s.owner()).onTimer(s.timer());
            }
        }
        for (ProtocolProcess p : processes) {
            p.endOfInstant();
        }
        instants++;
    }

    /** {@code event} happens now, after whatever already happened at this time; the instant is rerun to its end. */
    void inject(ScriptEvent event) {
        clock.at(clock.now(), CORE, new Due(event.at(Duration.ofMillis(clock.now()))));
        runInstant();
    }

    private void fire(Clock.Timer t) {
        if (t instanceof Boot) {
            bootAll();
        } else if (t instanceof Due d) {
            apply(d.event());
        } else if (t instanceof ReloadDone r) {
            conditions.setDeviceUp(r.device(), true);
            recompute();
        } else {
            throw new IllegalArgumentException("not an engine timer: " + t);
        }
    }

    private void bootAll() {
        for (Device d : network.topology().devices()) {
            conditions.setDeviceUp(d.name(), true);
        }
        recompute();
    }

    private void apply(ScriptEvent e) {
        if (e.device() != null) {
            log.event(e.device(), e.describe() + (e.line() > 0 ? " (line " + e.line() + ")" : " (injected)"));
        }
        if (e instanceof ScriptEvent.Power p) {
            conditions.setDeviceUp(p.device(), p.on());
            recompute();
        } else if (e instanceof ScriptEvent.Reload r) {
            if (isRouter(r.device())) {
                log.log(r.device(), "%SYS-5-RELOAD: Reload requested by console. Reload Reason: Reload Command.");
            }
            conditions.setDeviceUp(r.device(), false);
            recompute();
            clock.at(clock.now() + RELOAD_MS, CORE, new ReloadDone(r.device()));
        } else if (e instanceof ScriptEvent.InterfaceState i) {
            conditions.setInterfaceUp(i.device(), i.iface(), i.up());
            recompute();
        } else if (e instanceof ScriptEvent.LinkState l) {
            for (Link k : network.topology().links()) {
                boolean same = (k.a().equals(l.a()) && k.b().equals(l.b())) || (k.a().equals(l.b()) && k.b().equals(l.a()));
                if (same) {
                    conditions.setLinkUp(k, l.up());
                }
            }
            recompute();
        } else if (e instanceof ScriptEvent.Cli c) {
            configure(c);
        } else if (e instanceof ScriptEvent.Ping p) {
            ping(p);
        } else if (e instanceof ScriptEvent.Action a) {
            boolean acted = false;
            for (ProtocolProcess p : processes) {
                acted |= p.act(a.action());
            }
            if (!acted) {
                log.warn(a.device(), "ACTION_NOT_APPLIED", a.describe() + ": nothing on " + a.device()
                        + " acts on it now (the device is off, or runs nothing the action concerns)");
            }
        }
        // ScriptEvent.Extension: keys of another feature; nothing for these processes.
    }

    /**
     * Traffic: a ping changes state only through what it triggers: NHRP resolution on multipoint
     * spokes (phase 2), after which later packets go spoke to spoke, SAs coming up, packet counters.
     */
    private void ping(ScriptEvent.Ping e) {
        int dest = network.address(e.target());
        NetworkState live = NetworkState.live(this);
        PacketTrace r = PacketPath.forward(live, delivery, e.device(), dest);
        traffic(r, e.repeat());
        if (r.delivered() && !r.hops().isEmpty()) {
            String back = r.hops().get(r.hops().size() - 1).device();
            NetInterface srcIf = e.source() == null ? null : network.find(e.device(), e.source());
            int src = srcIf != null ? srcIf.address() : firstHopAddress(r);
            if (src != 0) {
                PacketTrace ret = PacketPath.forward(live, delivery, back, src);
                traffic(ret, ret.delivered() ? e.repeat() : 0);
            }
        }
    }

    private void traffic(PacketTrace r, long packets) {
        for (ProtocolProcess p : processes) {
            p.trafficForwarded(r, packets);
        }
    }

    /** The address a ping without {@code source} is sent from: the outgoing interface's. */
    private int firstHopAddress(PacketTrace r) {
        return r.tunnels().isEmpty() ? 0 : r.tunnels().get(0)[0].address();
    }

    /** Configuration typed on a running device: the engine applies shutdown; processes the rest. */
    private void configure(ScriptEvent.Cli e) {
        boolean configured = false;
        for (ConfigCommand c : e.commands()) {
            if (c instanceof ConfigCommand.Shutdown s) {
                conditions.setInterfaceUp(e.device(), s.iface(), !s.shutdown());
                configured = true;
                continue;
            }
            boolean applied = false;
            for (ProtocolProcess p : processes) {
                applied |= p.configure(e.device(), c);
            }
            if (applied) {
                configured = true;
            } else {
                log.warn(e.device(), "CLI_NOT_APPLIED", "line " + c.line() + ": the command has no effect here"
                        + " (the interface runs no protocol it configures)");
            }
        }
        recompute();
        if (configured && isRouter(e.device())) {
            log.log(e.device(), "%SYS-5-CONFIG_I: Configured from console by console");
        }
    }

    /** Whether {@code device} is an IOS router (only those log IOS syslog lines such as {@code %SYS-5-...}). */
    private boolean isRouter(String device) {
        return network.topology().device(device).map(d -> d.kind() == DeviceKind.ROUTER).orElse(false);
    }

    /** Recomputes the underlay after a physical change and tells the processes. */
    private void recompute() {
        UnderlayState before = underlay;
        UnderlayState after = new UnderlayState(network, conditions);
        underlay = after;
        delivery.setUnderlay(after);
        SortedSet<String> up = new TreeSet<>();
        SortedSet<String> down = new TreeSet<>();
        for (Device d : network.topology().devices()) {
            if (d.kind() == DeviceKind.LAN || d.kind() == DeviceKind.INTERNET) {
                continue;
            }
            boolean was = before.deviceUp(d.name());
            boolean is = after.deviceUp(d.name());
            if (!was && is) {
                bootedAt.put(d.name(), clock.now());
                up.add(d.name());
            }
            if (was && !is) {
                down.add(d.name());
            }
            if (is) {
                logInterfaces(d, before, after);
            }
        }
        if (!up.isEmpty() || !down.isEmpty()) {
            for (ProtocolProcess p : processes) {
                p.devicesChanged(up, down);
            }
        }
        for (ProtocolProcess p : processes) {
            p.underlayChanged();
        }
    }

    private void logInterfaces(Device d, UnderlayState before, UnderlayState after) {
        if (d.kind() != DeviceKind.ROUTER) {
            return;
        }
        // Physical changes first, then the tunnels whose line protocol follows them.
        List<NetInterface> ifs = new ArrayList<>(network.interfacesOf(d.name()));
        ifs.sort(Comparator.comparing(NetInterface::isTunnel));
        for (NetInterface i : ifs) {
            InterfaceStatus s0 = before.status(i);
            InterfaceStatus s1 = after.status(i);
            boolean booting = s0 == InterfaceStatus.DEVICE_OFF;
            if (s0 != s1 && !(booting && s1 != InterfaceStatus.UP)) {
                if (s1 == InterfaceStatus.ADMIN_DOWN) {
                    log.log(d.name(), "%LINK-5-CHANGED: Interface " + i.name() + ", changed state to administratively down");
                } else if (s1 == InterfaceStatus.UP || !booting) {
                    log.log(d.name(), "%LINK-3-UPDOWN: Interface " + i.name() + ", changed state to " + (s1.isUp() ? "up" : "down"));
                }
            }
            boolean l0 = before.lineUp(i);
            boolean l1 = after.lineUp(i);
            if (l0 != l1) {
                log.log(d.name(), "%LINEPROTO-5-UPDOWN: Line protocol on Interface " + i.name() + ", changed state to "
                        + (l1 ? "up" : "down"));
            }
        }
    }
}
