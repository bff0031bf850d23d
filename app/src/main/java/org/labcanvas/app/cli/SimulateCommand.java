package org.labcanvas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.topology.DeviceKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate the design on a virtual clock and print its timeline, one line per state change.",
                "Every device boots at 00:00:00; lines are in IOS log style. The same input prints the same output."})
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
        var topology = project.get().topology();
        List<String> routers = topology.devices().stream()
                .filter(d -> d.kind() == DeviceKind.ROUTER || (d.kind() == DeviceKind.ACE && d.ace() != null))
                .map(d -> d.name()).toList();
        boolean sixInFour = topology.devices().stream().anyMatch(d -> d.sixInFour() != null && d.sixInFour().broker() != null
                && topology.device(d.sixInFour().broker()).map(b -> b.broker() != null).orElse(false));
        List<String> others = topology.devices().stream().filter(d -> d.kind() == DeviceKind.ACE && d.ace() == null)
                .map(d -> d.name()).toList();
        if (routers.isEmpty() && !sixInFour) {
            List<String> devices = topology.devices().stream().filter(d -> !d.kind().isSegment()).map(d -> d.name()).toList();
            err.println("labcanvas: " + file + " has no IOS router, ACE module or 6in4 tunnel; its devices ("
                    + String.join(", ", devices) + ") are not simulated");
            return ExitCodes.NOT_AVAILABLE;
        }
        // Lines are printed as the simulation makes them: a run of 60,000 spokes holds none in memory.
        Simulation.stream(topology, script.get(), end.get(), line -> {
            out.print(line.text());
            out.print('\n');
        });
        out.flush();
        if (!others.isEmpty()) {
            err.println("labcanvas: note: not simulated (ACE modules without ACE settings): " + String.join(", ", others));
        }
        return ExitCodes.OK;
    }
}
