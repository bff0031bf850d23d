package org.labcanvas.model.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import org.labcanvas.model.generate.DmvpnGenerator;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.sim.Session;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.Timeline;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.topology.Topology;

/**
 * The measurements behind {@code labcanvas bench}: a design from {@code generate dmvpn --hubs H}
 * with N spokes, simulated in full from boot to {@code until}, then one spoke's
 * {@code show ip route}; and a stepping session on the same design. Compute time is the CPU time of
 * the calling thread (robust on a shared machine), wall time is given beside it.
 */
public final class SimulationBenchmark {
    private SimulationBenchmark() {}

    /**
     * One row of the run table.
     *
     * @param spokes          spokes in the design
     * @param cpuMillis       CPU time of the full run
     * @param wallMillis      wall-clock time of the full run
     * @param showRouteMillis CPU time of one spoke's {@code show ip route} after the run (routing table and text), median of 7 calls
     * @param heapMegabytes   heap in use after the run (after a GC request; indicative)
     * @param timelineLines   lines in the timeline
     */
    public record Measurement(int spokes, long cpuMillis, long wallMillis, long showRouteMillis, long heapMegabytes,
                              int timelineLines) {}

    /**
     * Stepping through a session that first ran to its end.
     *
     * @param spokes       spokes in the design
     * @param runCpuMs     CPU time of the first run (keeping checkpoints)
     * @param stateAtMs    median CPU time of the state at a time picked across the run (a slider drag)
     * @param stepMs       median CPU time of one step to the next instant, with its snapshot
     * @param backMs       median CPU time of jumping back 10 minutes, with the snapshot there
     * @param heapMb       heap in use after the first run, checkpoints included
     * @param baseHeapMb   heap in use after the same run without checkpoints
     * @param checkpoints  checkpoints held after the first run
     */
    public record Stepping(int spokes, long runCpuMs, long stateAtMs, long stepMs, long backMs, long heapMb,
                           long baseHeapMb, int checkpoints) {}

    /** How many times one spoke's {@code show ip route} is timed after a run. */
    private static final int SHOW_CALLS = 7;
    /** How many times each stepping figure is taken. */
    private static final int STEP_CALLS = 15;

    public static Measurement measure(int hubs, int spokes, Duration until) {
        Topology t = DmvpnGenerator.generate(hubs, spokes).topology();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        Timeline tl = Simulation.run(t, EventScript.EMPTY, until);
        long c1 = mx.getCurrentThreadCpuTime();
        long w1 = System.nanoTime();
        // One spoke's whole `show ip route` (routing table and its text), the median of a few calls:
        // a single call's CPU time varies with JIT compilation and safepoints by a factor of three.
        String spoke = DmvpnGenerator.spokeName(Math.max(1, spokes / 2));
        long[] shows = new long[SHOW_CALLS];
        for (int i = 0; i < SHOW_CALLS; i++) {
            long s0 = mx.getCurrentThreadCpuTime();
            ShowCommand.execute(tl.finalState(), spoke, "show ip route");
            shows[i] = mx.getCurrentThreadCpuTime() - s0;
        }
        Arrays.sort(shows);
        long heap = heapMb();
        return new Measurement(spokes, (c1 - c0) / 1_000_000, (w1 - w0) / 1_000_000, shows[SHOW_CALLS / 2] / 1_000_000, heap,
                tl.lines().size());
    }

    /**
     * A session run to {@code until} (at least 11 minutes), then: the state at {@value #STEP_CALLS}
     * times spread over the run in a fixed shuffled order, {@value #STEP_CALLS} steps from the middle
     * of the run, and {@value #STEP_CALLS} jumps back 10 minutes from times after the tenth minute.
     */
    public static Stepping stepping(int hubs, int spokes, Duration until) {
        long end = Math.max(until.toMillis(), Duration.ofMinutes(11).toMillis());
        Topology t = DmvpnGenerator.generate(hubs, spokes).topology();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Session base = new Session(t, EventScript.EMPTY, false);
        base.runTo(Duration.ofMillis(end));
        long baseHeap = heapMb();
        base = null;
        heapMb();
        long c0 = mx.getCurrentThreadCpuTime();
        Session s = new Session(t, EventScript.EMPTY);
        s.runTo(Duration.ofMillis(end));
        s.state();
        long run = mx.getCurrentThreadCpuTime() - c0;
        long heap = heapMb();
        int checkpoints = s.checkpointCount();

        long[] stateAt = new long[STEP_CALLS];
        long[] step = new long[STEP_CALLS];
        long[] back = new long[STEP_CALLS];
        // Twice: the first round warms the JIT up on this design's sizes; the second is measured.
        for (int round = 0; round < 2; round++) {
            measureSteps(s, end, stateAt, step, back);
        }
        return new Stepping(spokes, run / 1_000_000, median(stateAt), median(step), median(back), heap, baseHeap,
                checkpoints);
    }

    private static void measureSteps(Session s, long end, long[] stateAt, long[] step, long[] back) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < STEP_CALLS; i++) {
            // 7 is coprime with 15: the times visit the run in a scattered order, forwards and back.
            long at = end * ((i * 7L) % STEP_CALLS + 1) / (STEP_CALLS + 1);
            long a = mx.getCurrentThreadCpuTime();
            s.stateAt(Duration.ofMillis(at));
            stateAt[i] = mx.getCurrentThreadCpuTime() - a;
        }
        s.runTo(Duration.ofMillis(end / 2));
        for (int i = 0; i < STEP_CALLS; i++) {
            long a = mx.getCurrentThreadCpuTime();
            s.step();
            s.state();
            step[i] = mx.getCurrentThreadCpuTime() - a;
        }
        long tenMinutes = Duration.ofMinutes(10).toMillis();
        for (int i = 0; i < STEP_CALLS; i++) {
            long from = tenMinutes + (end - tenMinutes) * (i + 1) / STEP_CALLS;
            s.runTo(Duration.ofMillis(from));
            long a = mx.getCurrentThreadCpuTime();
            s.runTo(Duration.ofMillis(from - tenMinutes));
            s.state();
            back[i] = mx.getCurrentThreadCpuTime() - a;
        }
    }

    private static long median(long[] nanos) {
        long[] c = nanos.clone();
        Arrays.sort(c);
        return c[c.length / 2] / 1_000_000;
    }

    private static long heapMb() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }
}
