package org.labcanvas.app.crosscheck;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.labcanvas.model.crosscheck.Comparison;
import org.labcanvas.model.crosscheck.LabConditions;
import org.labcanvas.model.crosscheck.LabPlan;
import org.labcanvas.model.crosscheck.LabPlan.LabRouter;
import org.labcanvas.model.crosscheck.OspfSnapshot;
import org.labcanvas.model.crosscheck.SimulatedOspf;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.topology.Topology;

/**
 * Runs a design in a lab of network namespaces with FRRouting and compares its OSPF routes and
 * neighbors with the simulation's: once after convergence, and once more after the device,
 * interface and link events of a script (all played one after the other, then converged again).
 * The lab is removed at the end, on failure and on Ctrl+C, unless it is to be kept.
 */
public final class Crosscheck {
    /** How long OSPF in the lab may take to converge before the run fails. */
    static final long CONVERGENCE_TIMEOUT_MS = 90_000;
    private static final AtomicInteger RUNS = new AtomicInteger();

    private Crosscheck() {}

    /**
     * One comparison.
     *
     * @param title       {@code after convergence} or {@code after the events}
     * @param simulatedAt the moment of the simulation compared
     * @param comparison  the rows
     * @param convergedMs how long the lab took to converge (wall clock, for information)
     */
    public record Phase(String title, Duration simulatedAt, Comparison comparison, long convergedMs) {}

    /**
     * The result of a run.
     *
     * @param phases   the comparisons, in order
     * @param kept     the lab left running ({@code --keep}), or empty
     * @param frrVersion the FRR version that ran
     */
    public record Outcome(List<Phase> phases, List<KeptRouter> kept, String frrVersion) {
        public long routesCompared() {
            return phases.stream().mapToLong(p -> p.comparison().routes().size()).sum();
        }

        public long routesDiffering() {
            return phases.stream().mapToLong(p -> p.comparison().routesDiffering()).sum();
        }

        public long neighborsCompared() {
            return phases.stream().mapToLong(p -> p.comparison().neighbors().size()).sum();
        }

        public long neighborsDiffering() {
            return phases.stream().mapToLong(p -> p.comparison().neighborsDiffering()).sum();
        }

        public boolean matches() {
            return phases.stream().allMatch(p -> p.comparison().matches());
        }
    }

    /** A router of a kept lab: how to attach to it and what to end to remove it. */
    public record KeptRouter(String name, String namespace, String vtysh, List<Long> pids) {}

    /** Whether the design has a router with an OSPF process (else there is nothing to compare). */
    public static boolean hasOspfRouters(Topology topology) {
        return !LabPlan.of(topology, "lc").routers().isEmpty();
    }

