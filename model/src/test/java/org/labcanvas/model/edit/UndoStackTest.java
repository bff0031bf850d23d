package org.labcanvas.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.project.Project;

class UndoStackTest {
    private static final Project DUAL = ReferenceDesigns.dmvpnDualHub();

    @Test
    void undoAndRedoWalkThroughEveryState() {
        UndoStack stack = new UndoStack(DUAL);
        Project moved = stack.execute(MoveDevices.to(Map.of("R2", Placement.at(0, 0))));
        Project renamed = stack.execute(new RenameDevice("R2", "SPOKE2"));
        assertEquals(Optional.of("Rename R2 to SPOKE2"), stack.undoLabel());
        assertEquals(moved, stack.undo());
        assertEquals(DUAL, stack.undo());
        assertThat(stack.canUndo()).isFalse();
        assertEquals(moved, stack.redo());
        assertEquals(renamed, stack.redo());
        assertThat(stack.canRedo()).isFalse();
        assertThatThrownBy(stack::redo).hasMessage("nothing to redo");
    }

    @Test
    void aNewEditDropsTheRedoBranch() {
        UndoStack stack = new UndoStack(DUAL);
        stack.execute(MoveDevices.to(Map.of("R2", Placement.at(0, 0))));
        stack.undo();
        stack.execute(MoveDevices.to(Map.of("R3", Placement.at(0, 0))));
        assertThat(stack.canRedo()).isFalse();
        assertEquals(Optional.of("Move R3"), stack.undoLabel());
        assertEquals(1, stack.depth());
    }

    @Test
    void theDirtyMarkFollowsTheSavePoint() {
        UndoStack stack = new UndoStack(DUAL);
        assertThat(stack.isDirty()).isFalse();
        stack.execute(MoveDevices.to(Map.of("R2", Placement.at(0, 0))));
        assertThat(stack.isDirty()).isTrue();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
        stack.redo();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        stack.execute(MoveDevices.to(Map.of("R3", Placement.at(0, 0))));
        stack.undo();
        assertThat(stack.isDirty()).as("the saved state was dropped with the redo branch").isTrue();
    }

    @Test
    void aFailedOrEmptyEditLeavesNoStep() {
        UndoStack stack = new UndoStack(DUAL);
        assertThatThrownBy(() -> stack.execute(new RenameDevice("R2", "R3"))).isInstanceOf(IllegalArgumentException.class);
        stack.execute(MoveDevices.to(Map.of("R2", DUAL.layout().of("R2").orElseThrow())));
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
    }
}
