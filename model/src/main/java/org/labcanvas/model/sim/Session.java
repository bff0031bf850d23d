package org.labcanvas.model.sim;

import org.labcanvas.model.sim.core.LogLine;
import org.labcanvas.model.sim.core.SimTime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.sim.underlay.Network;
import org.labcanvas.model.topology.Topology;

/**
 * A simulation one can step through: run to a time, step to the next instant or back to the
 * previous one, jump anywhere, and inject an event at the current time (which discards the old
 * future). The same design, script and injections give the same timeline and the same snapshots,
 * byte for byte, whichever way the session got there.
 *
 * <p>Going back restores the nearest earlier checkpoint (a whole copy of the engine, kept every
 * {@link #CHECKPOINT_EVERY_MS} of virtual time or {@link #CHECKPOINT_EVERY_INSTANTS} instants) and
 * replays from there. At most {@link #MAX_CHECKPOINTS} are kept: when there are more, every other
 * one is dropped and the spacing doubles, so that memory stays bounded on long runs.
 *
 * <p>Methods are synchronized: a designer may step on a worker thread while its window reads
 * snapshots, which never change.
 */
public final class Session {
    /** Virtual time between checkpoints (before thinning). */
    public static final long CHECKPOINT_EVERY_MS = 60_000;
    /** Instants between checkpoints (before thinning). */
    public static final int CHECKPOINT_EVERY_INSTANTS = 256;
    /** Checkpoints kept at most. */
    public static final int MAX_CHECKPOINTS = 32;

    /** A copy of the engine after the instant at {@code time}, with {@code injections} of them applied. */
    private record Checkpoint(Engine engine, int injections) {}

    private final Topology topology;
    private final EventScript script;
    private final List<ScriptEvent> injected = new ArrayList<>();
    private final TreeMap<Long, Checkpoint> checkpoints = new TreeMap<>();
    private final java.util.TreeSet<Long> instants = new java.util.TreeSet<>();
    private Engine engine;
    private int applied;
    private long spacingMs = CHECKPOINT_EVERY_MS;
    private int spacingInstants = CHECKPOINT_EVERY_INSTANTS;
    private long lastCheckpointInstants;
    /** The longest timeline computed so far (valid while nothing is injected before its end). */
    private List<LogLine> horizon = List.of();
    private long horizonTime;
    private NetworkState snapshot;

    private final boolean keepCheckpoints;
    private final Network network;
    /** For a fork, the time it was made (it cannot go back before it); -1 otherwise. */
    private long forkedAt = -1;

    /** A session for stepping and going back: it keeps checkpoints as it runs. */
    public Session(Topology topology, EventScript script) {
        this(topology, script, true);
    }

    /**
     * A session; without checkpoints ({@code keepCheckpoints} false) a run costs nothing extra, and
     * going back replays from the start (for one-shot runs such as {@code simulate}).
     */
    public Session(Topology topology, EventScript script, boolean keepCheckpoints) {
        this.topology = topology;
        this.script = script;
        this.keepCheckpoints = keepCheckpoints;
        this.network = new Network(topology);
        this.engine = new Engine(network, script);
        if (keepCheckpoints) {
            checkpoints.put(-1L, new Checkpoint(engine.copy(), 0));
        }
    }

    /** A fork: a copy of {@code parent}'s engine as it is now, that runs on alone and cannot go back before it. */
    private Session(Session parent) {
        this.topology = parent.topology;
        this.script = parent.script;
        this.keepCheckpoints = false;
        this.network = parent.network;
        this.engine = parent.engine.copy();
        this.applied = 0;
        this.forkedAt = engine.now();
        this.instants.add(engine.now());
        this.horizonTime = engine.now();
        this.horizon = List.of();
    }

    /**
     * A new session that starts where this one is now and goes its own way (for what-if runs: one
     * converged network, many failures). Whatever is injected into the fork leaves this session as it
     * is. The fork keeps no checkpoints and cannot go back before the moment it was made.
     */
    public synchronized Session fork() {
        return new Session(this);
    }

    public Topology topology() {
        return topology;
    }

    public EventScript script() {
        return script;
    }

    /** Events injected so far, in order, each with the time it happened. */
    public synchronized List<ScriptEvent> injected() {
        return List.copyOf(injected);
    }

    /** The current time. */
    public synchronized Duration now() {
        return Duration.ofMillis(engine.now());
    }

    /** When the next instant happens (something is due); empty when nothing will ever happen again. */
    public synchronized java.util.Optional<Duration> nextEventAt() {
        long t = engine.nextTime();
        return t == Long.MAX_VALUE ? java.util.Optional.empty() : java.util.Optional.of(Duration.ofMillis(t));
    }

    /** Runs (forward or back) to {@code t}: every instant at or before {@code t} has happened. */
    public synchronized void runTo(Duration t) {
        long target = checkTime(t);
        if (target < engine.now()) {
            restoreBefore(target);
        }
        forwardTo(target);
    }

    /** Steps to the next instant; false (and nothing changes) when nothing is left to happen. */
    public synchronized boolean step() {
        long t = engine.nextTime();
        long inj = pendingInjectionTime();
        if (inj != Long.MIN_VALUE && inj < t) {
            t = inj;
        }
        if (t == Long.MAX_VALUE || t > SimTime.MAX.toMillis()) {
            return false;
        }
        forwardTo(t);
        return true;
    }

