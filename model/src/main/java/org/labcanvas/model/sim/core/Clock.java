package org.labcanvas.model.sim.core;

import java.util.PriorityQueue;

/**
 * The virtual clock: a queue of timers ordered by (time, sequence number), so that timers set for
 * the same millisecond fire in the order they were set. Timers are plain data (records naming
 * what to do), never code, so that a whole run can be copied at any instant (checkpoints) and the
 * copy continues exactly as the original would.
 */
public final class Clock {
    /** A timer's payload: a value that its owner knows how to act on. Implementations are records. */
    public interface Timer {}

    /** A timer set for {@code at}, owned by process {@code owner} (-1: the engine itself). */
    public record Scheduled(long at, long seq, int owner, Timer timer) implements Comparable<Scheduled> {
        @Override
        public int compareTo(Scheduled o) {
            int c = Long.compare(at, o.at);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private final PriorityQueue<Scheduled> queue;
    private long now;
    private long seq;

    public Clock() {
        this.queue = new PriorityQueue<>();
    }

    private Clock(Clock other) {
        this.queue = new PriorityQueue<>(other.queue);
        this.now = other.now;
        this.seq = other.seq;
    }

    /** A copy with the same time and the same pending timers (they are immutable values). */
    public Clock copy() {
        return new Clock(this);
    }

    /** Current virtual time in milliseconds. */
    public long now() {
        return now;
    }

    public void at(long millis, int owner, Timer timer) {
        if (millis < now) {
            throw new IllegalStateException("cannot schedule in the past: " + millis + " < " + now);
        }
        queue.add(new Scheduled(millis, seq++, owner, timer));
    }

    /** Time of the next timer; {@link Long#MAX_VALUE} when none. */
    public long nextTime() {
        Scheduled s = queue.peek();
        return s == null ? Long.MAX_VALUE : s.at;
    }

    /** Moves to {@code t} (the next instant) without firing anything. */
    public void startInstant(long t) {
        now = t;
    }

    /** The next timer due at the current instant, or null when none is left for it. */
    public Scheduled pollDue() {
        Scheduled s = queue.peek();
        if (s == null || s.at != now) {
            return null;
        }
        return queue.poll();
    }

    /** Number of timers waiting. */
    public int pending() {
        return queue.size();
    }

    public void advanceTo(long millis) {
        if (millis > now) {
            now = millis;
        }
    }
}
