package org.labcanvas.app.ui.shell;

import java.util.ArrayList;
import javafx.scene.control.CheckBox;
import java.util.stream.Collectors;
import org.labcanvas.model.configs.ConfigExport;
import java.util.function.Consumer;
import javafx.scene.control.Dialog;
import java.util.EnumMap;
import java.util.EnumSet;
import org.labcanvas.model.configs.ExportFolder;
import org.labcanvas.model.configs.ExportKind;
import java.nio.file.Files;
import javafx.scene.image.Image;
import org.labcanvas.model.ios.ImportResult;
import org.labcanvas.model.ios.IosImport;
import org.labcanvas.model.layout.Layout;
import java.util.LinkedHashMap;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import java.util.Set;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.TextInputControl;
import javafx.concurrent.WorkerStateEvent;
import org.labcanvas.app.ui.canvas.AutoLayout;
import org.labcanvas.app.ui.canvas.CanvasModel;
import org.labcanvas.app.ui.export.DrawioExport;
import org.labcanvas.app.ui.canvas.Icons;
import org.labcanvas.app.ui.export.PngExport;
import org.labcanvas.app.ui.canvas.Viewport;
import org.labcanvas.app.ui.canvas.CanvasView;
import org.labcanvas.app.ui.document.FileDialogs;
import org.labcanvas.app.ui.canvas.LinkDialog;
import org.labcanvas.app.ui.document.OpenDocument;
import org.labcanvas.app.ui.canvas.PaletteView;
import org.labcanvas.app.ui.properties.PropertiesView;
import org.labcanvas.app.ui.document.RecentFiles;
import org.labcanvas.app.ui.document.RecoveryFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import org.labcanvas.app.ui.sim.SimulationMode;
import org.labcanvas.samples.Samples;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.labcanvas.model.edit.MoveDevices;
import org.labcanvas.model.edit.PaletteItem;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.lint.Finding;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.project.ProjectFileException;

/**
 * The designer window: menus and tool bar, the palette on the left, the canvas, the interface
 * table and property sheet on the right, the findings panel below the canvas and a ControlsFX
 * status bar. All state lives in the {@link DesignerViewModel}; this class wires controls to it.
 */
public final class DesignerWindow {
    static final Duration AUTOSAVE_EVERY = Duration.seconds(30);

    private final Stage stage;
    private final DesignerSettings settings;
    private final DesignerViewModel vm;
    /** The designer's styling; dialogs and other windows add it too. */
    public static final String STYLESHEET = DesignerWindow.class.getResource("labcanvas.css").toExternalForm();

