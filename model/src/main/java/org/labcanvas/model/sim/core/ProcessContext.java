package org.labcanvas.model.sim.core;

import java.util.function.BiConsumer;
import org.labcanvas.model.sim.overlay.TunnelDelivery;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.sim.underlay.Network;

/**
 * What the engine gives a protocol process: the compiled design, its own timers, the timeline to
 * log to, tunnel delivery (with the current underlay), and a way to announce overlay changes to the
 * other processes.
 *
 * @param network  the design compiled for simulation (immutable, shared by copies)
 * @param timers   the process's own timers on the virtual clock
 * @param log      the timeline
 * @param delivery tunnel delivery over the current underlay
 * @param overlay  announces that a tunnel's reach to a remote tunnel address changed
 */
public record ProcessContext(Network network, Scheduler timers, EventLog log, TunnelDelivery delivery,
                             BiConsumer<NetInterface, Integer> overlay) {}
