package org.labcanvas.app.ui.shell;

import org.labcanvas.app.ui.canvas.AutoLayout;
import org.labcanvas.app.ui.findings.FindingFields;
import org.labcanvas.app.ui.document.RecoveryFile;
import org.labcanvas.app.ui.document.OpenDocument;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.model.project.ProjectFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DesignerWindowTest {
    static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

    private Stage stage;
    private DesignerWindow window;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path file = SAMPLES.resolve("dmvpn-dual-hub.labcanvas");
        home = Files.createTempDirectory("labcanvas-ui");
        window = new DesignerWindow(stage, new OpenDocument(ProjectFile.load(file), file), DesignerSettings.in(home));
        window.show();
    }

    @Test
    void titleNamesTheFile(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("LabCanvas \u2014 dmvpn-dual-hub.labcanvas");
    }

    @Test
    void theFileTheWindowOpensWithIsARecentFile() throws Exception {
        assertThat(Files.readAllLines(home.resolve("recent.txt")))
                .containsExactly(SAMPLES.resolve("dmvpn-dual-hub.labcanvas").toAbsolutePath().normalize().toString());
    }

    @Test
    void everyDeviceOfTheDesignIsOnTheCanvas(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        for (String name : new String[] {"R0", "R1", "R2", "R3", "LAN", "Internet"}) {
            assertThat(window.canvas().deviceOnScreen(name)).as(name).isNotNull();
        }
        // Lint runs in the background; the status says "checking" until it is done.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !window.viewModel().lintingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertThat(status.getText()).startsWith("6 devices, 6 links \u2014 lint: 0 errors, 4 warnings");
    }

    @Test
    void aSpokesContextMenuOffersHubTunnelsAndDisconnecting(FxRobot robot) throws Exception {
        var menu = WaitForAsyncUtils.asyncFx(() -> window.canvas().contextMenu("R2")).get();
        assertThat(menu.getItems().stream().map(javafx.scene.control.MenuItem::getText).toList())
                .containsExactly("Delete", "Duplicate", "Add Tunnel to Hub", "Disconnect", null, "Explain Path\u2026");
        var hubs = (javafx.scene.control.Menu) menu.getItems().get(2);
        assertThat(hubs.getItems().stream().map(javafx.scene.control.MenuItem::getText).toList()).containsExactly("R0", "R1");
        var disconnect = (javafx.scene.control.Menu) menu.getItems().get(3);
        robot.interact(() -> disconnect.getItems().get(0).fire());
        assertThat(window.viewModel().project().topology().links()).hasSize(5);
        // R2 already has a tunnel to R0: the edit is refused and says why.
        robot.interact(() -> hubs.getItems().get(0).fire());
        assertThat(window.viewModel().messageProperty().get()).isEqualTo("Refused: R2 already has a tunnel to R0");
    }

    @Test
    void clickingAFindingSelectsItsDevice(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> findings = robot.lookup("#findings").queryAs(javafx.scene.control.ListView.class);
        // Lint runs in the background: wait for its findings and their cells.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !findings.getItems().isEmpty()
                && robot.lookup("#findings .list-cell").queryAll().stream().filter(c -> ((javafx.scene.control.ListCell<?>) c).getItem() != null).count() > 1);
        robot.clickOn(robot.lookup("#findings .list-cell").nth(1).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().selection()).containsExactly("R1");
    }

    @Test
    void aFindingsFieldLeadsToItsPropertyRow() {
        var p = org.labcanvas.model.generate.ReferenceDesigns.dmvpnDualHub();
        assertThat(FindingFields.row("tunnel.key", "Tunnel0", p, "R2")).containsExactly("Tunnel Tunnel0", "Key");
        assertThat(FindingFields.row("ospf.networks", null, p, "R2")).containsExactly("OSPF process 1", "Networks (address wildcard area)");
        assertThat(FindingFields.row("crypto.preSharedKeys", null, p, "R2")).containsExactly("Crypto", "Pre-shared key (0.0.0.0)");
        assertThat(FindingFields.row("bgp.neighbors", null, p, "R2")).isNull();
    }

    @Test
    void autosaveWritesTheRecoveryFileOnlyWhileDirty(FxRobot robot) throws Exception {
        Path recovery = home.resolve("recovery").resolve(RecoveryFile.NAME);
        robot.interact(() -> window.autosaveNow());
        assertThat(recovery).doesNotExist();
        robot.interact(() -> window.viewModel().execute(new org.labcanvas.model.edit.RenameDevice("R3", "SPOKE3")));
        robot.interact(() -> window.autosaveNow());
        assertThat(ProjectFile.load(recovery).topology().contains("SPOKE3")).isTrue();
        assertThat(stage.getTitle()).isEqualTo("LabCanvas \u2014 dmvpn-dual-hub.labcanvas *");
    }

    @Test
    void aBrokenFileOpenedFromTheWindowSaysWhereAndKeepsTheDesign(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.labcanvas");
        Files.writeString(bad, "{\"format\": \"labcanvas\", \"version\": 1, \"topology\": {");
        robot.interact(() -> window.open(bad));
        javafx.scene.control.DialogPane pane = DesignerRobot.shownDialog(robot);
        assertThat(pane.getHeaderText()).isEqualTo("Cannot open bad.labcanvas; the design is unchanged");
        assertThat(pane.getContentText()).startsWith(bad.toString() + ":1:");
        DesignerRobot.answer(robot, pane, javafx.scene.control.ButtonType.OK);
        assertThat(stage.getTitle()).isEqualTo("LabCanvas \u2014 dmvpn-dual-hub.labcanvas");
        assertThat(window.document().project().topology().devices()).hasSize(6);
    }

    @Test
    void aLayoutComputedForADesignThatChangedMeanwhileIsDropped(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.autoLayout(AutoLayout.Kind.HIERARCHICAL);
            window.viewModel().execute(new org.labcanvas.model.edit.RenameDevice("R3", "SPOKE3"));
        });
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.viewModel().messageProperty().get().startsWith("The hierarchical layout was dropped"));
        assertThat(window.viewModel().undoLabel()).contains("Rename R3 to SPOKE3");
    }

    @Test
    void theMiddleButtonAndSpaceDragPanWithoutMovingDevices(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var layout = window.viewModel().project().layout();
        javafx.geometry.Point2D corner = WaitForAsyncUtils.asyncFx(() -> window.canvas().localToScreen(30, 30)).get();
        javafx.geometry.Point2D before = WaitForAsyncUtils.asyncFx(() -> window.canvas().toScreen(600, 420)).get();
        robot.drag(corner, javafx.scene.input.MouseButton.MIDDLE).dropTo(corner.add(100, 50));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Point2D afterMiddle = WaitForAsyncUtils.asyncFx(() -> window.canvas().toScreen(600, 420)).get();
        assertThat(afterMiddle.getX() - before.getX()).isCloseTo(100, org.assertj.core.data.Offset.offset(2.0));
        assertThat(afterMiddle.getY() - before.getY()).isCloseTo(50, org.assertj.core.data.Offset.offset(2.0));

        robot.moveTo(corner).press(javafx.scene.input.KeyCode.SPACE);
        robot.drag(corner, javafx.scene.input.MouseButton.PRIMARY).dropTo(corner.add(-60, 40));
        robot.release(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Point2D afterSpace = WaitForAsyncUtils.asyncFx(() -> window.canvas().toScreen(600, 420)).get();
        assertThat(afterSpace.getX() - afterMiddle.getX()).isCloseTo(-60, org.assertj.core.data.Offset.offset(2.0));
        assertThat(afterSpace.getY() - afterMiddle.getY()).isCloseTo(40, org.assertj.core.data.Offset.offset(2.0));
        // Panning is a view change: the design, its layout and the undo stack are untouched.
        assertThat(window.viewModel().project().layout()).isEqualTo(layout);
        assertThat(window.viewModel().undoLabel()).isEmpty();
        assertThat(window.viewModel().selection()).isEmpty();
    }

    @Test
    void undoAndRedoFollowTheKeyboardShortcutsAndTheDirtyMark(FxRobot robot) {
        robot.interact(() -> window.viewModel().execute(new org.labcanvas.model.edit.RenameDevice("R3", "SPOKE3")));
        assertThat(stage.getTitle()).isEqualTo("LabCanvas \u2014 dmvpn-dual-hub.labcanvas *");
        robot.clickOn(window.canvas());
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().project().topology().contains("R3")).isTrue();
        assertThat(stage.getTitle()).isEqualTo("LabCanvas \u2014 dmvpn-dual-hub.labcanvas");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().project().topology().contains("SPOKE3")).isTrue();
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.CONTROL);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Y).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().project().topology().contains("SPOKE3")).isTrue();
        assertThat(stage.getTitle()).isEqualTo("LabCanvas \u2014 dmvpn-dual-hub.labcanvas *");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().execute(new org.labcanvas.model.edit.RenameDevice("R3", "SPOKE3")));
        // The close handler asks with a modal dialog (showAndWait): fire it without waiting for the handler to return.
        javafx.application.Platform.runLater(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        javafx.scene.control.DialogPane ask = DesignerRobot.shownDialog(robot);
        assertThat(ask.getHeaderText()).isEqualTo("Unsaved changes");
        assertThat(ask.getContentText()).isEqualTo("The design has unsaved changes. Save them first?");
        DesignerRobot.answer(robot, ask, javafx.scene.control.ButtonType.CANCEL);
        assertThat(stage.isShowing()).isTrue();
        assertThat(window.viewModel().project().topology().contains("SPOKE3")).isTrue();
    }
}
