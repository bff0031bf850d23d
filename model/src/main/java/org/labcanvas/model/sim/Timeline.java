package org.labcanvas.model.sim;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.topology.Topology;

/**
 * What a simulation run printed: one line per state change, in time order, plus the means to
 * look at the network at any moment of the run.
 */
public final class Timeline {
    private final Topology topology;
    private final EventScript script;
    private final Duration until;
    private final List<LogLine> lines;
    private final NetworkState finalState;

    Timeline(Topology topology, EventScript script, Duration until, List<LogLine> lines, NetworkState finalState) {
        this.topology = topology;
        this.script = script;
        this.until = until;
        this.lines = List.copyOf(lines);
        this.finalState = finalState;
    }

    public List<LogLine> lines() {
        return lines;
    }

    public Duration until() {
        return until;
    }

    /** The lines as text, one per line, each ending with a newline. */
    public String text() {
        return lines.stream().map(l -> l.text() + "\n").collect(Collectors.joining());
    }

    /**
     * The network at time {@code t} (every event at or before {@code t} applied). The run is a pure
     * function of its input, so this replays it up to {@code t}; the end of the run is kept.
     */
    public NetworkState stateAt(Duration t) {
        if (t.equals(until)) {
            return finalState;
        }
        Engine e = new Engine(topology, script);
        e.runUntil(t.toMillis());
        return new NetworkState(e);
    }

    /** The network at the end of the run. */
    public NetworkState finalState() {
        return finalState;
    }
}
