package org.labcanvas.model.sim;

import java.lang.System.Logger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.sim.ipsec.IpsecSessions;
import org.labcanvas.model.sim.nhrp.NhrpEngine;
import org.labcanvas.model.sim.nhrp.TunnelDelivery;
import org.labcanvas.model.sim.ospf.OspfEngine;
import org.labcanvas.model.sim.underlay.Conditions;
import org.labcanvas.model.sim.underlay.InterfaceStatus;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.sim.underlay.Network;
import org.labcanvas.model.sim.underlay.UnderlayState;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Topology;

/**
 * One run: the clock, the protocol engines, and the glue between them. Every change to the
 * physical state (boot, power off, interface, link, configuration) recomputes the underlay,
 * logs interface changes as IOS does, and lets OSPF and NHRP re-check what they can reach.
 */
final class Engine {
    private static final Logger LOG = System.getLogger(Engine.class.getName());
    /** A {@code reload} keeps the device off this long (a guess for a small ISR; real reloads take minutes). */
    static final long RELOAD_MS = 60_000;

    private final Network network;
    private final EventScript script;
    private final Clock clock = new Clock();
    private final EventLog log = new EventLog(clock);
    private final Conditions conditions = new Conditions();
    private final IpsecSessions ipsec = new IpsecSessions(log);
    private final TunnelDelivery delivery;
    private final NhrpEngine nhrp;
    private final OspfEngine ospf;
    private final Map<String, Long> bootedAt = new HashMap<>();
    private UnderlayState underlay;

    Engine(Topology topology, EventScript script) {
        this.network = new Network(topology);
        this.script = script;
        this.delivery = new TunnelDelivery(network, ipsec);
        this.ospf = new OspfEngine(network, clock, log, delivery);
        this.nhrp = new NhrpEngine(network, clock, delivery, ospf::mappingChanged);
        for (Device d : topology.devices()) {
            conditions.setDeviceUp(d.name(), false);
        }
        underlay = new UnderlayState(network, conditions);
        delivery.setUnderlay(underlay);
        ospf.setUnderlay(underlay);
    }

    Clock clock() { return clock; }
    EventLog log() { return log; }
    Network network() { return network; }
    UnderlayState underlay() { return underlay; }
    OspfEngine ospf() { return ospf; }
    NhrpEngine nhrp() { return nhrp; }
    IpsecSessions ipsec() { return ipsec; }

    long bootedAt(String device) {
        return bootedAt.getOrDefault(device, 0L);
    }

    void runUntil(long until) {
        clock.at(0, this::bootAll);
        for (ScriptEvent e : script.events()) {
            long at = e.at().toMillis();
            if (at <= until) {
                clock.at(at, () -> apply(e));
            }
        }
        while (clock.nextTime() <= until) {
            clock.runNextInstant();
            ospf.endOfInstant();
        }
        clock.advanceTo(until);
    }

    private void bootAll() {
        for (Device d : network.topology().devices()) {
            conditions.setDeviceUp(d.name(), true);
        }
        recompute();
    }

    private void apply(ScriptEvent e) {
        switch (e.kind()) {
            case DEVICE -> {
                if (e.action() == ScriptEvent.Action.RELOAD) {
                    log.log(e.device(), "%SYS-5-RELOAD: Reload requested by console. Reload Reason: Reload Command.");
                    conditions.setDeviceUp(e.device(), false);
                    recompute();
                    clock.after(RELOAD_MS, () -> {
                        conditions.setDeviceUp(e.device(), true);
                        recompute();
                    });
                } else {
                    conditions.setDeviceUp(e.device(), e.action() == ScriptEvent.Action.UP);
                    recompute();
                }
            }
            case INTERFACE -> {
                conditions.setInterfaceUp(e.device(), e.iface(), e.action() == ScriptEvent.Action.UP);
                recompute();
            }
            case LINK -> {
                for (Link l : network.topology().links()) {
                    boolean same = (l.a().equals(e.link().get(0)) && l.b().equals(e.link().get(1)))
                            || (l.a().equals(e.link().get(1)) && l.b().equals(e.link().get(0)));
                    if (same) {
                        conditions.setLinkUp(l, e.action() == ScriptEvent.Action.UP);
                    }
                }
                recompute();
            }
            case CLI -> applyCli(e);
            case PING -> ping(e);
            case EXTENSION -> LOG.log(Logger.Level.DEBUG, "event at line {0} is for another feature", e.line());
        }
    }

