package org.labcanvas.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.labcanvas.model.bench.SimulationBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the simulation on generated DMVPN designs.",
                "Each design (as generate dmvpn --hubs H --spokes N makes it) is simulated in full to --until;"
                        + " the table shows CPU and wall time of the run, CPU time of one spoke's 'show ip route'"
                        + " afterwards and the heap in use. Run it on an idle machine; the first size includes"
                        + " JIT warm-up, so a warm-up run is made first."})
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
        try {
            SimulationBenchmark.measure(hubs, Math.min(200, spokes.get(0)), end.get());
            out.println("| spokes | run, CPU | run, wall | one spoke's show ip route, CPU | heap after run | timeline lines |");
            out.println("|---:|---:|---:|---:|---:|---:|");
            for (int n : spokes) {
                SimulationBenchmark.Measurement best = null;
                for (int i = 0; i < runs; i++) {
                    SimulationBenchmark.Measurement m = SimulationBenchmark.measure(hubs, n, end.get());
                    if (best == null || m.cpuMillis() < best.cpuMillis()) {
                        best = m;
                    }
                }
                out.printf(Locale.ROOT, "| %,d | %.2f s | %.2f s | %d ms | %d MB | %,d |%n", n, best.cpuMillis() / 1000.0,
                        best.wallMillis() / 1000.0, best.showRouteMillis(), best.heapMegabytes(), best.timelineLines());
                out.flush();
            }
        } catch (IllegalArgumentException e) {
            err.println("labcanvas: error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        err.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        return ExitCodes.OK;
    }
}
