package org.labcanvas.app.ui;

import javafx.application.Application;

/** Starts the JavaFX designer and blocks until its window is closed. */
public final class DesignerLauncher {
    /**
     * JavaFX warns on every start that it was loaded from the class path (as in a shaded jar);
     * that is how LabCanvas ships, so the warning is noise. Held here so the setting is not
     * garbage-collected.
     */
    private static final java.util.logging.Logger PLATFORM_LOG =
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    private DesignerLauncher() {}

    public static void launch(OpenDocument doc) {
        PLATFORM_LOG.setLevel(java.util.logging.Level.SEVERE);
        LabCanvasApp.initialDocument = doc;
        Application.launch(LabCanvasApp.class);
    }
}
