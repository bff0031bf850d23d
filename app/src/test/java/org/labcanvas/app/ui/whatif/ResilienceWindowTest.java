package org.labcanvas.app.ui.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** Simulate → Resilience Report… in the designer, headless (controls fired on the JavaFX thread). */
@ExtendWith(ApplicationExtension.class)
class ResilienceWindowTest {
    private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path file = SAMPLES.resolve("dmvpn-dual-hub.labcanvas");
        window = new DesignerWindow(stage, new OpenDocument(ProjectFile.load(file), file),
                DesignerSettings.in(Files.createTempDirectory("labcanvas-resilience-ui")));
        window.show();
    }

    @Test
    void theReportRanksThePrimaryHubFirstAndColoursTheCanvas(FxRobot robot) throws Exception {
        robot.interact(() -> window.simulation().openResilience());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#resilience-table").tryQuery().isPresent()
                && !robot.lookup("#resilience-table").queryAs(TableView.class).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ResilienceViewModel.Row> table = robot.lookup("#resilience-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(16);
        assertThat(table.getItems().get(0).failure()).isEqualTo("R0");
        assertThat(table.getItems().get(1).failure()).isEqualTo("R0 Tunnel0");
        assertThat(robot.lookup("#resilience-verdict").queryAs(Label.class).getText())
                .isEqualTo("No single failure cuts off a site other than its own.");

        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(robot.lookup("#resilience-details").queryAs(TextArea.class).getText())
                .startsWith("1. R0 (device): rerouted after 2m05s");

        CheckBox colour = robot.lookup("#resilience-colour").queryAs(CheckBox.class);
        robot.interact(() -> colour.setSelected(true));
        assertThat(window.canvas().stateOverlay()).isInstanceOf(CriticalityOverlay.class);
        robot.interact(() -> colour.setSelected(false));
        assertThat(window.canvas().stateOverlay()).isNull();

        // Simulating takes the canvas: the colours go.
        robot.interact(() -> colour.setSelected(true));
        robot.interact(() -> robot.lookup("#simulate").queryAs(javafx.scene.control.ToggleButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(colour.isSelected()).isFalse();
    }
}
