package org.labcanvas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.labcanvas.app.crosscheck.Crosscheck;
import org.labcanvas.app.crosscheck.FrrInstallation;
import org.labcanvas.app.crosscheck.LabException;
import org.labcanvas.model.crosscheck.LabConditions;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.sim.events.EventScript;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "crosscheck", mixinStandardHelpOptions = true,
        description = {"Compare the simulated OSPF with FRRouting run in network namespaces (Linux, root).",
                "Runs the design's OSPF routers in network namespaces with FRRouting and compares each router's"
                + " OSPF routes (prefix, metric, next hops) and neighbors (state, DR role) with the simulation's,"
                + " after convergence and again after the --events.",
                "Needs Linux, root and FRRouting (Debian package frr). Exit 0 only if nothing differs, 1 if something"
                + " differs, 5 if it cannot run here (not root, no FRR), 6 if the lab failed."})
final class CrosscheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .labcanvas project")
    Path file;

    @Option(names = "--events", paramLabel = "E",
            description = "YAML event script; its device, interface and link events are played in the lab after convergence")
    Path events;

    @Option(names = "--keep", description = "leave the lab running at the end and print how to attach to each router")
    boolean keep;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Project> project = ProjectArgument.load(file, err);
        if (project.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Optional<EventScript> script = EventsArgument.load(events, project.get().topology(), err);
        if (script.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        List<String> unsupported = LabConditions.unsupported(script.get().events());
        if (!unsupported.isEmpty()) {
            unsupported.forEach(u -> err.println("labcanvas: error: " + events + ":" + u.substring("line ".length())));
            return ExitCodes.BAD_INPUT;
        }
        if (!Crosscheck.hasOspfRouters(project.get().topology())) {
            err.println("labcanvas: error: " + file + ": no router runs OSPF (router ospf); crosscheck compares OSPF"
                    + " routes and neighbors, so there is nothing to compare");
            return ExitCodes.BAD_INPUT;
        }
        FrrInstallation.Result frr = FrrInstallation.find();
        if (!frr.usable()) {
            err.println("labcanvas: cannot crosscheck here: " + frr.problem() + ". Nothing was compared.");
            return ExitCodes.CANNOT_RUN;
        }
        Crosscheck.Outcome outcome;
        try {
            outcome = Crosscheck.run(frr.installation(), project.get().topology(), script.get(), keep, err);
        } catch (LabException e) {
            err.println("labcanvas: crosscheck failed: " + e.getMessage() + ". The lab was removed; nothing was compared.");
            return ExitCodes.LAB_FAILED;
        }
        out.println("crosscheck of " + file.getFileName() + " against FRRouting " + outcome.frrVersion());
        for (Crosscheck.Phase p : outcome.phases()) {
            out.println();
            out.println("== " + p.title() + " (lab converged in " + String.format("%.1f", p.convergedMs() / 1000.0)
                    + " s; simulation at " + SimTime.clock(p.simulatedAt()) + ")");
            out.print(p.comparison().table());
            out.println(p.comparison().routeSummary() + "; " + p.comparison().neighborSummary());
        }
        if (!outcome.kept().isEmpty()) {
            out.println();
            out.println("the lab is still running (--keep); attach to a router with:");
            for (Crosscheck.KeptRouter r : outcome.kept()) {
                out.println("  " + r.name() + ": " + r.vtysh());
            }
            out.println("remove it with:");
            StringBuilder pids = new StringBuilder();
            outcome.kept().forEach(r -> r.pids().forEach(p -> pids.append(' ').append(p)));
            if (pids.length() > 0) {
                out.println("  kill" + pids);
            }
            for (Crosscheck.KeptRouter r : outcome.kept()) {
                out.println("  ip netns del " + r.namespace());
            }
            String first = outcome.kept().get(0).namespace();
            out.println("  ip netns del " + first.substring(0, first.indexOf('-')) + "-sw");
        }
        out.println();
        out.println(outcome.routesCompared() + " routes compared, " + outcome.routesDiffering() + " differ");
        out.println(outcome.neighborsCompared() + " neighbors compared, " + outcome.neighborsDiffering() + " differ");
        out.flush();
        return outcome.matches() ? ExitCodes.OK : ExitCodes.DIFFERS;
    }
}
