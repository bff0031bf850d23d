package org.labcanvas.app.ui.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.labcanvas.model.runbook.AceUpgradeRunbook;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptException;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.sim.ft.FtState;
import org.labcanvas.model.topology.AceImage;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.TftpImage;
import org.labcanvas.model.topology.Topology;

/**
 * The ACE upgrade wizard without a screen: the steps of {@link AceUpgradeRunbook} for a pair and an
 * image, as a checklist run in the designer's simulation. Running a step injects its commands as
 * {@code cli} events at the current time and moves on by the time the runbook gives the step (a bulk
 * sync, a reload), so the FT states after it are those the step expects; a step whose precondition
 * fails at the current time (the checks of {@link AceUpgradeRunbook#check}) carries its warning before
 * it runs and keeps it after.
 */
public final class AceUpgradeViewModel {
    /** Where a step of the checklist is. */
    public enum Status { TO_DO, DONE, DONE_WITH_WARNING }

    /** A step of the checklist; {@code warnings}: its failing preconditions when it ran (empty before). */
    public record Item(AceUpgradeRunbook.Step step, Status status, List<String> warnings) {
        @Override
        public String toString() {
            String mark = switch (status) {
                case TO_DO -> "\u2610";
                case DONE -> "\u2611";
                case DONE_WITH_WARNING -> "\u26a0";
            };
            return mark + " " + step.number() + ". " + step.title();
        }
    }

    /** An ACE pair of the design: the module that should be active first. */
    public record Pair(String active, String standby) {
        @Override
        public String toString() {
            return active + " \u2192 " + standby;
        }
    }

    private final Topology topology;
    private final SimulationViewModel sim;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final SimpleObjectProperty<Pair> pair = new SimpleObjectProperty<>();
    private String image;

    public AceUpgradeViewModel(Topology topology, SimulationViewModel sim) {
        this.topology = topology;
        this.sim = sim;
    }

