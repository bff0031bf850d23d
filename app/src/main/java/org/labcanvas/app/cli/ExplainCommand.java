package org.labcanvas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.labcanvas.model.explain.ExplainTarget;
import org.labcanvas.model.explain.ExplanationText;
import org.labcanvas.model.explain.RouteExplainer;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain why the router DEVICE routes PREFIX as it does at time T of the simulation.",
                "It shows the longest match, the administrative distance, OSPF's shortest path hop by hop with",
                "the cost through every other neighbour, and the NHRP mapping and IPsec SA of each tunnel hop.",
                "PREFIX is a prefix (10.10.10.0/24) or an address (10.10.10.5).",
                "Without --at, T is after convergence (5 minutes)."})
final class ExplainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .labcanvas project")
    Path file;

    @Parameters(index = "1", paramLabel = "DEVICE", description = "the router to ask")
    String device;

    @Parameters(index = "2", paramLabel = "PREFIX", description = "a prefix (10.10.10.0/24) or an address (10.10.10.5)")
    String prefix;

    @Option(names = "--events", paramLabel = "E", description = "YAML event script")
    Path events;

    @Option(names = "--at", paramLabel = "T", description = "the time to look at: 45s, 10m, 1h30m or hh:mm:ss")
    String at;

    private static String kindWord(DeviceKind k) {
        String w = k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return switch (k) {
            case LAN -> "a LAN";
            case ACE -> "an ACE module";
            case INTERNET -> "the Internet";
            default -> ("aeiou".indexOf(w.charAt(0)) >= 0 ? "an " : "a ") + w;
        };
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Duration> time = EventsArgument.at(at, err);
        if (time.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Duration when = time.get();
        ExplainTarget target;
        try {
            target = ExplainTarget.parse(prefix);
        } catch (IllegalArgumentException e) {
            err.println("labcanvas: error: PREFIX " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Optional<Project> project = ProjectArgument.load(file, err);
        if (project.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        var topology = project.get().topology();
        Optional<Device> asked = ProjectArgument.device(file, topology, device, err);
        if (asked.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        if (asked.get().kind() != DeviceKind.ROUTER) {
            List<String> routers = topology.devices().stream().filter(d -> d.kind() == DeviceKind.ROUTER)
                    .map(Device::name).toList();
            err.println("labcanvas: error: " + device + " is not a router (it is " + kindWord(asked.get().kind())
                    + "): explain answers for routers"
                    + (routers.isEmpty() ? "" : "; " + file + " has " + ProjectArgument.names(routers, "routers")));
            return ExitCodes.BAD_INPUT;
        }
        Optional<EventScript> script = EventsArgument.load(events, topology, err);
        if (script.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        NetworkState state = Simulation.stateAt(topology, script.get(), when);
        out.print(ExplanationText.render(RouteExplainer.explain(state, device, target)));
        out.flush();
        return ExitCodes.OK;
    }
}
