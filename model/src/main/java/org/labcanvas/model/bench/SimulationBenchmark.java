package org.labcanvas.model.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.labcanvas.model.generate.DmvpnGenerator;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.Timeline;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.topology.Topology;

/**
 * The measurements behind {@code labcanvas bench}: a design from {@code generate dmvpn --hubs H}
 * with N spokes, simulated in full from boot to {@code until}, then one spoke's
 * {@code show ip route}. Compute time is the CPU time of the calling thread (robust on a shared machine),
 * wall time is given beside it.
 */
public final class SimulationBenchmark {
    private SimulationBenchmark() {}

    /**
     * One row of the benchmark table.
     *
     * @param spokes         spokes in the design
     * @param cpuMillis      CPU time of the full run
     * @param wallMillis     wall-clock time of the full run
     * @param showRouteMillis CPU time of one spoke's {@code show ip route} after the run (routing table and text), median of 7 calls
     * @param heapMegabytes  heap in use after the run (after a GC request; indicative)
     * @param timelineLines  lines in the timeline
     */
    public record Measurement(int spokes, long cpuMillis, long wallMillis, long showRouteMillis, long heapMegabytes,
                              int timelineLines) {}

    /** How many times one spoke's {@code show ip route} is timed after a run. */
    private static final int SHOW_CALLS = 7;

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
        java.util.Arrays.sort(shows);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        return new Measurement(spokes, (c1 - c0) / 1_000_000, (w1 - w0) / 1_000_000, shows[SHOW_CALLS / 2] / 1_000_000, heap,
                tl.lines().size());
    }
}
