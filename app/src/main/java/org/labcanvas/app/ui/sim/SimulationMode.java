package org.labcanvas.app.ui.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import org.labcanvas.app.ui.canvas.CanvasView;
import org.labcanvas.app.ui.document.FileDialogs;
import org.labcanvas.app.ui.shell.DesignerViewModel;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.edit.SaveScenario;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.Scenario;
import org.labcanvas.model.sim.events.AceCliLines;
import org.labcanvas.model.sim.events.EventScriptException;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.sim.events.EventScriptWriter;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.FtGroup;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.Link;

/**
 * The designer's simulation mode: the toolbar toggle and the Simulate menu, the timeline panel under
 * the canvas, the state drawn on the canvas, failures injected from a device's context menu and the
 * device consoles. Editing the design while simulating restarts the simulation from the edited
 * design at the same time, with the same scenario.
 */
public final class SimulationMode {
    private final Window owner;
    private final DesignerViewModel design;
    private final CanvasView canvas;
    private final SplitPane centre;
    private final String stylesheet;
    private final Supplier<FileDialogs> dialogs;
    private final SimulationViewModel vm;
    private final TimelineView timeline;
    private final ToggleButton toggle = new ToggleButton("Simulate");
    private final Map<String, ConsoleWindow> consoles = new LinkedHashMap<>();
    private final Map<String, ChartWindow> charts = new LinkedHashMap<>();
    private final Map<String, ExplainWindow> explains = new LinkedHashMap<>();
    private Topology convergedFor;
    private org.labcanvas.model.sim.NetworkState converged;
    /** The device a ping goes from while its target is being picked on the canvas; null otherwise. */
    private String pingFrom;
    private AceUpgradeWizard aceUpgrade;
    private org.labcanvas.app.ui.whatif.ResilienceWindow resilience;
    private final org.labcanvas.app.ui.whatif.ResilienceViewModel resilienceVm =
            new org.labcanvas.app.ui.whatif.ResilienceViewModel(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "labcanvas-resilience");
                t.setDaemon(true);
                return t;
            }), Platform::runLater);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "labcanvas-simulation");
        t.setDaemon(true);
        return t;
    });

    public SimulationMode(Window owner, DesignerViewModel design, CanvasView canvas, SplitPane centre, String stylesheet,
                          Supplier<FileDialogs> dialogs) {
        this(owner, design, canvas, centre, stylesheet, dialogs, null);
    }

    /** {@code centre}: the vertical split the timeline joins at the bottom while simulating. With {@code vm} null, the simulation runs on its own thread and publishes on the JavaFX thread. */
    SimulationMode(Window owner, DesignerViewModel design, CanvasView canvas, SplitPane centre, String stylesheet,
                   Supplier<FileDialogs> dialogs, SimulationViewModel vm) {
        this.owner = owner;
        this.design = design;
        this.canvas = canvas;
        this.centre = centre;
        this.stylesheet = stylesheet;
        this.dialogs = dialogs;
        this.vm = vm != null ? vm : new SimulationViewModel(thread, Platform::runLater);
        this.timeline = new TimelineView(this.vm);
        toggle.setId("simulate");
        toggle.setTooltip(new Tooltip("Switch between designing and simulating (Shortcut+R)"));
        toggle.selectedProperty().addListener((o, a, on) -> {
            if (on != this.vm.isActive()) {
                if (on) {
                    start();
                } else {
                    stop();
                }
            }
        });
        this.vm.activeProperty().addListener((o, a, on) -> toggle.setSelected(on));
        this.vm.canvasStateProperty().addListener((o, a, s) -> canvas.setStateOverlay(s == null ? null
                : new SimulationOverlay(s, SimulationOverlay.PAINTERS, false)));
        this.vm.messageProperty().addListener((o, a, m) -> {
            if (m != null && !m.isEmpty()) {
                design.say(m);
            }
        });
        design.projectProperty().addListener((o, a, b) -> {
            if (a != null && b != null && a.topology() != b.topology() && resilience != null) {
                resilience.canvasTaken(); // the colours were for the design before this edit
            }
            if (a != null && b != null && a.topology() != b.topology() && this.vm.isActive()) {
                this.vm.designChanged(b.topology());
                timeline.showDevices(b.topology());
            }
        });
        // an open Explain path window follows the simulation's time, and the converged design once it stops
        this.vm.stateProperty().addListener((o, a, b) -> {
            if (b != null) {
                List.copyOf(explains.values()).forEach(ExplainWindow::refresh);
            }
        });
        this.vm.activeProperty().addListener((o, a, on) -> {
            if (!on) {
                List.copyOf(explains.values()).forEach(ExplainWindow::refresh);
            }
        });
        canvas.setContextItems(this::contextItems);
        canvas.addEventFilter(MouseEvent.MOUSE_CLICKED, this::canvasClicked);
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (pingFrom != null) {
                e.consume();
            }
        });
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (pingFrom != null) {
                e.consume();
            }
        });
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (pingFrom != null && e.getCode() == KeyCode.ESCAPE) {
                pingFrom = null;
                design.say("Ping cancelled");
                e.consume();
            }
        });
    }

    public SimulationViewModel viewModel() {
        return vm;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public ToggleButton toggle() {
        return toggle;
    }

    /** Starts simulating the design as it is now, from boot, with the current scenario; the findings stay in view. */
    public void start() {
        if (vm.isActive()) {
            return;
        }
        Project p = design.project();
        if (resilience != null) {
            resilience.canvasTaken();
        }
        if (vm.scenario().isEmpty() && !p.scenarios().isEmpty()) {
            // The design's first saved scenario, unless one is already loaded.
            openScenario(p.scenarios().get(0).name());
        }
        timeline.showDevices(p.topology());
        if (!centre.getItems().contains(timeline)) {
            centre.getItems().add(timeline);
            centre.setDividerPositions(0.64);
        }
        vm.start(p.topology(), List.copyOf(vm.scenario()), Duration.ZERO);
        design.say("Simulating " + vm.scenarioNameProperty().get() + " from boot; editing the design restarts it");
    }

    /** Back to designing: the state leaves the canvas, the consoles close. */
    public void stop() {
        pingFrom = null;
        timeline.stopPlaying();
        vm.stop();
        centre.getItems().remove(timeline);
        canvas.setStateOverlay(null);
        consoles.values().forEach(c -> c.stage().close());
        consoles.clear();
        charts.values().forEach(c -> c.stage().close());
        charts.clear();
        if (aceUpgrade != null) {
            aceUpgrade.stage().close();
            aceUpgrade = null;
        }
    }

    /** The Simulate menu. */
    public Menu menu() {
        CheckMenuItem on = new CheckMenuItem("Simulate");
        on.setId("menu-simulate");
        on.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        on.selectedProperty().bindBidirectional(toggle.selectedProperty());
        MenuItem step = item("Step to Next Event", "Shortcut+RIGHT", vm::stepForward);
        MenuItem back = item("Step Back", "Shortcut+LEFT", vm::stepBack);
        MenuItem play = item("Play / Pause", "Shortcut+P", timeline::togglePlay);
        MenuItem jump = item("Jump to Time\u2026", "Shortcut+J", timeline::focusJump);
        MenuItem console = item("Open Console of Selected Device", "Shortcut+T",
                () -> design.selectedDevice().ifPresent(this::openConsole));
        MenuItem chartsItem = item("Charts of Selected Device", null,
                () -> design.selectedDevice().ifPresent(this::openCharts));
        MenuItem explain = item("Explain Path of Selected Device\u2026", null,
                () -> design.selectedDevice().ifPresent(this::openExplain));
        explain.setId("menu-explain");
        MenuItem resilienceItem = item("Resilience Report\u2026", "Shortcut+Shift+R", this::openResilience);
        resilienceItem.setId("menu-resilience");
        MenuItem aceUpgrade = item("ACE Upgrade\u2026", null, this::openAceUpgrade);
        aceUpgrade.setId("menu-ace-upgrade");
        MenuItem importEvents = item("Import Events\u2026", null, this::importEvents);
        importEvents.setId("menu-import-events");
        MenuItem exportEvents = item("Export Events\u2026", null, this::exportEvents);
        MenuItem clear = item("Clear Scenario", null, vm::clearScenario);
        MenuItem saveScenario = item("Save Scenario in Design", null, this::saveScenario);
        saveScenario.setId("menu-save-scenario");
        Menu openScenario = new Menu("Open Scenario");
        openScenario.setId("menu-open-scenario");
        openScenario.setOnShowing(e -> {
            openScenario.getItems().clear();
            for (Scenario sc : design.project().scenarios()) {
                openScenario.getItems().add(item(sc.name(), null, () -> openScenario(sc.name())));
            }
        });
        openScenario.getItems().add(new MenuItem("(none saved)"));
        for (MenuItem m : List.of(step, back, play, jump, console, chartsItem)) {
            m.disableProperty().bind(vm.activeProperty().not());
        }
        return new Menu("Simulate", null, on, new SeparatorMenuItem(), step, back, play, jump, new SeparatorMenuItem(),
                console, chartsItem, explain, resilienceItem, aceUpgrade, new SeparatorMenuItem(), openScenario, saveScenario, importEvents, exportEvents, clear);
    }

    /**
     * Simulate → Resilience Report…: every single failure of the design as it is now, simulated in the
     * background with a progress bar, ranked, and the canvas coloured by criticality on request.
     */
    public void openResilience() {
        if (resilience == null) {
            resilience = new org.labcanvas.app.ui.whatif.ResilienceWindow(owner, resilienceVm, stylesheet, o -> {
                if (o != null && vm.isActive()) {
                    return false;
                }
                if (!vm.isActive()) {
                    canvas.setStateOverlay(o);
                }
                return true;
            }, dialogs, this::designName, design::say);
            resilience.onRunAgain(() -> resilienceVm.run(design.project()));
        }
        if (!resilienceVm.runningProperty().get()
                && (resilienceVm.reportProperty().get() == null || resilienceVm.project() == null
                || resilienceVm.project().topology() != design.project().topology())) {
            resilienceVm.run(design.project());
        }
        resilience.stage().show();
        resilience.stage().toFront();
    }

    private String designName() {
        Path f = design.file();
        String n = f == null ? design.project().name() : f.getFileName().toString();
        return n.endsWith(".labcanvas") ? n.substring(0, n.length() - ".labcanvas".length()) : n;
    }

    /** What a device's context menu offers while simulating: failures, a ping, its console. */
    public List<MenuItem> contextItems(String device) {
        if (!design.project().topology().contains(device)) {
            return List.of();
        }
        if (!vm.isActive()) {
            return explains(design.project().topology().require(device)) ? List.of(explainItem(device)) : List.of();
        }
        Device d = design.project().topology().require(device);
        List<MenuItem> out = new ArrayList<>();
        boolean up = vm.state() != null && vm.state().deviceUp(device);
        MenuItem off = item("Power Off", null, () -> vm.inject(new ScriptEvent.Power(0, Duration.ZERO, device, false)));
        off.setId("sim-power-off");
        off.setDisable(!up);
        MenuItem on = item("Power On", null, () -> vm.inject(new ScriptEvent.Power(0, Duration.ZERO, device, true)));
        on.setId("sim-power-on");
        on.setDisable(up);
        MenuItem reload = item("Reload", null, () -> vm.inject(new ScriptEvent.Reload(0, Duration.ZERO, device)));
        reload.setId("sim-reload");
        reload.setDisable(!up);
        out.addAll(List.of(off, on, reload));
        Menu ifaces = new Menu("Interface");
        ifaces.setId("sim-interface");
        for (Interface i : d.interfaces()) {
            Menu one = new Menu(i.name());
            one.getItems().addAll(
                    item("Shutdown", null, () -> vm.inject(new ScriptEvent.InterfaceState(0, Duration.ZERO, device, i.name(), false))),
                    item("No Shutdown", null, () -> vm.inject(new ScriptEvent.InterfaceState(0, Duration.ZERO, device, i.name(), true))));
            ifaces.getItems().add(one);
        }
        ifaces.setDisable(ifaces.getItems().isEmpty());
        Menu links = new Menu("Link");
        links.setId("sim-link");
        for (Link l : design.project().topology().links()) {
            if (!l.touches(device)) {
                continue;
            }
            Menu one = new Menu(l.toString());
            one.getItems().addAll(
                    item("Cut", null, () -> vm.inject(new ScriptEvent.LinkState(0, Duration.ZERO, l.a(), l.b(), false))),
                    item("Restore", null, () -> vm.inject(new ScriptEvent.LinkState(0, Duration.ZERO, l.a(), l.b(), true))));
            links.getItems().add(one);
        }
        links.setDisable(links.getItems().isEmpty());
        Menu ping = new Menu("Ping to\u2026");
        ping.setId("sim-ping");
        MenuItem pick = item("Pick the Target on the Canvas", null, () -> pickPingTarget(device));
        pick.setId("sim-ping-pick");
        ping.getItems().addAll(pick, new SeparatorMenuItem());
        for (Device target : design.project().topology().devices()) {
            Optional<String> address = pingAddress(target);
            if (target.name().equals(device) || address.isEmpty()) {
                continue;
            }
            MenuItem m = item(target.name() + " (" + address.get() + ")", null,
                    () -> vm.inject(new ScriptEvent.Ping(0, Duration.ZERO, device, address.get(), null,
                            ScriptEvent.DEFAULT_PING_REPEAT)));
            ping.getItems().add(m);
        }
        ping.setDisable(ping.getItems().size() <= 2 || !up);
        out.addAll(List.of(ifaces, links, ping));
        if (d.kind() == DeviceKind.ACE && d.ace() != null) {
            out.addAll(aceItems(d, up));
        }
        if (d.sixInFour() != null || d.broker() != null) {
            out.addAll(sixInFourItems(d, up));
        }
        if (ConsoleViewModel.opens(d)) {
            MenuItem console = item("Open Console", null, () -> openConsole(device));
            console.setId("sim-console");
            out.add(console);
        }
        MenuItem charts = item("Charts", null, () -> openCharts(device));
        charts.setId("sim-charts");
        out.add(charts);
        if (explains(d)) {
            out.add(explainItem(device));
        }
        return out;
    }

    /** Explain path is for devices with an IPv4 routing table: IOS routers. */
    private static boolean explains(Device d) {
        return d.kind() == DeviceKind.ROUTER;
    }

    private MenuItem explainItem(String device) {
        MenuItem explain = item("Explain Path\u2026", null, () -> openExplain(device));
        explain.setId("sim-explain");
        return explain;
    }

    /**
     * Opens "Explain path" on {@code device}: at the simulation's current time while simulating,
     * on the converged network (as {@code labcanvas explain} without {@code --at}) while designing.
     */
    public ExplainWindow openExplain(String device) {
        Topology t = design.project().topology();
        if (!t.contains(device) || !explains(t.require(device))) {
            design.say(device + " has no routing table to explain");
            return null;
        }
        if (!vm.isActive() && convergedFor != t) {
            // the converged network is simulated once per design, off the JavaFX thread (seconds on thousands of spokes)
            design.say("Explain path: simulating the design to convergence\u2026");
            thread.execute(() -> {
                org.labcanvas.model.sim.NetworkState st = org.labcanvas.model.sim.Simulation.stateAt(t,
                        org.labcanvas.model.sim.events.EventScript.EMPTY, org.labcanvas.model.sim.Simulation.CONVERGED);
                Platform.runLater(() -> {
                    if (design.project().topology() == t) {
                        converged = st;
                        convergedFor = t;
                        openExplain(device);
                    }
                });
            });
            return null;
        }
        ExplainWindow w = explains.computeIfAbsent(device, n -> {
            ExplainWindow x = new ExplainWindow(owner, new ExplainViewModel(n, this::explainState), stylesheet);
            x.stage().setOnHidden(e -> explains.remove(n));
            return x;
        });
        w.show();
        return w;
    }

    /** The state Explain path reads: the simulation's now, or the converged design (computed once per design). */
    private org.labcanvas.model.sim.NetworkState explainState() {
        if (vm.isActive() && vm.state() != null) {
            return vm.state();
        }
        Topology t = design.project().topology();
        if (convergedFor != t) {
            converged = org.labcanvas.model.sim.Simulation.stateAt(t, org.labcanvas.model.sim.events.EventScript.EMPTY,
                    org.labcanvas.model.sim.Simulation.CONVERGED);
            convergedFor = t;
        }
        return converged;
    }

    /**
     * An ACE module's failures, typed at its console as one {@code cli} event now: a switchover of
     * every group, and per FT group a switchover, {@code no inservice} and {@code inservice}.
     */
    private List<MenuItem> aceItems(Device d, boolean up) {
        String device = d.name();
        MenuItem all = item("FT Switchover (all groups)", null, () -> aceCli(device, "ft switchover all"));
        all.setId("sim-ace-switchover");
        Menu groups = new Menu("FT Group");
        groups.setId("sim-ace-group");
        for (FtGroup g : d.ace().ftGroups()) {
            Menu one = new Menu(g.id() + " (" + g.context() + ")");
            one.getItems().addAll(
                    item("Switchover", null, () -> aceCli(device, "ft switchover " + g.id())),
                    item("No Inservice", null, () -> aceCli(device, "configure terminal\nft group " + g.id() + "\n  no inservice\nend")),
                    item("Inservice", null, () -> aceCli(device, "configure terminal\nft group " + g.id() + "\n  inservice\nend")));
            groups.getItems().add(one);
        }
        all.setDisable(!up);
        groups.setDisable(!up || groups.getItems().isEmpty());
        return List.of(new SeparatorMenuItem(), all, groups);
    }

    /** {@code commands} typed at {@code device}'s {@code Admin} context now, as one {@code cli} event. */
    void aceCli(String device, String commands) {
        try {
            vm.inject(new ScriptEvent.Cli(0, Duration.ZERO, device,
                    AceCliLines.parse(design.project().topology().require(device), commands, 1)));
        } catch (EventScriptException e) {
            design.say(device + ": cannot run " + commands.replace('\n', ';') + ": " + e.getMessage());
        }
    }

    /**
     * The event whose keys after {@code device} are {@code keys} (YAML lines indented for an event of
     * the list) happens now; one the event reader refuses is told with its reason.
     */
    boolean injectYaml(String device, String keys, String what) {
        String yaml = "events:\n  - at: 0\n    device: " + device + "\n" + keys;
        try {
            for (ScriptEvent e : EventScriptParser.forTopology(design.project().topology()).parse(yaml).events()) {
                // Line 0: the timeline says "(injected)" rather than a line of this made-up script.
                vm.inject(e instanceof ScriptEvent.Action a ? new ScriptEvent.Action(0, a.at(), a.action()) : e);
            }
            return true;
        } catch (EventScriptException e) {
            design.say(device + ": cannot " + what + ": " + e.getMessage().replaceFirst("^line \\d+(:\\d+)?: ", ""));
            return false;
        }
    }

    /** A 6in4 client's or broker's failures: a new public IPv4, the updater, CPE NAT, protocol 41 blocked. */
    private List<MenuItem> sixInFourItems(Device d, boolean up) {
        String device = d.name();
        List<MenuItem> out = new ArrayList<>();
        out.add(new SeparatorMenuItem());
        if (d.sixInFour() != null) {
            MenuItem ip = item("Change the Public IP\u2026", null, () -> askPublicIp(device));
            ip.setId("sim-6in4-ip");
            MenuItem updater = item("Run the Updater", null,
                    () -> injectYaml(device, "    action: updater-run\n", "run the updater"));
            updater.setId("sim-6in4-updater");
            MenuItem natOn = item("CPE NAT On", null,
                    () -> injectYaml(device, "    action: cpe-nat\n    enabled: true\n", "turn CPE NAT on"));
            natOn.setId("sim-6in4-nat-on");
            MenuItem natOff = item("CPE NAT Off", null,
                    () -> injectYaml(device, "    action: cpe-nat\n    enabled: false\n", "turn CPE NAT off"));
            natOff.setId("sim-6in4-nat-off");
            out.addAll(List.of(ip, updater, natOn, natOff));
        }
        MenuItem block = item("Block Protocol 41", null,
                () -> injectYaml(device, "    action: block-proto41\n    enabled: true\n", "block protocol 41"));
        block.setId("sim-6in4-block");
        MenuItem pass = item("Let Protocol 41 Pass", null,
                () -> injectYaml(device, "    action: block-proto41\n    enabled: false\n", "let protocol 41 pass"));
        pass.setId("sim-6in4-pass");
        out.addAll(List.of(block, pass));
        return out;
    }

    /** Asks the new public IPv4 of {@code device} and sets it now. */
    private void askPublicIp(String device) {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(owner);
        ask.setTitle("Change the public IP");
        ask.setHeaderText("The provider hands " + device + " a new public IPv4 address now");
        ask.setContentText("Address:");
        ask.showAndWait().map(String::strip).filter(a -> !a.isEmpty()).ifPresent(a -> changePublicIp(device, a));
    }

    /** The provider hands {@code device} the public IPv4 {@code address} now; false (and why) when it is no address. */
    public boolean changePublicIp(String device, String address) {
        if (!address.matches("[0-9.]+")) {
            design.say("'" + address + "' is not an IPv4 address; write it as 198.51.100.7");
            return false;
        }
        return injectYaml(device, "    action: public-ip-change\n    address: " + address + "\n",
                "change the public IP to " + address);
    }

    /** The next click on a device of the canvas picks the target of a ping from {@code device}; Escape cancels. */
    public void pickPingTarget(String device) {
        pingFrom = device;
        design.say("Click the device to ping from " + device + " (Escape cancels)");
    }

    private void canvasClicked(MouseEvent e) {
        if (pingFrom == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        String from = pingFrom;
        pingFrom = null;
        e.consume();
        String target = canvas.deviceAtLocal(e.getX(), e.getY());
        Optional<String> address = target == null || target.equals(from) || !design.project().topology().contains(target)
                ? Optional.empty() : pingAddress(design.project().topology().require(target));
        if (address.isEmpty()) {
            design.say(target == null ? "No device there; the ping is cancelled"
                    : target.equals(from) ? "A device does not ping itself; the ping is cancelled"
                    : target + " has no address to ping; the ping is cancelled");
            return;
        }
        vm.inject(new ScriptEvent.Ping(0, Duration.ZERO, from, address.get(), null, ScriptEvent.DEFAULT_PING_REPEAT));
        design.say("Ping from " + from + " to " + target + " (" + address.get() + ")");
    }

    /** The address a ping to {@code d} aims at: its first loopback, else its first addressed interface. */
    static Optional<String> pingAddress(Device d) {
        Optional<String> loopback = d.interfaces().stream().filter(i -> i.type() == InterfaceType.LOOPBACK)
                .map(Interface::ipv4).flatMap(a -> InterfaceAddress.tryParse(a).stream())
                .map(a -> a.address().toCanonicalString()).findFirst();
        return loopback.isPresent() ? loopback : d.interfaces().stream().map(Interface::ipv4)
                .flatMap(a -> InterfaceAddress.tryParse(a).stream()).map(a -> a.address().toCanonicalString()).findFirst();
    }

    /** Opens (or brings to front) {@code device}'s console. */
    public ConsoleWindow openConsole(String device) {
        Device d = design.project().topology().require(device);
        if (!ConsoleViewModel.opens(d)) {
            design.say(device + " has no simulated console yet");
            return null;
        }
        ConsoleWindow w = consoles.computeIfAbsent(device, n -> {
            ConsoleWindow c = new ConsoleWindow(owner, new ConsoleViewModel(d, vm::state, vm::inject), stylesheet);
            c.stage().setOnHidden(e -> consoles.remove(n));
            return c;
        });
        w.show();
        return w;
    }

    /**
     * Opens the ACE upgrade wizard on the design as it is (simulating first if need be); a design
     * without an ACE pair says so.
     */
    public AceUpgradeWizard openAceUpgrade() {
        Topology t = design.project().topology();
        if (AceUpgradeViewModel.pairs(t).isEmpty()) {
            design.say("This design has no ACE fault-tolerance pair to upgrade");
            return null;
        }
        if (!vm.isActive()) {
            start();
        }
        if (aceUpgrade != null) {
            aceUpgrade.stage().close();
        }
        aceUpgrade = new AceUpgradeWizard(owner, t, vm, stylesheet);
        aceUpgrade.show();
        return aceUpgrade;
    }

    /** Saves the current scenario in the design (one undo step); times are kept to the second. */
    public void saveScenario() {
        String name = vm.scenarioNameProperty().get();
        design.execute(new SaveScenario(new Scenario(name, EventScriptWriter.write(List.copyOf(vm.scenario())))));
    }

    /** Plays the scenario {@code name} saved in the design; a script that no longer fits the design is refused. */
    public boolean openScenario(String name) {
        Optional<Scenario> sc = design.project().scenarios().stream().filter(s -> s.name().equals(name)).findFirst();
        if (sc.isEmpty()) {
            design.say("The design has no scenario " + name);
            return false;
        }
        try {
            vm.replaceScenario(name, EventScriptParser.forTopology(design.project().topology()).parse(sc.get().events()).events());
            design.say("Scenario " + name);
            return true;
        } catch (EventScriptException e) {
            problem("Cannot play the scenario " + name, "scenario " + name + ", " + e.getMessage());
            return false;
        }
    }

    /**
     * Opens {@code device}'s charts: OSPF neighbours FULL and NHRP cache entries from boot to the end
     * of the slider, sampled in the background from a session of their own (about 120 samples).
     */
    public ChartWindow openCharts(String device) {
        ChartWindow w = charts.computeIfAbsent(device, n -> {
            ChartWindow c = new ChartWindow(owner, n, stylesheet);
            c.stage().setOnHidden(e -> charts.remove(n));
            return c;
        });
        Topology t = design.project().topology();
        List<ScriptEvent> events = List.copyOf(vm.scenario());
        Duration until = vm.horizonProperty().get().compareTo(vm.now()) > 0 ? vm.horizonProperty().get() : vm.now();
        Duration every = Duration.ofSeconds(Math.max(5, until.getSeconds() / 120));
        design.say("Charting " + device + "\u2026");
        thread.execute(() -> {
            try {
                List<DeviceHistory.Sample> samples = DeviceHistory.of(t, events, device, until, every);
                Platform.runLater(() -> {
                    w.show(samples);
                    design.say("Charts of " + device + ": every " + every.getSeconds() + " s up to "
                            + SimTime.clock(until));
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> design.say("Cannot chart " + device + ": " + e.getMessage()));
            }
        });
        return w;
    }

    private void importEvents() {
        dialogs.get().eventsToImport(owner).ifPresent(this::importEvents);
    }

    /** Reads an events YAML into the scenario (named after the file); a bad file is refused with its line. */
    public boolean importEvents(Path file) {
        try {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            List<ScriptEvent> events = EventScriptParser.forTopology(design.project().topology()).parse(yaml).events();
            String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            vm.replaceScenario(name, events);
            design.say("Scenario " + name + ": " + events.size() + (events.size() == 1 ? " event" : " events"));
            return true;
        } catch (EventScriptException e) {
            problem("Cannot import " + file.getFileName(), file + ":" + e.getMessage().replaceFirst("^line ", ""));
        } catch (IOException e) {
            problem("Cannot import " + file.getFileName(), "cannot read " + file);
        }
        return false;
    }

    private void exportEvents() {
        dialogs.get().eventsToExport(owner, vm.scenarioNameProperty().get() + ".yaml").ifPresent(f -> {
            try {
                exportEvents(f);
            } catch (IOException e) {
                problem("Cannot export the events", "cannot write " + f);
            }
        });
    }

    /** Writes the scenario as events YAML. */
    public void exportEvents(Path file) throws IOException {
        Files.writeString(file, EventScriptWriter.write(List.copyOf(vm.scenario())), StandardCharsets.UTF_8);
        design.say("Wrote " + vm.scenario().size() + " events to " + file.getFileName());
    }

    private void problem(String header, String text) {
        if (owner == null || !owner.isShowing()) {
            design.say(header + ": " + text);
            return;
        }
        Alert a = new Alert(Alert.AlertType.ERROR, text);
        a.initOwner(owner);
        a.setHeaderText(header);
        a.show();
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Stops the simulation thread (the window is closing). */
    public void shutdown() {
        thread.shutdownNow();
    }
}
