package org.labcanvas.app.ui.canvas;

import javafx.scene.canvas.GraphicsContext;

/**
 * What a mode draws over the design (the simulation's state at the current time): called after the
 * design and its decorations, with the graphics context in screen pixels; {@code v} maps world
 * coordinates ({@link CanvasModel#centre}, {@link CanvasModel#bounds}) to the screen.
 */
@FunctionalInterface
public interface StateOverlay {
    void paint(GraphicsContext g, CanvasModel m, Viewport v, double width, double height);
}
