package org.labcanvas.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.whatif.Failure;
import org.labcanvas.model.whatif.ResilienceAnalysis;
import org.labcanvas.model.whatif.ResilienceHtml;
import org.labcanvas.model.whatif.ResilienceReport;
import org.labcanvas.model.whatif.ResilienceText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "resilience", mixinStandardHelpOptions = true,
        description = {"Simulate every single failure (each device, tunnel and cable) from the converged network and rank them.",
                "Prints the table most critical first; exit 1 when a failure cuts off a site other than its own",
                "(or, with --max-outage, when any outage lasts longer), so that a pipeline can gate on it."})
final class ResilienceCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .labcanvas project")
    Path file;

    @Option(names = "--failures", paramLabel = "KINDS", defaultValue = "devices,tunnels,links",
            description = "which failures, comma-separated: devices, tunnels, links (default: ${DEFAULT-VALUE})")
    String failures;

    @Option(names = "--at", paramLabel = "T", defaultValue = "30m",
            description = "when the failures happen; the network should have converged by then (default: ${DEFAULT-VALUE})")
    String at;

    @Option(names = "--window", paramLabel = "T",
            description = "how long to follow each failure (default: long enough for the design's dead intervals, NHRP hold time and FT heartbeats)")
    String window;

    @Option(names = "--events", paramLabel = "E", description = "YAML event script played before the failures")
    Path events;

    @Option(names = "--max-outage", paramLabel = "T",
            description = "also exit 1 when another site loses traffic for longer than T (a design gate)")
    String maxOutage;

    @Option(names = "--report", paramLabel = "DIR",
            description = "write DIR/resilience.html: the canvas coloured by criticality, a chart and every failure's details")
    Path report;

    @Option(names = "--details", description = "after the table, print every failure's lost prefixes, moved paths and sessions")
    boolean details;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Set<Failure.Kind>> kinds = kinds(failures, err);
        if (kinds.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Optional<Duration> when = EventsArgument.time("--at", at, err);
        if (when.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Duration follow = null;
        if (window != null) {
            Optional<Duration> w = EventsArgument.time("--window", window, err);
            if (w.isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            if (w.get().isZero()) {
                err.println("labcanvas: error: --window 0s follows nothing; give a time such as 10m");
                return ExitCodes.BAD_INPUT;
            }
            follow = w.get();
        }
        long limit = -1;
        if (maxOutage != null) {
            Optional<Duration> m = EventsArgument.time("--max-outage", maxOutage, err);
            if (m.isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            limit = m.get().toMillis();
        }
        if (report != null && Files.exists(report) && !Files.isDirectory(report)) {
            err.println("labcanvas: error: --report " + report + " is a file; give a folder (it is created if needed)");
            return ExitCodes.BAD_INPUT;
        }
        Optional<Project> project = ProjectArgument.load(file, err);
        if (project.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Optional<EventScript> script = EventsArgument.load(events, project.get().topology(), err);
        if (script.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        ResilienceAnalysis.Options options = ResilienceAnalysis.Options.defaults().withAt(when.get()).withKinds(kinds.get())
                .withWindow(follow);
        ResilienceReport r = ResilienceAnalysis.run(project.get().topology(), script.get(), options, (n, total, f) -> {
            // Progress for long runs, on stderr so that stdout stays the table.
            if (total >= 200 && (n % Math.max(1, total / 10) == 0) && n < total) {
                err.println("labcanvas: resilience: " + n + " of " + total + " failures simulated");
                err.flush();
            }
        });
        String design = file.getFileName().toString();
        out.print(ResilienceText.table(design, r));
        out.println();
        if (details) {
            out.print(ResilienceText.details(r));
            out.println();
        }
        out.print(ResilienceText.verdict(r, limit));
        out.flush();
        if (report != null) {
            String html = ResilienceHtml.render(design, project.get().topology(), project.get().layout(), r, limit);
            Path target = report.resolve("resilience.html");
            try {
                Files.createDirectories(report);
                ResilienceHtml.write(target, html);
            } catch (IOException e) {
                err.println("labcanvas: error: cannot write " + target + ": " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            err.println("labcanvas: wrote " + target);
        }
        boolean gate = !r.isolating().isEmpty() || (limit >= 0 && !r.longerThan(limit).isEmpty());
        return gate ? ExitCodes.NOT_RESILIENT : ExitCodes.OK;
    }

    /** {@code devices,links} to kinds; prints what is accepted otherwise. */
    static Optional<Set<Failure.Kind>> kinds(String text, PrintWriter err) {
        Set<Failure.Kind> out = EnumSet.noneOf(Failure.Kind.class);
        for (String part : text.split(",")) {
            String w = part.trim().toLowerCase(java.util.Locale.ROOT);
            Failure.Kind k = switch (w) {
                case "device", "devices" -> Failure.Kind.DEVICE;
                case "tunnel", "tunnels" -> Failure.Kind.TUNNEL;
                case "link", "links", "cable", "cables" -> Failure.Kind.LINK;
                default -> null;
            };
            if (k == null) {
                err.println("labcanvas: error: --failures: '" + part.trim() + "' is not a kind of failure; use devices, tunnels, links (comma-separated)");
                return Optional.empty();
            }
            out.add(k);
        }
        return Optional.of(out);
    }
}
