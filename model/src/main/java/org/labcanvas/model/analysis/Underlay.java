package org.labcanvas.model.analysis;

import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;

/**
 * IPv4 reachability in the underlay (the network that carries the tunnels), from connected subnets
 * and static routes only: the question lint asks is whether a tunnel endpoint can reach an NBMA
 * address before any routing protocol runs over the tunnels.
 *
 * <ul>
 *   <li>Routing is by longest prefix match over connected subnets of up, addressed, non-tunnel
 *       interfaces and static routes; routes out of a tunnel interface or to a next hop in a
 *       tunnel subnet are ignored (they need the overlay that is being checked).</li>
 *   <li>An address on a connected subnet is reached when an up interface on the same segment owns it.</li>
 *   <li>A next hop owned by another device's interface on the segment continues the walk at that
 *       device (at most {@value #HOP_LIMIT} hops; a loop fails).</li>
 *   <li>A segment cabled to an INTERNET node delivers to every address owned by an up interface on
 *       any internet-attached segment, whatever the next hop (the cloud is the gateway nobody in
 *       the design owns). A tunnel broker's IPv4 endpoint always counts as on the Internet:
 *       the broker node stands for a public service, whether or not it is drawn with a cabled interface.</li>
 * </ul>
 */
public final class Underlay {
    public static final int HOP_LIMIT = 16;

    private final Topology topology;
    private final AddressIndex addresses;
    private final Segments segments;
    private final Set<IPAddress> onInternet = new HashSet<>();
    private final Map<String, List<Route>> routes = new HashMap<>();

    /** A usable static route: prefix and either a next hop, an outgoing interface, or both. */
    private record Route(IPAddress prefix, IPAddress nextHop, String iface) {}

    public Underlay(Topology topology, AddressIndex addresses, Segments segments) {
        this.topology = topology;
        this.addresses = addresses;
        this.segments = segments;
        for (InterfaceRef ref : addresses.refs()) {
            Segment s = segments.segmentOf(ref);
            if (s != null && s.internetAttached() && addresses.isUp(ref)) {
                addresses.ipv4(ref).ifPresent(a -> onInternet.add(a.address()));
            }
        }
        for (Device d : topology.devices()) {
            if (d.kind() == DeviceKind.BROKER && d.broker() != null) {
                addresses.host(d.broker().ipv4Endpoint()).ifPresent(onInternet::add);
            }
        }
    }

    /** Whether {@code target} is on a segment attached to the Internet (or is a broker endpoint). */
    public boolean isOnInternet(IPAddress target) {
        return onInternet.contains(target.withoutPrefixLength());
    }

    /**
     * Can a packet sourced from {@code source} (a tunnel source interface) reach {@code target}?
     * The source must be up and addressed; the egress is then chosen by routing alone, as IOS does
     * (the source address does not steer the route).
     */
    public Reachability reach(InterfaceRef source, IPAddress target) {
        if (!addresses.isUp(source)) {
            return Reachability.fail(List.of(source.device()), "source " + source + " is down or missing");
        }
        if (addresses.ipv4(source).isEmpty()) {
            return Reachability.fail(List.of(source.device()), "source " + source + " has no IPv4 address");
        }
        return reach(source.device(), target);
    }

