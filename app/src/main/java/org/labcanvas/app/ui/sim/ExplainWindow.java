package org.labcanvas.app.ui.sim;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The "Explain path" window of one device: an editable box of the prefixes in its routing table (or
 * any prefix or address typed), and the explanation in monospace text that can be selected and copied.
 */
public final class ExplainWindow {
    private final Stage stage = new Stage();
    private final ExplainViewModel vm;
    private final ComboBox<String> prefix = new ComboBox<>();
    private final TextArea output = new TextArea();

    public ExplainWindow(Window owner, ExplainViewModel vm, String stylesheet) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle("Explain path \u2014 " + vm.device());
        prefix.setId("explain-prefix");
        prefix.setEditable(true);
        prefix.setPromptText("10.10.10.0/24 or 10.10.10.5");
        prefix.getItems().setAll(vm.prefixes());
        prefix.setVisibleRowCount(16);
        HBox.setHgrow(prefix, Priority.ALWAYS);
        prefix.setMaxWidth(Double.MAX_VALUE);
        prefix.setOnAction(e -> explain());
        Button run = new Button("Explain");
        run.setId("explain-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> explain());
        Label ask = new Label("Prefix or address:");
        HBox top = new HBox(8, ask, prefix, run);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 8, 6, 8));
        output.setId("explain-output");
        output.getStyleClass().add("explain-output");
        output.setEditable(false);
        output.setWrapText(false);
        output.textProperty().bind(vm.textProperty());
        Label problem = new Label();
        problem.setId("explain-problem");
        problem.getStyleClass().add("explain-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.setPadding(new Insets(2, 8, 4, 8));
        BorderPane root = new BorderPane(output);
        root.setTop(new VBox(top));
        root.setBottom(problem);
        Scene scene = new Scene(root, 900, 620);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setOnShown(e -> prefix.requestFocus());
    }

    /** Explains what the prefix box holds (typed or chosen). */
    private void explain() {
        String typed = prefix.getEditor().getText();
        vm.explain(typed == null || typed.isBlank() ? prefix.getValue() : typed);
    }

    /** Puts {@code text} in the prefix box and explains it. */
    public void explain(String text) {
        prefix.getEditor().setText(text);
        prefix.setValue(text);
        vm.explain(text);
    }

    /** The simulation moved: the prefix box offers the routing table as it is now, and the explanation follows. */
    public void refresh() {
        String typed = prefix.getEditor().getText();
        prefix.getItems().setAll(vm.prefixes());
        prefix.getEditor().setText(typed);
        vm.refresh();
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public ExplainViewModel viewModel() {
        return vm;
    }
}
