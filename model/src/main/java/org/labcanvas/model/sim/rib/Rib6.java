package org.labcanvas.model.sim.rib;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.labcanvas.model.sim.underlay.Ipv6Address;
import org.labcanvas.model.sim.underlay.Ipv6Interface;
import org.labcanvas.model.sim.underlay.Ipv6Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.sim.underlay.Network;
import org.labcanvas.model.sim.underlay.UnderlayState;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.StaticRoute;

/**
 * A device's IPv6 routing table at one moment, beside its IPv4 {@link Rib}: connected prefixes and
 * local {@code /128} routes of up interfaces with IPv6 addresses, the far end of a point-to-point
 * 6in4 tunnel ({@code ifconfig gif0 inet6 LOCAL REMOTE}, a 6in4 client's {@code remoteIpv6}), static
 * {@code ipv6 route}s whose interface is up or whose next hop resolves, and what processes
 * contribute; for each prefix the lowest administrative distance wins; lookups use longest-prefix
 * match.
 */
public final class Rib6 {
    private final TreeMap<Ipv6Prefix, Route6> routes;

    private Rib6(TreeMap<Ipv6Prefix, Route6> routes) {
        this.routes = routes;
    }

    public static Rib6 build(Network network, UnderlayState underlay, String device, List<Route6> protocolRoutes) {
        TreeMap<Ipv6Prefix, Route6> best = new TreeMap<>();
        if (!underlay.deviceUp(device)) {
            return new Rib6(best);
        }
        Device d = network.device(device);
        List<NetInterface> up = new ArrayList<>();
        for (NetInterface i : network.interfacesOf(device)) {
            if (!underlay.usable6(i)) {
                continue;
            }
            up.add(i);
            for (Ipv6Interface a : i.ipv6()) {
                offer(best, new Route6(a.subnet(), RouteSource.CONNECTED, 0, 0, List.of(new NextHop6(null, i.name()))));
                if (a.subnet().length() < 128) {
                    offer(best, new Route6(new Ipv6Prefix(a.address(), 128), RouteSource.LOCAL, 0, 0,
                            List.of(new NextHop6(null, i.name()))));
                }
            }
        }
        var six = d.sixInFour();
        if (six != null && six.tunnelInterface() != null && six.remoteIpv6() != null) {
            NetInterface t = network.find(device, six.tunnelInterface());
            Optional<Ipv6Address> remote = Ipv6Address.parse(six.remoteIpv6());
            if (t != null && underlay.usable6(t) && remote.isPresent()) {
                offer(best, new Route6(new Ipv6Prefix(remote.get(), 128), RouteSource.CONNECTED, 0, 0,
                        List.of(new NextHop6(null, t.name()))));
            }
        }
        for (Route6 r : protocolRoutes) {
            offer(best, r);
        }
        for (StaticRoute s : d.staticRoutes()) {
            Optional<Ipv6Prefix> p = Ipv6Prefix.parse(s.prefix());
            if (p.isEmpty()) {
                continue;
            }
            Ipv6Address nh = s.nextHop() == null ? null : Ipv6Address.parse(s.nextHop()).orElse(null);
            NetInterface exit = s.iface() == null ? null : network.find(device, s.iface());
            boolean resolves;
            if (exit != null) {
                resolves = underlay.usable6(exit);
            } else if (nh != null) {
                resolves = new Rib6(best).lookup(nh).filter(r -> r.source() != RouteSource.STATIC).isPresent();
            } else {
                resolves = false;
            }
            if (resolves) {
                offer(best, new Route6(p.get(), RouteSource.STATIC, s.effectiveDistance(), 0,
                        List.of(new NextHop6(nh, exit == null ? null : exit.name()))));
            }
        }
        return new Rib6(best);
    }

    private static void offer(TreeMap<Ipv6Prefix, Route6> best, Route6 r) {
        Route6 old = best.get(r.prefix());
        if (old == null || r.distance() < old.distance() || (r.distance() == old.distance() && r.metric() < old.metric())) {
            best.put(r.prefix(), r);
        }
    }

    /** Every route, ascending by prefix. */
    public List<Route6> routes() {
        return List.copyOf(routes.values());
    }

    /** Longest-prefix match. */
    public Optional<Route6> lookup(Ipv6Address address) {
        for (int len = 128; len >= 0; len--) {
            Route6 r = routes.get(new Ipv6Prefix(address, len));
            if (r != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
