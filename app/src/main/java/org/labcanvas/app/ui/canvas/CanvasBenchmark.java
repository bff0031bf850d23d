package org.labcanvas.app.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.nio.file.Files;
import org.labcanvas.model.layout.Layout;
import java.util.LinkedHashMap;
import java.util.List;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.labcanvas.model.edit.MoveDevices;
import java.nio.file.Path;
import org.labcanvas.model.layout.Placement;
import javafx.geometry.Point2D;
import org.labcanvas.model.project.ProjectFile;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.labcanvas.app.ui.shell.FxRuntime;
import java.util.Arrays;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.labcanvas.model.generate.DmvpnGenerator;
import org.labcanvas.model.project.Project;

/**
 * Measures how fast the canvas is on a design: the time to prepare it (geometry cache and index),
 * and frame times while panning and zooming a view of 1280 x 800 pixels, both for drawing the
 * frame (culling and issuing the drawing commands) and for drawing plus rendering it to pixels
 * (a snapshot, the software renderer's full cost). Each gesture is timed redrawing the whole view
 * every frame, and as the canvas draws it from a {@link DesignLayer}: its first frame, median, 95th
 * percentile and longest frame, and the frames before (the first picture) and after it (settling).
 * Runs without a display.
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
     *                      frame and from tiles (as the canvas does)
     */
    public record Result(int devices, double prepareMillis, double[] drawMillis, double[] renderMillis,
                         double snapshotMillis, int drawnPerFrame, List<Gesture> gestures) {
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
     * One gesture, timed two ways (draw+render of each frame): redrawing the whole view every frame,
     * and as the canvas does it, from a {@link DesignLayer} with the canvas's frame budget.
     *
     * @param redrawMillis     median / p95 / max frame, redrawing every frame
     * @param tiledMillis      median / p95 / max frame from the tiles
     * @param firstFrameMillis the first frame of the gesture from the tiles (included in the max)
     * @param partialFrames    frames that showed another zoom level (scaled) or background where
     *                         a tile was not rendered yet
     * @param tilesRendered    tiles rendered during the gesture
     * @param rest             the frames that drew the view before the gesture: the first picture
     *                         and the idle frames that render the tiles around it
     * @param settle           the frames after the last step: those the canvas draws while tiles
     *                         are missing until it settles ({@link CanvasView#SETTLE}), then those
     *                         at rest until the view is exact and the tiles around it rendered
     */
    public record Gesture(String name, int frames, double[] redrawMillis, double[] tiledMillis, double firstFrameMillis,
                          int partialFrames, int tilesRendered, Pauses pauses, Frames rest, Frames settle) {
        @Override
        public String toString() {
            return String.format("%s (%d frames): redraw median %.2f ms, p95 %.2f ms, max %.2f ms; "
                            + "tiled median %.2f ms, p95 %.2f ms, max %.2f ms, first frame %.2f ms "
                            + "(%d tiles rendered, %d frames partly from other levels; %s); before: %s; settling: %s",
                    name, frames, redrawMillis[0], redrawMillis[1], redrawMillis[2],
                    tiledMillis[0], tiledMillis[1], tiledMillis[2], firstFrameMillis, tilesRendered, partialFrames,
                    pauses, rest, settle);
        }
    }

    /**
     * Garbage collection during the tiled frames of a gesture: how many frames it paused, for how
     * long in all, and the longest frame without a pause.
     */
    public record Pauses(int frames, double millis, double maxFrameWithoutMillis) {
        @Override
        public String toString() {
            return String.format("GC paused %d frames for %.0f ms, longest frame without GC %.2f ms",
                    frames, millis, maxFrameWithoutMillis);
        }
    }

    /** A run of frames at rest: how many, the first and the longest, and the tiles they rendered. */
    public record Frames(int count, double firstMillis, double maxMillis, double totalMillis, int tilesRendered) {
        @Override
        public String toString() {
            return String.format("%d frames, first %.2f ms, max %.2f ms, total %.1f ms, %d tiles",
                    count, firstMillis, maxMillis, totalMillis, tilesRendered);
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
                toPixels(canvas);
                long c = System.nanoTime();
                draw[f] = (b - a) / 1e6;
                render[f] = (c - a) / 1e6;
            }
            double[] blank = new double[Math.min(frames, 10)];
            for (int f = 0; f < blank.length; f++) {
                long a = System.nanoTime();
                canvas.getGraphicsContext2D().clearRect(0, 0, WIDTH, HEIGHT);
                toPixels(canvas);
                blank[f] = (System.nanoTime() - a) / 1e6;
            }
            Arrays.sort(drawn);
            Viewport far = start.zoomedAt(0.25, WIDTH / 2.0, HEIGHT / 2.0);
            List<Gesture> gestures = List.of(
                    gesture("pan at reading zoom", canvas, model, pan(start, frames)),
                    gesture("pan zoomed out", canvas, model, pan(far, frames)),
                    gesture("zoom sweep (wheel steps)", canvas, model, zoomSweep(start, frames)),
                    drag("drag one device", canvas, model, start, nearestMiddle(model, start, 1), frames),
                    drag("drag 20 selected devices", canvas, model, start, nearestMiddle(model, start, 20), frames));
            return new Result(project.topology().devices().size(), prepare, stats(draw), stats(render),
                    stats(blank)[0], drawn[frames / 2], gestures);
        });
    }

    /**
     * Times the frames of one gesture, redrawn every frame, then as the canvas draws them: the
     * first view drawn at rest (a fresh layer, as after opening the design) with the idle frames
     * that follow, the gesture, and the frames that settle it.
     */
    private static Gesture gesture(String name, Canvas canvas, CanvasModel model, List<Viewport> views) {
        double[] redraw = new double[views.size()];
        for (int f = 0; f < views.size(); f++) {
            long a = System.nanoTime();
            DesignPainter.paint(canvas.getGraphicsContext2D(), model, views.get(f), WIDTH, HEIGHT,
                    DesignPainter.Decorations.NONE);
            toPixels(canvas);
            redraw[f] = (System.nanoTime() - a) / 1e6;
        }
        DesignLayer layer = new DesignLayer();
        Viewport first = views.get(0);
        Frames rest = atRest(canvas, model, layer, first);
        Tiled tiled = tiled(canvas, layer, views.size(), (f, start) -> frame(canvas, model, layer, views.get(f), false, start));
        Frames settle = settle(canvas, model, layer, views.get(views.size() - 1));
        return tiled.gesture(name, redraw, rest, settle);
    }

    /** One frame of a gesture drawn as the canvas draws it, started at {@code start}; true if more frames are wanted. */
    private interface TiledFrame {
        boolean draw(int f, long start);
    }

    /** The frames of a gesture drawn from the tiles: their times, those partly from other levels, the tiles rendered, GC. */
    private record Tiled(double[] millis, int partialFrames, int tilesRendered, Pauses pauses) {
        Gesture gesture(String name, double[] redraw, Frames rest, Frames settle) {
            return new Gesture(name, millis.length, stats(redraw), stats(millis), millis[0], partialFrames, tilesRendered,
                    pauses, rest, settle);
        }
    }

    /** Times {@code frames} frames drawn by {@code frame} and rendered, counting garbage collection pauses. */
    private static Tiled tiled(Canvas canvas, DesignLayer layer, int frames, TiledFrame frame) {
        double[] tiled = new double[frames];
        int partial = 0;
        int before = layer.renders();
        int gcFrames = 0;
        double gcMillis = 0, withoutGc = 0;
        long gcBefore = collectionMillis();
        for (int f = 0; f < frames; f++) {
            long a = System.nanoTime();
            boolean more = frame.draw(f, a);
            toPixels(canvas);
            tiled[f] = (System.nanoTime() - a) / 1e6;
            partial += more && layer.missingInView() ? 1 : 0;
            long gc = collectionMillis() - gcBefore;
            gcBefore += gc;
            if (gc > 0) {
                gcFrames++;
                gcMillis += gc;
            } else {
                withoutGc = Math.max(withoutGc, tiled[f]);
            }
        }
        return new Tiled(tiled, partial, layer.renders() - before, new Pauses(gcFrames, gcMillis, withoutGc));
    }

    /** The {@code count} devices nearest the middle of the view. */
    static Set<String> nearestMiddle(CanvasModel model, Viewport v, int count) {
        Point2D c = v.toWorld(WIDTH / 2.0, HEIGHT / 2.0);
        List<String> in = new ArrayList<>(model.devicesIn(v.visible(WIDTH, HEIGHT)));
        in.sort(Comparator.comparingDouble((String n) -> model.centre(n).distance(c)).thenComparing(n -> n));
        return new TreeSet<>(in.subList(0, Math.min(count, in.size())));
    }

    /**
     * Dragging {@code devices} with the mouse: 6 canvas units a frame, turning every 40 frames.
     * Redrawn every frame as the canvas did before (a new model of the moved design, the whole view
     * drawn), and as the canvas draws it now: the tiles without the dragged devices (rendered in the
     * first frame where they and their lines were), then their lines and symbols drawn over the
     * tiles. "before" is the view at rest before the press; "settling" the frames after
     * the drop, with the moved design.
     */
    private static Gesture drag(String name, Canvas canvas, CanvasModel model, Viewport v, Set<String> devices,
                                int frames) {
        List<Map<String, Placement>> steps = new ArrayList<>();
        double dx = 0, dy = 0;
        for (int f = 0; f < frames; f++) {
            double angle = Math.PI / 2 * (f / 40);
            dx += Math.round(6 * Math.cos(angle));
            dy += Math.round(6 * Math.sin(angle));
            Map<String, Placement> to = new TreeMap<>();
            for (String n : devices) {
                to.put(n, model.placements.get(n).movedBy(dx, dy));
            }
            steps.add(to);
        }
        DesignPainter.Decorations selected = new DesignPainter.Decorations(devices, Map.of(), null, null, null,
                false);
        double[] redraw = new double[frames];
        for (int f = 0; f < frames; f++) {
            long a = System.nanoTime();
            Project placed = model.project.withLayout(new Layout(model.placements));
            CanvasModel moved = new CanvasModel(MoveDevices.to(steps.get(f)).apply(placed));
            DesignPainter.paint(canvas.getGraphicsContext2D(), moved, v, WIDTH, HEIGHT, selected);
            toPixels(canvas);
            redraw[f] = (System.nanoTime() - a) / 1e6;
        }
        DesignLayer layer = new DesignLayer();
        Frames rest = atRest(canvas, model, layer, v);
        Tiled tiled = tiled(canvas, layer, frames, (f, start) -> {
            Map<String, Placement> all = new LinkedHashMap<>(model.placements);
            all.putAll(steps.get(f));
            CanvasModel moved = new CanvasModel(model.project.withLayout(new Layout(all)), model);
            boolean more = layer.paintDragged(canvas.getGraphicsContext2D(), model, moved, devices, v, WIDTH, HEIGHT,
                    false, 1, true, start + CanvasView.FRAME_BUDGET_NANOS);
            DesignPainter.paintDecorations(canvas.getGraphicsContext2D(), moved, v, WIDTH, HEIGHT, selected);
            return more;
        });
        CanvasModel dropped = new CanvasModel(MoveDevices.to(steps.get(frames - 1))
                .apply(model.project), model);
        Frames settle = frames(canvas, dropped, layer, v, Long.MIN_VALUE);
        return tiled.gesture(name, redraw, rest, settle);
    }

    /** Milliseconds the garbage collectors have spent so far. */
    private static long collectionMillis() {
        long sum = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /** Frames of a view at rest until the layer has nothing more to render (at most 100). */
    private static Frames atRest(Canvas canvas, CanvasModel model, DesignLayer layer, Viewport v) {
        return frames(canvas, model, layer, v, Long.MIN_VALUE);
    }

    /**
     * The frames after the last step of a gesture: the canvas keeps drawing the moving view while
     * tiles are missing, until {@link CanvasView#SETTLE} has passed, then draws it at rest.
     */
    private static Frames settle(Canvas canvas, CanvasModel model, DesignLayer layer, Viewport v) {
        return frames(canvas, model, layer, v, System.nanoTime() + (long) (CanvasView.SETTLE.toMillis() * 1e6));
    }

    /** Frames of view {@code v}, moving until {@code settleAt}, then at rest until nothing more is wanted (at most 100). */
    private static Frames frames(Canvas canvas, CanvasModel model, DesignLayer layer, Viewport v, long settleAt) {
        int before = layer.renders();
        double firstMillis = 0, max = 0, total = 0;
        int count = 0;
        boolean more = true;
        boolean atRest = false;
        while (count < 100) {
            long a = System.nanoTime();
            if (!atRest && (!more || a >= settleAt)) {
                atRest = true;
            } else if (atRest && !more) {
                break;
            }
            more = frame(canvas, model, layer, v, atRest, a);
            toPixels(canvas);
            double ms = (System.nanoTime() - a) / 1e6;
            firstMillis = count == 0 ? ms : firstMillis;
            max = Math.max(max, ms);
            total += ms;
            count++;
        }
        return new Frames(count, firstMillis, max, total, layer.renders() - before);
    }

    /** One frame as {@link CanvasView#paintNow} draws it in a window; true if more frames are wanted. */
    private static boolean frame(Canvas canvas, CanvasModel model, DesignLayer layer, Viewport v, boolean atRest,
                                 long start) {
        boolean more = layer.paint(canvas.getGraphicsContext2D(), model, v, WIDTH, HEIGHT, false, 1, atRest,
                start + CanvasView.FRAME_BUDGET_NANOS, true);
        DesignPainter.paintDecorations(canvas.getGraphicsContext2D(), model, v, WIDTH, HEIGHT,
                DesignPainter.Decorations.NONE);
        return more;
    }

    /**
     * Renders what was drawn on {@code canvas} and reads the pixels back (the software renderer's
     * whole cost), into one image reused from frame to frame, so that the garbage collector is not
     * timed with the canvas.
     */
    private static void toPixels(Canvas canvas) {
        Object reused = canvas.getProperties().get(CanvasBenchmark.class);
        WritableImage image = canvas.snapshot(null, reused instanceof WritableImage w ? w : null);
        canvas.getProperties().put(CanvasBenchmark.class, image);
    }

    /** A drag pan: 12 pixels a frame (720 px/s at 60 frames a second), turning every 40 frames. */
    static List<Viewport> pan(Viewport start, int frames) {
        List<Viewport> out = new ArrayList<>();
        Viewport v = start;
        for (int f = 0; f < frames; f++) {
            double angle = Math.PI / 2 * (f / 40);
            v = v.pannedBy(Math.round(12 * Math.cos(angle)), Math.round(12 * Math.sin(angle)));
            out.add(v);
        }
        return out;
    }

    /** Ctrl+wheel zooming at the centre: eight notches out, eight back in, and again. */
    static List<Viewport> zoomSweep(Viewport start, int frames) {
        List<Viewport> out = new ArrayList<>();
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
        Path file = Files.createTempFile("labcanvas-bench", ".labcanvas");
        ProjectFile.save(p, file);
        long t1 = System.nanoTime();
        Project loaded = ProjectFile.load(file);
        double load = (System.nanoTime() - t1) / 1e6;
        Files.deleteIfExists(file);
        Files.deleteIfExists(ProjectFile.backupPath(file));
        run(loaded, 5);
        Result r = run(loaded, frames);
        System.out.printf("generate %.0f ms; load file %.0f ms; %s%n", gen, load, r);
        System.exit(0);
    }
}
