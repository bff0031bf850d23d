package org.labcanvas.model.sim.underlay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.TunnelMode;

/**
 * Interface states and packet delivery over the physical design at one moment: which
 * interfaces are up, and whether a packet from a device reaches an address, following
 * connected and static routes hop by hop across LANs, cables and the Internet cloud.
 *
 * <p>The Internet cloud delivers to any address configured on an interface plugged into it; a
 * next hop nobody owns (a site's default gateway) is the cloud itself, which then delivers to
 * the attachment whose subnet holds the destination. Tunnels never carry underlay traffic here:
 * routing over tunnels is the overlay's business.
 *
 * <p>Tunnel line protocol follows IOS without keepalives: up when the tunnel source is up with an
 * address and, for point-to-point GRE and IPv6-in-IPv4, when a route to the destination exists.
 */
public final class UnderlayState {
    private static final int MAX_HOPS = 32;

    private final Network network;
    private final Conditions conditions;
    private final InterfaceStatus[] status;
    private final boolean[] lineUp;
    private final Map<String, List<UnderlayRoute>> routes = new HashMap<>();
    // Filled on demand; snapshots on other threads share this state.
    private final Map<String, Map<Integer, Boolean>> reachMemo = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<String> devicesUp = new java.util.HashSet<>();

    public UnderlayState(Network network, Conditions conditions) {
        this.network = network;
        this.conditions = conditions;
        for (Device d : network.topology().devices()) {
            if (conditions.deviceUp(d.name())) {
                devicesUp.add(d.name());
            }
        }
        int n = network.interfaces().size();
        status = new InterfaceStatus[n];
        lineUp = new boolean[n];
        for (NetInterface i : network.interfaces()) {
            if (!i.isTunnel()) {
                computePhysical(i);
            }
        }
        for (Device d : network.topology().devices()) {
            routes.put(d.name(), buildRoutes(d));
        }
        for (NetInterface i : network.interfaces()) {
            if (i.isTunnel()) {
                computeTunnel(i);
            }
        }
    }

    public Network network() {
        return network;
    }

    public boolean deviceUp(String device) {
        return devicesUp.contains(device);
    }

    public InterfaceStatus status(NetInterface i) {
        return status[i.index()];
    }

    public boolean lineUp(NetInterface i) {
        return lineUp[i.index()];
    }

    /** Up/up with an IPv4 address: usable for routing. */
    public boolean usable(NetInterface i) {
        return lineUp[i.index()] && i.hasAddress();
    }

    /** Up/up with an IPv6 address: usable for IPv6 routing. */
    public boolean usable6(NetInterface i) {
        return lineUp[i.index()] && i.hasIpv6();
    }

    /**
     * The interface that receives an IPv6 packet sent out of the Ethernet {@code out} for next hop
     * {@code target}: a LAN or a cable carries IPv6, the Internet cloud of the designs (an IPv4
     * provider network) does not. Null when nobody does.
     */
    public NetInterface receiver6(NetInterface out, Ipv6Address target) {
        Network.Segment s = network.segmentOf(out);
        if (s == null || !lineUp[out.index()] || s.kind() == Network.SegmentKind.INTERNET) {
            return null;
        }
        for (NetInterface m : network.owners6(target)) {
            if (m != out && lineUp[m.index()] && network.segmentOf(m) == s) {
                return m;
            }
        }
        return null;
    }

    private void computePhysical(NetInterface i) {
        int k = i.index();
        if (!conditions.deviceUp(i.device())) {
            status[k] = InterfaceStatus.DEVICE_OFF;
            return;
        }
        if (conditions.adminDown(i)) {
            status[k] = InterfaceStatus.ADMIN_DOWN;
            return;
        }
        if (i.isLoopback()) {
            status[k] = InterfaceStatus.UP;
            lineUp[k] = true;
            return;
        }
        Network.Segment s = network.segmentOf(i);
        boolean carrier = false;
        if (s != null) {
            Network.Attachment mine = s.attachmentOf(i);
            if (conditions.linkUp(mine.link())) {
                if (s.node() != null) {
                    carrier = conditions.deviceUp(s.node());
                } else {
                    for (Network.Attachment a : s.members()) {
                        if (a.iface() != i) {
                            carrier = conditions.deviceUp(a.iface().device()) && !conditions.adminDown(a.iface());
                        }
                    }
                }
            }
        }
        // IOS: an Ethernet without carrier shows "down / down".
        status[k] = carrier ? InterfaceStatus.UP : InterfaceStatus.DOWN;
        lineUp[k] = carrier;
    }

    private void computeTunnel(NetInterface t) {
        int k = t.index();
        if (!conditions.deviceUp(t.device())) {
            status[k] = InterfaceStatus.DEVICE_OFF;
            return;
        }
        if (conditions.adminDown(t)) {
            status[k] = InterfaceStatus.ADMIN_DOWN;
            return;
        }
        status[k] = InterfaceStatus.UP;
        int src = tunnelSourceAddress(t);
        var ts = t.config().tunnel();
        if (src == 0 || ts == null) {
            return;
        }
        if (ts.mode() == TunnelMode.GRE_MULTIPOINT) {
            lineUp[k] = true;
            return;
        }
        int dst = network.address(ts.destination());
        lineUp[k] = dst != 0 && route(t.device(), dst) != null;
    }