    /** Can {@code device} send a packet to {@code target}? */
    public Reachability reach(String device, IPAddress target) {
        IPAddress dst = target.withoutPrefixLength();
        List<String> path = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        String at = device;
        while (true) {
            path.add(at);
            if (!visited.add(at)) {
                return Reachability.fail(path, "routing loop at " + at + " towards " + dst);
            }
            if (path.size() > HOP_LIMIT) {
                return Reachability.fail(path, "more than " + HOP_LIMIT + " hops towards " + dst);
            }
            Optional<Device> dev = topology.device(at);
            if (dev.isEmpty()) {
                return Reachability.fail(path, "no device " + at);
            }
            Device d = dev.get();
            if (owns(d, dst)) {
                return Reachability.ok(path);
            }
            // Longest match: connected subnets first among equals (a connected route has distance 0).
            InterfaceRef connected = null;
            int connectedLen = -1;
            for (Interface i : d.interfaces()) {
                InterfaceRef ref = InterfaceRef.of(d.name(), i.name());
                if (i.shutdown() || i.isTunnel()) {
                    continue;
                }
                Optional<InterfaceAddress> a = addresses.ipv4(ref);
                if (a.isPresent() && a.get().contains(dst) && a.get().prefixLength() > connectedLen) {
                    connected = ref;
                    connectedLen = a.get().prefixLength();
                }
            }
            Route best = null;
            for (Route r : routesOf(d)) {
                if (r.prefix().contains(dst) && (best == null
                        || r.prefix().getNetworkPrefixLength() > best.prefix().getNetworkPrefixLength())) {
                    best = r;
                }
            }
            if (connected != null && (best == null || connectedLen >= best.prefix().getNetworkPrefixLength())) {
                Segment s = segments.segmentOf(connected);
                if (s == null) {
                    return Reachability.fail(path, connected + " is on no segment");
                }
                if (ownedOnSegment(s, dst)) {
                    return Reachability.ok(path);
                }
                if (s.internetAttached() && onInternet.contains(dst)) {
                    return Reachability.ok(path);
                }
                return Reachability.fail(path, dst + " is on the connected subnet of " + connected
                        + " but no up interface on that segment owns it");
            }
            if (best == null) {
                return Reachability.fail(path, at + " has no route to " + dst);
            }
            InterfaceRef out;
            IPAddress gateway = best.nextHop();
            if (gateway != null) {
                out = connectedInterface(d, gateway);
                if (out == null) {
                    return Reachability.fail(path, "next hop " + gateway + " of route " + best.prefix()
                            + " on " + at + " is not on a connected subnet of an up interface");
                }
            } else {
                out = InterfaceRef.of(d.name(), best.iface());
                if (!addresses.isUp(out) || addresses.ipv4(out).isEmpty()) {
                    return Reachability.fail(path, "route " + best.prefix() + " on " + at + " leaves through "
                            + best.iface() + ", which is down or unaddressed");
                }
            }
            Segment s = segments.segmentOf(out);
            if (s == null) {
                return Reachability.fail(path, out + " is on no segment");
            }
            if (gateway == null) {
                if (ownedOnSegment(s, dst) || (s.internetAttached() && onInternet.contains(dst))) {
                    return Reachability.ok(path);
                }
                return Reachability.fail(path, dst + " is not on the segment of " + out);
            }
            String nextDevice = null;
            for (InterfaceRef owner : addresses.upOwners(gateway)) {
                if (!owner.device().equals(at) && s.members().contains(owner)) {
                    nextDevice = owner.device();
                    break;
                }
            }
            if (nextDevice != null) {
                at = nextDevice;
                continue;
            }
            if (s.internetAttached()) {
                if (onInternet.contains(dst)) {
                    return Reachability.ok(path);
                }
                return Reachability.fail(path, dst + " is not on any segment attached to the Internet");
            }
            return Reachability.fail(path, "next hop " + gateway + " of " + at + " is owned by no up interface on the segment of " + out);
        }
    }

    private boolean owns(Device d, IPAddress dst) {
        for (InterfaceRef r : addresses.upOwners(dst)) {
            if (r.device().equals(d.name())) {
                return true;
            }
        }
        return false;
    }

    private boolean ownedOnSegment(Segment s, IPAddress dst) {
        for (InterfaceRef r : addresses.upOwners(dst)) {
            if (segments.segmentOf(r) == s) {
                return true;
            }
        }
        return false;
    }

    private InterfaceRef connectedInterface(Device d, IPAddress gateway) {
        InterfaceRef best = null;
        int len = -1;
        for (Interface i : d.interfaces()) {
            if (i.shutdown() || i.isTunnel()) {
                continue;
            }
            InterfaceRef ref = InterfaceRef.of(d.name(), i.name());
            Optional<InterfaceAddress> a = addresses.ipv4(ref);
            if (a.isPresent() && a.get().contains(gateway) && a.get().prefixLength() > len) {
                best = ref;
                len = a.get().prefixLength();
            }
        }
        return best;
    }

    private List<Route> routesOf(Device d) {
        return routes.computeIfAbsent(d.name(), k -> {
            List<Route> out = new ArrayList<>();
            for (StaticRoute r : d.staticRoutes()) {
                Optional<IPAddress> prefix = addresses.prefix(r.prefix()).filter(IPAddress::isIPv4);
                if (prefix.isEmpty()) {
                    continue;
                }
                if (r.iface() != null && d.iface(r.iface()).map(Interface::isTunnel).orElse(true)) {
                    continue;
                }
                IPAddress nh = null;
                if (r.nextHop() != null) {
                    Optional<IPAddress> parsed = addresses.host(r.nextHop()).filter(IPAddress::isIPv4);
                    if (parsed.isEmpty() || inTunnelSubnet(d, parsed.get())) {
                        continue;
                    }
                    nh = parsed.get();
                } else if (r.iface() == null) {
                    continue;
                }
                out.add(new Route(prefix.get(), nh, r.iface()));
            }
            return out;
        });
    }

    private boolean inTunnelSubnet(Device d, IPAddress a) {
        for (Interface i : d.interfaces()) {
            if (i.isTunnel() && addresses.ipv4(InterfaceRef.of(d.name(), i.name())).map(x -> x.contains(a)).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
