package org.labcanvas.model.sim.core;

import java.util.List;
import org.labcanvas.model.sim.underlay.NetInterface;

/**
 * Where one IP packet went.
 *
 * @param delivered   whether the destination got it
 * @param hops        the interface each router received the packet on, in order (for traceroute)
 * @param tunnels     tunnel legs used, as (sending tunnel, receiving tunnel) pairs
 * @param resolutions multipoint tunnels that sent through their NHS for want of a mapping
 */
public record PacketTrace(boolean delivered, List<NetInterface> hops, List<NetInterface[]> tunnels,
                          List<PacketTrace.Resolution> resolutions) {
    /** A multipoint tunnel sent through its NHS because it had no mapping for {@code target}. */
    public record Resolution(NetInterface tunnel, int target) {}
}
