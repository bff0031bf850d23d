package org.labcanvas.model.sim;

import org.labcanvas.model.sim.core.LogLine;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a simulation run printed: one line per state change, scripted event and warning, in time
 * order, plus the means to look at the network at any moment of the run (through the run's
 * session and its checkpoints).
 */
public final class Timeline {
    private final Session session;
    private final Duration until;
    private final List<LogLine> lines;
    private NetworkState finalState;

    Timeline(Session session, Duration until) {
        this.session = session;
        this.until = until;
        this.lines = session.lines();
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

    /** The warnings of the run (lines of kind {@link LogLine.Kind#WARNING}). */
    public List<LogLine> warnings() {
        return lines.stream().filter(l -> l.kind() == LogLine.Kind.WARNING).toList();
    }

    /** The network at time {@code t} (every event at or before {@code t} applied). */
    public synchronized NetworkState stateAt(Duration t) {
        if (t.equals(until)) {
            return finalState();
        }
        return session.stateAt(t);
    }

    /** The network at the end of the run. */
    public synchronized NetworkState finalState() {
        if (finalState == null) {
            finalState = session.stateAt(until);
        }
        return finalState;
    }

    /** The session behind the run, to step through it further. */
    public Session session() {
        return session;
    }
}
