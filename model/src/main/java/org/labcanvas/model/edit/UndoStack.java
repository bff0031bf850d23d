package org.labcanvas.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.labcanvas.model.project.Project;

/**
 * The history of a design: every project value the user has been through, the edits between them
 * and where the last save happened. Unlimited undo and redo; a new edit after undo drops the redo
 * branch. The design is dirty whenever the current state is not the saved one, so undoing back to
 * the save point clears the dirty mark.
 *
 * <p>Not thread-safe: the designer calls it from its UI thread.
 */
public final class UndoStack {
    private final List<Project> states = new ArrayList<>();
    private final List<EditCommand> edits = new ArrayList<>();
    private int current;
    /** Index of the saved state, or -1 when the saved state was dropped from the redo branch. */
    private int savePoint;

    public UndoStack(Project initial) {
        states.add(Objects.requireNonNull(initial));
        current = 0;
        savePoint = 0;
    }

    public Project current() {
        return states.get(current);
    }

    /** Applies the edit and makes its result current; returns it. A failed edit changes nothing. */
    public Project execute(EditCommand edit) {
        Project next = edit.apply(current());
        if (next.equals(current())) {
            return next;
        }
        while (states.size() > current + 1) {
            states.remove(states.size() - 1);
            edits.remove(edits.size() - 1);
        }
        if (savePoint > current) {
            savePoint = -1;
        }
        states.add(next);
        edits.add(edit);
        current++;
        return next;
    }

    public boolean canUndo() {
        return current > 0;
    }

    public boolean canRedo() {
        return current < states.size() - 1;
    }

    public Project undo() {
        if (!canUndo()) {
            throw new IllegalStateException("nothing to undo");
        }
        current--;
        return current();
    }

    public Project redo() {
        if (!canRedo()) {
            throw new IllegalStateException("nothing to redo");
        }
        current++;
        return current();
    }

    /** The label of the edit undo would revert. */
    public Optional<String> undoLabel() {
        return canUndo() ? Optional.of(edits.get(current - 1).label()) : Optional.empty();
    }

    public Optional<String> redoLabel() {
        return canRedo() ? Optional.of(edits.get(current).label()) : Optional.empty();
    }

    /** Marks the current state as the one on disk. */
    public void markSaved() {
        savePoint = current;
    }

    public boolean isDirty() {
        return savePoint != current;
    }

    /** How many edits can be undone. */
    public int depth() {
        return current;
    }
}
