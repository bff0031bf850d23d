package org.labcanvas.app.ui.export;

import java.io.ByteArrayOutputStream;
import javafx.scene.image.PixelFormat;
import org.labcanvas.app.ui.canvas.CanvasModel;
import org.labcanvas.app.ui.canvas.DesignPainter;
import org.labcanvas.app.ui.canvas.StateOverlay;
import org.labcanvas.app.ui.shell.FxRuntime;
import org.labcanvas.app.ui.canvas.Viewport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.geometry.Bounds;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.labcanvas.model.project.Project;

/**
 * Writes a picture of the design, drawn exactly as the canvas draws it, at a resolution that
 * stays sharp on paper: the design's width is scaled to at least {@value #MIN_WIDTH} pixels (and at
 * most {@value #MAX_WIDTH}). Works without a display (see {@link FxRuntime}).
 */
public final class PngExport {
    public static final int MIN_WIDTH = 1600;
    public static final int MAX_WIDTH = 8000;
    private static final double MARGIN = 60;

    private PngExport() {}

    /** Renders {@code project} and writes a PNG to {@code file} (through a temporary file, then a move). */
    public static void write(Project project, Path file) throws IOException {
        BufferedImage image = render(project);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".labcanvas-", ".png");
        try {
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The PNG file's bytes, rendered in memory (for an export that writes all files at once). */
    public static byte[] bytes(Project project) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(render(project), "png", out)) {
            throw new IOException("no PNG writer available");
        }
        return out.toByteArray();
    }

    static BufferedImage render(Project project) {
        return render(project, null);
    }

    /** The PNG file's bytes with {@code overlay} (a simulation's state) drawn over the design. */
    public static byte[] bytes(Project project, StateOverlay overlay) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(render(project, overlay), "png", out)) {
            throw new IOException("no PNG writer available");
        }
        return out.toByteArray();
    }

    static BufferedImage render(Project project, StateOverlay overlay) {
        CanvasModel model = new CanvasModel(project);
        Bounds extent = model.extent();
        double worldW = extent == null ? 400 : Math.max(extent.getWidth(), 200);
        double worldH = extent == null ? 300 : Math.max(extent.getHeight(), 150);
        double scale = Math.max(2, (MIN_WIDTH - 2 * MARGIN) / worldW);
        scale = Math.min(scale, (MAX_WIDTH - 2 * MARGIN) / worldW);
        scale = Math.min(scale, (MAX_WIDTH - 2 * MARGIN) / worldH);
        int w = (int) Math.ceil(worldW * scale + 2 * MARGIN);
        int h = (int) Math.ceil(worldH * scale + 2 * MARGIN);
        double s = scale;
        return FxRuntime.onFxThread(() -> {
            Canvas canvas = new Canvas(w, h);
            Viewport v = extent == null ? Viewport.IDENTITY
                    : new Viewport(s, MARGIN - extent.getMinX() * s, MARGIN - extent.getMinY() * s);
            DesignPainter.paint(canvas.getGraphicsContext2D(), model, v, w, h, DesignPainter.Decorations.NONE);
            if (overlay != null) {
                overlay.paint(canvas.getGraphicsContext2D(), model, v, w, h);
            }
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.WHITE);
            WritableImage snap = canvas.snapshot(params, null);
            return toBuffered(snap);
        });
    }

    public static BufferedImage toBuffered(WritableImage img) {
        int w = (int) img.getWidth(), h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }
}
