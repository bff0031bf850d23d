package org.labcanvas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.verify.CaptureException;
import org.labcanvas.model.verify.CaptureReader;
import org.labcanvas.model.verify.CapturedOutput;
import org.labcanvas.model.verify.Expectations;
import org.labcanvas.model.verify.FactCheck;
import org.labcanvas.model.verify.VerificationRoles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check show output captured on the real devices against the simulation of the design.",
                "CAPTURED are session logs with prompts (R2#sh ip route ospf), files of one command's output named"
                        + " after the device (R2.txt), or folders of them (R2/show-ip-route-ospf.txt).",
                "Read: show ip ospf neighbor, show ip route [ospf], show ip nhrp [brief|detail], show ip nhrp nhs,"
                        + " show dmvpn, show crypto isakmp sa, show crypto ipsec sa (IOS 12.4, 15.x, XE); on ACE modules"
                        + " show ft group brief|detail|status, show ft peer detail, show version; on 6in4 clients"
                        + " ifconfig, netstat -rn -f inet6, ip -6 route, ip tunnel show, ping6 / ping -6 (on IOS routers"
                        + " show interfaces TunnelN, show ipv6 route, ping ipv6).",
                "Prints one PASS or FAIL line per fact, then the facts no capture shows. Exit 0: every compared fact"
                        + " matches; 1: a difference or an unreadable line; 2: bad input."})
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .labcanvas project")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "CAPTURED", description = "capture files or folders")
    List<Path> captured;

    @Option(names = "--events", paramLabel = "E", description = "YAML event script the captures were taken under")
    Path events;

    @Option(names = "--at", paramLabel = "T", description = "the simulated time the captures stand for (default: converged, "
            + "5 minutes)")
    String at;

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
        Optional<EventScript> script = EventsArgument.load(events, topology, err);
        if (script.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Set<String> names = new LinkedHashSet<>();
        Set<String> hosts = new LinkedHashSet<>();
        for (Device d : topology.devices()) {
            names.add(d.name());
            if (d.kind() == org.labcanvas.model.topology.DeviceKind.HOST) {
                hosts.add(d.name());
            }
        }
        List<CapturedOutput> captures;
        try {
            captures = new CaptureReader(names, hosts).read(captured);
        } catch (CaptureException e) {
            err.println("labcanvas: error: " + e.where() + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        NetworkState state = Simulation.stateAt(topology, script.get(), when);
        Set<String> covered = new LinkedHashSet<>();
        Set<String> captured = new LinkedHashSet<>();
        captures.forEach(c -> captured.add(c.device()));
        for (Device d : topology.devices()) {
            if (captured.contains(d.name()) && VerificationRoles.of(d).isPresent() && state.deviceUp(d.name())) {
                covered.add(d.name());
            }
        }
        final Duration moment = when;
        FactCheck.Report report = FactCheck.check(Expectations.facts(state), covered, captures, d -> {
            Device device = topology.device(d).orElseThrow();
            if (VerificationRoles.of(device).isPresent()) {
                return "powered off at " + SimTime.clock(moment) + " in the simulation";
            }
            return switch (device.kind()) {
                case HOST -> "only hosts with a 6in4 tunnel to a broker have verification commands";
                default -> "it has no verification commands";
            };
        });
        out.println("Checking against the simulation at " + SimTime.clock(when)
                + (events == null ? "" : " with " + events) + ":");
        for (FactCheck.Result r : report.results()) {
            if (r.verdict() != FactCheck.Verdict.NOT_COVERED) {
                out.println(r.text());
            }
        }
        for (FactCheck.Problem p : report.unread()) {
            out.println("UNREAD " + p.device() + " " + p.command() + ": cannot read this line (" + p.where() + "): " + p.text());
        }
        List<FactCheck.Result> missing = report.results().stream()
                .filter(r -> r.verdict() == FactCheck.Verdict.NOT_COVERED).toList();
        if (!missing.isEmpty()) {
            out.println();
            out.println("Not covered by the captures:");
            for (FactCheck.Result r : missing) {
                out.println("  " + r.text());
            }
        }
        if (!report.skipped().isEmpty()) {
            out.println();
            out.println("Not read:");
            for (String s : report.skipped()) {
                out.println("  " + s);
            }
        }
        out.println();
        out.println(report.count(FactCheck.Verdict.PASS) + " passed, " + report.count(FactCheck.Verdict.FAIL) + " failed, "
                + report.unread().size() + " unreadable, " + missing.size() + " not covered");
        if (report.count(FactCheck.Verdict.PASS) + report.count(FactCheck.Verdict.FAIL) == 0) {
            out.println("No fact was compared: the captures hold none of the commands check reads for the design's devices.");
        }
        out.flush();
        return report.passed() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
