package org.labcanvas.app.ui.sim;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A device console window: the transcript above, the prompt and the line being typed below. Enter
 * runs the line, Tab completes, {@code ?} lists what may come next, the arrows walk the history.
 */
public final class ConsoleWindow {
    private final Stage stage = new Stage();
    private final ConsoleViewModel vm;
    private final TextArea output = new TextArea();
    private final TextField input = new TextField();
    /** Beside the transcript of an IOS console: why the router routes the prefix of the route line pointed at. */
    private final TextArea explanation = new TextArea();

    public ConsoleWindow(Window owner, ConsoleViewModel vm, String stylesheet) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle(vm.device() + " console");
        output.setId("console-output");
        output.getStyleClass().add("console-output");
        output.setEditable(false);
        output.setWrapText(false);
        output.textProperty().bind(vm.transcriptProperty());
        output.textProperty().addListener((o, a, b) -> output.setScrollTop(Double.MAX_VALUE));
        explanation.setId("console-route-explanation");
        explanation.getStyleClass().add("explain-output");
        explanation.setEditable(false);
        explanation.setWrapText(false);
        explanation.setPromptText("Point at a route in show ip route output to see why " + vm.device() + " routes it that way");
        output.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> hover(e.getSceneX(), e.getSceneY()));
        Label prompt = new Label();
        prompt.setId("console-prompt");
        prompt.getStyleClass().add("console-input");
        prompt.textProperty().bind(vm.promptProperty());
        input.setId("console-input");
        input.getStyleClass().add("console-input");
        HBox.setHgrow(input, Priority.ALWAYS);
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB) {
                input.setText(vm.complete(input.getText()));
                input.end();
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                input.setText(vm.previous(input.getText()));
                input.end();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                input.setText(vm.next());
                input.end();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                vm.enter(input.getText());
                input.clear();
                e.consume();
            }
        });
        input.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && vm.helpOnQuestionMark()) {
                // IOS answers '?' at once and gives the line back as it was.
                String typed = input.getText();
                vm.enter(typed + "?");
                input.setText(typed);
                input.end();
                e.consume();
            }
        });
        HBox line = new HBox(0, prompt, input);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(2, 4, 2, 4));
        javafx.scene.Node centre = output;
        boolean explains = vm.explainsRoutes();
        if (explains) {
            javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(output, explanation);
            split.setDividerPositions(0.5);
            centre = split;
        }
        BorderPane root = new BorderPane(centre);
        root.setBottom(line);
        Scene scene = new Scene(root, explains ? 1400 : 760, 480);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setOnShown(e -> input.requestFocus());
    }

    /**
     * Over a route line of {@code show ip route} output, the panel beside the transcript explains why
     * the device routes that prefix as it does now; elsewhere it keeps the last explanation (a panel
     * rather than a tooltip: thirty lines would cover the line pointed at).
     */
    private void hover(double sceneX, double sceneY) {
        int line = lineAt(sceneX, sceneY);
        java.util.Optional<String> text = line < 0 ? java.util.Optional.empty() : vm.explanationAt(line);
        if (text.isPresent() && !text.get().equals(explanation.getText())) {
            explanation.setText(text.get());
        }
    }

    /** The transcript line (0-based) under a point of the scene; -1 when none. */
    int lineAt(double sceneX, double sceneY) {
        javafx.scene.Node content = output.lookup(".content");
        if (content == null || !(output.getSkin() instanceof javafx.scene.control.skin.TextAreaSkin skin)) {
            return -1;
        }
        javafx.geometry.Point2D p = content.sceneToLocal(sceneX, sceneY);
        int index = skin.getIndex(p.getX(), p.getY()).getCharIndex();
        String text = output.getText();
        if (index < 0 || index > text.length()) {
            return -1;
        }
        int line = 0;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public ConsoleViewModel viewModel() {
        return vm;
    }
}
