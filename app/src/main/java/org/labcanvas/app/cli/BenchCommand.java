package org.labcanvas.app.cli;

import com.sun.management.OperatingSystemMXBean;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.labcanvas.app.ui.sim.SliderBenchmark;
import org.labcanvas.model.bench.SimulationBenchmark;
import org.labcanvas.model.generate.DmvpnGenerator;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.whatif.ResilienceAnalysis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the simulation on generated DMVPN designs.",
                "Each design (as generate dmvpn --hubs H --spokes N makes it) is simulated in full to --until;"
                        + " the run table shows CPU and wall time of the run, CPU time of one spoke's 'show ip route'"
                        + " afterwards and the heap in use.",
                "The stepping table: a session is run to --step-until, then it shows the median CPU time of the"
                        + " state at a time across the run, of one step with its snapshot and of a jump back"
                        + " 10 minutes, with the heap the checkpoints take.",
                "A warm-up run is made first; run it on an idle machine.",
                "With --json it prints one JSON object per size instead of the tables."})
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--hubs", paramLabel = "H", defaultValue = "2", description = "hubs (default: ${DEFAULT-VALUE})")
    int hubs;

    @Option(names = "--spokes", paramLabel = "N", split = ",", defaultValue = "1000,10000",
            description = "comma list of spoke counts (default: ${DEFAULT-VALUE})")
    List<Integer> spokes;

    @Option(names = "--until", paramLabel = "T", defaultValue = "10m", description = "simulated time (default: ${DEFAULT-VALUE})")
    String until;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "3", description = "runs per size; the best is shown (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--step-until", paramLabel = "T", defaultValue = "30m",
            description = "how far the stepping session runs first (default: ${DEFAULT-VALUE})")
    String stepUntil;

    @Option(names = "--slider", description = "instead of the tables: the designer's time slider on each size (the"
            + " first hub off at 10m, a session run to 30m, then 40 positions): median, 90th percentile and worst time"
            + " to show the state at a position")
    boolean slider;

    @Option(names = "--resilience", description = "instead of the tables: `resilience` on each size (every single"
            + " failure of the generated design, on every processor): failures, followed pairs, wall and CPU time of the process")
    boolean resilience;

    @Option(names = "--json", description = "print one JSON object per size (keys: spokes, runCpuMs, runWallMs, "
            + "showRouteMs, runHeapMb, timelineLines, stepRunCpuMs, stateAtMs, stepMs, backMs, heapMb, checkpoints)")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Duration> end = EventsArgument.time("--until", until, err);
        if (end.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        if (runs < 1) {
            err.println("labcanvas: error: --runs must be at least 1");
            return ExitCodes.BAD_INPUT;
        }
        Optional<Duration> stepEnd = EventsArgument.time("--step-until", stepUntil, err);
        if (stepEnd.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        if (spokes.stream().anyMatch(n -> n < 1 || n > 60_000) || hubs < 1 || hubs > 4) {
            err.println("labcanvas: error: --hubs is 1 to 4 and --spokes 1 to 60000");
            return ExitCodes.BAD_INPUT;
        }
        if (resilience) {
            out.println("| spokes | failures | (router, prefix) pairs | wall | CPU, all threads | threads |");
            out.println("|---:|---:|---:|---:|---:|---:|");
            out.flush();
            for (int n : spokes) {
                var design = DmvpnGenerator.generate(hubs, n).topology();
                var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                long c0 = os.getProcessCpuTime();
                long w0 = System.nanoTime();
                var options = ResilienceAnalysis.Options.defaults();
                var r = ResilienceAnalysis.run(design,
                        EventScript.EMPTY, options, null);
                long w1 = System.nanoTime();
                long c1 = os.getProcessCpuTime();
                out.printf(Locale.ROOT, "| %,d | %,d | %,d | %.1f s | %.1f s | %d |%n", n, r.impacts().size(), r.pairs(),
                        (w1 - w0) / 1e9, (c1 - c0) / 1e9, options.threads());
                out.flush();
            }
            return ExitCodes.OK;
        }
        if (slider) {
            SliderBenchmark.measure(Math.min(50, spokes.get(0)), 5);
            for (int n : spokes) {
                out.println(SliderBenchmark.measure(n, 40).line());
                out.flush();
            }
            err.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
            return ExitCodes.OK;
        }
        SimulationBenchmark.measure(hubs, Math.min(200, spokes.get(0)), end.get());
        SimulationBenchmark.stepping(hubs, Math.min(200, spokes.get(0)), stepEnd.get());
        if (!json) {
            out.println("| spokes | run, CPU | run, wall | one spoke's show ip route, CPU | heap after run | timeline lines |"
                    + " state at a time | step | back 10 min | heap with checkpoints (checkpoints) |");
            out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        }
        for (int n : spokes) {
            SimulationBenchmark.Measurement best = null;
            for (int i = 0; i < runs; i++) {
                SimulationBenchmark.Measurement m = SimulationBenchmark.measure(hubs, n, end.get());
                if (best == null || m.cpuMillis() < best.cpuMillis()) {
                    best = m;
                }
            }
            SimulationBenchmark.Stepping st = SimulationBenchmark.stepping(hubs, n, stepEnd.get());
            if (json) {
                out.printf(Locale.ROOT, "{\"spokes\": %d, \"runCpuMs\": %d, \"runWallMs\": %d, \"showRouteMs\": %d, "
                                + "\"runHeapMb\": %d, \"timelineLines\": %d, \"stepRunCpuMs\": %d, \"stateAtMs\": %d, "
                                + "\"stepMs\": %d, \"backMs\": %d, \"heapMb\": %d, \"checkpoints\": %d}%n",
                        n, best.cpuMillis(), best.wallMillis(), best.showRouteMillis(), best.heapMegabytes(),
                        best.timelineLines(), st.runCpuMs(), st.stateAtMs(), st.stepMs(), st.backMs(), st.heapMb(),
                        st.checkpoints());
            } else {
                out.printf(Locale.ROOT, "| %,d | %.2f s | %.2f s | %d ms | %d MB | %,d | %d ms | %d ms | %d ms | %d MB (%d) |%n",
                        n, best.cpuMillis() / 1000.0, best.wallMillis() / 1000.0, best.showRouteMillis(),
                        best.heapMegabytes(), best.timelineLines(), st.stateAtMs(), st.stepMs(), st.backMs(), st.heapMb(),
                        st.checkpoints());
            }
            out.flush();
        }
        err.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        return ExitCodes.OK;
    }
}
