package org.labcanvas.app.ui.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.app.ui.document.OpenDocument;
import org.labcanvas.app.ui.shell.DesignerSettings;
import org.labcanvas.app.ui.shell.DesignerWindow;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.project.Scenario;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.sim.core.LogLine;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The designer's simulation mode driven headless: step, jump, step back, a failure from the context
 * menu, a console. Controls are fired on the JavaFX thread rather than clicked through the robot:
 * once another test has started JavaFX headless in the same JVM, Monocle loses robot input.
 */
@ExtendWith(ApplicationExtension.class)
class SimulationModeTest {
    private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path file = SAMPLES.resolve("dmvpn-dual-hub.labcanvas");
        window = new DesignerWindow(stage, new OpenDocument(ProjectFile.load(file), file),
                DesignerSettings.in(Files.createTempDirectory("labcanvas-sim-ui")));
        window.show();
    }

    private SimulationViewModel sim() {
        return window.simulation().viewModel();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !sim().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The toolbar's Simulate toggle (fired: a first click on a fresh headless window can be lost). */
    private void simulate(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#simulate").queryAs(ToggleButton.class).fire());
        settle();
    }

    /** A button pressed (fired on the JavaFX thread, as a click does). */
    private void press(FxRobot robot, String id) throws Exception {
        robot.interact(() -> robot.lookup(id).queryAs(ButtonBase.class).fire());
        settle();
    }

    /** {@code text} typed into the field {@code id}, then {@code key} pressed there. */
    private void type(FxRobot robot, String id, String text, KeyCode key) throws Exception {
        robot.interact(() -> {
            TextField field = robot.lookup(id).queryAs(TextField.class);
            field.requestFocus();
            field.setText(text);
            field.positionCaret(text.length());
            if (key == KeyCode.ENTER && field.getOnAction() != null) {
                field.fireEvent(new ActionEvent());
            } else {
                field.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
            }
        });
        settle();
    }

    private String clock(FxRobot robot) {
        return robot.lookup("#sim-clock").queryAs(Label.class).getText();
    }

    @Test
    void poweringR0OffFromItsContextMenuMovesTheSpokesToR1AndSteppingBackUndoesIt(FxRobot robot) throws Exception {
        simulate(robot);
        assertThat(sim().isActive()).isTrue();
        type(robot, "#jump-time", "5m", KeyCode.ENTER);
        assertThat(clock(robot)).isEqualTo("00:05:00");

        // The context menu request a right-click on R0 makes (headless Monocle sends none itself), then Power Off.
        Point2D r0 = WaitForAsyncUtils.asyncFx(() -> window.canvas().deviceOnScreen("R0")).get();
        robot.interact(() -> {
            Point2D local = window.canvas().localToScene(window.canvas().screenToLocal(r0));
            Event.fireEvent(window.canvas(), new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getX(), local.getY(), r0.getX(), r0.getY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = robot.listWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).findFirst().orElseThrow();
        MenuItem off = menu.getItems().stream().filter(m -> "Power Off".equals(m.getText())).findFirst().orElseThrow();
        robot.interact(() -> {
            off.fire();
            menu.hide();
        });
        settle();
        assertThat(sim().scenario()).hasSize(1);
        assertThat(sim().canvasState().devices().get("R0").power()).isEqualTo(CanvasState.Power.DOWN);

        press(robot, "#step-forward"); // 5:40, R1 loses R0
        press(robot, "#step-forward"); // 5:45, R1's SPF
        press(robot, "#step-forward");
        assertThat(clock(robot)).isEqualTo("00:07:00");
        @SuppressWarnings("unchecked")
        ListView<StepChanges.Change> changes = robot.lookup("#step-changes").queryAs(ListView.class);
        assertThat(changes.getItems().stream().map(StepChanges.Change::line).toList())
                .contains("R2  ospf  - Tunnel0 10.10.10.1 FULL/DR");
        press(robot, "#step-forward"); // the spokes' SPF, 5 s after their dead timers
        assertThat(clock(robot)).isEqualTo("00:07:05");
        assertThat(changes.getItems().stream().map(StepChanges.Change::line).toList())
                .contains("R2  route  + O 3.3.3.3/32 [110/101] via 10.1.1.3 Tunnel1");
        assertThat(sim().canvasState().tunnels().values()).containsExactly(CanvasState.TunnelState.REGISTERED,
                CanvasState.TunnelState.FULL, CanvasState.TunnelState.REGISTERED, CanvasState.TunnelState.FULL);

        press(robot, "#step-back");
        press(robot, "#step-back");
        assertThat(clock(robot)).isEqualTo("00:05:45");
        assertThat(sim().canvasState().tunnels().values()).containsOnly(CanvasState.TunnelState.FULL);
    }

    @Test
    void r2sConsoleAnswersShowCommandsAtTheCurrentTimeAndTurnsConfigurationIntoAnEvent(FxRobot robot) throws Exception {
        simulate(robot);
        robot.interact(() -> sim().jumpTo(Duration.ofMinutes(8)));
        settle();
        MenuItem console = WaitForAsyncUtils.asyncFx(() -> window.simulation().contextItems("R2")).get().stream()
                .filter(m -> "Open Console".equals(m.getText())).findFirst().orElseThrow();
        robot.interact(console::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#console-prompt").queryAs(Label.class).getText()).isEqualTo("R2#");
        type(robot, "#console-input", "sh ip osp", KeyCode.TAB);
        assertThat(robot.lookup("#console-input").queryAs(TextField.class).getText()).isEqualTo("sh ip ospf ");
        type(robot, "#console-input", "sh ip ospf neighbor", KeyCode.ENTER);
        String transcript = robot.lookup("#console-output").queryAs(TextArea.class).getText();
        assertThat(transcript).isEqualTo("R2#sh ip ospf neighbor\n" + ShowCommand.execute(sim().state(), "R2", "show ip ospf neighbor"));

        type(robot, "#console-input", "conf t", KeyCode.ENTER);
        type(robot, "#console-input", "int tu0", KeyCode.ENTER);
        assertThat(robot.lookup("#console-prompt").queryAs(Label.class).getText()).isEqualTo("R2(config-if)#");
        type(robot, "#console-input", "shutdown", KeyCode.ENTER);
        type(robot, "#console-input", "end", KeyCode.ENTER);
        assertThat(sim().lines().stream().map(LogLine::text).toList())
                .contains("00:08:00 R2 event: configuration (1 command) (injected)");
        assertThat(robot.lookup("#console-prompt").queryAs(Label.class).getText()).isEqualTo("R2#");
    }

    @Test
    void aScenarioIsExportedAndImportedAsEventsYaml(FxRobot robot, @TempDir Path dir) throws Exception {
        simulate(robot);
        robot.interact(() -> sim().jumpTo(Duration.ofMinutes(10)));
        settle();
        List<MenuItem> items = WaitForAsyncUtils.asyncFx(() -> window.simulation().contextItems("R0")).get();
        robot.interact(() -> items.stream().filter(m -> "Power Off".equals(m.getText())).findFirst().orElseThrow().fire());
        settle();
        Path yaml = dir.resolve("r0.yaml");
        robot.interact(() -> {
            try {
                window.simulation().exportEvents(yaml);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(Files.readString(yaml)).isEqualTo("events:\n  - at: 10m\n    device: R0\n    action: down\n");
        robot.interact(() -> sim().clearScenario());
        settle();
        assertThat(sim().scenario()).isEmpty();
        robot.interact(() -> window.simulation().importEvents(yaml));
        settle();
        assertThat(sim().scenarioNameProperty().get()).isEqualTo("r0");
        assertThat(sim().lines().stream().map(LogLine::text).toList()).contains("00:10:00 R0 event: power off (line 2)");
    }

    @Test
    void aScenarioIsSavedInTheDesignInOneUndoStepAndPlayedAgain(FxRobot robot) throws Exception {
        simulate(robot);
        robot.interact(() -> sim().jumpTo(Duration.ofMinutes(10)));
        settle();
        robot.interact(() -> sim().inject(new ScriptEvent.Power(0, Duration.ZERO, "R0", false)));
        settle();
        robot.interact(() -> window.simulation().saveScenario());
        assertThat(window.viewModel().project().scenarios()).containsExactly(
                new Scenario("Scenario 1", "events:\n  - at: 10m\n    device: R0\n    action: down\n"));
        assertThat(window.viewModel().undoLabel()).contains("Save Scenario Scenario 1");
        robot.interact(() -> sim().clearScenario());
        settle();
        assertThat(sim().canvasState().devices().get("R0").power()).isEqualTo(CanvasState.Power.UP);
        robot.interact(() -> window.simulation().openScenario("Scenario 1"));
        settle();
        assertThat(sim().canvasState().devices().get("R0").power()).isEqualTo(CanvasState.Power.DOWN);
        robot.interact(() -> window.viewModel().undo());
        assertThat(window.viewModel().project().scenarios()).isEmpty();
    }

    @Test
    void thePingTargetIsPickedOnTheCanvasAndItsPathIsShownHopByHop(FxRobot robot) throws Exception {
        simulate(robot);
        robot.interact(() -> sim().jumpTo(Duration.ofMinutes(5)));
        settle();
        Menu ping = (Menu) WaitForAsyncUtils.asyncFx(() -> window.simulation().contextItems("R2")).get().stream()
                .filter(m -> "Ping to\u2026".equals(m.getText())).findFirst().orElseThrow();
        robot.interact(() -> ping.getItems().get(0).fire());
        assertThat(window.viewModel().messageProperty().get()).isEqualTo("Click the device to ping from R2 (Escape cancels)");
        Point2D r1 = WaitForAsyncUtils.asyncFx(() -> window.canvas().deviceOnScreen("R1")).get();
        robot.interact(() -> {
            Point2D scene = window.canvas().localToScene(window.canvas().screenToLocal(r1));
            Event.fireEvent(window.canvas(), new MouseEvent(MouseEvent.MOUSE_CLICKED, scene.getX(), scene.getY(),
                    r1.getX(), r1.getY(), MouseButton.PRIMARY, 1, false, false, false, false, true, false, false,
                    false, false, true, null));
        });
        settle();
        String r1Address = SimulationMode.pingAddress(window.viewModel().project().topology().require("R1")).orElseThrow();
        assertThat(sim().scenario()).containsExactly(
                new ScriptEvent.Ping(0, Duration.ofMinutes(5), "R2", r1Address, null, ScriptEvent.DEFAULT_PING_REPEAT));
        assertThat(sim().canvasState().pingDelivered()).isTrue();
        assertThat(sim().canvasState().pingPath()).startsWith("R2").endsWith("R1");
    }

    @Test
    void aDevicesChartsShowItsFullNeighboursOverTime(FxRobot robot) throws Exception {
        simulate(robot);
        robot.interact(() -> sim().jumpTo(Duration.ofMinutes(10)));
        settle();
        robot.interact(() -> sim().inject(new ScriptEvent.Power(0, Duration.ZERO, "R0", false)));
        settle();
        ChartWindow charts = WaitForAsyncUtils.asyncFx(() -> window.simulation().openCharts("R2")).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !charts.ospfChart().getData().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        var points = charts.ospfChart().getData().get(0).getData();
        // Every 15 s up to the slider's 30 minutes: 2 FULL from 2:00, 1 from 12:00 (R0's dead interval).
        assertThat(points).hasSize(121);
        assertThat(points.get(8).getYValue()).isEqualTo(2);
        assertThat(points.get(47).getYValue()).isEqualTo(2);
        assertThat(points.get(48).getYValue()).isEqualTo(1);
        assertThat(points.get(120).getYValue()).isEqualTo(1);
    }
}
