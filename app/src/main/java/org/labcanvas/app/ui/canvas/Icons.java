package org.labcanvas.app.ui.canvas;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * The device symbols of the {@code icons} module ({@code /org/labcanvas/icons/NAME.png} and
 * {@code NAME@2x.png}), loaded once. Missing images come back null and the canvas draws a plain shape.
 */
public final class Icons {
    private static final Map<DeviceShape, Image> LARGE = new EnumMap<>(DeviceShape.class);
    private static final Map<DeviceShape, Image> SMALL = new EnumMap<>(DeviceShape.class);

    private Icons() {}

    /** The 2x rendering, for drawing scaled on the canvas. */
    static synchronized Image large(DeviceShape shape) {
        return LARGE.computeIfAbsent(shape, s -> load(s.icon + "@2x.png"));
    }

    /** The 1x rendering, for the palette. */
    static synchronized Image small(DeviceShape shape) {
        return SMALL.computeIfAbsent(shape, s -> load(s.icon + ".png"));
    }

    public static Image app(String file) {
        return load(file);
    }

    private static Image load(String file) {
        try (InputStream in = Icons.class.getResourceAsStream("/org/labcanvas/icons/" + file)) {
            return in == null ? null : new Image(in);
        } catch (IOException e) {
            return null;
        }
    }
}
