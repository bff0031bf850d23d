package org.labcanvas.model.sim;

import java.time.Duration;
import org.labcanvas.model.bench.SimulationBenchmark;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.rib.Rib;

/** Manual profiling entry point: {@code java ... ScaleMain 10000}. */
final class ScaleMain {
    private ScaleMain() {}

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("bench")) {
            for (int n : new int[] {1000, 1000, 10000}) {
                System.err.println(SimulationBenchmark.measure(2, n, Duration.ofMinutes(10)));
            }
            return;
        }
        int n = Integer.parseInt(args[0]);
        var t = args.length > 1 ? LargeDualHub.build(n) : org.labcanvas.model.generate.DmvpnGenerator.generate(2, n).topology();
        long b0 = cpu();
        new org.labcanvas.model.sim.underlay.Network(t);
        System.err.printf("network build %d ms%n", (cpu() - b0) / 1_000_000);
        for (int round = 0; round < 2; round++) {
            long t0 = cpu();
            Timeline tl = Simulation.run(t, EventScript.EMPTY, Duration.ofMinutes(10));
            long t1 = cpu();
            tl.finalState().rib(org.labcanvas.model.generate.DmvpnGenerator.spokeName(5));
            long t2 = cpu();
            tl.finalState().rib(org.labcanvas.model.generate.DmvpnGenerator.hubName(1));
            long t3 = cpu();
            System.err.printf("n=%d run %d ms, spoke rib %d ms, hub rib %d ms, lines %d%n", n, (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, tl.lines().size());
        }
    }
}
