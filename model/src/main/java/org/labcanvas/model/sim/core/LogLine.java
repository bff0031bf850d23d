package org.labcanvas.model.sim.core;

import java.time.Duration;

/**
 * One line of the timeline.
 *
 * @param millis  virtual time in milliseconds since the start
 * @param device  the device it concerns
 * @param message the text after the device name ({@code %OSPF-5-ADJCHG: ...},
 *                {@code event: power off (line 3)}, {@code warning CODE: ...})
 * @param kind    what the line is
 * @param code    the warning's stable code; null for other lines
 */
public record LogLine(long millis, String device, String message, Kind kind, String code) {
    /** What a timeline line is. */
    public enum Kind {
        /** A message the device itself logs (IOS syslog style). */
        LOG,
        /** A scripted or injected event. */
        EVENT,
        /** Something the simulation could not do as asked. */
        WARNING
    }

    public LogLine(long millis, String device, String message) {
        this(millis, device, message, Kind.LOG, null);
    }

    public Duration at() {
        return Duration.ofMillis(millis);
    }

    /** {@code 00:02:01 R2 %OSPF-5-ADJCHG: ...} */
    public String text() {
        return SimTime.clock(Duration.ofSeconds(millis / 1000)) + " " + device + " " + message;
    }

    @Override
    public String toString() {
        return text();
    }
}