    /** Every FT pair of the design, once, the module named first being the first in name order. */
    public static List<Pair> pairs(Topology t) {
        List<Pair> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Device d : t.devices()) {
            if (d.kind() != DeviceKind.ACE || d.ace() == null || d.ace().peerDevice() == null
                    || seen.contains(d.name()) || t.device(d.ace().peerDevice()).isEmpty()) {
                continue;
            }
            seen.add(d.name());
            seen.add(d.ace().peerDevice());
            out.add(new Pair(d.name(), d.ace().peerDevice()));
        }
        return out;
    }

    /**
     * The images the pair can be upgraded to: those on either module's {@code image:} or on a TFTP
     * server it reaches, other than the one the active module runs; sorted.
     */
    public static List<String> images(Topology t, Pair p) {
        Set<String> names = new TreeSet<>();
        String running = null;
        for (String name : List.of(p.active(), p.standby())) {
            Device d = t.require(name);
            d.ace().images().stream().map(AceImage::name).forEach(names::add);
            d.ace().tftp().stream().map(TftpImage::name).forEach(names::add);
            if (name.equals(p.active())) {
                running = d.ace().runningImage();
            }
        }
        names.remove(running);
        return List.copyOf(names);
    }

    /** The checklist for upgrading {@code p} to {@code newImage}, every step to do. */
    public void prepare(Pair p, String newImage) {
        AceUpgradeRunbook.Runbook rb = AceUpgradeRunbook.build(topology, p.active(), p.standby(), newImage);
        pair.set(p);
        image = newImage;
        problems.setAll(rb.problems());
        items.setAll(rb.steps().stream().map(s -> new Item(s, Status.TO_DO, List.of())).toList());
    }

    public ObservableList<Item> items() {
        return items;
    }

    /** What the design lacks for the procedure (an image on no TFTP server, a first module that is not active). */
    public ObservableList<String> problems() {
        return problems;
    }

    public String image() {
        return image;
    }

    /** When the runbook starts: the pair has booted and bulk-synced. */
    public static Duration start() {
        return Duration.ofMinutes(5);
    }

    /** The first step not run yet, or -1. */
    public int next() {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).status() == Status.TO_DO) {
                return i;
            }
        }
        return -1;
    }

    /** The events of step {@code index} at the current time (one {@code cli} event per module it types on). */
    List<ScriptEvent> events(int index) {
        AceUpgradeRunbook.Step s = items.get(index).step();
        if (s.commands().isEmpty()) {
            return List.of();
        }
        String yaml = new AceUpgradeRunbook.Runbook(List.of(s), List.of()).yaml();
        try {
            Duration now = sim.now();
            // Line 0: the timeline says "(injected)"; the commands keep their line in the step.
            return EventScriptParser.forTopology(topology).parse(yaml).events().stream()
                    .map(e -> e instanceof ScriptEvent.Cli c ? new ScriptEvent.Cli(0, now, c.device(), c.commands()) : e.at(now))
                    .toList();
        } catch (EventScriptException e) {
            throw new IllegalStateException("step " + s.number() + " of the runbook does not parse: " + e.getMessage(), e);
        }
    }

    /**
     * The preconditions step {@code index} fails if it runs now, as the runbook check words them
     * ({@code "ACE_1: reload of the active module; impact: ..."}); empty when it is safe.
     */
    public List<String> warnings(int index) {
        List<ScriptEvent> mine = events(index);
        if (mine.isEmpty()) {
            return List.of();
        }
        List<ScriptEvent> before = List.copyOf(sim.scenario());
        List<ScriptEvent> with = new ArrayList<>(before);
        with.addAll(mine);
        with.sort(java.util.Comparator.comparing(ScriptEvent::at));
        Set<AceUpgradeRunbook.Flag> old = new HashSet<>(AceUpgradeRunbook.check(topology, new EventScript(before)));
        Set<String> out = new LinkedHashSet<>();
        for (AceUpgradeRunbook.Flag f : AceUpgradeRunbook.check(topology, new EventScript(with))) {
            if (!old.contains(f) && f.at().equals(sim.now())) {
                out.add(f.device() + ": " + f.problem() + "; impact: " + f.impact());
            }
        }
        return List.copyOf(out);
    }

    /**
     * Runs step {@code index}: its commands become events now, then the simulation moves on by the
     * step's time in the runbook (to the next step's planned start; 3 minutes after the last one).
     * Returns the warnings it ran with.
     */
    public List<String> run(int index) {
        List<String> warnings = warnings(index);
        Duration gap = index + 1 < items.size()
                ? items.get(index + 1).step().at().minus(items.get(index).step().at())
                : Duration.ofMinutes(3);
        Duration target = sim.now().plus(gap);
        for (ScriptEvent e : events(index)) {
            sim.inject(e);
        }
        sim.jumpTo(target);
        Item it = items.get(index);
        items.set(index, new Item(it.step(), warnings.isEmpty() ? Status.DONE : Status.DONE_WITH_WARNING, warnings));
        return warnings;
    }

    /** The FT state of every group of the pair in {@code state}: {@code ACE_1  1 Admin ACTIVE}, one line per group. */
    public List<String> ftStates(NetworkState state) {
        Pair p = pair.get();
        if (p == null || state == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        FtState ft = state.view(FtState.class);
        for (String name : List.of(p.active(), p.standby())) {
            FtState.Module m = ft.module(name).orElse(null);
            if (m == null || !m.running()) {
                out.add(name + "  " + (m != null && m.bootFailure() != null ? "ROM monitor: " + m.bootFailure() : "not running"));
                continue;
            }
            for (FtState.Group g : m.groups()) {
                out.add(name + "  " + g.id() + " " + g.context() + " " + g.state().replace("FSM_FT_STATE_", "")
                        + "  (" + m.version() + ")");
            }
        }
        return out;
    }
}
