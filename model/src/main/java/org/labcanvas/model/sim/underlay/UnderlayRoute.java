package org.labcanvas.model.sim.underlay;

/**
 * A route the underlay forwards on: connected or static, never through a tunnel.
 *
 * @param prefix  destination
 * @param out     outgoing interface
 * @param nextHop next-hop address, 0 for a directly connected destination
 */
public record UnderlayRoute(Ipv4Prefix prefix, NetInterface out, int nextHop) {}
