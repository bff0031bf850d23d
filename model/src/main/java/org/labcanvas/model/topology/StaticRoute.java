package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code ip route PREFIX MASK [INTERFACE] [NEXTHOP] [DISTANCE]} or {@code ipv6 route}.
 *
 * @param prefix    destination with prefix length ({@code 0.0.0.0/0}, {@code ::/0})
 * @param nextHop   next-hop address; null for an interface route
 * @param iface     outgoing interface; null when only a next hop is given
 * @param distance  administrative distance; null means 1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"prefix", "nextHop", "iface", "distance"})
public record StaticRoute(String prefix, String nextHop, String iface, Integer distance) {
    public static final int DEFAULT_DISTANCE = 1;

    public static StaticRoute via(String prefix, String nextHop) {
        return new StaticRoute(prefix, nextHop, null, null);
    }

    public int effectiveDistance() {
        return distance == null ? DEFAULT_DISTANCE : distance;
    }
}
