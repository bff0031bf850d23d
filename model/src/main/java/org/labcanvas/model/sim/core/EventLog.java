package org.labcanvas.model.sim.core;

import java.util.ArrayList;
import java.util.List;

/** Collects timeline lines as the simulation runs: device log messages, events and warnings. */
public final class EventLog {
    private final Scheduler clock;
    private final List<LogLine> lines;
    /** Where lines go as they happen, instead of being kept; null to keep them. */
    private final java.util.function.Consumer<LogLine> sink;

    /** A log that keeps its lines. */
    public EventLog(Scheduler clock) {
        this(clock, new ArrayList<>(), null);
    }

    /** A log that hands each line to {@code sink} as it happens and keeps none (for long one-shot runs). */
    public EventLog(Scheduler clock, java.util.function.Consumer<LogLine> sink) {
        this(clock, new ArrayList<>(), sink);
    }

    private EventLog(Scheduler clock, List<LogLine> lines, java.util.function.Consumer<LogLine> sink) {
        this.clock = clock;
        this.lines = lines;
        this.sink = sink;
    }

    public EventLog copy(Scheduler newClock) {
        if (sink != null) {
            throw new IllegalStateException("a streaming log is not copied");
        }
        return new EventLog(newClock, new ArrayList<>(lines), null);
    }

    private void add(LogLine line) {
        if (sink != null) {
            sink.accept(line);
        } else {
            lines.add(line);
        }
    }

    /** A message the device logs, in IOS style ({@code %OSPF-5-ADJCHG: ...}). */
    public void log(String device, String message) {
        add(new LogLine(clock.now(), device, message, LogLine.Kind.LOG, null));
    }

    /** A scripted or injected event, as its own line. */
    public void event(String device, String description) {
        add(new LogLine(clock.now(), device, "event: " + description, LogLine.Kind.EVENT, null));
    }

    /**
     * Something the simulation could not do as asked. {@code code} is stable; {@code text} must never
     * hold a secret.
     */
    public void warn(String device, String code, String text) {
        add(new LogLine(clock.now(), device, "warning " + code + ": " + text, LogLine.Kind.WARNING, code));
    }

    public List<LogLine> lines() {
        return lines;
    }

    public int size() {
        return lines.size();
    }
}
