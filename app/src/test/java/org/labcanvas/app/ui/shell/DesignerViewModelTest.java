package org.labcanvas.app.ui.shell;

import org.labcanvas.app.ui.document.OpenDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.labcanvas.model.lint.Lint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.model.edit.PaletteItem;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.lint.Severity;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.topology.Device;

/** The designer's state and commands, without a screen. */
class DesignerViewModelTest {
    private static DesignerViewModel empty() {
        return DesignerViewModel.synchronous(DesignerViewModel.untitled());
    }

    private static List<String> names(DesignerViewModel vm) {
        return vm.project().topology().devices().stream().map(Device::name).toList();
    }

    @Test
    void droppingSnapsToTheGridAndSelectsTheNewDevice() {
        DesignerViewModel vm = empty();
        vm.drop(PaletteItem.HUB, 347, 176);
        assertEquals(List.of("R0"), names(vm));
        assertEquals(Placement.at(350, 180), vm.project().layout().of("R0").orElseThrow());
        assertEquals(Set.of("R0"), vm.selection());
    }

    @Test
    void theTitleCarriesAStarWhileDirtyAndUndoClearsIt() {
        DesignerViewModel vm = empty();
        assertEquals("LabCanvas \u2014 Untitled", vm.titleProperty().get());
        vm.drop(PaletteItem.LAN, 0, 0);
        assertEquals("LabCanvas \u2014 Untitled *", vm.titleProperty().get());
        assertThat(vm.isDirty()).isTrue();
        vm.undo();
        assertEquals("LabCanvas \u2014 Untitled", vm.titleProperty().get());
        assertEquals(List.of(), names(vm));
        vm.redo();
        assertEquals(List.of("LAN"), names(vm));
    }

    @Test
    void savingNamesTheDocumentAndClearsTheDirtyMark(@TempDir Path dir) throws Exception {
        DesignerViewModel vm = empty();
        vm.drop(PaletteItem.INTERNET, 100, 100);
        Path file = dir.resolve("lab.labcanvas");
        vm.saveAs(file);
        assertEquals("LabCanvas \u2014 lab.labcanvas", vm.titleProperty().get());
        assertEquals(vm.project(), ProjectFile.load(file));
        DesignerViewModel other = empty();
        other.load(new OpenDocument(ProjectFile.load(file), file));
        assertEquals(List.of("Internet"), names(other));
        assertEquals("LabCanvas \u2014 lab.labcanvas", other.titleProperty().get());
    }

    @Test
    void arrowKeysMoveTheSelectionAsOneStep() {
        DesignerViewModel vm = DesignerViewModel.synchronous(OpenDocument.sample(ReferenceDesigns.dmvpnDualHub(), "dual"));
        vm.select(List.of("R2", "R3"), false);
        vm.moveSelection(20, 0);
        assertEquals(Placement.at(370, 660), vm.project().layout().of("R2").orElseThrow());
        assertEquals(Placement.at(870, 660), vm.project().layout().of("R3").orElseThrow());
        assertEquals("Move 2 devices", vm.undoLabel().orElseThrow());
    }

    @Test
    void shiftClickTogglesAndDeleteRemovesTheSelection() {
        DesignerViewModel vm = DesignerViewModel.synchronous(OpenDocument.sample(ReferenceDesigns.dmvpnDualHub(), "dual"));
        vm.select(List.of("R2"), false);
        vm.select(List.of("R3"), true);
        vm.select(List.of("R2"), true);
        assertEquals(Set.of("R3"), vm.selection());
        vm.deleteSelection();
        assertEquals(List.of("LAN", "Internet", "R0", "R1", "R2"), names(vm));
        assertEquals(Set.of(), vm.selection());
    }

    @Test
    void copyPasteAndDuplicateMakeRenamedCopies() {
        DesignerViewModel vm = DesignerViewModel.synchronous(OpenDocument.sample(ReferenceDesigns.dmvpnDualHub(), "dual"));
        vm.select(List.of("R2"), false);
        vm.copySelection();
        vm.paste();
        assertEquals(Set.of("R4"), vm.selection());
        assertEquals(Placement.at(390, 700), vm.project().layout().of("R4").orElseThrow());
        assertEquals(Optional.of("Paste R4"), vm.undoLabel());
        vm.duplicateSelection();
        assertEquals(Set.of("R5"), vm.selection());
        assertEquals(Optional.of("Duplicate R5"), vm.undoLabel());
        assertEquals(8, vm.project().topology().devices().size());
    }

    @Test
    void whileTheLintRunsTheStatusSaysSoAndAnOpenedDesignShowsNoFindingsOfTheLastOne() {
        List<Runnable> background = new java.util.ArrayList<>();
        DesignerViewModel vm = new DesignerViewModel(OpenDocument.sample(ReferenceDesigns.dmvpnDualHub(), "dual"),
                background::add, Runnable::run);
        assertEquals("6 devices, 6 links \u2014 lint: checking\u2026", vm.lintSummary());
        background.remove(0).run();
        assertEquals("6 devices, 6 links \u2014 lint: 0 errors, 4 warnings", vm.lintSummary());
        assertEquals(4, vm.findings().size());
        vm.load(OpenDocument.sample(ReferenceDesigns.aceFtUpgrade(), "ace"));
        assertEquals(List.of(), List.copyOf(vm.findings()));
        assertEquals(Map.of(), vm.badgesProperty().get());
        assertThat(vm.lintSummary()).endsWith("lint: checking\u2026");
        background.remove(0).run();
        assertEquals(Lint.check(ReferenceDesigns.aceFtUpgrade().topology()), List.copyOf(vm.findings()));
        assertThat(vm.lintSummary()).doesNotContain("checking");
    }

    @Test
    void picturesAreNamedAfterTheFileOrTheSample() {
        Project p = ReferenceDesigns.dmvpnDualHub();
        assertEquals("lab", new OpenDocument(p, Path.of("/tmp/lab.labcanvas")).pictureName());
        assertEquals("dmvpn-dual-hub", OpenDocument.sample(p, "dmvpn-dual-hub.labcanvas").pictureName());
        assertEquals("design", OpenDocument.sample(p, "Untitled").pictureName());
    }

    @Test
    void lintFindingsFollowEachEdit() {
        DesignerViewModel vm = DesignerViewModel.synchronous(OpenDocument.sample(ReferenceDesigns.dmvpnDualHub(), "dual"));
        vm.select(List.of("R2"), false);
        vm.copySelection();
        vm.paste();
        assertEquals(Lint.check(vm.project().topology()), List.copyOf(vm.findings()));
        Map<String, Severity> worst = new TreeMap<>();
        Lint.check(vm.project().topology()).forEach(f -> worst.merge(f.device(), f.severity(),
                (a, b) -> a.compareTo(b) <= 0 ? a : b));
        assertEquals(worst, vm.badgesProperty().get());
        vm.undo();
        assertEquals(Lint.check(ReferenceDesigns.dmvpnDualHub().topology()), List.copyOf(vm.findings()));
    }

    @Test
    void aRefusedEditChangesNothingAndSaysWhy() {
        DesignerViewModel vm = DesignerViewModel.synchronous(OpenDocument.sample(ReferenceDesigns.dmvpnDualHub(), "dual"));
        assertThat(vm.link("R0", "FastEthernet2/0", "Internet", null)).isFalse();
        assertEquals("Refused: R0:FastEthernet2/0 is already linked", vm.messageProperty().get());
        assertThat(vm.isDirty()).isFalse();
    }
}