    /**
     * Traffic: a ping changes state only through what it triggers, NHRP resolution on multipoint
     * spokes (phase 2), after which later packets go spoke to spoke.
     */
    private void ping(ScriptEvent e) {
        int dest = network.address(e.ping());
        PacketPath.Result r = PacketPath.forward(new NetworkState(this), e.device(), dest);
        for (PacketPath.Resolution res : r.resolutions()) {
            nhrp.resolve(res.tunnel(), res.target());
        }
        countTunnelTraffic(r, e.repeat());
        if (r.delivered() && !r.hops().isEmpty()) {
            String back = r.hops().get(r.hops().size() - 1).device();
            NetInterface srcIf = e.source() == null ? null : network.find(e.device(), e.source());
            int src = srcIf != null ? srcIf.address() : firstHopAddress(r);
            if (src != 0) {
                PacketPath.Result ret = PacketPath.forward(new NetworkState(this), back, src);
                for (PacketPath.Resolution res : ret.resolutions()) {
                    nhrp.resolve(res.tunnel(), res.target());
                }
                if (ret.delivered()) {
                    countTunnelTraffic(ret, e.repeat());
                }
            }
        }
    }

    /** The address a ping without {@code source} is sent from: the outgoing interface's. */
    private int firstHopAddress(PacketPath.Result r) {
        return r.tunnels().isEmpty() ? 0 : r.tunnels().get(0)[0].address();
    }

    private void countTunnelTraffic(PacketPath.Result r, int packets) {
        for (NetInterface[] leg : r.tunnels()) {
            int a = underlay.tunnelSourceAddress(leg[0]);
            int b = underlay.tunnelSourceAddress(leg[1]);
            if (a != 0 && b != 0) {
                ipsec.countTraffic(a, b, packets);
            }
        }
    }

    /**
     * Typed configuration: {@code interface X} with {@code shutdown} / {@code no shutdown}. Other
     * commands are not simulated yet and are reported through the logger.
     */
    private void applyCli(ScriptEvent e) {
        String current = null;
        boolean configured = false;
        for (String raw : e.cli().split("\n")) {
            String line = raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            String low = line.toLowerCase();
            if (low.startsWith("conf")) {
                continue;
            }
            if (low.startsWith("interface ") || low.startsWith("int ")) {
                current = line.substring(line.indexOf(' ') + 1).trim();
                continue;
            }
            if (low.equals("end") || low.equals("exit")) {
                if (low.equals("end")) {
                    configured = true;
                }
                current = low.equals("exit") ? null : current;
                continue;
            }
            java.util.regex.Matcher cost = java.util.regex.Pattern.compile("ip ospf cost (\\d+)").matcher(low);
            if (current != null && cost.matches()) {
                int c = Integer.parseInt(cost.group(1));
                if (c >= 1 && c <= 65535 && ospf.setCost(e.device(), canonical(e.device(), current), c)) {
                    configured = true;
                    continue;
                }
            }
            if (current != null && low.equals("no ip ospf cost") && ospf.resetCost(e.device(), canonical(e.device(), current))) {
                configured = true;
                continue;
            }
            if (current != null && (low.equals("shutdown") || low.equals("shut"))) {
                conditions.setInterfaceUp(e.device(), canonical(e.device(), current), false);
                configured = true;
            } else if (current != null && (low.equals("no shutdown") || low.equals("no shut"))) {
                conditions.setInterfaceUp(e.device(), canonical(e.device(), current), true);
                configured = true;
            } else {
                LOG.log(Logger.Level.WARNING, "line {0}: ''{1}'' is not simulated", e.line(), line);
            }
        }
        recompute();
        if (configured) {
            log.log(e.device(), "%SYS-5-CONFIG_I: Configured from console by console");
        }
    }

    /** The full name of an interface as typed ({@code Tunnel0}, {@code tu0}, {@code Tunnel 0}). */
    private String canonical(String device, String typed) {
        return network.findTyped(device, typed).map(NetInterface::name).orElse(typed);
    }

    /** Recomputes the underlay after a physical change and tells the protocols. */
    private void recompute() {
        UnderlayState before = underlay;
        UnderlayState after = new UnderlayState(network, conditions);
        underlay = after;
        delivery.setUnderlay(after);
        ospf.setUnderlay(after);
        for (Device d : network.topology().devices()) {
            if (d.kind() == DeviceKind.LAN || d.kind() == DeviceKind.INTERNET) {
                continue;
            }
            boolean was = before.deviceUp(d.name());
            boolean is = after.deviceUp(d.name());
            if (!was && is) {
                bootedAt.put(d.name(), clock.now());
                nhrp.deviceUp(d.name());
            }
            if (was && !is) {
                ospf.deviceDown(d.name());
                nhrp.deviceDown(d.name());
                ipsec.deviceDown(d.name());
            }
            if (is) {
                logInterfaces(d, before, after);
            }
        }
        for (Device d : network.topology().devices()) {
            if (!before.deviceUp(d.name()) && after.deviceUp(d.name())) {
                ospf.deviceUp(d.name());
            }
        }
        ospf.interfacesChanged();
        nhrp.pathsChanged();
    }

    private void logInterfaces(Device d, UnderlayState before, UnderlayState after) {
        if (d.kind() != DeviceKind.ROUTER) {
            return;
        }
        // Physical changes first, then the tunnels whose line protocol follows them.
        List<NetInterface> ifs = new java.util.ArrayList<>(network.interfacesOf(d.name()));
        ifs.sort(java.util.Comparator.comparing(NetInterface::isTunnel));
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
