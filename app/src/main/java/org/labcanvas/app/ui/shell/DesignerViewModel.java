package org.labcanvas.app.ui.shell;

import org.labcanvas.app.ui.canvas.CanvasModel;
import org.labcanvas.app.ui.document.OpenDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.labcanvas.model.edit.AddDevices;
import org.labcanvas.model.edit.DevicePalette;
import org.labcanvas.model.edit.EditCommand;
import org.labcanvas.model.edit.Fragment;
import org.labcanvas.model.edit.LinkPlanner;
import org.labcanvas.model.edit.MoveDevices;
import org.labcanvas.model.edit.PaletteItem;
import org.labcanvas.model.edit.RemoveDevices;
import org.labcanvas.model.edit.UndoStack;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.lint.Finding;
import org.labcanvas.model.lint.Lint;
import org.labcanvas.model.lint.Severity;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Topology;

/**
 * The designer's state without a screen: the open document, its undo history, the selection,
 * the clipboard, live lint findings and the title. Views bind to its properties and call its
 * methods; tests drive it directly.
 *
 * <p>Lint runs on {@code background} and its result is delivered through {@code ui}; an older
 * result that arrives after a newer edit is dropped.
 */
public final class DesignerViewModel {
    /** Canvas grid for snapping, in canvas units. */
    static final double GRID = 10;

    private final Executor background;
    private final Consumer<Runnable> ui;
    private UndoStack history;
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper displayName = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Set<String>> selection = new ReadOnlyObjectWrapper<>(Set.of());
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<String, Severity>> badges = new ReadOnlyObjectWrapper<>(Map.of());
    private final AtomicLong lintGeneration = new AtomicLong();
    /** A lint of the current design is running; the findings on show are those of an earlier one. */
    private final ReadOnlyBooleanWrapper linting = new ReadOnlyBooleanWrapper();
    private Fragment clipboard;
    private int pasteCount;
    private boolean snapToGrid = true;

    public DesignerViewModel(OpenDocument doc, Executor background, Consumer<Runnable> ui) {
        this.background = background;
        this.ui = ui;
        load(doc);
    }

    /** A view model that lints on the calling thread (for tests and exports). */
    public static DesignerViewModel synchronous(OpenDocument doc) {
        return new DesignerViewModel(doc, Runnable::run, Runnable::run);
    }

    // ------------------------------------------------------------ document

    /** Replaces the document (New, Open, restore); the history starts afresh. */
    public void load(OpenDocument doc) {
        history = new UndoStack(doc.project());
        file.set(doc.file());
        displayName.set(doc.displayName());
        selection.set(Set.of());
        // The findings on show are about another design: none until this one's lint is done.
        findings.clear();
        badges.set(Map.of());
        refresh();
    }

    /** Starts a new document without a file holding {@code recovered} as unsaved work (after a crash, an import). */
    public void restore(Project recovered, String displayName) {
        load(new OpenDocument(new Project(recovered.name(), Topology.EMPTY, null), null, displayName));
        execute(new EditCommand() {
            @Override
            public String label() {
                return displayName;
            }

            @Override
            public Project apply(Project project) {
                return recovered;
            }
        });
    }

    public static OpenDocument untitled() {
        return new OpenDocument(new Project("Untitled", Topology.EMPTY, null), null, "Untitled");
    }

    /** Saves to {@code path} (atomically, keeping a .bak) and makes it the document's file. */
    public void saveAs(Path path) throws IOException {
        ProjectFile.save(project(), path);
        file.set(path.toAbsolutePath());
        displayName.set(path.getFileName().toString());
        history.markSaved();
        refresh();
    }

    public Project project() {
        return project.get();
    }

