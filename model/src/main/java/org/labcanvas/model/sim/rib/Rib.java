package org.labcanvas.model.sim.rib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.ospf.NextHop;
import org.labcanvas.model.sim.ospf.OspfRoute;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
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

    private Rib(TreeMap<Ipv4Prefix, Route> routes) {
        this.routes = routes;
    }

    /** Builds the table of {@code device} from the network state. */
    public static Rib of(NetworkState state, String device) {
        TreeMap<Ipv4Prefix, Route> best = new TreeMap<>();
        if (!state.deviceUp(device)) {
            return new Rib(best);
        }
        Device d = state.network().device(device);
        boolean locals = d.platform() != Platform.IOS_12_4;
        List<NetInterface> up = new ArrayList<>();
        for (NetInterface i : state.network().interfacesOf(device)) {
            if (state.underlay().usable(i)) {
                up.add(i);
                offer(best, new Route(i.subnet(), RouteSource.CONNECTED, 0, 0, List.of(new RibNextHop(0, i.name())), -1, 0));
                if (locals && i.subnet().length() < 32) {
                    offer(best, new Route(Ipv4Prefix.of(i.address(), 32), RouteSource.LOCAL, 0, 0,
                            List.of(new RibNextHop(0, i.name())), -1, 0));
                }
            }
        }
        for (Map.Entry<Ipv4Prefix, OspfRoute> e : state.ospf().routes(device).entrySet()) {
            OspfRoute o = e.getValue();
            List<RibNextHop> hops = new ArrayList<>();
            for (NextHop h : o.nextHops()) {
                hops.add(new RibNextHop(h.address(), h.iface()));
            }
            RouteSource src = o.interArea() ? RouteSource.OSPF_INTER_AREA : RouteSource.OSPF;
            offer(best, new Route(o.prefix(), src, src.defaultDistance(), o.cost(), hops, o.since(),
                    o.advertisingRouter()));
        }
        for (StaticRoute s : d.staticRoutes()) {
            Ipv4Prefix p = state.network().prefix(s.prefix());
            if (p == null) {
                continue;
            }
            Integer nh = state.network().address(s.nextHop()) == 0 ? null : state.network().address(s.nextHop());
            NetInterface exit = s.iface() == null ? null : state.network().find(device, s.iface());
            boolean resolves;
            if (exit != null) {
                resolves = state.underlay().usable(exit);
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
        for (int len = 32; len >= 0; len--) {
            Route r = routes.get(Ipv4Prefix.of(address, len));
            if (r != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
