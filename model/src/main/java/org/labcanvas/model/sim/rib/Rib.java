package org.labcanvas.model.sim.rib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.sim.underlay.Network;
import org.labcanvas.model.sim.underlay.UnderlayState;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.StaticRoute;

/**
 * A router's IPv4 routing table at one moment: connected (and, on IOS 15 and later, local /32)
 * routes of up interfaces, static routes whose next hop resolves, and OSPF routes; for each
 * prefix the lowest administrative distance wins. Lookups use longest-prefix match.
 */
public final class Rib {
    private final TreeMap<Ipv4Prefix, Route> routes;
    /** Bit {@code n} set when a route of length n exists; -1 until first needed (lookups probe only these). */
    private volatile long lengths = -1;

    private Rib(TreeMap<Ipv4Prefix, Route> routes) {
        this.routes = routes;
    }

    /**
     * Builds the table of {@code device}: connected and local routes of its usable interfaces,
     * {@code protocolRoutes} (what the routing processes contribute), and static routes whose next
     * hop or interface resolves.
     */
    public static Rib build(Network network, UnderlayState underlay, String device, List<Route> protocolRoutes) {
        TreeMap<Ipv4Prefix, Route> best = new TreeMap<>();
        if (!underlay.deviceUp(device)) {
            return new Rib(best);
        }
        Device d = network.device(device);
        boolean locals = d.platform() != Platform.IOS_12_4;
        List<NetInterface> up = new ArrayList<>();
        for (NetInterface i : network.interfacesOf(device)) {
            if (underlay.usable(i)) {
                up.add(i);
                offer(best, new Route(i.subnet(), RouteSource.CONNECTED, 0, 0, List.of(new RibNextHop(0, i.name())), -1, 0));
                if (locals && i.subnet().length() < 32) {
                    offer(best, new Route(Ipv4Prefix.of(i.address(), 32), RouteSource.LOCAL, 0, 0,
                            List.of(new RibNextHop(0, i.name())), -1, 0));
                }
            }
        }
        for (Route r : protocolRoutes) {
            offer(best, r);
        }
        for (StaticRoute s : d.staticRoutes()) {
            Ipv4Prefix p = network.prefix(s.prefix());
            if (p == null) {
                continue;
            }
            Integer nh = network.address(s.nextHop()) == 0 ? null : network.address(s.nextHop());
            NetInterface exit = s.iface() == null ? null : network.find(device, s.iface());
            boolean resolves;
            if (exit != null) {
                resolves = underlay.usable(exit);
            } else if (nh != null) {
                resolves = up.stream().anyMatch(i -> i.subnet().contains(nh))
                        || new Rib(best).lookup(nh).filter(r -> r.source() != RouteSource.STATIC).isPresent();
            } else {
                resolves = false;
            }
            if (resolves) {
                offer(best, new Route(p, RouteSource.STATIC, s.effectiveDistance(), 0,
                        List.of(new RibNextHop(nh == null ? 0 : nh, exit == null ? null : exit.name())), -1, 0));
            }
        }
        return new Rib(best);
    }

    private static void offer(TreeMap<Ipv4Prefix, Route> best, Route r) {
        Route old = best.get(r.prefix());
        if (old == null || r.distance() < old.distance()
                || (r.distance() == old.distance() && r.metric() < old.metric())) {
            best.put(r.prefix(), r);
        }
    }

    /** Every route, ascending by prefix. */
    public List<Route> routes() {
        return List.copyOf(routes.values());
    }

    public Optional<Route> route(Ipv4Prefix p) {
        return Optional.ofNullable(routes.get(p));
    }

    /** Longest-prefix match. */
    public Optional<Route> lookup(int address) {
        long present = lengths;
        if (present == -1) {
            present = 0;
            for (Ipv4Prefix p : routes.keySet()) {
                present |= 1L << p.length();
            }
            lengths = present;
        }
        for (int len = 32; len >= 0; len--) {
            if ((present & (1L << len)) == 0) {
                continue;
            }
            Route r = routes.get(Ipv4Prefix.of(address, len));
            if (r != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