    /** The document as it is now (its project is the current state of the history). */
    public OpenDocument document() {
        return new OpenDocument(project(), file(), displayName.get());
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project;
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** {@code LabCanvas — FILE}, with {@code *} while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The last thing to tell the user (a refused edit, a save). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void say(String text) {
        message.set(text);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public Optional<String> undoLabel() {
        return history.undoLabel();
    }

    public Optional<String> redoLabel() {
        return history.redoLabel();
    }

    // ------------------------------------------------------------ edits

    /** Runs an edit; a refused edit changes nothing and its reason becomes the message. */
    public boolean execute(EditCommand edit) {
        try {
            history.execute(edit);
            message.set(edit.label());
            refresh();
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            message.set("Refused: " + e.getMessage());
            return false;
        }
    }

    public void undo() {
        if (history.canUndo()) {
            String label = history.undoLabel().orElse("");
            history.undo();
            message.set("Undid " + label);
            refresh();
        }
    }

    public void redo() {
        if (history.canRedo()) {
            String label = history.redoLabel().orElse("");
            history.redo();
            message.set("Redid " + label);
            refresh();
        }
    }

    private void refresh() {
        Project p = history.current();
        project.set(p);
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        title.set(document().title() + (history.isDirty() ? " *" : ""));
        Set<String> kept = new TreeSet<>();
        for (String s : selection.get()) {
            if (p.topology().contains(s)) {
                kept.add(s);
            }
        }
        if (!kept.equals(selection.get())) {
            selection.set(Set.copyOf(kept));
        }
        relint(p);
    }

    private void relint(Project p) {
        long generation = lintGeneration.incrementAndGet();
        linting.set(true);
        background.execute(() -> {
            List<Finding> result = Lint.check(p.topology());
            ui.accept(() -> {
                if (lintGeneration.get() == generation) {
                    linting.set(false);
                    findings.setAll(result);
                    Map<String, Severity> worst = new TreeMap<>();
                    for (Finding f : result) {
                        if (f.device() != null) {
                            worst.merge(f.device(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                        }
                    }
                    badges.set(Map.copyOf(worst));
                }
            });
        });
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /** The worst finding's severity per device, for the canvas badges. */
    public ReadOnlyObjectProperty<Map<String, Severity>> badgesProperty() {
        return badges.getReadOnlyProperty();
    }

    public void setSnapToGrid(boolean on) {
        snapToGrid = on;
    }

    public boolean snapToGrid() {
        return snapToGrid;
    }

    /** The point on the grid nearest to (x, y) when snapping is on. */
    public Placement snap(double x, double y) {
        if (!snapToGrid) {
            return Placement.at(x, y);
        }
        return Placement.at(Math.round(x / GRID) * GRID, Math.round(y / GRID) * GRID);
    }

    /** Drops a palette item at a canvas position and selects what it made. */
    public boolean drop(PaletteItem item, double x, double y) {
        return addAndSelect(DevicePalette.create(project(), item, snap(x, y)));
    }

    /** Runs {@code add} and selects the devices it made. */
    private boolean addAndSelect(AddDevices add) {
        if (execute(add)) {
            select(add.devices().stream().map(d -> d.name()).toList(), false);
            return true;
        }
        return false;
    }

    /** Moves the selection by (dx, dy) canvas units as one undo step. */
    public void moveSelection(double dx, double dy) {
        moveDevices(selection.get(), dx, dy);
    }

    public void moveDevices(Collection<String> names, double dx, double dy) {
        if (names.isEmpty() || dx == 0 && dy == 0) {
            return;
        }
        CanvasModel m = new CanvasModel(project());
        Map<String, Placement> to = new LinkedHashMap<>();
        for (String n : new TreeSet<>(names)) {
            Placement p = m.placements.get(n);
            if (p != null) {
                Placement moved = p.movedBy(dx, dy);
                to.put(n, snapToGrid ? snap(moved.x(), moved.y()) : moved);
            }
        }
        execute(MoveDevices.to(to));
    }

    public void deleteSelection() {
        if (!selection.get().isEmpty()) {
            execute(new RemoveDevices(selection.get()));
        }
    }

    public void copySelection() {
        if (!selection.get().isEmpty()) {
            clipboard = Fragment.copy(project(), selection.get());
            pasteCount = 0;
            message.set("Copied " + clipboard.devices().size() + " device(s)");
        }
    }

    public boolean canPaste() {
        return clipboard != null && !clipboard.isEmpty();
    }

    /** Pastes the clipboard, shifted a little more each time, and selects the copies. */
    public void paste() {
        if (!canPaste()) {
            return;
        }
        pasteCount++;
        addAndSelect(clipboard.pasteInto(project(), 40 * pasteCount, 40 * pasteCount));
    }

    public void duplicateSelection() {
        if (selection.get().isEmpty()) {
            return;
        }
        addAndSelect(Fragment.copy(project(), selection.get()).pasteInto(project(), 40, 40, "Duplicate"));
    }

    /** Links two devices through the given interfaces (null for a LAN/Internet node). */
    public boolean link(String a, String ifA, String b, String ifB) {
        try {
            return execute(LinkPlanner.link(project(), Endpoint.of(a, ifA), Endpoint.of(b, ifB)));
        } catch (IllegalArgumentException e) {
            message.set("Refused: " + e.getMessage());
            return false;
        }
    }

    // ------------------------------------------------------------ selection

    public ReadOnlyObjectProperty<Set<String>> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public Set<String> selection() {
        return selection.get();
    }

    /** Selects the devices; with {@code toggle}, flips each in or out of the current selection (shift-click). */
    public void select(Collection<String> names, boolean toggle) {
        Set<String> next = new TreeSet<>(toggle ? selection.get() : Set.of());
        for (String n : names) {
            if (!project().topology().contains(n)) {
                continue;
            }
            if (toggle && next.contains(n)) {
                next.remove(n);
            } else {
                next.add(n);
            }
        }
        selection.set(Set.copyOf(next));
    }

    public void selectAll() {
        select(project().topology().devices().stream().map(d -> d.name()).toList(), false);
    }

    public void clearSelection() {
        selection.set(Set.of());
    }

    /** The single selected device, if exactly one is selected. */
    public Optional<String> selectedDevice() {
        return selection.get().size() == 1 ? Optional.of(selection.get().iterator().next()) : Optional.empty();
    }

    /** Whether the findings are those of an earlier design while the current one is checked. */
    public ReadOnlyBooleanProperty lintingProperty() {
        return linting.getReadOnlyProperty();
    }

    /** Errors and warnings, for the status bar; "checking" while the current design's lint runs. */
    public String lintSummary() {
        String counts = project().topology().devices().size() + " devices, " + project().topology().links().size()
                + " links \u2014 lint: ";
        if (linting.get()) {
            return counts + "checking\u2026";
        }
        long e = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long w = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        return counts + e + " errors, " + w + " warnings";
    }
}
