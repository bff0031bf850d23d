package org.labcanvas.model.sim.core;

import java.util.List;
import java.util.SortedSet;
import org.labcanvas.model.sim.rib.Route;
import org.labcanvas.model.sim.underlay.NetInterface;

/**
 * One protocol on the simulation engine (the role a routing process plays in a router's data
 * plane). The engine loops over its registered processes in a fixed order; a process keeps its own
 * state, sets its own timers, hears about changes below it, and can be copied at any instant so
 * that a session can keep checkpoints and show frozen snapshots.
 *
 * <p>Each instant runs: the timers due (each to its owner's {@link #onTimer}), the underlay changes
 * they cause ({@link #devicesChanged} for every process, then {@link #underlayChanged} for every
 * process), and finally {@link #endOfInstant} for every process.
 */
public interface ProtocolProcess {
    /** A short name for messages and the process registry ({@code ospf}, {@code nhrp}, {@code ipsec}). */
    String name();

    /** Devices that powered on ({@code up}) or off ({@code down}) at this instant, in name order. */
    default void devicesChanged(SortedSet<String> up, SortedSet<String> down) {}

    /** The underlay (interface states, underlay routes) was recomputed; re-check what can be reached. */
    default void underlayChanged() {}

    /** What {@code tunnel} can reach at tunnel address {@code remote} changed (a mapping came or went). */
    default void overlayChanged(NetInterface tunnel, int remote) {}

    /**
     * A simulated packet went along {@code path} ({@code packets} of them were counted; 0 when the
     * path is only looked at, such as a return path that did not arrive).
     */
    default void trafficForwarded(PacketTrace path, long packets) {}

    /** The routes this process offers {@code device}'s routing table now (the table picks by distance). */
    default List<Route> routes(String device) {
        return List.of();
    }

    /**
     * The routes of {@link #routes} whose prefix contains one of {@code addresses}: what can decide
     * where a packet to one of them goes. A process with many routes answers without building them all.
     */
    default List<Route> routesCovering(String device, int[] addresses) {
        List<Route> out = new java.util.ArrayList<>();
        for (Route r : routes(device)) {
            for (int a : addresses) {
                if (r.prefix().contains(a)) {
                    out.add(r);
                    break;
                }
            }
        }
        return out;
    }

    /** The IPv6 routes this process offers {@code device}'s IPv6 routing table now. */
    default List<org.labcanvas.model.sim.rib.Route6> routes6(String device) {
        return List.of();
    }

    /** One of this process's own timers fired. */
    void onTimer(Clock.Timer timer);

    /** End of the instant: originate, run SPF, whatever is batched. */
    default void endOfInstant() {}

    /** A configuration command typed on a running device; true when this process applied it. */
    default boolean configure(String device, ConfigCommand command) {
        return false;
    }

    /** {@code action} happened to a device now; true when this process acted on it. */
    default boolean act(DeviceAction action) {
        return false;
    }

    /** A deep copy of this process's state, living in {@code context} from now on. */
    ProtocolProcess copy(ProcessContext context);
}
