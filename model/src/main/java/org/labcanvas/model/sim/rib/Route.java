package org.labcanvas.model.sim.rib;

import java.util.List;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;

/**
 * A route in a router's routing table.
 *
 * @param prefix   destination
 * @param source   connected, local, static or OSPF
 * @param distance administrative distance
 * @param metric   metric (OSPF cost; 0 for static and connected)
 * @param nextHops paths
 * @param since    virtual time (ms) the route has been as it is; -1 when IOS shows no age
 * @param origin   for OSPF routes the advertising router ID, else 0
 */
public record Route(Ipv4Prefix prefix, RouteSource source, int distance, int metric, List<RibNextHop> nextHops,
                    long since, int origin) {
    public Route {
        nextHops = List.copyOf(nextHops);
    }
}
