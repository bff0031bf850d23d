package org.labcanvas.model.sim;

import java.time.Duration;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.topology.Topology;

/**
 * The simulation engine's entry point: a pure function from a design and an event script to a
 * timeline. The same input gives the same output, byte for byte.
 */
public final class Simulation {
    /** How long {@code show} waits by default: long enough for non-broadcast OSPF (wait 120 s) to converge. */
    public static final Duration CONVERGED = Duration.ofMinutes(5);

    private Simulation() {}

    /** Runs from boot (t = 0, every device powering on) to {@code until}. */
    public static Timeline run(Topology topology, EventScript script, Duration until) {
        Engine e = new Engine(topology, script);
        e.runUntil(until.toMillis());
        return new Timeline(topology, script, until, e.log().lines(), new NetworkState(e));
    }

    /** The network at {@code at} without keeping the timeline. */
    public static NetworkState stateAt(Topology topology, EventScript script, Duration at) {
        Engine e = new Engine(topology, script);
        e.runUntil(at.toMillis());
        return new NetworkState(e);
    }
}
