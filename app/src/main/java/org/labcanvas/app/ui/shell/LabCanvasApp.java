package org.labcanvas.app.ui.shell;

import org.labcanvas.app.ui.document.OpenDocument;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one designer window on the document it was started with. */
public final class LabCanvasApp extends Application {
    static volatile OpenDocument initialDocument;

    @Override
    public void start(Stage stage) {
        new DesignerWindow(stage, initialDocument).show();
    }
}
