package org.labcanvas.app.ui.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Session;
import org.labcanvas.model.sim.core.LogLine;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Topology;

/**
 * The designer's simulation mode without a screen: a {@link Session} built from the design, the
 * scenario of events injected into it, the current time, the snapshot there, the timeline (the
 * same lines as {@code labcanvas simulate}) and what changed at the last step.
 *
 * <p>Every operation on the session runs on {@code background}; what it produced is published on
 * {@code ui}. Jumps coalesce: while one runs, only the latest requested time is run next, so
 * dragging the time slider never queues work behind the pointer.
 */
public final class SimulationViewModel {
    /** The protocol filter of the timeline list. */
    public enum Protocol {
        ALL("All protocols"), OSPF("OSPF"), NHRP("NHRP / DMVPN"), IPSEC("IPsec"), INTERFACES("Interfaces"),
        EVENTS("Events"), WARNINGS("Warnings"), SYSTEM("System");

        private final String title;

        Protocol(String title) {
            this.title = title;
        }

        @Override
        public String toString() {
            return title;
        }

        /** Whether {@code line} belongs to this protocol. */
        public boolean matches(LogLine line) {
            if (this == ALL) {
                return true;
            }
            return of(line) == this;
        }

        static Protocol of(LogLine line) {
            if (line.kind() == LogLine.Kind.EVENT) {
                return EVENTS;
            }
            if (line.kind() == LogLine.Kind.WARNING) {
                return WARNINGS;
            }
            String m = line.message();
            if (m.startsWith("%OSPF")) {
                return OSPF;
            }
            if (m.startsWith("%DMVPN") || m.startsWith("%NHRP")) {
                return NHRP;
            }
            if (m.startsWith("%CRYPTO")) {
                return IPSEC;
            }
            if (m.startsWith("%LINK") || m.startsWith("%LINEPROTO")) {
                return INTERFACES;
            }
            return SYSTEM;
        }
    }

    /**
     * Above this many devices, "what changed" looks only at the devices the timeline names in the
     * interval, and at no more than this many of them (a jump across a large design's boot would
     * otherwise compare every routing table twice).
     */
    static final int DIFF_ALL_DEVICES_UP_TO = 60;

    private final Executor background;
    private final Consumer<Runnable> ui;
    private final Object lock = new Object();

    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Duration> now = new SimpleObjectProperty<>(Duration.ZERO);
    private final ObjectProperty<NetworkState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<CanvasState> canvasState = new SimpleObjectProperty<>();
    private final ObjectProperty<Duration> horizon = new SimpleObjectProperty<>(Duration.ofMinutes(30));
    private final ObservableList<LogLine> lines = FXCollections.observableArrayList();
    private final ObservableList<LogLine> shownLines = FXCollections.observableArrayList();
    private final ObservableList<StepChanges.Change> changes = FXCollections.observableArrayList();
    private final StringProperty deviceFilter = new SimpleStringProperty("");
    private final ObjectProperty<Protocol> protocolFilter = new SimpleObjectProperty<>(Protocol.ALL);
    private final StringProperty scenarioName = new SimpleStringProperty("Scenario 1");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<ScriptEvent> scenario = FXCollections.observableArrayList();

    // Touched on the background thread only (under lock).
    private Session session;
    private Topology topology;
    private ScriptEvent.Ping lastPing;
    private Duration pendingJump;
    private boolean jumpQueued;

    public SimulationViewModel(Executor background, Consumer<Runnable> ui) {
        this.background = background;
        this.ui = ui;
        deviceFilter.addListener((o, a, b) -> refilter());
        protocolFilter.addListener((o, a, b) -> refilter());
        lines.addListener((javafx.collections.ListChangeListener<LogLine>) c -> refilter());
    }

    /** Everything on the calling thread: for tests and the command line. */
    public static SimulationViewModel synchronous() {
        return new SimulationViewModel(Runnable::run, Runnable::run);
    }

    // ------------------------------------------------------------------ properties

    public ReadOnlyBooleanProperty activeProperty() {
        return active;
    }

    public boolean isActive() {
        return active.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<Duration> nowProperty() {
        return now;
    }

    public Duration now() {
        return now.get();
    }

    public ReadOnlyObjectProperty<NetworkState> stateProperty() {
        return state;
    }

    public NetworkState state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<CanvasState> canvasStateProperty() {
        return canvasState;
    }

    public CanvasState canvasState() {
        return canvasState.get();
    }

    /** How far the time slider reaches: 30 minutes, or further when the timeline goes further. */
    public ReadOnlyObjectProperty<Duration> horizonProperty() {
        return horizon;
    }

    /** The timeline as far as it has been computed (it reaches past now after stepping back). */
    public ObservableList<LogLine> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }

