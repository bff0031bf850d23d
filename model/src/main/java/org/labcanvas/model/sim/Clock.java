package org.labcanvas.model.sim;

import java.util.PriorityQueue;

/**
 * The virtual clock: a queue of actions ordered by (time, sequence number), so that actions
 * scheduled for the same millisecond run in the order they were scheduled.
 */
public final class Clock {
    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>();
    private long now;
    private long seq;

    private record Scheduled(long at, long seq, Runnable action) implements Comparable<Scheduled> {
        @Override
        public int compareTo(Scheduled o) {
            int c = Long.compare(at, o.at);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    /** Current virtual time in milliseconds. */
    public long now() {
        return now;
    }

    public void at(long millis, Runnable action) {
        if (millis < now) {
            throw new IllegalStateException("cannot schedule in the past: " + millis + " < " + now);
        }
        queue.add(new Scheduled(millis, seq++, action));
    }

    public void after(long delayMillis, Runnable action) {
        at(now + delayMillis, action);
    }

    /** Time of the next action; {@link Long#MAX_VALUE} when none. */
    public long nextTime() {
        Scheduled s = queue.peek();
        return s == null ? Long.MAX_VALUE : s.at;
    }

    /** Runs every action due at exactly the next time (including ones they schedule for that time). */
    public void runNextInstant() {
        long t = nextTime();
        if (t == Long.MAX_VALUE) {
            return;
        }
        now = t;
        while (!queue.isEmpty() && queue.peek().at == t) {
            queue.poll().action.run();
        }
    }

    public void advanceTo(long millis) {
        if (millis > now) {
            now = millis;
        }
    }
}
