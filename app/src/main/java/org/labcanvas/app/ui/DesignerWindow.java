package org.labcanvas.app.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.labcanvas.model.lint.Finding;
import org.labcanvas.model.lint.Lint;
import org.labcanvas.model.lint.Severity;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.project.ProjectFileException;

/**
 * The main window: the design on a canvas, a menu and a status line. Read-only for now; editing
 * arrives with the designer.
 */
public final class DesignerWindow {
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private OpenDocument document;

    public DesignerWindow(Stage stage, OpenDocument document) {
        this.stage = stage;
        root.setTop(menus());
        status.setPadding(new Insets(3, 8, 3, 8));
        status.setId("status");
        root.setBottom(status);
        stage.setScene(new Scene(root, 1280, 860));
        show(document);
    }

    public void show() {
        stage.show();
    }

    public OpenDocument document() {
        return document;
    }

    void show(OpenDocument doc) {
        this.document = doc;
        stage.setTitle(doc.title());
        ScrollPane scroll = new ScrollPane(new DesignView(doc.project()));
        scroll.setPannable(true);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        root.setCenter(scroll);
        List<Finding> findings = Lint.check(doc.project().topology());
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        status.setText(doc.project().topology().devices().size() + " devices, "
                + doc.project().topology().links().size() + " links \u2014 lint: " + errors + " errors, "
                + warnings + " warnings");
    }

    private MenuBar menus() {
        MenuItem open = new MenuItem("Open\u2026");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseAndOpen());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        return new MenuBar(new Menu("File", null, open, quit));
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open design");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("LabCanvas designs", "*" + ProjectFile.EXTENSION));
        var chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Opens FILE; on a bad file, the current design stays and an alert says where the file is broken. */
    public void open(Path file) {
        try {
            show(new OpenDocument(ProjectFile.load(file), file.toAbsolutePath()));
        } catch (ProjectFileException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("Cannot open " + file.getFileName());
            alert.initOwner(stage);
            alert.show();
        }
    }
}
