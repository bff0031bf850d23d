package org.labcanvas.model.sim.rib;

import org.labcanvas.model.sim.underlay.Ipv6Address;

/**
 * One path of an IPv6 route.
 *
 * @param address next-hop address; null when directly connected
 * @param iface   outgoing interface; null for a static route whose next hop resolves recursively
 */
public record NextHop6(Ipv6Address address, String iface) {}
