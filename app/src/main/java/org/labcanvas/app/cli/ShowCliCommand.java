package org.labcanvas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.show.host.HostConsole;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Print exactly what DEVICE would print for COMMAND at time T of the simulation.",
                "IOS abbreviations (sh ip ro os) and '| include', '| exclude', '| begin', '| count' work;",
                "ping and traceroute too. On a macOS or FreeBSD host: ifconfig, netstat -rn -f inet6, ping6,",
                "traceroute6; on a Linux host: ip -6 addr, ip -6 route, ip tunnel show, ping -6, ping6.",
                "Without --at, T is after convergence (5 minutes)."})
final class ShowCliCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .labcanvas project")
    Path file;

    @Parameters(index = "1", paramLabel = "DEVICE", description = "the device to ask")
    String device;

    @Parameters(index = "2", paramLabel = "COMMAND", description = "the command, quoted: \"show ip route ospf\"")
    String command;

    @Option(names = "--events", paramLabel = "E", description = "YAML event script")
    Path events;

    @Option(names = "--at", paramLabel = "T", description = "the time to look at: 45s, 10m, 1h30m or hh:mm:ss")
    String at;

    private static String article(String word) {
        return ("AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
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
        Optional<Project> project = ProjectArgument.load(file, err);
        if (project.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        var topology = project.get().topology();
        Optional<Device> asked = ProjectArgument.device(file, topology, device, err);
        if (asked.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Device target = asked.get();
        boolean host = target.kind() == DeviceKind.HOST && HostConsole.answers(target);
        if (target.kind() != DeviceKind.ROUTER && target.kind() != DeviceKind.ACE && !host) {
            err.println("labcanvas: " + device + " is " + article(target.platform().displayName()) + " "
                    + target.kind().name().toLowerCase(java.util.Locale.ROOT) + ": its console is not simulated yet"
                    + " (show answers for IOS routers, ACE modules and macOS, FreeBSD and Linux hosts)");
            return ExitCodes.NOT_AVAILABLE;
        }
        Optional<EventScript> script = EventsArgument.load(events, topology, err);
        if (script.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        NetworkState state = Simulation.stateAt(topology, script.get(), when);
        ShowCommand.Answer answer;
        try {
            answer = ShowCommand.answer(state, device, command);
        } catch (IllegalArgumentException e) {
            err.println("labcanvas: error: " + e.getMessage() + " (at " + SimTime.clock(when) + ")");
            return ExitCodes.BAD_INPUT;
        }
        out.print(answer.text());
        out.flush();
        return switch (answer.outcome()) {
            case OUTPUT -> ExitCodes.OK;
            case IOS_ERROR -> ExitCodes.DEVICE_REFUSED;
            case NOT_SIMULATED -> ExitCodes.NOT_AVAILABLE;
        };
    }
}