    /** The timeline lines the device and protocol filters let through. */
    public ObservableList<LogLine> shownLines() {
        return FXCollections.unmodifiableObservableList(shownLines);
    }

    public ObservableList<StepChanges.Change> changes() {
        return FXCollections.unmodifiableObservableList(changes);
    }

    /** A device name (or empty for all devices) the timeline list is filtered by. */
    public StringProperty deviceFilterProperty() {
        return deviceFilter;
    }

    public ObjectProperty<Protocol> protocolFilterProperty() {
        return protocolFilter;
    }

    public StringProperty scenarioNameProperty() {
        return scenarioName;
    }

    /** The events of the scenario: loaded from events YAML or the project, and injected from the canvas. */
    public ObservableList<ScriptEvent> scenario() {
        return FXCollections.unmodifiableObservableList(scenario);
    }

    /** The last thing worth telling the user (a refused time, a device that is off). */
    public StringProperty messageProperty() {
        return message;
    }

    // ------------------------------------------------------------------ operations

    /** Starts simulating {@code design} from boot with {@code events} as the scenario, and runs to {@code at}. */
    public void start(Topology design, List<ScriptEvent> events, Duration at) {
        List<ScriptEvent> sorted = sortedByTime(events);
        scenario.setAll(sorted);
        active.set(true);
        run(ignored -> {
            topology = design;
            session = new Session(design, new EventScript(sorted));
            lastPing = null;
            session.runTo(at);
            return null;
        }, false);
    }

    /** Leaves simulation mode; the scenario is kept for the next start. */
    public void stop() {
        synchronized (lock) {
            session = null;
            topology = null;
        }
        active.set(false);
        state.set(null);
        canvasState.set(null);
        changes.clear();
        lines.clear();
        now.set(Duration.ZERO);
    }

    /**
     * The design was edited while simulating: the simulation starts again from the edited design,
     * with the same scenario, and runs to the same time.
     */
    public void designChanged(Topology design) {
        if (!isActive()) {
            return;
        }
        List<ScriptEvent> events = List.copyOf(scenario);
        Duration at = now();
        run(ignored -> {
            topology = design;
            session = new Session(design, new EventScript(events));
            session.runTo(at);
            return null;
        }, false);
    }

    /** To the next instant at which something happens. */
    public void stepForward() {
        run(s -> {
            if (!s.step()) {
                say("nothing more happens");
            }
            return null;
        });
    }

    /** Back to the previous instant that ran. */
    public void stepBack() {
        run(s -> {
            if (!s.stepBack()) {
                say("already at the start");
            }
            return null;
        });
    }

    /** To {@code t} (forward or back), coalescing with other jumps still waiting. */
    public void jumpTo(Duration t) {
        if (t.isNegative() || t.compareTo(SimTime.MAX) > 0) {
            say("a time between 0 and " + SimTime.MAX_TEXT);
            return;
        }
        synchronized (lock) {
            pendingJump = t;
            if (jumpQueued) {
                return;
            }
            jumpQueued = true;
        }
        run(s -> {
            Duration target;
            synchronized (lock) {
                target = pendingJump;
                jumpQueued = false;
            }
            s.runTo(target);
            return null;
        });
    }

    /** Parses {@code 12m30s}, {@code 750}, {@code 00:12:30} and jumps there; false (and a message) when it is not a time. */
    public boolean jumpTo(String text) {
        Optional<Duration> t = SimTime.parse(text);
        if (t.isEmpty()) {
            say("'" + text.strip() + "' is not a time; write 12m30s, 750 (seconds) or 00:12:30, at most "
                    + SimTime.MAX_TEXT);
            return false;
        }
        jumpTo(t.get());
        return true;
    }

    /** Moves the current time forward by {@code d} (for play), unless an operation is still running. */
    public void advance(Duration d) {
        if (busy.get()) {
            return;
        }
        Duration t = now().plus(d);
        jumpTo(t.compareTo(SimTime.MAX) > 0 ? SimTime.MAX : t);
    }

    /** {@code event} happens now; it joins the scenario. */
    public void inject(ScriptEvent event) {
        Duration at = now();
        ScriptEvent timed = event.at(at);
        int index = 0;
        while (index < scenario.size() && scenario.get(index).at().compareTo(at) <= 0) {
            index++;
        }
        scenario.add(index, timed);
        run(s -> {
            s.inject(timed);
            if (timed instanceof ScriptEvent.Ping p) {
                lastPing = p;
            }
            return null;
        });
    }

