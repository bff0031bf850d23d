package org.labcanvas.model.sim;


import java.time.Duration;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.topology.Topology;

/**
 * The simulation engine's entry point: a pure function from a design and an event script to a
 * timeline. The same input gives the same output, byte for byte. For stepping, going back and
 * injecting events, use a {@link Session}.
 */
public final class Simulation {
    /** How long {@code show} waits by default: long enough for non-broadcast OSPF (wait 120 s) to converge. */
    public static final Duration CONVERGED = Duration.ofMinutes(5);

    private Simulation() {}

    /** Runs from boot (t = 0, every device powering on) to {@code until}. */
    public static Timeline run(Topology topology, EventScript script, Duration until) {
        Session s = new Session(topology, script, false);
        s.runTo(until);
        return new Timeline(s, until);
    }

    /**
     * Runs from boot to {@code until}, handing each timeline line to {@code out} as it happens and
     * keeping none: the same lines as {@link #run}, in the same order, for runs too long to hold.
     */
    public static void stream(Topology topology, EventScript script, Duration until,
                              java.util.function.Consumer<org.labcanvas.model.sim.core.LogLine> out) {
        new Engine(new org.labcanvas.model.sim.underlay.Network(topology), script, out).runUntil(until.toMillis());
    }

    /** The network at {@code at}. */
    public static NetworkState stateAt(Topology topology, EventScript script, Duration at) {
        return new Session(topology, script, false).stateAt(at);
    }
}
