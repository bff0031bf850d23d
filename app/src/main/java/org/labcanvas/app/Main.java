package org.labcanvas.app;

import org.labcanvas.app.cli.LabCanvasCommand;

/**
 * Entry point of {@code labcanvas.jar}. Without arguments it opens the designer on the bundled
 * default sample; {@code open FILE} opens the designer on FILE; anything else is the command line.
 *
 * <p>This class must not extend {@code javafx.application.Application}: the JavaFX launcher
 * refuses to start such a main class from a plain class path, as in a shaded jar.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // exit explicitly: a headless JavaFX runtime started for a PNG export would keep the JVM alive
        System.exit(LabCanvasCommand.run(args));
    }
}
