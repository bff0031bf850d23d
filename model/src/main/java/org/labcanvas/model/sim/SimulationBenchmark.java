package org.labcanvas.model.sim;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.labcanvas.model.generate.DmvpnGenerator;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.rib.Rib;
import org.labcanvas.model.topology.Topology;

/**
 * The measurements behind {@code labcanvas bench}: a design from {@code generate dmvpn --hubs H}
 * with N spokes, simulated in full from boot to {@code until}, then one spoke's and one hub's
 * routing table. Compute time is the CPU time of the calling thread (robust on a shared machine),
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
     * @param showRouteMillis CPU time of building one spoke's routing table after the run
     * @param heapMegabytes  heap in use after the run (after a GC request; indicative)
     * @param timelineLines  lines in the timeline
     */
    public record Measurement(int spokes, long cpuMillis, long wallMillis, long showRouteMillis, long heapMegabytes,
                              int timelineLines) {}

    public static Measurement measure(int hubs, int spokes, Duration until) {
        Topology t = DmvpnGenerator.generate(hubs, spokes).topology();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        Timeline tl = Simulation.run(t, EventScript.EMPTY, until);
        long c1 = mx.getCurrentThreadCpuTime();
        long w1 = System.nanoTime();
        Rib.of(tl.finalState(), DmvpnGenerator.spokeName(Math.max(1, spokes / 2)));
        long c2 = mx.getCurrentThreadCpuTime();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        return new Measurement(spokes, (c1 - c0) / 1_000_000, (w1 - w0) / 1_000_000, (c2 - c1) / 1_000_000, heap,
                tl.lines().size());
    }
}
