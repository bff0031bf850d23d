package org.labcanvas.model.sim.rib;

import java.util.List;
import org.labcanvas.model.sim.underlay.Ipv6Prefix;

/**
 * A route in a router's IPv6 routing table.
 *
 * @param prefix   destination
 * @param source   connected, local, static (or a protocol's)
 * @param distance administrative distance
 * @param metric   metric (0 for static and connected)
 * @param nextHops paths
 */
public record Route6(Ipv6Prefix prefix, RouteSource source, int distance, int metric, List<NextHop6> nextHops) {
    public Route6 {
        nextHops = List.copyOf(nextHops);
    }
}
