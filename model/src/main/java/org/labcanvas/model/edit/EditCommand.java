package org.labcanvas.model.edit;

import org.labcanvas.model.project.Project;

/**
 * One undoable edit of a design, as a value: it turns a project into the next project and never
 * mutates anything. Undo does not need an inverse: the {@link UndoStack} keeps the previous value.
 */
public interface EditCommand {
    /** What the edit does, for the Edit menu ({@code Undo Move R2}). */
    String label();

    /** The project after the edit. Throws {@link IllegalArgumentException} when the edit does not apply. */
    Project apply(Project project);
}
