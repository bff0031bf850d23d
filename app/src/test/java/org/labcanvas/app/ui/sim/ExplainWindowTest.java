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
}
