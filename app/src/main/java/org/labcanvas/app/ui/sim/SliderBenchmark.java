package org.labcanvas.app.ui.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.labcanvas.model.generate.DmvpnGenerator;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.sim.events.ScriptEvent;

/**
 * How long the designer takes to show the state at a time slider position on a generated DMVPN:
 * the session (with its checkpoints) runs forward or back to the position, the snapshot is taken, the
 * canvas state and what changed are computed — everything the timeline does per position except
 * painting. The first hub loses power at 10 minutes; the session first runs to 30 minutes (filling its
 * checkpoints), then jumps to positions drawn with a fixed seed, as a drag across the slider would.
 *
 * <p>{@code labcanvas bench --slider --spokes 1000} prints it.
 */
public final class SliderBenchmark {
    /** The figures of one run, in milliseconds of wall time. */
    public record Result(int spokes, long firstRunMs, long medianMs, long p90Ms, long maxMs, int positions) {
        public String line() {
            return String.format(Locale.ROOT, "%,d spokes: run to 30m %d ms; state at a slider position: median %d ms,"
                    + " 90th percentile %d ms, worst %d ms (%d positions)", spokes, firstRunMs, medianMs, p90Ms, maxMs, positions);
        }
    }

    private SliderBenchmark() {
    }

    public static Result measure(int spokes, int positions) {
        Project design = DmvpnGenerator.generate(2, spokes);
        SimulationViewModel vm = SimulationViewModel.synchronous();
        List<ScriptEvent> scenario = List.of(new ScriptEvent.Power(0, Duration.ofMinutes(10), DmvpnGenerator.hubName(0), false));
        long t0 = System.nanoTime();
        vm.start(design.topology(), scenario, Duration.ofMinutes(30));
        long first = (System.nanoTime() - t0) / 1_000_000;
        SplittableRandom random = new SplittableRandom(12);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < positions; i++) {
            Duration at = Duration.ofSeconds(random.nextInt(0, 30 * 60 + 1));
            long s = System.nanoTime();
            vm.jumpTo(at);
            times.add((System.nanoTime() - s) / 1_000_000);
            if (!vm.now().equals(at)) {
                throw new IllegalStateException("the session did not reach " + at);
            }
        }
        Collections.sort(times);
        return new Result(spokes, first, times.get(times.size() / 2), times.get(times.size() * 9 / 10),
                times.get(times.size() - 1), positions);
    }
}