    /** Steps back to the previous instant that ran (time 0 at the earliest); false when already there. */
    public synchronized boolean stepBack() {
        Long prev = instants.lower(engine.now());
        if (prev == null) {
            if (engine.now() == 0) {
                return false;
            }
            prev = 0L;
        }
        restoreBefore(prev);
        forwardTo(prev);
        return true;
    }

    /**
     * {@code event} happens now (its own time is replaced by the current time), after whatever
     * already happened at this time. The old future is discarded.
     */
    public synchronized void inject(ScriptEvent event) {
        ScriptEvent at = event.at(Duration.ofMillis(engine.now()));
        injected.add(at);
        checkpoints.tailMap(engine.now(), false).clear();
        instants.tailSet(engine.now(), false).clear();
        engine.inject(at);
        applied++;
        instants.add(engine.now());
        horizon = List.copyOf(engine.log().lines());
        horizonTime = engine.now();
        snapshot = null;
    }

    /** The network now, frozen. */
    public synchronized NetworkState state() {
        if (snapshot == null) {
            snapshot = NetworkState.snapshotOf(engine);
        }
        return snapshot;
    }

    /**
     * The network now, read through the running engine itself, without a copy: it changes as the
     * session moves, so read it before the next step and from the thread that steps. For analyses
     * that look at many instants of one session (what-if runs); views keep {@link #state()}.
     */
    public synchronized NetworkState liveState() {
        return NetworkState.live(engine);
    }

    /** Runs to {@code t} and returns the network then. */
    public synchronized NetworkState stateAt(Duration t) {
        runTo(t);
        return state();
    }

    /** How many timeline lines there are up to now (without copying them). */
    public synchronized int lineCount() {
        return engine.log().lines().size();
    }

    /** The timeline up to now. */
    public synchronized List<LogLine> lines() {
        return List.copyOf(engine.log().lines());
    }

    /**
     * The timeline as far as it has been computed (it may reach past now after stepping back); what
     * a designer lists.
     */
    public synchronized List<LogLine> computedLines() {
        return engine.now() >= horizonTime ? lines() : horizon;
    }

    /** Checkpoints held now (for benchmarks and tests). */
    public synchronized int checkpointCount() {
        return checkpoints.size();
    }

    private static long checkTime(Duration t) {
        if (t.isNegative() || t.compareTo(SimTime.MAX) > 0) {
            throw new IllegalArgumentException("a time between 0 and " + SimTime.MAX_TEXT);
        }
        return t.toMillis();
    }

    /** Replaces the engine by a copy of the latest checkpoint at or before {@code target}. */
    private void restoreBefore(long target) {
        if (forkedAt >= 0) {
            throw new IllegalStateException("a fork cannot go back before the moment it was made");
        }
        Map.Entry<Long, Checkpoint> c = checkpoints.floorEntry(target);
        if (c == null) {
            // No checkpoints kept: start again from boot (the design is compiled once).
            engine = new Engine(network, script);
            applied = 0;
            lastCheckpointInstants = 0;
            snapshot = null;
            return;
        }
        engine = c.getValue().engine().copy();
        applied = c.getValue().injections();
        lastCheckpointInstants = engine.instants();
        snapshot = null;
    }

    private void forwardTo(long target) {
        if (target == engine.now() && engine.nextTime() > target && pendingInjectionTime() != target) {
            return;
        }
        while (true) {
            long next = engine.nextTime();
            long inj = pendingInjectionTime();
            if (inj != Long.MIN_VALUE && inj <= target && (next > inj)) {
                engine.runUntil(inj);
                engine.inject(injected.get(applied));
                applied++;
                afterInstant();
                continue;
            }
            if (next > target) {
                break;
            }
            engine.runInstant();
            afterInstant();
        }
        engine.runUntil(target);
        if (engine.now() >= horizonTime) {
            horizon = List.copyOf(engine.log().lines());
            horizonTime = engine.now();
        }
        snapshot = null;
    }

    /** Time of the next injection not yet applied to the engine; {@link Long#MIN_VALUE} when none. */
    private long pendingInjectionTime() {
        return applied < injected.size() ? injected.get(applied).at().toMillis() : Long.MIN_VALUE;
    }

    private void afterInstant() {
        long now = engine.now();
        instants.add(now);
        if (!keepCheckpoints) {
            return;
        }
        Map.Entry<Long, Checkpoint> last = checkpoints.lastEntry();
        boolean due = (now - Math.max(0, last.getKey()) >= spacingMs
                || engine.instants() - lastCheckpointInstants >= spacingInstants);
        if (due && now > last.getKey()) {
            checkpoints.put(now, new Checkpoint(engine.copy(), applied));
            lastCheckpointInstants = engine.instants();
            if (checkpoints.size() > MAX_CHECKPOINTS) {
                thin();
            }
        }
    }

    /** Drops every other checkpoint (never the first) and doubles the spacing. */
    private void thin() {
        int k = 0;
        var it = checkpoints.entrySet().iterator();
        while (it.hasNext()) {
            it.next();
            if (k % 2 == 1) {
                it.remove();
            }
            k++;
        }
        spacingMs *= 2;
        spacingInstants *= 2;
    }
}
