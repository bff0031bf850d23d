package org.labcanvas.model.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.labcanvas.model.configs.GeneratedFile;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Session;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Topology;

/**
 * The verification pack: for each moment (the steady state, and with an event script the settled
 * state after each event) the expected output of every verification command of every covered
 * device, rendered by the {@code show} engine, plus {@code checks.yaml} (the facts, taken from the
 * simulation's data) and {@code RUNBOOK.md}.
 */
public final class Expectations {
    /** The folder every file of the pack lives in. */
    public static final String FOLDER = "expectations";

    private Expectations() {}

    /**
     * The moments to describe. The steady state is the design without events at
     * {@link Simulation#CONVERGED}. After an event the network is taken {@link Simulation#CONVERGED}
     * later, or just before the next event when that comes sooner.
     */
    public static List<ExpectedState> states(Topology topology, EventScript script) {
        List<ExpectedState> out = new ArrayList<>();
        out.add(new ExpectedState("", "steady state", Simulation.CONVERGED,
                Simulation.stateAt(topology, EventScript.EMPTY, Simulation.CONVERGED)));
        List<ScriptEvent> events = new ArrayList<>(script.events());
        events.sort(Comparator.comparing(ScriptEvent::at));
        if (events.isEmpty()) {
            return out;
        }
        Session session = new Session(topology, script, false);
        for (int i = 0; i < events.size(); i++) {
            ScriptEvent e = events.get(i);
            Duration at = e.at().plus(Simulation.CONVERGED);
            if (i + 1 < events.size()) {
                Duration next = events.get(i + 1).at();
                if (next.compareTo(at) < 0) {
                    at = next.minusSeconds(1).compareTo(e.at()) > 0 ? next.minusSeconds(1) : e.at();
                }
            }
            String what = e.device() + " " + e.describe();
            String folder = "after-" + (i + 1) + "-" + slug(what);
            NetworkState state = session.stateAt(at);
            out.add(new ExpectedState(folder, "after " + what + " at " + SimTime.clock(e.at()), at, state));
        }
        return out;
    }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 40 ? s.substring(0, 40).replaceAll("-+$", "") : s;
    }

    /** A device name as a folder name: letters, digits, dot, dash and underscore kept. */
    static String folderName(String device) {
        String s = device.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.startsWith(".") ? "_" + s.substring(1) : s;
    }

    /** Devices the pack covers in a state: a role is known and the device is powered on. */
    static List<Device> covered(ExpectedState st) {
        List<Device> out = new ArrayList<>();
        for (Device d : st.state().network().topology().devices()) {
            if (VerificationRoles.of(d).isPresent() && st.state().deviceUp(d.name())) {
                out.add(d);
            }
        }
        return out;
    }

    /** Every fact of every covered device in the state. */
    public static List<Fact> facts(NetworkState state) {
        List<Fact> out = new ArrayList<>();
        for (Device d : state.network().topology().devices()) {
            if (!state.deviceUp(d.name())) {
                continue;
            }
            VerificationRoles.of(d).ifPresent(r -> out.addAll(r.facts(state, d)));
        }
        return out;
    }

    /** The files of the pack, paths under {@code expectations/}. */
    public static List<GeneratedFile> render(String title, Topology topology, EventScript script) {
        List<ExpectedState> states = states(topology, script);
        List<GeneratedFile> out = new ArrayList<>();
        for (ExpectedState st : states) {
            String base = FOLDER + "/" + (st.folder().isEmpty() ? "" : st.folder() + "/");
            for (Device d : covered(st)) {
                VerificationRole role = VerificationRoles.of(d).orElseThrow();
                for (VerificationStep step : role.steps(st.state(), d)) {
                    ShowCommand.Answer a = ShowCommand.answer(st.state(), d.name(), step.command());
                    if (a.outcome() != ShowCommand.Outcome.OUTPUT) {
                        continue;
                    }
                    out.add(GeneratedFile.text(d.name(), base + folderName(d.name()) + "/" + step.fileName(), a.text()));
                }
            }
        }
        out.add(GeneratedFile.text("", FOLDER + "/checks.yaml", ChecksYaml.write(title, states)));
        out.add(GeneratedFile.text("", FOLDER + "/RUNBOOK.md", Runbook.write(title, states)));
        return out;
    }
}
