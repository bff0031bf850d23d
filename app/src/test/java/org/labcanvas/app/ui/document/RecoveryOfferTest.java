package org.labcanvas.app.ui.document;

import org.labcanvas.app.ui.shell.DesignerRobot;
import org.labcanvas.app.ui.shell.DesignerSettings;
import org.labcanvas.app.ui.shell.DesignerWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** After a crash: the autosaved design is offered back when the designer starts. */
@ExtendWith(ApplicationExtension.class)
class RecoveryOfferTest {
    private static final Project AUTOSAVED = ReferenceDesigns.dmvpnSingleHub();
    private Stage stage;
    private DesignerWindow window;
    private Path recovery;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path home = Files.createTempDirectory("labcanvas-ui");
        // What the autosave of a designer that did not close normally left behind.
        new RecoveryFile(home.resolve("recovery")).write(AUTOSAVED);
        recovery = home.resolve("recovery").resolve(RecoveryFile.NAME);
        DesignerSettings crashed = new DesignerSettings(home.resolve("recent.txt"), home.resolve("recovery"), true);
        window = new DesignerWindow(stage, null, crashed);
        window.show();
    }

    @Test
    void theAutosavedDesignIsOfferedAndRestoredAsUnsavedWork(FxRobot robot) throws Exception {
        DialogPane offer = DesignerRobot.shownDialog(robot);
        assertEquals("Restore unsaved work?", offer.getHeaderText());
        assertThat(offer.getContentText()).contains("(\"" + AUTOSAVED.name() + "\", " + AUTOSAVED.topology().devices().size() + " devices)");
        DesignerRobot.answer(robot, offer, javafx.scene.control.ButtonType.YES);
        assertEquals(AUTOSAVED.topology(), window.viewModel().project().topology());
        // Restored work is unsaved work: the title says so, and undo goes back to the empty design.
        assertEquals("LabCanvas \u2014 Recovered *", stage.getTitle());
        assertEquals(java.util.Optional.of("Recovered"), window.viewModel().undoLabel());
        assertThat(recovery).doesNotExist();
    }
}
