package org.labcanvas.model.sim.core;

/** How a protocol process sets its own timers on the virtual clock; they come back to its {@code onTimer}. */
public interface Scheduler {
    /** Current virtual time in ms. */
    long now();

    /** Fires {@code timer} at {@code millis} (not before now). */
    void at(long millis, Clock.Timer timer);

    default void after(long delayMillis, Clock.Timer timer) {
        at(now() + delayMillis, timer);
    }
}
