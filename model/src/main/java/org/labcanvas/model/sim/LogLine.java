package org.labcanvas.model.sim;

import java.time.Duration;

/**
 * One line of the timeline: a state change on one device, in IOS's log message style.
 *
 * @param millis  virtual time in milliseconds since the start
 * @param device  the device that logs it
 * @param message the message ({@code %OSPF-5-ADJCHG: ...})
 */
public record LogLine(long millis, String device, String message) {
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
