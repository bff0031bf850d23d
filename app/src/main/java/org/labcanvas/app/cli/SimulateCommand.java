package org.labcanvas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.Timeline;
import org.labcanvas.model.sim.events.EventScript;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate the design on a virtual clock (every device boots at 00:00:00) and print the",
                "timeline, one line per state change, in IOS log style. The same input prints the same output."})
final class SimulateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .labcanvas project")
    Path file;

    @Option(names = "--events", paramLabel = "E", description = "YAML event script (failures, reloads, cli, pings)")
    Path events;

    @Option(names = "--until", paramLabel = "T", defaultValue = "30m",
            description = "how long to simulate: 45s, 10m, 1h30m or hh:mm:ss (default: ${DEFAULT-VALUE})")
    String until;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Duration> end = EventsArgument.time("--until", until, err);
        if (end.isEmpty()) {
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
        Timeline timeline = Simulation.run(project.get().topology(), script.get(), end.get());
        out.print(timeline.text());
        out.flush();
        return ExitCodes.OK;
    }
}
