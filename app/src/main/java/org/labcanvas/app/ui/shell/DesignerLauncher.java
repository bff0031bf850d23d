package org.labcanvas.app.ui.shell;

import java.util.logging.Logger;
import org.labcanvas.app.ui.document.OpenDocument;
import javafx.application.Application;

/** Starts the JavaFX designer and blocks until its window is closed. */
public final class DesignerLauncher {
    /**
     * JavaFX warns on every start that it was loaded from the class path (as in a shaded jar);
     * that is how LabCanvas ships, so that one warning is dropped; every other JavaFX message
     * still shows. JavaFX logs as {@code javafx}; the logger is held here so that its filter is not
     * garbage-collected.
     */
    private static final Logger PLATFORM_LOG = Logger.getLogger("javafx");

    private DesignerLauncher() {}

    /** Before JavaFX starts: drop its warning about running from the class path. */
    static void dropClassPathWarning() {
        PLATFORM_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    public static void launch(OpenDocument doc) {
        dropClassPathWarning();
        LabCanvasApp.initialDocument = doc;
        Application.launch(LabCanvasApp.class);
    }
}
