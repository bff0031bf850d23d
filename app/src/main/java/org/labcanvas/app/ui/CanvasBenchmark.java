package org.labcanvas.app.ui;

import java.util.Arrays;
import javafx.scene.canvas.Canvas;
import org.labcanvas.model.generate.DmvpnGenerator;
import org.labcanvas.model.project.Project;

/**
 * Measures how fast the canvas is on a design: the time to prepare it (geometry cache and index),
 * and frame times while panning and zooming a view of 1280 x 800 pixels, both for drawing the
 * frame (culling and issuing the drawing commands) and for drawing plus rendering it to pixels
 * (a snapshot, the software renderer's full cost). Runs without a display.
 *
 * <p>{@code java -cp labcanvas.jar org.labcanvas.app.ui.CanvasBenchmark [HUBS SPOKES FRAMES]}
 */
public final class CanvasBenchmark {
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;

    /**
     * @param devices       devices in the design
     * @param prepareMillis building the canvas model (placements, bounds, overlays, grid index)
     * @param drawMillis    median / 95th percentile / max time to draw one frame
     * @param renderMillis  median / 95th percentile / max time to draw and render one frame
     * @param snapshotMillis median time to render and read back an empty frame (the snapshot's own cost,
     *                       included in {@code renderMillis}; a window on screen does not pay it)
     * @param drawnPerFrame devices drawn in the median frame (the rest were outside the view)
     * @param gestures      draw+render frame times during pan and zoom gestures, redrawing every
     *                      frame (as at rest) and from the cached design image (as the canvas does
     *                      while a pan or zoom runs)
     */
    public record Result(int devices, double prepareMillis, double[] drawMillis, double[] renderMillis,
                         double snapshotMillis, int drawnPerFrame, java.util.List<Gesture> gestures) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(String.format("%d devices: prepare %.1f ms; draw median %.2f ms, p95 %.2f ms, max %.2f ms; "
                            + "draw+render median %.2f ms, p95 %.2f ms, max %.2f ms (empty frame %.2f ms); %d devices drawn per frame",
                    devices, prepareMillis, drawMillis[0], drawMillis[1], drawMillis[2],
                    renderMillis[0], renderMillis[1], renderMillis[2], snapshotMillis, drawnPerFrame));
            for (Gesture g : gestures) {
                s.append(System.lineSeparator()).append("  ").append(g);
            }
            return s.toString();
        }
    }

    /**
     * Frame times (draw+render, median / p95 / max) of one gesture, redrawn every frame and from the
     * cached image, and how many frames of the cached run had to render the image again.
     */
    public record Gesture(String name, int frames, double[] redrawMillis, double[] cachedMillis, int cacheRenders,
                          double firstFrameMillis, double worstLaterRenderMillis) {
        @Override
        public String toString() {
            return String.format("%s (%d frames): redraw median %.2f ms, p95 %.2f ms, max %.2f ms; "
                            + "cached median %.2f ms, p95 %.2f ms, max %.2f ms (%d image renders: first frame %.1f ms, "
                            + "worst later render frame %.1f ms)",
                    name, frames, redrawMillis[0], redrawMillis[1], redrawMillis[2],
                    cachedMillis[0], cachedMillis[1], cachedMillis[2], cacheRenders, firstFrameMillis,
                    worstLaterRenderMillis);
        }
    }

    private CanvasBenchmark() {}

    public static Result run(Project project, int frames) {
        long t0 = System.nanoTime();
        CanvasModel model = new CanvasModel(project);
        double prepare = (System.nanoTime() - t0) / 1e6;
        return FxRuntime.onFxThread(() -> {
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            Viewport fit = Viewport.fit(model.extent(), WIDTH, HEIGHT, 40);
            // Start zoomed in to a readable scale on the middle of the design, then pan and zoom.
            Viewport start = fit.zoomedAt(Math.max(1, 0.8 / fit.scale()), WIDTH / 2.0, HEIGHT / 2.0);
            double[] draw = new double[frames];
            double[] render = new double[frames];
            int[] drawn = new int[frames];
            for (int f = 0; f < frames; f++) {
                Viewport v = frame(start, f, frames);
                long a = System.nanoTime();
                drawn[f] = DesignPainter.paint(canvas.getGraphicsContext2D(), model, v, WIDTH, HEIGHT,
                        DesignPainter.Decorations.NONE);
                long b = System.nanoTime();
                canvas.snapshot(null, null);
                long c = System.nanoTime();
                draw[f] = (b - a) / 1e6;
                render[f] = (c - a) / 1e6;
            }
            double[] blank = new double[Math.min(frames, 10)];
            for (int f = 0; f < blank.length; f++) {
                long a = System.nanoTime();
                canvas.getGraphicsContext2D().clearRect(0, 0, WIDTH, HEIGHT);
                canvas.snapshot(null, null);
                blank[f] = (System.nanoTime() - a) / 1e6;
            }
            Arrays.sort(drawn);
            Viewport far = start.zoomedAt(0.25, WIDTH / 2.0, HEIGHT / 2.0);
            java.util.List<Gesture> gestures = java.util.List.of(
                    gesture("pan at reading zoom", canvas, model, pan(start, frames)),
                    gesture("pan zoomed out", canvas, model, pan(far, frames)),
                    gesture("zoom sweep (wheel steps)", canvas, model, zoomSweep(start, frames)));
            return new Result(project.topology().devices().size(), prepare, stats(draw), stats(render),
                    stats(blank)[0], drawn[frames / 2], gestures);
        });
    }

    /** Times the frames of one gesture, redrawn every frame and then from a {@link DesignLayer}. */
    private static Gesture gesture(String name, Canvas canvas, CanvasModel model, java.util.List<Viewport> views) {
        double[] redraw = new double[views.size()];
        double[] cached = new double[views.size()];
        for (int f = 0; f < views.size(); f++) {
            long a = System.nanoTime();
            DesignPainter.paint(canvas.getGraphicsContext2D(), model, views.get(f), WIDTH, HEIGHT,
                    DesignPainter.Decorations.NONE);
            canvas.snapshot(null, null);
            redraw[f] = (System.nanoTime() - a) / 1e6;
        }
        DesignLayer layer = new DesignLayer();
        boolean zooming = false;
        double worstLater = 0;
        for (int f = 0; f < views.size(); f++) {
            int before = layer.renders();
            zooming |= f > 0 && views.get(f).scale() != views.get(f - 1).scale();
            long a = System.nanoTime();
            layer.paintMoving(canvas.getGraphicsContext2D(), model, views.get(f), WIDTH, HEIGHT,
                    DesignPainter.Decorations.NONE, zooming);
            canvas.snapshot(null, null);
            cached[f] = (System.nanoTime() - a) / 1e6;
            if (f > 0 && layer.renders() > before) {
                worstLater = Math.max(worstLater, cached[f]);
            }
        }
        return new Gesture(name, views.size(), stats(redraw), stats(cached), layer.renders(), cached[0], worstLater);
    }

    /** A drag pan: 12 pixels a frame (720 px/s at 60 frames a second), turning every 40 frames. */
    static java.util.List<Viewport> pan(Viewport start, int frames) {
        java.util.List<Viewport> out = new java.util.ArrayList<>();
        Viewport v = start;
        for (int f = 0; f < frames; f++) {
            double angle = Math.PI / 2 * (f / 40);
            v = v.pannedBy(Math.round(12 * Math.cos(angle)), Math.round(12 * Math.sin(angle)));
            out.add(v);
        }
        return out;
    }

    /** Ctrl+wheel zooming at the centre: eight notches out, eight back in, and again. */
    static java.util.List<Viewport> zoomSweep(Viewport start, int frames) {
        java.util.List<Viewport> out = new java.util.ArrayList<>();
        Viewport v = start;
        for (int f = 0; f < frames; f++) {
            double factor = f / 8 % 2 == 0 ? 1 / 1.15 : 1.15;
            v = v.zoomedAt(factor, WIDTH / 2.0, HEIGHT / 2.0);
            out.add(v);
        }
        return out;
    }

    /** Frame {@code f}: pans in a circle and zooms out and back in. */
    static Viewport frame(Viewport start, int f, int frames) {
        double t = (double) f / Math.max(1, frames);
        double zoom = 1 / (1 + 3 * Math.sin(Math.PI * t));
        return start.zoomedAt(zoom, WIDTH / 2.0, HEIGHT / 2.0)
                .pannedBy(400 * Math.cos(2 * Math.PI * t) - 400, 300 * Math.sin(2 * Math.PI * t));
    }

    private static double[] stats(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return new double[] {s[s.length / 2], s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.95) - 1)],
                s[s.length - 1]};
    }

    public static void main(String[] args) throws Exception {
        int hubs = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int spokes = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int frames = args.length > 2 ? Integer.parseInt(args[2]) : 120;
        long t0 = System.nanoTime();
        Project p = DmvpnGenerator.generate(hubs, spokes);
        double gen = (System.nanoTime() - t0) / 1e6;
        java.nio.file.Path file = java.nio.file.Files.createTempFile("labcanvas-bench", ".labcanvas");
        org.labcanvas.model.project.ProjectFile.save(p, file);
        long t1 = System.nanoTime();
        Project loaded = org.labcanvas.model.project.ProjectFile.load(file);
        double load = (System.nanoTime() - t1) / 1e6;
        java.nio.file.Files.deleteIfExists(file);
        java.nio.file.Files.deleteIfExists(org.labcanvas.model.project.ProjectFile.backupPath(file));
        run(loaded, 5);
        Result r = run(loaded, frames);
        System.out.printf("generate %.0f ms; load file %.0f ms; %s%n", gen, load, r);
        System.exit(0);
    }
}
