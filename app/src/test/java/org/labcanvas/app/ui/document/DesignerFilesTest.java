package org.labcanvas.app.ui.document;

import org.labcanvas.app.ui.shell.DesignerRobot;
import org.labcanvas.app.ui.shell.DesignerSettings;
import org.labcanvas.app.ui.shell.DesignerWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.model.configs.ConfigExport;
import org.labcanvas.model.configs.ExportKind;
import org.labcanvas.model.configs.GeneratedFile;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Platform;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The file workflows through the window: dropping files on it, the Import and Export dialogs, and
 * "Open Folder" at the end of an export. The system's file choosers are replaced by answers the
 * test gives; everything after them (the Export dialog, progress, the finished alert) is the real UI.
 */
@ExtendWith(ApplicationExtension.class)
class DesignerFilesTest {
    private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
    private Stage stage;
    private DesignerWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new DesignerWindow(stage, null, DesignerSettings.in(Files.createTempDirectory("labcanvas-ui")));
        window.useDialogs(dialogs);
        window.show();
    }

    /** Answers the window's questions from what the test put here, and records folders shown. */
    static final class ScriptedDialogs implements FileDialogs {
        List<Path> configs = List.of();
        Path exportFolder;
        final List<Path> shownFolders = new ArrayList<>();

        @Override
        public Optional<Path> designToOpen(Window owner, Path near) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> designToSave(Window owner, Path near) {
            return Optional.empty();
        }

        @Override
        public List<Path> configsToImport(Window owner) {
            return configs;
        }

        @Override
        public Optional<Path> exportFolder(Window owner, Path near) {
            return Optional.ofNullable(exportFolder);
        }

        @Override
        public void showFolder(Path folder) {
            shownFolders.add(folder);
        }
    }

    /** The dual-hub routers' configurations, written as running-config files. */
    private List<Path> dualHubConfigs() throws Exception {
        List<Path> files = new ArrayList<>();
        for (GeneratedFile f : ConfigExport.render(ReferenceDesigns.dmvpnDualHub().topology(), EnumSet.of(ExportKind.CONFIGS), Map.of())) {
            if (!f.path().endsWith(".cfg")) {
                continue;
            }
            Path p = dir.resolve("configs").resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.content());
            files.add(p);
        }
        return files;
    }

    /** What a desktop drag carries: its content, offered for copying. */
    static final class DropClipboard implements com.sun.javafx.tk.TKClipboard {
        private final Map<javafx.scene.input.DataFormat, Object> content = new java.util.LinkedHashMap<>();

        @Override
        @SuppressWarnings("removal")
        public void setSecurityContext(java.security.AccessControlContext context) {}

        @Override
        public java.util.Set<javafx.scene.input.DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(javafx.util.Pair<javafx.scene.input.DataFormat, Object>... pairs) {
            content.clear();
            for (var p : pairs) {
                content.put(p.getKey(), p.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(javafx.scene.input.DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(javafx.scene.input.DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public java.util.Set<TransferMode> getTransferModes() {
            return java.util.Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(javafx.scene.image.Image image) {}

        @Override
        public void setDragViewOffsetX(double x) {}

        @Override
        public void setDragViewOffsetY(double y) {}

        @Override
        public javafx.scene.image.Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    /**
     * Drops {@code files} on the canvas as the desktop does: a drag-over and a drop event carrying a
     * dragboard with the files, delivered to the canvas and bubbling up to the window's handlers.
     * (The headless toolkit's own drag-and-drop loop is unreliable from one test to the next, so
     * the events are built here rather than by a mouse drag from another window.)
     */
    private void dropOnCanvas(FxRobot robot, List<Path> files) {
        robot.interact(() -> {
            javafx.scene.input.Dragboard board = com.sun.javafx.scene.input.DragboardHelper.createDragboard(new DropClipboard());
            ClipboardContent content = new ClipboardContent();
            content.putFiles(files.stream().map(Path::toFile).toList());
            board.setContent(content);
            javafx.geometry.Point2D at = window.canvas().localToScreen(100, 100);
            javafx.scene.input.DragEvent over = new javafx.scene.input.DragEvent(javafx.scene.input.DragEvent.DRAG_OVER,
                    board, 100, 100, at.getX(), at.getY(), TransferMode.COPY, null, null, null);
            javafx.event.Event.fireEvent(window.canvas(), over);
            assertThat(over.isAccepted()).as("the window accepts dragged files").isTrue();
            javafx.scene.input.DragEvent drop = new javafx.scene.input.DragEvent(javafx.scene.input.DragEvent.DRAG_DROPPED,
                    board, 100, 100, at.getX(), at.getY(), TransferMode.COPY, null, null, null);
            javafx.event.Event.fireEvent(window.canvas(), drop);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void droppingADesignOnTheWindowOpensIt(FxRobot robot) throws Exception {
        Path design = Files.copy(SAMPLES.resolve("dmvpn-dual-hub.labcanvas"), dir.resolve("dropped.labcanvas"));
        dropOnCanvas(robot, List.of(design));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().equals("LabCanvas \u2014 dropped.labcanvas"));
        assertEquals(ReferenceDesigns.dmvpnDualHub().topology(), window.viewModel().project().topology());
    }

    @Test
    void droppingConfigsOnTheWindowImportsThemAll(FxRobot robot) throws Exception {
        List<Path> configs = dualHubConfigs();
        dropOnCanvas(robot, configs);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().messageProperty().get().startsWith("Imported"));
        assertThat(window.viewModel().project().topology().devices().stream().map(Device::name).toList())
                .containsExactlyInAnyOrder("R0", "R1", "R2", "R3", "LAN-10.10.10.0-24", "Internet");
    }

    @Test
    void theImportDialogReadsSeveralConfigsAtOnceAndKeepsTheirPlatform(FxRobot robot) throws Exception {
        dialogs.configs = dualHubConfigs();
        robot.clickOn("File").clickOn("Import IOS Configs\u2026");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().messageProperty().get().startsWith("Imported"));
        var routers = window.viewModel().project().topology().devices().stream().filter(d -> d.platform().isIos()).toList();
        assertThat(routers).hasSize(4);
        assertThat(routers).allMatch(d -> d.platform() == Platform.IOS_15);
        assertThat(window.viewModel().messageProperty().get()).startsWith("Imported 4 configs (Cisco IOS 15.x), ");
        assertEquals("LabCanvas \u2014 Imported *", stage.getTitle());
        // Exporting the imported routers gives back the files that were imported.
        var again = ConfigExport.render(window.viewModel().project().topology(), EnumSet.of(ExportKind.CONFIGS), Map.of());
        for (GeneratedFile f : again) {
            assertEquals(Files.readString(dir.resolve("configs").resolve(f.path())), f.content(), f.path());
        }
    }

    @Test
    void aBrokenConfigLeavesTheDesignAndSaysWhere(FxRobot robot) throws Exception {
        Path bad = dir.resolve("R9.cfg");
        Files.writeString(bad, "hostname R9\n!\ninterface FastEthernet0/0\n ip address 10.0.0.1 255.0.255.0\n!\nend\n");
        dialogs.configs = List.of(bad);
        robot.clickOn("File").clickOn("Import IOS Configs\u2026");
        javafx.scene.control.DialogPane pane = DesignerRobot.shownDialog(robot);
        assertEquals("Cannot import the configs; the design is unchanged", pane.getHeaderText());
        assertThat(pane.getContentText()).startsWith("R9.cfg:4:");
        DesignerRobot.answer(robot, pane, javafx.scene.control.ButtonType.OK);
        assertThat(window.viewModel().project().topology().devices()).isEmpty();
    }

    @Test
    void theExportDialogWritesTheChosenKindsAndOpensTheFolder(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().load(OpenDocument.sample(ReferenceDesigns.dmvpnDualHub(), "dual hub")));
        dialogs.exportFolder = dir.resolve("out");
        Files.createDirectories(dialogs.exportFolder);
        robot.clickOn("File").clickOn("Export\u2026");
        DesignerRobot.shownDialog(robot);
        // Only the draw.io diagram.
        robot.clickOn("Device configurations (IOS, ACE, host scripts)").clickOn("FRRouting configurations").clickOn("Picture (PNG)")
                .clickOn("Expected show output, checks and runbook (routers, ACE, 6in4 hosts)");
        robot.clickOn("Choose Folder\u2026");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#open-folder")
                .match(org.testfx.matcher.base.NodeMatchers.isVisible()).tryQuery().isPresent());
        // The dialog comes after the export has finished: the status bar no longer shows its progress.
        org.controlsfx.control.StatusBar bar = robot.lookup("#statusbar").queryAs(org.controlsfx.control.StatusBar.class);
        assertEquals("", bar.getText());
        assertEquals(0.0, bar.getProgress());
        try (var written = Files.list(dialogs.exportFolder)) {
            assertThat(written.map(p -> p.getFileName().toString()).toList()).containsExactly("design.drawio");
        }
        // Fired rather than clicked: under load the robot's click sometimes finds the button between two layouts.
        robot.interact(() -> robot.lookup("#open-folder").queryAs(javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(dialogs.exportFolder), dialogs.shownFolders);
    }

    @Test
    void anEditMadeWhileConfigsImportIsNotLostWithoutAsking(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().load(OpenDocument.sample(ReferenceDesigns.dmvpnDualHub(), "dual hub")));
        List<Path> configs = dualHubConfigs();
        robot.interact(() -> {
            window.importConfigs(configs);
            // The user goes on editing while the configs are read.
            window.viewModel().execute(new org.labcanvas.model.edit.RenameDevice("R3", "SPOKE3"));
        });
        javafx.scene.control.DialogPane ask = DesignerRobot.shownDialog(robot);
        assertEquals("Unsaved changes", ask.getHeaderText());
        DesignerRobot.answer(robot, ask, javafx.scene.control.ButtonType.CANCEL);
        assertThat(window.viewModel().project().topology().contains("SPOKE3")).isTrue();
        assertEquals("LabCanvas \u2014 dual hub *", stage.getTitle());
    }

    @Test
    void aSecondOpenReplacesTheFirstWhileItIsStillReading(FxRobot robot) throws Exception {
        Path first = Files.copy(SAMPLES.resolve("dmvpn-dual-hub.labcanvas"), dir.resolve("first.labcanvas"));
        Path second = Files.copy(SAMPLES.resolve("dmvpn-single-hub.labcanvas"), dir.resolve("second.labcanvas"));
        var tasks = WaitForAsyncUtils.asyncFx(() -> List.of(window.open(first), window.open(second))).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getTitle().equals("LabCanvas \u2014 second.labcanvas"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tasks.get(0).isCancelled() || tasks.get(0).isDone()).isTrue();
        assertEquals("LabCanvas \u2014 second.labcanvas", stage.getTitle());
        assertEquals(org.labcanvas.model.project.ProjectFile.load(second).topology(), window.viewModel().project().topology());
    }
}
