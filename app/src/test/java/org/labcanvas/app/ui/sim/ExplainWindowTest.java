package org.labcanvas.app.ui.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labcanvas.app.ui.document.OpenDocument;
import org.labcanvas.app.ui.shell.DesignerSettings;
import org.labcanvas.app.ui.shell.DesignerWindow;
import org.labcanvas.model.project.ProjectFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Explain path from a device's context menu in the designer, headless. Controls are fired on the
 * JavaFX thread rather than clicked through the robot (see {@code SimulationModeTest}).
 */
@ExtendWith(ApplicationExtension.class)
class ExplainWindowTest {
    private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path file = SAMPLES.resolve("dmvpn-dual-hub.labcanvas");
        window = new DesignerWindow(stage, new OpenDocument(ProjectFile.load(file), file),
                DesignerSettings.in(Files.createTempDirectory("labcanvas-explain-ui")));
        window.show();
    }

    @Test
    void explainPathOnR2ShowsThePrimaryHubAtElevenAndTheBackupAtOneHundredOne(FxRobot robot) throws Exception {
        MenuItem explain = WaitForAsyncUtils.asyncFx(() -> window.simulation().contextItems("R2")).get().stream()
                .filter(m -> "Explain Path\u2026".equals(m.getText())).findFirst().orElseThrow();
        robot.interact(explain::fire);
        // while designing, the converged network is simulated in the background first
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#explain-prefix").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> prefix = robot.lookup("#explain-prefix").queryAs(ComboBox.class);
        assertThat(prefix.getItems()).contains("10.10.10.0/24", "3.3.3.3/32", "0.0.0.0/0");
        robot.interact(() -> {
            prefix.getEditor().setText("10.10.10.0/24");
            robot.lookup("#explain-run").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#explain-output").queryAs(TextArea.class).getText();
        assertThat(text).startsWith("Explain 10.10.10.0/24 on R2 at 00:05:00\n")
                .contains("  total 10 + 1 = 11\n", "  via 10.1.1.1 (R1) on Tunnel1: 101, not used because 101 > 11\n");

        robot.interact(() -> {
            prefix.getEditor().setText("10.10.10.5/24");
            robot.lookup("#explain-run").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#explain-problem").queryAs(Label.class).getText())
                .isEqualTo("'10.10.10.5/24' has host bits set; the prefix is 10.10.10.0/24 (or give the address 10.10.10.5 alone)");
    }
    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> !window.simulation().viewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void whileSimulatingTheWindowExplainsAtTheCurrentTimeAndFollowsIt(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#simulate").queryAs(javafx.scene.control.ToggleButton.class).fire());
        settle();
        SimulationViewModel sim = window.simulation().viewModel();
        robot.interact(() -> sim.jumpTo("5m"));
        settle();
        ExplainWindow w = WaitForAsyncUtils.asyncFx(() -> window.simulation().openExplain("R2")).get();
        robot.interact(() -> w.explain("10.10.10.0/24"));
        assertThat(w.viewModel().text()).startsWith("Explain 10.10.10.0/24 on R2 at 00:05:00\n")
                .contains("  O     10.10.10.0/24 [110/11] via 10.0.0.1, Tunnel0");
        robot.interact(() -> sim.inject(new org.labcanvas.model.sim.events.ScriptEvent.Power(0, java.time.Duration.ZERO,
                "R0", false)));
        settle();
        robot.interact(() -> sim.jumpTo("15m"));
        settle();
        assertThat(w.viewModel().text()).startsWith("Explain 10.10.10.0/24 on R2 at 00:15:00\n")
                .contains("  O     10.10.10.0/24 [110/101] via 10.1.1.1, Tunnel1",
                        "  Note: no FULL neighbour on Tunnel0: 10.0.0.1 (R0) DOWN; no path through Tunnel0\n");
    }

    @Test
    void pointingAtARouteLineInR2sConsoleExplainsItInThePanelBesideTheTranscript(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#simulate").queryAs(javafx.scene.control.ToggleButton.class).fire());
        settle();
        robot.interact(() -> window.simulation().viewModel().jumpTo("5m"));
        settle();
        ConsoleWindow console = WaitForAsyncUtils.asyncFx(() -> window.simulation().openConsole("R2")).get();
        robot.interact(() -> console.viewModel().enter("show ip route"));
        WaitForAsyncUtils.waitForFxEvents();
        TextArea transcript = robot.lookup("#console-output").queryAs(TextArea.class);
        // the first visible route line, found through the transcript's own text layout
        double[] at = WaitForAsyncUtils.asyncFx(() -> {
            javafx.geometry.Bounds b = transcript.localToScene(transcript.getBoundsInLocal());
            for (double y = b.getMinY() + 2; y < b.getMaxY(); y += 2) {
                int line = console.lineAt(b.getMinX() + 60, y);
                if (line >= 0 && console.viewModel().routePrefixAt(line).isPresent()) {
                    return new double[] {b.getMinX() + 60, y, line};
                }
            }
            return null;
        }).get();
        assertThat(at).isNotNull();
        robot.interact(() -> javafx.event.Event.fireEvent(transcript, new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_MOVED, at[0], at[1], at[0], at[1], javafx.scene.input.MouseButton.NONE,
                0, false, false, false, false, false, false, false, false, false, false, null)));
        String panel = robot.lookup("#console-route-explanation").queryAs(TextArea.class).getText();
        String prefix = console.viewModel().routePrefixAt((int) at[2]).orElseThrow();
        assertThat(panel).startsWith("Explain " + prefix + " on R2 at 00:05:00\n")
                .isEqualTo(console.viewModel().explanationAt((int) at[2]).orElseThrow());
    }
}
