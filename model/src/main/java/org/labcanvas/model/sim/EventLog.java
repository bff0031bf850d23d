package org.labcanvas.model.sim;

import java.util.ArrayList;
import java.util.List;

/** Collects timeline lines as the simulation runs. */
public final class EventLog {
    private final Clock clock;
    private final List<LogLine> lines = new ArrayList<>();

    public EventLog(Clock clock) {
        this.clock = clock;
    }

    public void log(String device, String message) {
        lines.add(new LogLine(clock.now(), device, message));
    }

    public List<LogLine> lines() {
        return lines;
    }
}