    /** The tunnel's source address if the source is up; 0 otherwise. */
    public int tunnelSourceAddress(NetInterface t) {
        var ts = t.config().tunnel();
        if (ts == null || ts.source() == null) {
            return 0;
        }
        NetInterface src = network.find(t.device(), ts.source());
        if (src != null) {
            return src.hasAddress() && lineUp[src.index()] ? src.address() : 0;
        }
        int a = network.address(ts.source());
        if (a == 0) {
            return 0;
        }
        for (NetInterface i : network.owners(a)) {
            if (i.device().equals(t.device()) && lineUp[i.index()]) {
                return a;
            }
        }
        return 0;
    }

    private List<UnderlayRoute> buildRoutes(Device d) {
        List<UnderlayRoute> out = new ArrayList<>();
        if (d.kind() == DeviceKind.LAN || d.kind() == DeviceKind.INTERNET || !conditions.deviceUp(d.name())) {
            return out;
        }
        List<NetInterface> ifs = network.interfacesOf(d.name());
        for (NetInterface i : ifs) {
            if (!i.isTunnel() && usable(i)) {
                out.add(new UnderlayRoute(i.subnet(), i, 0));
            }
        }
        for (StaticRoute r : d.staticRoutes()) {
            Ipv4Prefix p = network.prefix(r.prefix());
            if (p == null) {
                continue;
            }
            Integer nh = r.nextHop() == null || network.address(r.nextHop()) == 0 ? null : network.address(r.nextHop());
            NetInterface exit = r.iface() == null ? null : network.find(d.name(), r.iface());
            if (exit != null) {
                if (!exit.isTunnel() && usable(exit)) {
                    out.add(new UnderlayRoute(p, exit, nh == null ? 0 : nh));
                }
                continue;
            }
            if (nh == null) {
                continue;
            }
            for (NetInterface i : ifs) {
                if (!i.isTunnel() && usable(i) && i.subnet().contains(nh)) {
                    out.add(new UnderlayRoute(p, i, nh));
                    break;
                }
            }
        }
        return out;
    }

    /** Longest-prefix match over the device's underlay routes; null when none. */
    public UnderlayRoute route(String device, int dest) {
        UnderlayRoute best = null;
        for (UnderlayRoute r : routes.getOrDefault(device, List.of())) {
            if (r.prefix().contains(dest) && (best == null || r.prefix().length() > best.prefix().length())) {
                best = r;
            }
        }
        return best;
    }

    private boolean owns(String device, int address) {
        for (NetInterface i : network.owners(address)) {
            if (i.device().equals(device) && lineUp[i.index()]) {
                return true;
            }
        }
        return false;
    }

    /** Whether an IPv4 packet from {@code device} reaches {@code dest} over the underlay. */
    public boolean reaches(String device, int dest) {
        Map<Integer, Boolean> m = reachMemo.computeIfAbsent(device, k -> new java.util.concurrent.ConcurrentHashMap<>());
        Boolean memo = m.get(dest);
        if (memo != null) {
            return memo;
        }
        boolean r = walk(device, dest);
        m.put(dest, r);
        return r;
    }

    private boolean walk(String start, int dest) {
        String cur = start;
        if (!devicesUp.contains(cur)) {
            return false;
        }
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            if (owns(cur, dest)) {
                return true;
            }
            UnderlayRoute r = route(cur, dest);
            if (r == null) {
                return false;
            }
            int target = r.nextHop() != 0 ? r.nextHop() : dest;
            String next = nextDevice(r.out(), target, dest);
            if (next == null) {
                return false;
            }
            cur = next;
        }
        return false;
    }

    private String nextDevice(NetInterface out, int target, int dest) {
        NetInterface in = receiver(out, target, dest);
        return in == null ? null : in.device();
    }

    /**
     * The interface that receives a packet sent out of {@code out} toward next hop {@code target}
     * (the destination itself when directly connected) for destination {@code dest}; null when
     * nobody does.
     */
    public NetInterface receiver(NetInterface out, int target, int dest) {
        Network.Segment s = network.segmentOf(out);
        if (s == null || !lineUp[out.index()]) {
            return null;
        }
        for (NetInterface m : s.withAddress(target)) {
            if (m != out && lineUp[m.index()]) {
                return m;
            }
        }
        if (s.kind() != Network.SegmentKind.INTERNET) {
            return null;
        }
        // The cloud is the gateway: it delivers to the attachment owning or holding the destination.
        for (NetInterface m : s.withAddress(dest)) {
            if (m != out && lineUp[m.index()]) {
                return m;
            }
        }
        for (int len = 32; len >= 0; len--) {
            for (NetInterface m : s.withSubnet(Ipv4Prefix.of(dest, len))) {
                if (m != out && lineUp[m.index()]) {
                    return m;
                }
            }
        }
        return null;
    }
}
