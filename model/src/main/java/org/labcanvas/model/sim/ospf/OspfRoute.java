package org.labcanvas.model.sim.ospf;

import java.util.List;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;

/**
 * An intra-area OSPF route as the SPF computed it.
 *
 * @param prefix   destination
 * @param cost     total cost
 * @param nextHops equal-cost first hops, ascending (at most 4, IOS's default maximum-paths)
 * @param since    virtual time in ms since when the route has had these values
 * @param area     the area it was computed in
 * @param advertisingRouter router ID of the LSA the route comes from (the "from" of {@code show ip route A.B.C.D})
 * @param interArea         true for routes from summary LSAs ({@code O IA})
 */
public record OspfRoute(Ipv4Prefix prefix, int cost, List<NextHop> nextHops, long since, long area,
                        int advertisingRouter, boolean interArea) {}
