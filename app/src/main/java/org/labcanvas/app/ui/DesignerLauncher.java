package org.labcanvas.app.ui;

import javafx.application.Application;

/** Starts the JavaFX designer and blocks until its window is closed. */
public final class DesignerLauncher {
    private DesignerLauncher() {}

    public static void launch(OpenDocument doc) {
        LabCanvasApp.initialDocument = doc;
        Application.launch(LabCanvasApp.class);
    }
}
