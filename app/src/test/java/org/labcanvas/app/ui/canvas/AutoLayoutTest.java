package org.labcanvas.app.ui.canvas;

import org.labcanvas.app.ui.shell.DesignerViewModel;
import org.labcanvas.app.ui.document.OpenDocument;
import org.labcanvas.app.ui.document.RecentFiles;
import org.labcanvas.app.ui.document.RecoveryFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.model.edit.MoveDevices;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.project.Project;

class AutoLayoutTest {
    private static final Project DUAL = ReferenceDesigns.dmvpnDualHub();

    @Test
    void radialPutsTheInternetInTheMiddleHubsInsideAndSpokesOutside() {
        Map<String, Placement> p = AutoLayout.compute(DUAL, AutoLayout.Kind.RADIAL);
        assertEquals(List.of("Internet", "LAN", "R0", "R1", "R2", "R3"), List.copyOf(p.keySet()));
        Placement centre = p.get("Internet");
        double hub = Math.hypot(p.get("R0").x() - centre.x(), p.get("R0").y() - centre.y());
        double spoke = Math.hypot(p.get("R2").x() - centre.x(), p.get("R2").y() - centre.y());
        assertThat(spoke).isGreaterThan(hub);
        assertEquals(p, AutoLayout.compute(DUAL, AutoLayout.Kind.RADIAL), "deterministic");
    }

    @Test
    void jgraphxLayoutsPlaceEveryDeviceAndAreOneUndoStep() {
        for (AutoLayout.Kind kind : List.of(AutoLayout.Kind.HIERARCHICAL, AutoLayout.Kind.ORGANIC)) {
            Map<String, Placement> p = AutoLayout.compute(DUAL, kind);
            assertThat(p).as(kind.name()).hasSize(6);
            assertEquals(p, AutoLayout.compute(DUAL, kind), kind + " is deterministic");
            DesignerViewModel vm = DesignerViewModel.synchronous(OpenDocument.sample(DUAL, "dual"));
            vm.execute(new MoveDevices("Auto-layout (" + kind + ")", p));
            vm.undo();
            assertEquals(DUAL, vm.project());
        }
    }

    @Test
    void recentFilesKeepTheNewestFirstWithoutDuplicates(@TempDir Path dir) {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.txt"));
        recent.add(dir.resolve("a.labcanvas"));
        recent.add(dir.resolve("b.labcanvas"));
        recent.add(dir.resolve("a.labcanvas"));
        assertEquals(List.of(dir.resolve("a.labcanvas"), dir.resolve("b.labcanvas")), recent.list());
    }

    @Test
    void theRecoveryFileRoundTripsAndIsDeleted(@TempDir Path dir) {
        RecoveryFile r = new RecoveryFile(dir.resolve("recovery"));
        assertThat(r.read()).isEmpty();
        r.write(DUAL);
        assertEquals(DUAL, r.read().orElseThrow());
        r.delete();
        assertThat(r.read()).isEmpty();
    }

    @Test
    void aRestoredDesignIsUnsavedWork() {
        DesignerViewModel vm = DesignerViewModel.synchronous(DesignerViewModel.untitled());
        vm.restore(DUAL, "Recovered");
        assertEquals(DUAL, vm.project());
        assertEquals("LabCanvas \u2014 Recovered *", vm.titleProperty().get());
    }
}
