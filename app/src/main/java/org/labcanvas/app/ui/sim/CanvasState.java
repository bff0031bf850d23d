package org.labcanvas.app.ui.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.labcanvas.app.ui.canvas.OverlayLine;
import org.labcanvas.model.addr.Ipv4Text;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.PacketPath;
import org.labcanvas.model.sim.core.PacketTrace;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.sim.ft.FtState;
import org.labcanvas.model.sim.nhrp.NhrpInterface;
import org.labcanvas.model.sim.sixinfour.SixInFourState;
import org.labcanvas.model.sim.sixinfour.TunnelStatus;
import org.labcanvas.model.sim.nhrp.NhsClient;
import org.labcanvas.model.sim.ospf.IfState;
import org.labcanvas.model.sim.ospf.NbrState;
import org.labcanvas.model.sim.ospf.OspfIface;
import org.labcanvas.model.sim.ospf.OspfNbr;
import org.labcanvas.model.sim.ospf.OspfRouter;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.sim.underlay.Network;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Topology;

/**
 * What the canvas shows of a simulation at one instant, computed from a snapshot without a screen:
 * each device's power and protocol summary, each cable up or down, each overlay tunnel's state and
 * the hops of the last ping.
 */
public record CanvasState(Duration at, Map<String, DeviceState> devices, Map<Link, Boolean> links,
                          Map<OverlayLine, TunnelState> tunnels, List<String> pingPath, boolean pingDelivered) {

    /** A device's power as the canvas shows it. */
    public enum Power {
        UP, DOWN,
        /** Powered, but its OSPF interfaces still wait out the dead interval after boot (no DR elected yet). */
        BOOTING
    }

    /** An overlay tunnel between two devices. */
    public enum TunnelState {
        /** The spoke's OSPF adjacency to the hub across it is FULL. */
        FULL,
        /** The spoke is registered with the hub (NHRP) but no OSPF adjacency is FULL. */
        REGISTERED,
        /** Neither. */
        DOWN
    }

    /**
     * One device: its power, OSPF neighbours FULL, whether it is DR on some segment, NHRP cache
     * entries (a hub's registrations) or next-hop servers answering (a spoke's), and IPsec SAs.
     */
    public record DeviceState(Power power, int fullNeighbors, boolean dr, int nhrpEntries, int nhsUp, int nhsTotal,
                              int sas, List<FtGroupView> ft, SixInFourView sixInFour) {
        public DeviceState {
            ft = List.copyOf(ft);
        }

        /** An IOS router's state. */
        public DeviceState(Power power, int fullNeighbors, boolean dr, int nhrpEntries, int nhsUp, int nhsTotal, int sas) {
            this(power, fullNeighbors, dr, nhrpEntries, nhsUp, nhsTotal, sas, List.of(), null);
        }

        /** Whether this is an ACE module's state (FT groups). */
        public boolean ace() {
            return !ft.isEmpty();
        }

        /**
         * {@code FULL 2 · DR · NHRP 3 · SA 3}: the line drawn under the device's name; on an ACE module
         * {@code 1 ACTIVE · 2 ACTIVE · 3 STANDBY_HOT}; on a 6in4 client {@code 6in4 up} or
         * {@code 6in4 down}.
         */
        public String summary() {
            List<String> parts = new ArrayList<>();
            if (power == Power.DOWN) {
                return "powered off";
            }
            if (ace()) {
                for (FtGroupView g : ft) {
                    parts.add(g.id() + " " + g.state());
                }
                return String.join(" \u00b7 ", parts);
            }
            if (sixInFour != null) {
                return sixInFour.summary();
            }
            if (power == Power.BOOTING) {
                parts.add("booting");
            }
            parts.add("FULL " + fullNeighbors);
            if (dr) {
                parts.add("DR");
            }
            if (nhsTotal > 0) {
                parts.add("NHS " + nhsUp + "/" + nhsTotal);
            } else if (nhrpEntries > 0) {
                parts.add("NHRP " + nhrpEntries);
            }
            if (sas > 0) {
                parts.add("SA " + sas);
            }
            return String.join(" \u00b7 ", parts);
        }
    }

    /** One FT group of an ACE module: its number, context and state without {@code FSM_FT_STATE_}. */
    public record FtGroupView(int id, String context, String state) {
        /** Whether the group serves traffic here. */
        public boolean active() {
            return state.equals("ACTIVE");
        }
    }

    /**
     * A 6in4 client's or broker's tunnels: how many carry IPv6 of how many, and the first failing
     * condition in words (null when every one carries).
     */
    public record SixInFourView(int carrying, int total, String failure) {
        public boolean up() {
            return failure == null;
        }

        public String summary() {
            if (total == 1) {
                return up() ? "6in4 up" : "6in4 down";
            }
            return "6in4 " + carrying + "/" + total + " up";
        }
    }

    public CanvasState {
        devices = Collections.unmodifiableMap(new LinkedHashMap<>(devices));
        links = Collections.unmodifiableMap(new LinkedHashMap<>(links));
        tunnels = Collections.unmodifiableMap(new LinkedHashMap<>(tunnels));
        pingPath = List.copyOf(pingPath);
    }

    /** The state of {@code topology} in {@code s}; {@code lastPing} (or null) is traced through the network now. */
    public static CanvasState of(Topology topology, NetworkState s, ScriptEvent.Ping lastPing) {
        Network net = s.network();
        Map<String, DeviceState> devices = new LinkedHashMap<>();
        FtState ft = s.view(FtState.class);
        SixInFourState six = s.view(SixInFourState.class);
        for (Device d : topology.devices()) {
            Optional<FtState.Module> module = d.kind() == DeviceKind.ACE && ft != null ? ft.module(d.name()) : Optional.empty();
            List<TunnelStatus> sixTunnels = six == null ? List.of() : six.tunnels().stream()
                    .filter(x -> x.client().equals(d.name()) || x.broker().equals(d.name())).toList();
            if (module.isPresent()) {
                devices.put(d.name(), ace(s, module.get()));
            } else if (!sixTunnels.isEmpty()) {
                devices.put(d.name(), sixInFour(s, d.name(), sixTunnels));
            } else if (d.kind() == DeviceKind.ROUTER && !net.interfacesOf(d.name()).isEmpty()) {
                devices.put(d.name(), device(s, d.name()));
            }
        }
        Map<Link, Boolean> links = new LinkedHashMap<>();
        for (Link l : topology.links()) {
            links.put(l, endUp(s, l.a()) && endUp(s, l.b()));
        }
        Map<OverlayLine, TunnelState> tunnels = new LinkedHashMap<>();
        for (OverlayLine o : OverlayLine.of(topology)) {
            if (o.kind() == OverlayLine.Kind.GRE_TUNNEL) {
                tunnels.put(o, tunnel(s, o));
            } else if (o.kind() == OverlayLine.Kind.SIX_IN_FOUR && six != null) {
                six.tunnelOf(o.from()).ifPresent(x -> tunnels.put(o, x.carries() ? TunnelState.FULL : TunnelState.DOWN));
            }
        }
        List<String> path = new ArrayList<>();
        boolean delivered = false;
        if (lastPing != null && s.deviceUp(lastPing.device())) {
            long dest = Ipv4Text.address(lastPing.target().strip());
            if (dest != -1) {
                PacketTrace trace = PacketPath.forward(s, lastPing.device(), (int) dest);
                path.add(lastPing.device());
                for (NetInterface hop : trace.hops()) {
                    if (!hop.device().equals(path.get(path.size() - 1))) {
                        path.add(hop.device());
                    }
                }
                delivered = trace.delivered();
            }
        }
        return new CanvasState(Duration.ofMillis(s.now()), devices, links, tunnels, path, delivered);
    }

    /** An ACE module: down when powered off, booting while it restarts, else its FT groups. */
    static DeviceState ace(NetworkState s, FtState.Module m) {
        Power power = !s.deviceUp(m.device()) ? Power.DOWN : m.running() ? Power.UP : Power.BOOTING;
        List<FtGroupView> groups = m.groups().stream().map(g -> new FtGroupView(g.id(), g.context(),
                power == Power.BOOTING ? "BOOTING" : g.state().replace("FSM_FT_STATE_", ""))).toList();
        return new DeviceState(power, 0, false, 0, 0, 0, 0, power == Power.DOWN ? List.of() : groups, null);
    }

    /** A 6in4 client or broker: its tunnels carrying IPv6 now, and the first one's failing condition. */
    static DeviceState sixInFour(NetworkState s, String name, List<TunnelStatus> tunnels) {
        if (!s.deviceUp(name)) {
            return new DeviceState(Power.DOWN, 0, false, 0, 0, 0, 0);
        }
        int carrying = (int) tunnels.stream().filter(TunnelStatus::carries).count();
        String failure = tunnels.stream().map(TunnelStatus::failure).filter(f -> f != null).findFirst().orElse(null);
        return new DeviceState(Power.UP, 0, false, 0, 0, 0, 0, List.of(),
                new SixInFourView(carrying, tunnels.size(), failure));
    }

    /** One device's state in {@code s}. */
    static DeviceState device(NetworkState s, String name) {
        if (!s.deviceUp(name)) {
            return new DeviceState(Power.DOWN, 0, false, 0, 0, 0, 0);
        }
        int full = 0;
        boolean dr = false;
        boolean waiting = false;
        OspfRouter ospf = s.ospf().router(name);
        if (ospf != null) {
            for (OspfIface i : ospf.interfaces()) {
                waiting |= i.state() == IfState.WAITING;
                dr |= i.dr() == i && i.type().electsDr() && !i.neighbors().isEmpty();
                for (OspfNbr n : i.neighbors()) {
                    if (n.state() == NbrState.FULL) {
                        full++;
                    }
                }
            }
        }
        int entries = 0, nhsUp = 0, nhsTotal = 0;
        for (NhrpInterface t : s.nhrp().onDevice(name)) {
            entries += (int) t.cache().values().stream().filter(e -> e.validAt(s.now())).count();
            for (NhsClient c : t.clients()) {
                nhsTotal++;
                if (c.up()) {
                    nhsUp++;
                }
            }
        }
        int sas = s.ipsec().sessionsOf(name).size();
        return new DeviceState(waiting ? Power.BOOTING : Power.UP, full, dr, entries, nhsUp, nhsTotal, sas);
    }

    private static boolean endUp(NetworkState s, Endpoint e) {
        if (e.iface() == null) {
            return true;
        }
        NetInterface i = s.network().find(e.device(), e.iface());
        return i == null ? s.deviceUp(e.device()) : s.underlay().status(i).isUp();
    }

    private static TunnelState tunnel(NetworkState s, OverlayLine o) {
        // As the spoke sees it: after the hub loses power the tunnel stays FULL until the spoke's dead timer fires.
        if (!s.deviceUp(o.from())) {
            return TunnelState.DOWN;
        }
        OspfRouter ospf = s.ospf().router(o.from());
        if (ospf != null) {
            for (OspfIface i : ospf.interfaces()) {
                if (!i.name().equals(o.label())) {
                    continue;
                }
                for (OspfNbr n : i.neighbors()) {
                    if (n.state() == NbrState.FULL && n.remote().router().name().equals(o.to())) {
                        return TunnelState.FULL;
                    }
                }
            }
        }
        for (NhrpInterface t : s.nhrp().onDevice(o.from())) {
            if (!t.tunnel().name().equals(o.label())) {
                continue;
            }
            for (NhsClient c : t.clients()) {
                boolean toHub = s.network().owners(c.nhsAddress()).stream().anyMatch(i -> i.device().equals(o.to()));
                if (toHub && c.up()) {
                    return TunnelState.REGISTERED;
                }
            }
        }
        return TunnelState.DOWN;
    }
}
