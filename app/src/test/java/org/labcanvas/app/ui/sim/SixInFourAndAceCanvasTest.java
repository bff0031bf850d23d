package org.labcanvas.app.ui.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labcanvas.app.ui.canvas.OverlayLine;
import org.labcanvas.app.ui.document.OpenDocument;
import org.labcanvas.app.ui.shell.DesignerSettings;
import org.labcanvas.app.ui.shell.DesignerWindow;
import org.labcanvas.model.project.ProjectFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 6in4 and ACE failures injected from the canvas's context menu, headless: a new public IP takes the
 * 6in4 tunnel down on the canvas and the updater brings it back; an ACE switchover swaps the FT
 * states drawn on the modules. Controls are fired on the JavaFX thread (see {@link SimulationModeTest}).
 */
@ExtendWith(ApplicationExtension.class)
class SixInFourAndAceCanvasTest {
    private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

    private DesignerWindow window;

    private void open(FxRobot robot, String sample) throws Exception {
        Path file = SAMPLES.resolve(sample);
        robot.interact(() -> {
            try {
                window = new DesignerWindow(new Stage(), new OpenDocument(ProjectFile.load(file), file),
                        DesignerSettings.in(Files.createTempDirectory("labcanvas-6in4-ui")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            window.show();
        });
        robot.interact(() -> robot.from(window.canvas().getScene().getRoot()).lookup("#simulate").queryAs(ToggleButton.class).fire());
        settle();
    }

    private SimulationViewModel sim() {
        return window.simulation().viewModel();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !sim().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The context menu of {@code device} as a right-click on the canvas opens it. */
    private ContextMenu contextMenu(FxRobot robot, String device) throws Exception {
        Point2D at = WaitForAsyncUtils.asyncFx(() -> window.canvas().deviceOnScreen(device)).get();
        robot.interact(() -> {
            Point2D local = window.canvas().localToScene(window.canvas().screenToLocal(at));
            Event.fireEvent(window.canvas(), new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getX(), local.getY(), at.getX(), at.getY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.listWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).findFirst().orElseThrow();
    }

    private static MenuItem find(List<MenuItem> items, String text) {
        for (MenuItem m : items) {
            if (text.equals(m.getText())) {
                return m;
            }
            if (m instanceof Menu sub) {
                try {
                    return find(sub.getItems(), text);
                } catch (IllegalStateException ignored) {
                    // not in this submenu
                }
            }
        }
        throw new IllegalStateException("no menu item " + text);
    }

    private void choose(FxRobot robot, String device, String item) throws Exception {
        ContextMenu menu = contextMenu(robot, device);
        MenuItem m = find(menu.getItems(), item);
        robot.interact(() -> {
            menu.hide();
            m.fire();
        });
        settle();
    }

    private CanvasState.TunnelState sixInFourTunnel() {
        return sim().canvasState().tunnels().entrySet().stream()
                .filter(e -> e.getKey().kind() == OverlayLine.Kind.SIX_IN_FOUR).map(java.util.Map.Entry::getValue)
                .findFirst().orElseThrow();
    }

    @Test
    void aNewPublicIpFromTheContextMenuTakesTheTunnelDownOnTheCanvasAndTheUpdaterBringsItBack(FxRobot robot)
            throws Exception {
        open(robot, "6in4-tunnelbroker.labcanvas");
        robot.interact(() -> sim().jumpTo("3m"));
        settle();
        assertThat(sixInFourTunnel()).isEqualTo(CanvasState.TunnelState.FULL);

        // Change the Public IP…: the dialog asks the address.
        ContextMenu menu = contextMenu(robot, "MAC");
        MenuItem change = find(menu.getItems(), "Change the Public IP\u2026");
        Platform.runLater(() -> {
            menu.hide();
            change.fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> {
            robot.from(dialog).lookup(".text-field").queryAs(TextField.class).setText("198.51.100.7");
            ((Button) dialog.lookupButton(ButtonType.OK)).fire();
        });
        settle();
        assertThat(sim().scenario()).hasSize(1);
        assertThat(sixInFourTunnel()).isEqualTo(CanvasState.TunnelState.DOWN);
        CanvasState.DeviceState mac = sim().canvasState().devices().get("MAC");
        assertThat(mac.summary()).isEqualTo("6in4 down");
        assertThat(mac.sixInFour().failure()).contains("198.51.100.7");

        choose(robot, "MAC", "Run the Updater");
        robot.interact(() -> sim().stepForward());
        settle();
        assertThat(sixInFourTunnel()).isEqualTo(CanvasState.TunnelState.FULL);
        assertThat(sim().canvasState().devices().get("MAC").summary()).isEqualTo("6in4 up");
        assertThat(sim().lines().stream().map(Object::toString).filter(l -> l.contains("event:")).toList())
                .containsExactly("00:03:00 MAC event: public IPv4 changes to 198.51.100.7 (injected)",
                        "00:03:00 MAC event: updater run (injected)");
    }

    @Test
    void anAceSwitchoverFromTheContextMenuSwapsTheFtStatesOnTheModules(FxRobot robot) throws Exception {
        open(robot, "ace-ft-upgrade.labcanvas");
        robot.interact(() -> sim().jumpTo("5m"));
        settle();
        assertThat(sim().canvasState().devices().get("ACE_1").summary()).isEqualTo("1 ACTIVE \u00b7 2 ACTIVE \u00b7 3 ACTIVE");
        // With preempt on and C1's standby COLD, ACE_1 refuses the switchover, as the timeline says.
        choose(robot, "ACE_1", "FT Switchover (all groups)");
        assertThat(sim().canvasState().devices().get("ACE_1").summary()).isEqualTo("1 ACTIVE \u00b7 2 ACTIVE \u00b7 3 ACTIVE");
        assertThat(sim().lines().stream().filter(l -> l.millis() == 300000).map(Object::toString).toList())
                .contains("00:05:00 ACE_1 event: configuration (1 command) (injected)",
                        "00:05:00 ACE_1 warning ACE_COMMAND_REFUSED: line 1: 'ft switchover all': Error: FT group 2: the standby"
                                + " is in FSM_FT_STATE_STANDBY_COLD, not ready; its client connections would be lost (use 'force'"
                                + " to switch over anyway)");
        // Powered off, ACE_1 leaves every group to ACE_2.
        choose(robot, "ACE_1", "Power Off");
        robot.interact(() -> sim().jumpTo("8m"));
        settle();
        assertThat(sim().canvasState().devices().get("ACE_1").summary()).isEqualTo("powered off");
        assertThat(sim().canvasState().devices().get("ACE_2").ft().stream().map(g -> g.id() + " " + g.state()).toList())
                .containsExactly("1 ACTIVE", "2 ACTIVE", "3 ACTIVE");
    }
}
