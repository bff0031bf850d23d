package org.labcanvas.model.sim.rib;

/**
 * One path of a route.
 *
 * @param address next-hop address, 0 when directly connected
 * @param iface   outgoing interface; null for a static route whose next hop resolves recursively
 */
public record RibNextHop(int address, String iface) {}
