package org.labcanvas.app.ui.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.labcanvas.model.sim.core.LogLine;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.topology.Topology;

/**
 * The timeline panel: step back, play/pause with a speed, step to the next event, the clock, a time
 * slider and a field that takes {@code 12m30s}; the timeline lines (the same as {@code labcanvas
 * simulate}) filtered by device and protocol, a click on one jumps there; and what changed at the
 * last step.
 */
public final class TimelineView extends BorderPane {
    /** Virtual seconds per wall-clock second while playing. */
    static final List<Integer> SPEEDS = List.of(1, 10, 60, 600);

    private final SimulationViewModel vm;
    private final Slider slider = new Slider(0, 1800, 0);
    private final TextField jump = new TextField();
    private final Label clock = new Label("00:00:00");
    private final ComboBox<String> device = new ComboBox<>();
    private final ComboBox<SimulationViewModel.Protocol> protocol = new ComboBox<>();
    private final ComboBox<Integer> speed = new ComboBox<>();
    private final ToggleButton play = new ToggleButton("Play");
    private final ListView<LogLine> lines = new ListView<>();
    private final ListView<StepChanges.Change> changes = new ListView<>();
    private final Label changesTitle = new Label("What changed");
    private final Label scenario = new Label();
    private boolean settingSlider;
    private final AnimationTimer player = new AnimationTimer() {
        private long last;
        private double owed;

        @Override
        public void start() {
            last = 0;
            owed = 0;
            super.start();
        }

        @Override
        public void handle(long nanos) {
            if (last != 0) {
                owed += (nanos - last) / 1e9 * speed.getValue();
            }
            last = nanos;
            if (owed >= 1 && !vm.busyProperty().get()) {
                long whole = (long) owed;
                owed -= whole;
                vm.advance(Duration.ofSeconds(whole));
            }
        }
    };