    private final ExecutorService lintThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "labcanvas-lint");
        t.setDaemon(true);
        return t;
    });
    private final BorderPane root = new BorderPane();
    private final CanvasView canvas;
    private final PaletteView palette;
    private final PropertiesView properties;
    private final SimulationMode simulation;
    private final ListView<Finding> findingsList = new ListView<>();
    private final StatusBar statusBar = new StatusBar();
    private final Label status = new Label();
    private final Menu recentMenu = new Menu("Open Recent");
    private final RecentFiles recent;
    private final RecoveryFile recovery;
    private final Timeline autosave;
    private FileDialogs dialogs = FileDialogs.system();
    /** The task that has the status bar. */
    private Task<?> statusTask;
    /** The open or import under way: a newer one replaces it, as only one can become the design. */
    private Task<?> documentTask;

    public DesignerWindow(Stage stage, OpenDocument document) {
        this(stage, document, DesignerSettings.defaults());
    }

    public DesignerWindow(Stage stage, OpenDocument document, DesignerSettings settings) {
        this.stage = stage;
        this.settings = settings;
        this.recent = new RecentFiles(settings.recentFiles());
        this.recovery = new RecoveryFile(settings.recoveryDir());
        vm = new DesignerViewModel(document == null ? DesignerViewModel.untitled() : document, lintThread, Platform::runLater);
        canvas = new CanvasView(vm, new LinkDialog(stage));
        palette = new PaletteView(item -> vm.say("Click on the canvas to place a " + item.title().toLowerCase()));
        properties = new PropertiesView(vm);

        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && palette.armed() != null && e.isStillSincePress()) {
                canvas.dropAt(palette.armed(), e.getX(), e.getY());
                palette.disarm();
            }
        });

        findingsList.setId("findings");
        findingsList.setItems(vm.findings());
        findingsList.setPlaceholder(new Label("No findings"));
        findingsList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.line());
                // A finding is longer than the panel is wide: the whole text on hover, wrapped.
                Tooltip whole = empty || f == null ? null : new Tooltip(f.line());
                if (whole != null) {
                    whole.setWrapText(true);
                    whole.setMaxWidth(640);
                }
                setTooltip(whole);
                getStyleClass().removeAll("finding", "error", "warning");
                if (!empty && f != null) {
                    getStyleClass().add("finding");
                    switch (f.severity()) {
                        case ERROR -> getStyleClass().add("error");
                        case WARNING -> getStyleClass().add("warning");
                        default -> { }
                    }
                }
            }
        });
        findingsList.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null && f.device() != null && vm.project().topology().contains(f.device())) {
                vm.select(List.of(f.device()), false);
                properties.showField(f.iface(), f.field());
            }
        });

        statusBar.setId("statusbar");
        status.setId("status");
        statusBar.setText("");
        statusBar.getLeftItems().add(status);
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            String msg = vm.messageProperty().get();
            return vm.lintSummary() + (msg.isEmpty() ? "" : "   \u2022   " + msg);
        }, vm.messageProperty(), vm.findings(), vm.projectProperty(), vm.lintingProperty()));

        SplitPane centre = new SplitPane(canvas, findingsList);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.84);
        SplitPane main = new SplitPane(centre, properties);
        main.setDividerPositions(0.67);
        SplitPane.setResizableWithParent(properties, false);
        SplitPane body = new SplitPane(main);
        body.setOrientation(Orientation.VERTICAL);
        simulation = new SimulationMode(stage, vm, canvas, body, STYLESHEET, () -> dialogs);
        root.setTop(new VBox(menus(), toolBar()));
        root.setLeft(palette);
        root.setCenter(body);
        root.setBottom(statusBar);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1360, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(STYLESHEET);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                canvas.setSpaceDown(false);
            }
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<Path> files = e.getDragboard().hasFiles()
                    ? e.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            if (!files.isEmpty()) {
                // After the drop gesture has ended: the answer may need a dialog.
                Platform.runLater(() -> filesDropped(files));
            }
        });
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        Image appIcon = Icons.app("app@2x.png");
        if (appIcon != null) {
            stage.getIcons().addAll(Icons.app("app.png"), appIcon);
        }
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
            } else {
                shutdown();
            }
        });
        autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> autosaveNow()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        // A file opened from the command line (or the desktop) is a recent file like one opened here.
        refreshRecent(document != null && document.file() != null ? recent.add(document.file()) : recent.list());
        if (settings.offerRecovery()) {
            Platform.runLater(this::offerRecovery);
        }
    }

    public void show() {
        stage.show();
    }

    /** Asks the desktop through {@code d} instead of the system's dialogs (tests drive the workflows with it). */
    public void useDialogs(FileDialogs d) {
        dialogs = d;
    }

    /**
     * Files dropped on the window: a design is opened; anything else is taken for IOS
     * running-configs and imported, all of them at once.
     */
    void filesDropped(List<Path> files) {
        Optional<Path> design = files.stream().filter(f -> f.getFileName().toString().endsWith(ProjectFile.EXTENSION)).findFirst();
        if (design.isPresent()) {
            if (confirmDiscard()) {
                open(design.get());
                if (files.size() > 1) {
                    vm.say("Opening " + design.get().getFileName() + " only: a design opens one file at a time");
                }
            }
        } else if (confirmDiscard()) {
            importConfigs(files);
        }
    }

    public DesignerViewModel viewModel() {
        return vm;
    }

    /** The simulation mode: its toggle, menu, timeline and consoles. */
    public SimulationMode simulation() {
        return simulation;
    }

    public CanvasView canvas() {
        return canvas;
    }

    /** The document as it is now (its project is the current state of the history). */
    public OpenDocument document() {
        return vm.document();
    }

    /**
     * Opens FILE, reading it off the UI thread with progress in the status bar (a 2,000-device
     * design takes about a second). On a bad file the current design stays and an alert says where
     * the file is broken.
     */
    public Task<Project> open(Path file) {
        Path path = file.toAbsolutePath();
        Task<Project> task = new Task<>() {
            @Override
            protected Project call() throws Exception {
                updateMessage("Opening " + path.getFileName() + "\u2026");
                updateProgress(-1, 1);
                return ProjectFile.load(path);
            }
        };
        Project start = startDocumentTask(task);
        runWithProgress(task, "labcanvas-open", project -> {
            if (!mayReplace(task, start)) {
                return;
            }
            vm.load(new OpenDocument(project, path));
            refreshRecent(recent.add(path));
            Platform.runLater(canvas::zoomToFit);
        }, problem -> showError("Cannot open " + path.getFileName() + "; the design is unchanged", describe(problem)));
        return task;
    }

    /** Saves to the document's file, or asks for one. Returns false when nothing was saved. */
    public boolean save() {
        if (vm.file() == null) {
            return saveAs();
        }
        return saveTo(vm.file());
    }

    public boolean saveTo(Path file) {
        try {
            vm.saveAs(file);
            refreshRecent(recent.add(file));
            recovery.delete();
            vm.say("Saved " + file.getFileName());
            return true;
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "Cannot save " + file + ": " + e.getMessage());
            alert.initOwner(stage);
            alert.show();
            return false;
        }
    }

    private boolean saveAs() {
        Optional<Path> chosen = dialogs.designToSave(stage, vm.file());
        if (chosen.isEmpty()) {
            return false;
        }
        Path p = chosen.get();
        if (!p.getFileName().toString().endsWith(ProjectFile.EXTENSION)) {
            p = p.resolveSibling(p.getFileName() + ProjectFile.EXTENSION);
        }
        return saveTo(p);
    }

    /** True when there is nothing unsaved, or the user chose to save or discard it. */
    boolean confirmDiscard() {
        if (!vm.isDirty()) {
            return true;
        }
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "The design has unsaved changes. Save them first?", saveButton, discard, ButtonType.CANCEL);
        alert.setHeaderText("Unsaved changes");
        alert.initOwner(stage);
        Optional<ButtonType> r = alert.showAndWait();
        if (r.isEmpty() || r.get() == ButtonType.CANCEL) {
            return false;
        }
        return r.get() != saveButton || save();
    }

    private void shutdown() {
        simulation.shutdown();
        autosave.stop();
        recovery.delete();
        lintThread.shutdownNow();
    }

    void autosaveNow() {
        if (vm.isDirty()) {
            recovery.write(vm.project());
        }
    }

    private void offerRecovery() {
        Optional<Project> found = recovery.read();
        if (found.isEmpty()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "LabCanvas did not close normally last time. Restore the design it was autosaving (\""
                        + found.get().name() + "\", " + found.get().topology().devices().size() + " devices)?",
                ButtonType.YES, ButtonType.NO);
        alert.setHeaderText("Restore unsaved work?");
        alert.initOwner(stage);
        Optional<ButtonType> r = alert.showAndWait();
        if (r.isPresent() && r.get() == ButtonType.YES) {
            vm.restore(found.get(), "Recovered");
        }
        recovery.delete();
    }

    /** Opens a sample bundled with LabCanvas, untitled (saving asks where). */
    public void openSample(String name) {
        try {
            Project p = ProjectFile.parse(Samples.bytes(name), name);
            vm.load(OpenDocument.sample(p, name));
            canvas.zoomToFit();
        } catch (ProjectFileException e) {
            showError("Cannot open the sample " + name, e.getMessage());
        }
    }

    private void refreshRecent(List<Path> files) {
        recentMenu.getItems().clear();
        for (Path p : files) {
            MenuItem item = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
            item.setOnAction(e -> {
                if (confirmDiscard()) {
                    open(p);
                }
            });
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(files.isEmpty());
    }

    // ------------------------------------------------------------ menus and keys

    private MenuBar menus() {
        MenuItem newItem = item("New", "Shortcut+N", () -> {
            if (confirmDiscard()) {
                vm.load(DesignerViewModel.untitled());
                canvas.setViewport(Viewport.IDENTITY);
            }
        });
        MenuItem open = item("Open\u2026", "Shortcut+O", () -> {
            if (confirmDiscard()) {
                dialogs.designToOpen(stage, vm.file()).ifPresent(this::open);
            }
        });
        MenuItem save = item("Save", "Shortcut+S", this::save);
        MenuItem saveAs = item("Save As\u2026", "Shortcut+Shift+S", this::saveAs);
        MenuItem export = item("Export\u2026", "Shortcut+E", this::exportDialog);
        MenuItem importIos = item("Import IOS Configs\u2026", "Shortcut+I", this::importDialog);
        MenuItem quit = item("Quit", "Shortcut+Q", () -> {
            if (confirmDiscard()) {
                shutdown();
                stage.close();
            }
        });
        Menu samples = new Menu("Open Sample");
        samples.setId("menu-open-sample");
        for (String name : Samples.NAMES) {
            MenuItem m = new MenuItem(name.replaceFirst("\\.labcanvas$", ""));
            m.setOnAction(e -> {
                if (confirmDiscard()) {
                    openSample(name);
                }
            });
            samples.getItems().add(m);
        }
        Menu file = new Menu("File", null, newItem, open, recentMenu, samples, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), importIos, export, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "Shortcut+Z", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        MenuItem redoY = item("Redo (Ctrl+Y)", "Shortcut+Y", vm::redo);
        redoY.disableProperty().bind(vm.canRedoProperty().not());
        vm.projectProperty().addListener((o, a, b) -> {
            undo.setText(vm.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
            redo.setText(vm.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
        });
        MenuItem copy = item("Copy", "Shortcut+C", vm::copySelection);
        MenuItem paste = item("Paste", "Shortcut+V", vm::paste);
        MenuItem duplicate = item("Duplicate", "Shortcut+D", vm::duplicateSelection);
        MenuItem delete = item("Delete", null, vm::deleteSelection);
        MenuItem selectAll = item("Select All", "Shortcut+A", vm::selectAll);
        Menu edit = new Menu("Edit", null, undo, redo, redoY, new SeparatorMenuItem(), copy, paste, duplicate, delete,
                new SeparatorMenuItem(), selectAll);

        CheckMenuItem snap = new CheckMenuItem("Snap to Grid");
        snap.setSelected(vm.snapToGrid());
        snap.selectedProperty().addListener((o, a, b) -> {
            vm.setSnapToGrid(b);
            canvas.repaint();
        });
        Menu view = new Menu("View", null, item("Zoom In", "Shortcut+EQUALS", canvas::zoomIn),
                item("Zoom Out", "Shortcut+MINUS", canvas::zoomOut), item("Fit to Window", "Shortcut+0", canvas::zoomToFit),
                new SeparatorMenuItem(), snap);
        Menu layout = new Menu("Layout", null,
                item("Radial (hub and spoke)", null, () -> autoLayout(AutoLayout.Kind.RADIAL)),
                item("Hierarchical", null, () -> autoLayout(AutoLayout.Kind.HIERARCHICAL)),
                item("Organic", null, () -> autoLayout(AutoLayout.Kind.ORGANIC)));
        MenuBar bar = new MenuBar(file, edit, view, layout, simulation.menu(), HelpMenu.create(stage, STYLESHEET));
        bar.setId("menubar");
        return bar;
    }

    private ToolBar toolBar() {
        Button undo = button("\u21B6", "Undo (Ctrl+Z)", vm::undo);
        undo.setId("undo");
        undo.disableProperty().bind(vm.canUndoProperty().not());
        Button redo = button("\u21B7", "Redo (Ctrl+Shift+Z)", vm::redo);
        redo.setId("redo");
        redo.disableProperty().bind(vm.canRedoProperty().not());
        Button zoomIn = button("+", "Zoom in", canvas::zoomIn);
        zoomIn.setId("zoom-in");
        Button zoomOut = button("\u2212", "Zoom out", canvas::zoomOut);
        zoomOut.setId("zoom-out");
        Button fit = button("Fit", "Fit the design to the window", canvas::zoomToFit);
        fit.setId("zoom-fit");
        Button delete = button("Delete", "Delete the selection", vm::deleteSelection);
        delete.setId("delete");
        Button duplicate = button("Duplicate", "Duplicate the selection", vm::duplicateSelection);
        duplicate.setId("duplicate");
        Button radial = button("Auto-layout", "Radial hub-and-spoke layout", () -> autoLayout(AutoLayout.Kind.RADIAL));
        radial.setId("auto-layout");
        Button save = button("Save", "Save (Ctrl+S)", this::save);
        save.setId("save");
        Button export = button("Export", "Export PNG and draw.io pictures", this::exportDialog);
        export.setId("export");
        return new ToolBar(simulation.toggle(), new Separator(Orientation.VERTICAL), save, export, undo, redo, zoomOut,
                zoomIn, fit, delete, duplicate, radial);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE && !(e.getTarget() instanceof TextInputControl)) {
            canvas.setSpaceDown(true);
        }
        if (!canvas.isFocused()) {
            return;
        }
        double step = e.isShiftDown() ? 1 : DesignerViewModel.GRID;
        switch (e.getCode()) {
            case LEFT -> { vm.moveSelection(-step, 0); e.consume(); }
            case RIGHT -> { vm.moveSelection(step, 0); e.consume(); }
            case UP -> { vm.moveSelection(0, -step); e.consume(); }
            case DOWN -> { vm.moveSelection(0, step); e.consume(); }
            case DELETE, BACK_SPACE -> { vm.deleteSelection(); e.consume(); }
            case SPACE -> e.consume();
            case ESCAPE -> { vm.clearSelection(); palette.disarm(); }
            default -> { }
        }
    }

    // ------------------------------------------------------------ long work

    /**
     * Computes a layout off the UI thread (a hierarchical layout of 2,000 devices takes tens of
     * seconds), animates the canvas to it, then stores it as one undo step. A layout computed for a
     * design that has changed meanwhile is dropped.
     */
    void autoLayout(AutoLayout.Kind kind) {
        Project start = vm.project();
        String name = kind.name().toLowerCase();
        Task<Map<String, Placement>> task = new Task<>() {
            @Override
            protected Map<String, Placement> call() {
                updateMessage("Computing the " + name + " layout of " + start.topology().devices().size() + " devices\u2026");
                updateProgress(-1, 1);
                return AutoLayout.compute(start, kind);
            }
        };
        runWithProgress(task, "labcanvas-layout", target -> {
            if (vm.project() != start) {
                vm.say("The " + name + " layout was dropped: the design changed while it was computed");
                return;
            }
            animateTo(start, target, "Auto-layout (" + name + ")");
        }, problem -> vm.say("Auto-layout failed: " + describe(problem)));
    }

    private void animateTo(Project start, Map<String, Placement> target, String label) {
        Map<String, Placement> from = new HashMap<>(new CanvasModel(start).placements);
        Timeline anim = new Timeline();
        // Each frame redraws the whole view: a large design gets fewer, longer steps.
        int frames = start.topology().devices().size() > 500 ? 5 : 12;
        for (int f = 1; f <= frames; f++) {
            double t = (double) f / frames;
            double ease = t * t * (3 - 2 * t);
            anim.getKeyFrames().add(new KeyFrame(Duration.millis(300.0 * f / frames), e -> {
                Map<String, Placement> mid = new HashMap<>();
                target.forEach((n, p) -> {
                    Placement a = from.getOrDefault(n, p);
                    mid.put(n, new Placement(a.x() + (p.x() - a.x()) * ease, a.y() + (p.y() - a.y()) * ease, p.width(), p.height()));
                });
                canvas.showPreview(start.withLayout(new Layout(mid)));
            }));
        }
        anim.setOnFinished(e -> {
            canvas.showPreview(null);
            if (vm.project() == start) {
                vm.execute(new MoveDevices(label, target));
                canvas.zoomToFit();
            }
        });
        anim.play();
    }

    /** Asks for IOS running-configs and imports them all at once into a new, unsaved design. */
    private void importDialog() {
        if (!confirmDiscard()) {
            return;
        }
        List<Path> files = dialogs.configsToImport(stage);
        if (!files.isEmpty()) {
            importConfigs(files);
        }
    }

    /**
     * Imports IOS running-configs off the UI thread into a new, unsaved design. The platform comes
     * from the configs' {@code version} lines (IOS 15 when they have none). A config that cannot be
     * read leaves the current design as it is, and an alert says which file and line.
     */
    public Task<ImportResult> importConfigs(List<Path> files) {
        Task<ImportResult> task = new Task<>() {
            @Override
            protected ImportResult call() throws Exception {
                updateMessage("Importing " + files.size() + " configs\u2026");
                Map<String, String> texts = new LinkedHashMap<>();
                int read = 0;
                for (Path f : files) {
                    String name = texts.containsKey(f.getFileName().toString()) ? f.toString() : f.getFileName().toString();
                    texts.put(name, Files.readString(f));
                    updateProgress(++read, files.size() + 1);
                }
                var platform = IosImport.platformOf(texts.values(),
                        org.labcanvas.model.topology.Platform.IOS_15);
                return IosImport.importTexts(texts, platform);
            }
        };
        Project start = startDocumentTask(task);
        runWithProgress(task, "labcanvas-import", result -> {
            if (!mayReplace(task, start)) {
                return;
            }
            vm.restore(result.project(), "Imported");
            Platform.runLater(canvas::zoomToFit);
            vm.say("Imported " + files.size() + (files.size() == 1 ? " config" : " configs") + " ("
                    + result.project().topology().devices().get(0).platform().displayName() + "), "
                    + result.notes().size() + " notes");
        }, problem -> showError("Cannot import the configs; the design is unchanged", describe(problem)));
        return task;
    }

    /** What the Export dialog offers. */
    public enum ExportChoice { CONFIGS, FRR, PNG, DRAWIO, EXPECTATIONS }

    /** Asks for the kinds and a folder, then exports in the background with progress. */
    private void exportDialog() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle("Export");
        dialog.setHeaderText("Export the design");
        Map<ExportChoice, CheckBox> boxes = new EnumMap<>(ExportChoice.class);
        VBox content = new VBox(6);
        for (ExportChoice c : ExportChoice.values()) {
            CheckBox box = new CheckBox(switch (c) {
                case CONFIGS -> "Device configurations (IOS, ACE, host scripts)";
                case FRR -> "FRRouting configurations";
                case PNG -> "Picture (PNG)";
                case DRAWIO -> "Diagram (draw.io)";
                case EXPECTATIONS -> "Expected show output, checks and runbook (routers, ACE, 6in4 hosts)";
            });
            box.setSelected(true);
            boxes.put(c, box);
            content.getChildren().add(box);
        }
        dialog.getDialogPane().setContent(content);
        ButtonType choose = new ButtonType("Choose Folder\u2026", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(choose, ButtonType.CANCEL);
        Optional<ButtonType> r = dialog.showAndWait();
        if (r.isEmpty() || r.get() != choose) {
            return;
        }
        Set<ExportChoice> kinds = EnumSet.noneOf(ExportChoice.class);
        boxes.forEach((c, b) -> {
            if (b.isSelected()) {
                kinds.add(c);
            }
        });
        if (kinds.isEmpty()) {
            vm.say("Nothing to export: no kind was chosen");
            return;
        }
        dialogs.exportFolder(stage, vm.file()).ifPresent(dir -> startExport(dir, kinds, false));
    }

    /**
     * Exports from the dialog: when files of the export are already in the folder, asks before
     * replacing them (the export writes nothing until then), and offers to open the folder at the end.
     */
    private void startExport(Path dir, Set<ExportChoice> kinds, boolean replace) {
        Task<Path> task = exportTo(dir, kinds, replace);
        // After the task's own success handler has cleared the status bar and said what was written.
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED,
                e -> Platform.runLater(() -> offerToOpen(dir)));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            if (!replace && task.getException() instanceof ExportFolder.FilesExistException fe) {
                Platform.runLater(() -> {
                    if (confirmReplace(dir, fe.existing())) {
                        startExport(dir, kinds, true);
                    }
                });
            }
        });
    }

    private boolean confirmReplace(Path dir, List<Path> existing) {
        ButtonType replaceButton = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        String names = existing.stream().limit(8).map(p -> dir.relativize(p).toString())
                .collect(Collectors.joining("\n"));
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, names + (existing.size() > 8
                ? "\n\u2026 and " + (existing.size() - 8) + " more" : ""), replaceButton, ButtonType.CANCEL);
        ask.setHeaderText("Replace " + existing.size() + (existing.size() == 1 ? " file" : " files") + " in " + dir + "?");
        ask.initOwner(stage);
        return ask.showAndWait().filter(b -> b == replaceButton).isPresent();
    }

    private void offerToOpen(Path dir) {
        ButtonType openFolder = new ButtonType("Open Folder", ButtonBar.ButtonData.OK_DONE);
        Alert done = new Alert(Alert.AlertType.INFORMATION, "Exported to " + dir, openFolder, ButtonType.CLOSE);
        done.setHeaderText("Export finished");
        done.initOwner(stage);
        done.getDialogPane().lookupButton(openFolder).setId("open-folder");
        done.showAndWait().filter(b -> b == openFolder).ifPresent(b -> {
            try {
                dialogs.showFolder(dir);
            } catch (IOException ex) {
                vm.say("Cannot open " + dir + " in the file manager: " + ex.getMessage());
            }
        });
    }

    /** Writes DESIGN.png and DESIGN.drawio into {@code dir} off the UI thread; returns the task. */
    public Task<Path> exportTo(Path dir) {
        return exportTo(dir, EnumSet.of(ExportChoice.PNG, ExportChoice.DRAWIO));
    }

    /**
     * Writes the chosen kinds into {@code dir} off the UI thread, with progress in the status bar;
     * files already there are not replaced (the task fails and writes nothing).
     */
    public Task<Path> exportTo(Path dir, Set<ExportChoice> kinds) {
        return exportTo(dir, kinds, false);
    }

    /**
     * Renders the chosen kinds off the UI thread, with progress in the status bar, then writes them
     * into {@code dir} all or nothing; existing files are replaced only when {@code replace} is set.
     */
    public Task<Path> exportTo(Path dir, Set<ExportChoice> kinds, boolean replace) {
        Project p = vm.project();
        String base = vm.document().pictureName();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                int total = kinds.size() + 1, done = 0;
                Set<ExportKind> configKinds =
                        EnumSet.noneOf(ExportKind.class);
                if (kinds.contains(ExportChoice.CONFIGS)) {
                    configKinds.add(ExportKind.CONFIGS);
                }
                if (kinds.contains(ExportChoice.FRR)) {
                    configKinds.add(ExportKind.FRR);
                }
                List<ExportFolder.Entry> entries = new ArrayList<>();
                if (!configKinds.isEmpty()) {
                    updateMessage("Rendering configurations\u2026");
                    for (var f : ConfigExport.render(p.topology(), configKinds, Map.of())) {
                        entries.add(ExportFolder.Entry.of(f));
                    }
                    done += configKinds.size();
                    updateProgress(done, total);
                }
                if (kinds.contains(ExportChoice.EXPECTATIONS)) {
                    updateMessage("Simulating the expected show output\u2026");
                    for (var f : org.labcanvas.model.verify.Expectations.render(p.name(), p.topology(),
                            org.labcanvas.model.sim.events.EventScript.EMPTY)) {
                        entries.add(org.labcanvas.model.configs.ExportFolder.Entry.of(f));
                    }
                    updateProgress(++done, total);
                }
                if (kinds.contains(ExportChoice.DRAWIO)) {
                    updateMessage("Rendering draw.io\u2026");
                    entries.add(ExportFolder.Entry.file(base + ".drawio",
                            DrawioExport.toXml(p).getBytes(StandardCharsets.UTF_8)));
                    updateProgress(++done, total);
                }
                if (kinds.contains(ExportChoice.PNG)) {
                    updateMessage("Rendering PNG\u2026");
                    entries.add(ExportFolder.Entry.file(base + ".png", PngExport.bytes(p)));
                    updateProgress(++done, total);
                }
                updateMessage("Writing files\u2026");
                ExportFolder.write(entries, dir, replace);
                updateProgress(++done, total);
                return dir;
            }
        };
        runWithProgress(task, "labcanvas-export",
                written -> vm.say("Exported " + kinds.stream().map(k -> k.name().toLowerCase()).toList() + " to " + dir),
                problem -> vm.say(problem instanceof ExportFolder.FilesExistException
                        ? "Export stopped, nothing was written: " + describe(problem)
                        : "Export failed, nothing was written: " + describe(problem)));
        return task;
    }

    /**
     * Runs {@code task} on its own thread with its progress and message in the status bar. The
     * newest task has the status bar; when it ends, the bar is cleared (an older task that ends
     * first leaves it alone).
     */
    private <T> void runWithProgress(Task<T> task, String thread, Consumer<T> done,
                                     Consumer<Throwable> failed) {
        statusBar.progressProperty().bind(task.progressProperty());
        statusBar.textProperty().bind(task.messageProperty());
        statusTask = task;
        Runnable clear = () -> {
            if (statusTask != task) {
                return;
            }
            statusTask = null;
            statusBar.progressProperty().unbind();
            statusBar.textProperty().unbind();
            statusBar.setProgress(0);
            statusBar.setText("");
        };
        task.setOnSucceeded(e -> {
            clear.run();
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            clear.run();
            failed.accept(task.getException());
        });
        task.setOnCancelled(e -> clear.run());
        Thread t = new Thread(task, thread);
        t.setDaemon(true);
        t.start();
    }

    /** An error alert over the window, with {@code header} above {@code text}. */
    private void showError(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        alert.show();
    }

    /** A problem's own words, or its kind when it has none. */
    private static String describe(Throwable problem) {
        return problem.getMessage() != null ? problem.getMessage() : problem.toString();
    }

    /**
     * Starts reading a new document: a read still under way is cancelled, as only one can become
     * the design. Returns the design as it is now, for {@link #mayReplace}.
     */
    private Project startDocumentTask(Task<?> task) {
        if (documentTask != null && !documentTask.isDone()) {
            documentTask.cancel();
        }
        documentTask = task;
        return vm.project();
    }

    /**
     * Whether a document read from {@code start} may replace the design now: yes unless a newer
     * read has started, or the design was edited meanwhile and the user, asked again, keeps the edits.
     */
    private boolean mayReplace(Task<?> task, Project start) {
        return documentTask == task && (vm.project() == start || confirmDiscard());
    }
}
