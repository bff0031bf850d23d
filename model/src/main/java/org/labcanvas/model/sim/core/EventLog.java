package org.labcanvas.model.sim.core;

import java.util.ArrayList;
import java.util.List;

/** Collects timeline lines as the simulation runs: device log messages, events and warnings. */
public final class EventLog {
    private final Scheduler clock;
    private final List<LogLine> lines;

    public EventLog(Scheduler clock) {
        this(clock, new ArrayList<>());
    }

    private EventLog(Scheduler clock, List<LogLine> lines) {
        this.clock = clock;
        this.lines = lines;
    }

    public EventLog copy(Scheduler newClock) {
        return new EventLog(newClock, new ArrayList<>(lines));
    }

    /** A message the device logs, in IOS style ({@code %OSPF-5-ADJCHG: ...}). */
    public void log(String device, String message) {
        lines.add(new LogLine(clock.now(), device, message, LogLine.Kind.LOG, null));
    }

    /** A scripted or injected event, as its own line. */
    public void event(String device, String description) {
        lines.add(new LogLine(clock.now(), device, "event: " + description, LogLine.Kind.EVENT, null));
    }

    /**
     * Something the simulation could not do as asked. {@code code} is stable; {@code text} must never
     * hold a secret.
     */
    public void warn(String device, String code, String text) {
        lines.add(new LogLine(clock.now(), device, "warning " + code + ": " + text, LogLine.Kind.WARNING, code));
    }

    public List<LogLine> lines() {
        return lines;
    }

    public int size() {
        return lines.size();
    }
}
