package org.labcanvas.app.ui.canvas;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/** How canvas units map to screen pixels: {@code screen = world * scale + offset}. */
public record Viewport(double scale, double offsetX, double offsetY) {
    static final double MIN_SCALE = 0.02;
    static final double MAX_SCALE = 8;
    public static final Viewport IDENTITY = new Viewport(1, 0, 0);

    public Point2D toScreen(double x, double y) {
        return new Point2D(x * scale + offsetX, y * scale + offsetY);
    }

    Point2D toWorld(double sx, double sy) {
        return new Point2D((sx - offsetX) / scale, (sy - offsetY) / scale);
    }

    /** The world rectangle a view of this size shows. */
    Bounds visible(double width, double height) {
        Point2D a = toWorld(0, 0);
        return new BoundingBox(a.getX(), a.getY(), width / scale, height / scale);
    }

    Viewport pannedBy(double dx, double dy) {
        return new Viewport(scale, offsetX + dx, offsetY + dy);
    }

    /** Zoomed by {@code factor} keeping the screen point (px, py) in place. */
    Viewport zoomedAt(double factor, double px, double py) {
        double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        double f = s / scale;
        return new Viewport(s, px - (px - offsetX) * f, py - (py - offsetY) * f);
    }

    /** A viewport that shows {@code world} inside a view of the given size, with a margin in pixels. */
    static Viewport fit(Bounds world, double width, double height, double margin) {
        if (world == null || world.getWidth() <= 0 && world.getHeight() <= 0 || width <= 0 || height <= 0) {
            return IDENTITY;
        }
        double s = Math.min((width - 2 * margin) / Math.max(world.getWidth(), 1),
                (height - 2 * margin) / Math.max(world.getHeight(), 1));
        s = Math.max(MIN_SCALE, Math.min(2, s));
        double ox = (width - world.getWidth() * s) / 2 - world.getMinX() * s;
        double oy = (height - world.getHeight() * s) / 2 - world.getMinY() * s;
        return new Viewport(s, ox, oy);
    }
}