    /** The time of the last event of a script, or zero. */
    static Duration lastEvent(EventScript script) {
        return script.events().stream().map(ScriptEvent::at).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /**
     * Runs the crosscheck.
     *
     * @param progress where to say what is happening (a person reads it)
     * @throws LabException when the lab cannot be built, a daemon does not start or OSPF does not converge
     */
    public static Outcome run(FrrInstallation frr, Topology topology, EventScript script, boolean keep,
                              PrintWriter progress) throws LabException {
        String prefix = "lc" + ProcessHandle.current().pid() + "x" + RUNS.getAndIncrement();
        LabPlan plan = LabPlan.of(topology, prefix);
        if (plan.routers().isEmpty()) {
            throw new LabException("the design has no router with router ospf; there is nothing to compare");
        }
        Path runDirectory;
        try {
            runDirectory = Files.createTempDirectory("labcanvas-crosscheck-");
            Files.setPosixFilePermissions(runDirectory, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new LabException("cannot create a run directory: " + e.getMessage());
        }
        NamespaceLab lab = new NamespaceLab(plan, frr, runDirectory);
        Thread hook = new Thread(() -> {
            if (!lab.isClosed()) {
                progress.println("interrupted: removing the lab (daemons and namespaces " + prefix + "-*)");
                progress.flush();
                lab.close();
            }
        }, "crosscheck-teardown");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean kept = false;
        try {
            List<Phase> phases = new ArrayList<>();
            progress.println("building " + plan.routers().size() + " routers in network namespaces " + prefix + "-*");
            progress.flush();
            // Every router boots at the same moment, as in the simulation: the daemons start with all
            // interfaces down and the interfaces come up together, so each DR election waits for all.
            Set<String> all = new TreeSet<>();
            plan.routers().forEach(r -> all.add(r.name()));
            lab.build(new LabConditions(all, Set.of(), Set.of()));
            for (LabRouter r : plan.routers()) {
                lab.start(r);
            }
            LabConditions conditions = LabConditions.NONE;
            lab.setLinks(conditions);
            phases.add(phase(lab, topology, EventScript.EMPTY, SimulatedOspf.CONVERGED, "after convergence", progress));
            if (!script.events().isEmpty()) {
                Duration previous = null;
                for (ScriptEvent e : script.events()) {
                    if (previous != null && !e.at().equals(previous)) {
                        // OSPF's history matters (a DR is not preempted): let the lab settle before the next moment.
                        progress.println("waiting for OSPF to converge before the next event");
                        progress.flush();
                        Convergence.await(lab, CONVERGENCE_TIMEOUT_MS);
                    }
                    progress.println("event: " + describe(e));
                    progress.flush();
                    conditions = play(lab, conditions, e);
                    previous = e.at();
                }
                Duration at = lastEvent(script).plus(SimulatedOspf.CONVERGED);
                phases.add(phase(lab, topology, script, at, "after the events", progress));
            }
            List<KeptRouter> keptRouters = new ArrayList<>();
            if (keep) {
                var pids = lab.daemons();
                for (LabRouter r : plan.routers()) {
                    keptRouters.add(new KeptRouter(r.name(), r.namespace(),
                            frr.vtysh() + " --vty_socket " + lab.vtyDirectory(r), pids.getOrDefault(r.name(), List.of())));
                }
                lab.keep();
                kept = true;
            }
            return new Outcome(phases, keptRouters, frr.version());
        } finally {
            if (!kept) {
                lab.close();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: the lab is being removed
            }
        }
    }

    private static Phase phase(NamespaceLab lab, Topology topology, EventScript script, Duration at, String title,
                               PrintWriter progress) throws LabException {
        progress.println("waiting for OSPF to converge (" + title + ")");
        progress.flush();
        long start = System.nanoTime();
        NamespaceLab.LabReading reading = Convergence.await(lab, CONVERGENCE_TIMEOUT_MS);
        long ms = (System.nanoTime() - start) / 1_000_000;
        OspfSnapshot simulated = SimulatedOspf.at(topology, script, at);
        List<String> routers = lab.plan().routers().stream().map(LabRouter::name).toList();
        return new Phase(title, at, Comparison.of(routers, simulated, reading.snapshot()), ms);
    }

    private static LabConditions play(NamespaceLab lab, LabConditions before, ScriptEvent e) throws LabException {
        LabConditions after = before.after(e);
        var router = e instanceof ScriptEvent.Power || e instanceof ScriptEvent.Reload
                ? lab.plan().router(e.device()) : java.util.Optional.<LabRouter>empty();
        if (e instanceof ScriptEvent.Power p && p.on()) {
            lab.setLinks(after);
            if (router.isPresent() && !lab.running(router.get())) {
                lab.start(router.get());
            }
        } else if (e instanceof ScriptEvent.Power || e instanceof ScriptEvent.Reload) {
            if (router.isPresent()) {
                lab.stop(router.get());
            }
            lab.setLinks(after);
            if (e instanceof ScriptEvent.Reload && router.isPresent()) {
                lab.start(router.get());
            }
        } else {
            lab.setLinks(after);
        }
        return after;
    }

    static String describe(ScriptEvent e) {
        String who = e instanceof ScriptEvent.LinkState ? "" : e.device() + " ";
        return who + e.describe() + " (at " + SimTime.clock(e.at()) + " in the simulation)";
    }
}