    public TimelineView(SimulationViewModel vm) {
        this.vm = vm;
        setId("timeline");
        getStyleClass().add("sim-panel");

        Button back = new Button("Step Back");
        back.setId("step-back");
        back.setTooltip(new Tooltip("Back to the previous instant (Shortcut+Left)"));
        back.setOnAction(e -> vm.stepBack());
        Button forward = new Button("Step");
        forward.setId("step-forward");
        forward.setTooltip(new Tooltip("To the next instant something happens (Shortcut+Right)"));
        forward.setOnAction(e -> vm.stepForward());
        play.setId("play");
        play.selectedProperty().addListener((o, a, on) -> {
            play.setText(on ? "Pause" : "Play");
            if (on) {
                player.start();
            } else {
                player.stop();
            }
        });
        speed.getItems().setAll(SPEEDS);
        speed.setValue(60);
        speed.setId("speed");
        speed.setTooltip(new Tooltip("Simulated seconds per second while playing"));
        speed.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Integer v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v + "\u00d7");
            }
        });
        speed.setButtonCell(speed.getCellFactory().call(null));

        clock.setId("sim-clock");
        clock.getStyleClass().add("sim-clock");
        slider.setId("time-slider");
        slider.setMinWidth(200);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.valueProperty().addListener((o, a, b) -> {
            if (!settingSlider) {
                vm.jumpTo(Duration.ofSeconds(Math.round(b.doubleValue())));
            }
        });
        jump.setId("jump-time");
        jump.setPromptText("12m30s");
        jump.setPrefColumnCount(7);
        jump.setTooltip(new Tooltip("Jump to a time: 12m30s, 750 (seconds) or 00:12:30"));
        jump.setOnAction(e -> {
            if (vm.jumpTo(jump.getText())) {
                jump.clear();
            }
        });

        device.setId("device-filter");
        device.setPromptText("All devices");
        device.setTooltip(new Tooltip("Show the lines of one device"));
        device.valueProperty().addListener((o, a, b) -> vm.deviceFilterProperty().set(b == null || b.equals(ALL) ? "" : b));
        protocol.setId("protocol-filter");
        protocol.getItems().setAll(SimulationViewModel.Protocol.values());
        protocol.setValue(SimulationViewModel.Protocol.ALL);
        protocol.valueProperty().addListener((o, a, b) -> vm.protocolFilterProperty().set(b));
        scenario.setId("scenario-name");
        scenario.textProperty().bind(Bindings.createStringBinding(
                () -> vm.scenarioNameProperty().get() + " (" + vm.scenario().size() + (vm.scenario().size() == 1 ? " event)" : " events)"),
                vm.scenarioNameProperty(), vm.scenario()));

        HBox controls = new HBox(6, back, play, speed, forward, new Separator(Orientation.VERTICAL), clock, slider,
                jump, new Separator(Orientation.VERTICAL), device, protocol, new Separator(Orientation.VERTICAL), scenario);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(4, 6, 4, 6));
        setTop(controls);

        lines.setId("timeline-lines");
        lines.getStyleClass().add("timeline-list");
        lines.setItems(vm.shownLines());
        lines.setPlaceholder(new Label("No line matches the filter"));
        lines.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LogLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("event", "warning", "future");
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                setText(line.text());
                if (line.kind() == LogLine.Kind.EVENT) {
                    getStyleClass().add("event");
                } else if (line.kind() == LogLine.Kind.WARNING) {
                    getStyleClass().add("warning");
                }
                if (line.at().compareTo(vm.now()) > 0) {
                    getStyleClass().add("future");
                }
            }
        });
        lines.setOnMouseClicked(e -> {
            LogLine l = lines.getSelectionModel().getSelectedItem();
            if (l != null) {
                vm.jumpTo(l.at());
            }
        });
        changes.setId("step-changes");
        changes.getStyleClass().add("changes-list");
        changes.setItems(vm.changes());
        changes.setPlaceholder(new Label("Nothing changed at this step"));
        changes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(StepChanges.Change c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.line());
            }
        });
        changesTitle.textProperty().bind(Bindings.createStringBinding(
                () -> "What changed: " + StepChanges.summary(vm.changes()), vm.changes()));
        VBox right = new VBox(2, changesTitle, changes);
        VBox.setVgrow(changes, Priority.ALWAYS);
        SplitPane split = new SplitPane(lines, right);
        split.setDividerPositions(0.62);
        setCenter(split);
        setBottom(legend());

        vm.nowProperty().addListener((o, a, t) -> {
            clock.setText(SimTime.clock(t));
            settingSlider = true;
            if (!slider.isValueChanging()) {
                slider.setValue(t.getSeconds());
            }
            settingSlider = false;
            lines.refresh();
            scrollToNow();
        });
        vm.horizonProperty().addListener((o, a, h) -> slider.setMax(h.getSeconds()));
        vm.activeProperty().addListener((o, a, on) -> {
            if (!on) {
                play.setSelected(false);
            }
        });
    }

    private static final String ALL = "All devices";

    /** What the colours on the canvas mean. */
    private static HBox legend() {
        HBox box = new HBox();
        box.setId("legend");
        box.getStyleClass().add("legend");
        for (String[] row : SimulationOverlay.LEGEND) {
            Rectangle swatch = new Rectangle(16, 8, Color.web(row[0]));
            Label l = new Label(row[1], swatch);
            box.getChildren().add(l);
        }
        return box;
    }

    /** The device filter lists the design's devices. */
    public void showDevices(Topology t) {
        List<String> names = new ArrayList<>();
        names.add(ALL);
        t.devices().forEach(d -> names.add(d.name()));
        String was = device.getValue();
        device.getItems().setAll(names);
        device.setValue(was != null && names.contains(was) ? was : ALL);
    }

    /** Shows the last line at or before now. */
    private void scrollToNow() {
        List<LogLine> shown = vm.shownLines();
        int last = -1;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).at().compareTo(vm.now()) <= 0) {
                last = i;
            }
        }
        if (last >= 0) {
            lines.scrollTo(Math.max(0, last - 3));
        }
    }

    public void stopPlaying() {
        play.setSelected(false);
    }

    public void togglePlay() {
        play.setSelected(!play.isSelected());
    }

    public void focusJump() {
        jump.requestFocus();
    }
}
