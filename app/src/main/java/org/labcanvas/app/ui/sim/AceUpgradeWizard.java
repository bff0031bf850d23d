package org.labcanvas.app.ui.sim;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.topology.Topology;

/**
 * The ACE upgrade wizard: the runbook as a checklist in a window beside the designer. Pick the pair
 * and the image, then run the steps one by one; each shows its commands, what it expects and its
 * risk, a warning when its precondition fails at the current time, and the FT states of the pair.
 */
public final class AceUpgradeWizard {
    private final Stage stage = new Stage();
    private final AceUpgradeViewModel vm;
    private final SimulationViewModel sim;
    private final ListView<AceUpgradeViewModel.Item> steps = new ListView<>();
    private final TextArea commands = new TextArea();
    private final Label expected = new Label();
    private final Label warning = new Label();
    private final Label problems = new Label();
    private final TextArea ft = new TextArea();
    private final Button run = new Button("Run Step");

    public AceUpgradeWizard(Window owner, Topology topology, SimulationViewModel sim, String stylesheet) {
        this.sim = sim;
        this.vm = new AceUpgradeViewModel(topology, sim);
        stage.initOwner(owner);
        stage.setTitle("ACE upgrade");
        ComboBox<AceUpgradeViewModel.Pair> pairs = new ComboBox<>();
        pairs.setId("ace-upgrade-pair");
        pairs.getItems().setAll(AceUpgradeViewModel.pairs(topology));
        ComboBox<String> images = new ComboBox<>();
        images.setId("ace-upgrade-image");
        pairs.valueProperty().addListener((o, a, p) -> {
            images.getItems().setAll(p == null ? List.of() : AceUpgradeViewModel.images(topology, p));
            images.getSelectionModel().selectFirst();
        });
        Button prepare = new Button("Prepare");
        prepare.setId("ace-upgrade-prepare");
        prepare.disableProperty().bind(images.valueProperty().isNull().or(sim.busyProperty()));
        prepare.setOnAction(e -> prepare(pairs.getValue(), images.getValue()));
        HBox pick = new HBox(6, new Label("Pair"), pairs, new Label("Image"), images, prepare);
        pick.setPadding(new Insets(0, 0, 6, 0));

        problems.setId("ace-upgrade-problems");
        problems.getStyleClass().add("wizard-warning");
        problems.setWrapText(true);
        steps.setId("ace-upgrade-steps");
        steps.setItems(vm.items());
        steps.setPrefHeight(260);
        steps.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> showStep(i.intValue()));
        commands.setId("ace-upgrade-commands");
        commands.getStyleClass().add("console-output");
        commands.setEditable(false);
        commands.setPrefRowCount(7);
        expected.setId("ace-upgrade-expected");
        expected.setWrapText(true);
        warning.setId("ace-upgrade-warning");
        warning.getStyleClass().add("wizard-warning");
        warning.setWrapText(true);
        warning.setMinHeight(Region.USE_PREF_SIZE);
        expected.setMinHeight(Region.USE_PREF_SIZE);
        run.setId("ace-upgrade-run");
        run.disableProperty().bind(steps.getSelectionModel().selectedItemProperty().isNull().or(sim.busyProperty()));
        run.setOnAction(e -> runSelected());
        ft.setId("ace-upgrade-ft");
        ft.getStyleClass().add("console-output");
        ft.setEditable(false);
        ft.setPrefRowCount(7);
        // The state is published before the time: both refresh, so a step's warning is for the time shown.
        sim.stateProperty().addListener((o, a, s) -> showFt());
        sim.nowProperty().addListener((o, a, t) -> showFt());

        VBox right = new VBox(6, new Label("Commands"), commands, expected, warning, run, new Label("FT states now"), ft);
        VBox.setVgrow(commands, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 8));
        right.setPrefWidth(480);
        BorderPane root = new BorderPane();
        root.setTop(new VBox(4, pick, problems));
        root.setCenter(steps);
        root.setRight(right);
        root.setPadding(new Insets(8));
        Scene scene = new Scene(root, 1120, 600);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        if (!pairs.getItems().isEmpty()) {
            pairs.getSelectionModel().selectFirst();
        }
    }

    /** The checklist for the pair and image: the simulation first moves to the runbook's start if it is earlier. */
    public void prepare(AceUpgradeViewModel.Pair pair, String image) {
        vm.prepare(pair, image);
        problems.setText(vm.problems().isEmpty() ? "" : "\u26a0 " + String.join("\n\u26a0 ", vm.problems()));
        if (sim.now().compareTo(AceUpgradeViewModel.start()) < 0) {
            sim.jumpTo(AceUpgradeViewModel.start());
        }
        steps.getSelectionModel().clearSelection();
        steps.getSelectionModel().select(0);
    }

    private void runSelected() {
        int i = steps.getSelectionModel().getSelectedIndex();
        if (i < 0) {
            return;
        }
        vm.run(i);
        int next = vm.next();
        steps.getSelectionModel().clearSelection();
        steps.getSelectionModel().select(next < 0 ? i : next);
    }

    private void showStep(int i) {
        if (i < 0 || i >= vm.items().size()) {
            commands.clear();
            expected.setText("");
            warning.setText("");
            return;
        }
        AceUpgradeViewModel.Item it = vm.items().get(i);
        StringBuilder text = new StringBuilder();
        if (it.step().commands().isEmpty()) {
            text.append("(nothing to type: ").append(it.step().device()).append(" is ready)\n");
        }
        for (String block : it.step().commands().isEmpty() ? new String[0] : it.step().commands().split("\n---\n")) {
            String dev = block.substring(0, block.indexOf('\n'));
            for (String l : block.substring(block.indexOf('\n') + 1).split("\n")) {
                text.append(dev).append("/Admin# ").append(l).append('\n');
            }
        }
        commands.setText(text.toString());
        expected.setText("Expected: " + it.step().expected() + "\nRisk: " + it.step().risk());
        List<String> w = it.status() == AceUpgradeViewModel.Status.TO_DO ? vm.warnings(i) : it.warnings();
        String when = it.status() == AceUpgradeViewModel.Status.TO_DO ? "If run now at " + SimTime.clock(sim.now()) + ": "
                : "Ran with: ";
        warning.setText(w.isEmpty() ? "" : "\u26a0 " + when + String.join("\n\u26a0 ", w));
        run.setText(it.status() == AceUpgradeViewModel.Status.TO_DO ? "Run Step " + it.step().number()
                : "Run Step " + it.step().number() + " Again");
    }

    private void showFt() {
        ft.setText(String.join("\n", vm.ftStates(sim.state())));
        int i = steps.getSelectionModel().getSelectedIndex();
        if (i >= 0 && i < vm.items().size() && vm.items().get(i).status() == AceUpgradeViewModel.Status.TO_DO) {
            showStep(i);
        }
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public AceUpgradeViewModel viewModel() {
        return vm;
    }
}