    /** Replaces the scenario (an events YAML imported, another scenario chosen) and replays it to now. */
    public void replaceScenario(String name, List<ScriptEvent> events) {
        scenarioName.set(name);
        List<ScriptEvent> sorted = sortedByTime(events);
        scenario.setAll(sorted);
        if (!isActive()) {
            return;
        }
        Duration at = now();
        run(ignored -> {
            session = new Session(topology, new EventScript(sorted));
            lastPing = null;
            session.runTo(at);
            return null;
        }, false);
    }

    /** Removes every event of the scenario and replays the bare design to now. */
    public void clearScenario() {
        replaceScenario(scenarioName.get(), List.of());
    }

    // ------------------------------------------------------------------ internals

    private static List<ScriptEvent> sortedByTime(List<ScriptEvent> events) {
        List<ScriptEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(ScriptEvent::at));
        return sorted;
    }

    private void say(String text) {
        ui.accept(() -> message.set(text));
    }

    private record Published(Duration now, NetworkState state, CanvasState canvas, List<LogLine> lines,
                             List<StepChanges.Change> changes, Duration horizon) {}

    /** Runs {@code op} on the session in the background, then publishes the state it left and what changed. */
    private void run(Function<Session, Void> op) {
        run(op, true);
    }

    /** As {@link #run(Function)}; {@code compare} false when the session is replaced (nothing to compare with). */
    private void run(Function<Session, Void> op, boolean compare) {
        busy.set(true);
        background.execute(() -> {
            try {
                Published p;
                synchronized (lock) {
                    NetworkState before = compare && session != null ? session.state() : null;
                    op.apply(session);
                    p = publishable(before);
                }
                ui.accept(() -> publish(p));
            } catch (RuntimeException e) {
                String text = e.getMessage() == null ? "the simulation stopped" : e.getMessage();
                ui.accept(() -> {
                    busy.set(false);
                    message.set(text);
                });
            }
        });
    }

    private Published publishable(NetworkState before) {
        if (session == null) {
            return null;
        }
        NetworkState after = session.state();
        Topology t = topology;
        List<LogLine> all = session.computedLines();
        if (lastPing != null && lastPing.at().compareTo(session.now()) > 0) {
            lastPing = null;
        }
        if (lastPing == null) {
            for (ScriptEvent e : session.script().events()) {
                if (e instanceof ScriptEvent.Ping p && p.at().compareTo(session.now()) <= 0) {
                    lastPing = p;
                }
            }
        }
        CanvasState canvas = CanvasState.of(t, after, lastPing);
        List<StepChanges.Change> diff = before == null ? List.of()
                : StepChanges.between(devicesToCompare(t, all, before.now(), after.now()), before, after);
        long last = all.isEmpty() ? 0 : all.get(all.size() - 1).millis();
        Duration reach = Duration.ofMillis(Math.max(Duration.ofMinutes(30).toMillis(), Math.max(last, after.now())));
        return new Published(Duration.ofMillis(after.now()), after, canvas, all, diff, reach);
    }

    /** Every device of a small design; on a large one, the devices the timeline names between the two times. */
    static List<Device> devicesToCompare(Topology t, List<LogLine> lines, long from, long to) {
        if (t.devices().size() <= DIFF_ALL_DEVICES_UP_TO) {
            return t.devices();
        }
        long lo = Math.min(from, to), hi = Math.max(from, to);
        Set<String> named = new LinkedHashSet<>();
        for (LogLine l : lines) {
            if (l.millis() > lo && l.millis() <= hi) {
                named.add(l.device());
            }
        }
        return t.devices().stream().filter(d -> named.contains(d.name())).limit(DIFF_ALL_DEVICES_UP_TO).toList();
    }

    private void publish(Published p) {
        busy.set(false);
        if (p == null) {
            return;
        }
        state.set(p.state());
        canvasState.set(p.canvas());
        if (!lines.equals(p.lines())) {
            lines.setAll(p.lines());
        }
        changes.setAll(p.changes());
        horizon.set(p.horizon());
        now.set(p.now());
    }

    private void refilter() {
        String device = deviceFilter.get() == null ? "" : deviceFilter.get().strip().toLowerCase(Locale.ROOT);
        Protocol protocol = protocolFilter.get();
        List<LogLine> out = new ArrayList<>();
        for (LogLine l : lines) {
            if ((device.isEmpty() || l.device().toLowerCase(Locale.ROOT).equals(device)) && protocol.matches(l)) {
                out.add(l);
            }
        }
        shownLines.setAll(out);
    }
}
