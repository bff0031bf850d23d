package org.labcanvas.app.ui.canvas;

import java.util.Arrays;
import java.util.HashSet;
import org.labcanvas.model.topology.Link;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.image.WritablePixelFormat;
import javafx.scene.transform.Affine;

/**
 * The design (everything {@link DesignPainter#paintDesign} draws) as square tiles of
 * {@value #TILE} pixels, rendered once and then only copied, so that a frame costs a few image
 * copies instead of re-rasterising every cable, symbol and label in view.
 *
 * <p>Tiles belong to a <em>level</em>: a scale and an origin (where canvas point (0, 0) falls, in
 * pixels). The view at rest is drawn from a level at exactly its scale, anchored so that tiles land
 * on whole pixels: the picture is that of {@link DesignPainter#paintDesign} drawing the whole view
 * with a {@link LineRaster} (to within rounding, a few levels of 255 at the edges of symbols). A pan
 * by whole pixels keeps using that level; while a zoom runs, the view is drawn from the level whose
 * scale is the nearest step of √2 from the last view at rest, scaled by at most a factor of 1.19
 * either way, and the exact level is rendered when the view settles.
 *
 * <p>Missing tiles are rendered in the frame that needs them, nearest the middle of the view first,
 * until the frame's deadline; where one is still missing, the frame shows the tiles of another
 * level, scaled, and {@link #paint} says that more frames are wanted. Only when nothing at all can
 * stand in for a missing tile of the view at rest (the first picture of a design, or after an edit)
 * is it rendered regardless of the deadline. With time left, the ring of tiles around the view is
 * rendered ahead, so that a pan finds them ready. Tiles take at most 64 MB of pixels (256 tiles on
 * an ordinary screen, 64 at twice the density); the least recently drawn go first.
 */
public final class DesignLayer {
    /** Tile side, in logical pixels. */
    static final int TILE = 256;
    /** Scale ratio between neighbouring zoom levels. */
    static final double LEVEL_STEP = Math.sqrt(2);
    /** Pixels of the tiles kept, over all levels, in bytes (a tile is 256 KB at one device pixel per logical pixel). */
    static final long MAX_TILE_BYTES = 64L << 20;
    /** Levels kept: the exact one, the zoom levels around it, and one to fall back on. */
    static final int MAX_LEVELS = 4;

    private final Canvas offscreen = new Canvas(TILE, TILE);
    private final SnapshotParameters snapshot = new SnapshotParameters();
    /**
     * The snapshot's target: the toolkit keeps a render texture with the image it renders into, so
     * one image reused costs nothing per tile; its pixels are then copied into the tile's image.
     */
    private WritableImage scratch;
    private int[] pixelsOfTile;
    /** Images of dropped tiles, to be rendered into again (never one drawn in the current frame). */
    private final List<WritableImage> spares = new ArrayList<>();
    private LineRaster raster;
    private CanvasModel model;
    /** Devices the tiles leave out, with their cables and tunnels (those being dragged). */
    private Set<String> hidden = Set.of();
    private boolean grid;
    private double pixelScale = 1;
    /** Most recently used first. */
    private final List<Level> levels = new ArrayList<>();
    /** The level of the last view at rest: zoom levels are steps from its scale. */
    private Level base;
    private long frame;
    private int renders;
    /** How long rendering a tile took lately (a moving average), to tell whether one more fits in a frame. */
    private double tileNanos;
    /** Tiles of the view that the last frame could not render in time. */
    private int lastMissing;
    /** Whether the level of the last frame draws names. */
    private boolean lastLabels;
    /** The lines of dragged devices over the whole view: one image a frame. */
    private LineRaster draggedLines;

    /** A scale and origin, and the tiles rendered at them. */
    private static final class Level {
        final double scale;
        final double originX;
        final double originY;
        /** Names are drawn (decided once for the level, so that its tiles agree). */
        final boolean labels;
        final Map<Long, Tile> tiles = new HashMap<>();

        Level(double scale, double originX, double originY, boolean labels) {
            this.scale = scale;
            this.originX = originX;
            this.originY = originY;
            this.labels = labels;
        }

        /** The viewport that renders tile (i, j) into a TILE x TILE canvas. */
        Viewport tileView(int i, int j) {
            return new Viewport(scale, originX - (double) i * TILE, originY - (double) j * TILE);
        }
    }

    private static final class Tile {
        final WritableImage image;
        long used;

        Tile(WritableImage image) {
            this.image = image;
        }
    }

    /** The tiles of a level that a view shows: columns i0..i1, rows j0..j1. */
    private record Range(int i0, int j0, int i1, int j1) {
        Range grown(int by) {
            return new Range(i0 - by, j0 - by, i1 + by, j1 + by);
        }

        boolean contains(int i, int j) {
            return i >= i0 && i <= i1 && j >= j0 && j <= j1;
        }
    }

    DesignLayer() {
        snapshot.setFill(DesignPainter.BACKGROUND);
    }

    /** How many tiles were rendered so far (tests check what is reused). */
    int renders() {
        return renders;
    }

    /** True if the last frame showed another level or background where a tile was not rendered yet. */
    boolean missingInView() {
        return lastMissing > 0;
    }

    /** Forgets every tile (the design changed). */
    void invalidate() {
        for (Level l : levels) {
            release(l);
        }
        levels.clear();
        base = null;
        model = null;
    }

    /**
     * Draws the design for view {@code v} in (0, 0, w, h) of {@code g}.
     *
     * @param atRest     the view is not moving: draw it from a level at exactly its scale and origin
     * @param deadline   {@link System#nanoTime()} after which no more tiles are rendered in this
     *                   frame (except those of a view at rest that nothing else can stand in for)
     * @param prefetch   with time left, render the ring of tiles around the view
     * @return true when the picture is not yet complete, or the ring not yet rendered: another
     *         frame would draw more
     */
    boolean paint(GraphicsContext g, CanvasModel m, Viewport v, double w, double h, boolean withGrid,
                  double pixels, boolean atRest, long deadline, boolean prefetch) {
        return paint(g, m, Set.of(), v, w, h, withGrid, pixels, atRest, deadline, prefetch);
    }

    /**
     * Draws the design without the devices in {@code without} and the cables and tunnels that end
     * at them, as {@link #paint(GraphicsContext, CanvasModel, Viewport, double, double, boolean, double, boolean, long, boolean)}
     * draws the whole design. When only the layout or the devices left out changed since the last
     * frame (a drag starts, a drop, a nudge with the arrow keys), only the tiles where something is
     * drawn differently are rendered again.
     */
    boolean paint(GraphicsContext g, CanvasModel m, Set<String> without, Viewport v, double w, double h,
                  boolean withGrid, double pixels, boolean atRest, long deadline, boolean prefetch) {
        if (withGrid != grid || pixels != pixelScale) {
            invalidate();
        } else if (model != null && (m != model || !without.equals(hidden))) {
            if (!dropChanged(model, hidden, m, without)) {
                invalidate();
            }
        }
        if (m != model || !without.equals(hidden)) {
            model = m;
            hidden = Set.copyOf(without);
        }
        grid = withGrid;
        pixelScale = pixels;
        if (raster == null || raster.pixelScale() != pixelScale) {
            raster = new LineRaster(TILE, TILE, pixelScale);
            int side = (int) Math.ceil(TILE * pixelScale);
            scratch = new WritableImage(side, side);
            pixelsOfTile = new int[side * side];
            spares.clear();
        }
        frame++;
        Level target = atRest || base == null ? exactLevel(v, w, h) : zoomLevel(v, w, h);
        if (atRest || base == null) {
            base = target;
        }
        levels.remove(target);
        levels.add(0, target);
        while (levels.size() > MAX_LEVELS) {
            release(levels.remove(levels.size() - 1));
        }

        Range view = range(target, v, w, h);
        List<long[]> missing = new ArrayList<>();
        for (int j = view.j0(); j <= view.j1(); j++) {
            for (int i = view.i0(); i <= view.i1(); i++) {
                Tile t = target.tiles.get(key(i, j));
                if (t == null) {
                    boolean covered = standIn(target, i, j, v) != null;
                    missing.add(new long[] {i, j, covered ? 1 : 0, distance(target, i, j, v, w, h)});
                }
            }
        }
        // Tiles with nothing to stand in for them first, then from the middle of the view outwards.
        missing.sort(Comparator.<long[]>comparingLong(t -> t[2]).thenComparingLong(t -> t[3]));
        int stillMissing = 0;
        int rendered = 0;
        for (long[] t : missing) {
            boolean forced = atRest && t[2] == 0;
            // At least one tile a frame, so that the view always gets there.
            if (forced || rendered == 0 || fits(deadline)) {
                render(target, (int) t[0], (int) t[1]);
                rendered++;
            } else {
                stillMissing++;
            }
        }
        // The whole view, even when tiles will cover it: it also lets the canvas drop the commands of
        // the frame before.
        g.setFill(DesignPainter.BACKGROUND);
        g.fillRect(0, 0, w, h);
        // Tiles drawn scaled while zooming are picked, not filtered: a third of the cost on the
        // software renderer, and the exact tiles replace them when the view settles. Unscaled
        // tiles land on whole pixels, where both are the same.
        g.setImageSmoothing(false);
        if (stillMissing > 0) {
            List<Level> others = new ArrayList<>(levels.subList(1, levels.size()));
            // The least similar scale first, so that the closest is drawn last, on top.
            others.sort(Comparator.comparingDouble((Level l) -> Math.abs(Math.log(l.scale / v.scale()))).reversed());
            for (Level other : others) {
                drawStandIns(g, other, target, view, v, w, h);
            }
        }
        for (int j = view.j0(); j <= view.j1(); j++) {
            for (int i = view.i0(); i <= view.i1(); i++) {
                Tile t = target.tiles.get(key(i, j));
                if (t != null) {
                    t.used = frame;
                    drawTile(g, target, i, j, t, v);
                }
            }
        }
        g.setImageSmoothing(true);
        boolean ringMissing = false;
        if (stillMissing == 0) {
            Range ring = view.grown(1);
            for (int j = ring.j0(); j <= ring.j1(); j++) {
                for (int i = ring.i0(); i <= ring.i1(); i++) {
                    if (view.contains(i, j) || target.tiles.containsKey(key(i, j))) {
                        continue;
                    }
                    if (prefetch && (rendered == 0 || fits(deadline))) {
                        render(target, i, j).used = frame;
                        rendered++;
                    } else {
                        ringMissing = true;
                    }
                }
            }
        }
        evict();
        lastMissing = stillMissing;
        lastLabels = target.labels;
        return stillMissing > 0 || prefetch && ringMissing;
    }

    /** True if a tile of the usual cost can be rendered before the deadline. */
    private boolean fits(long deadline) {
        return System.nanoTime() + (long) tileNanos < deadline;
    }

    /** The level at exactly the scale of {@code v}, with tiles on whole pixels of it. */
    private Level exactLevel(Viewport v, double w, double h) {
        for (Level l : levels) {
            if (l.scale == v.scale() && whole((v.offsetX() - l.originX) * pixelScale)
                    && whole((v.offsetY() - l.originY) * pixelScale)) {
                return l;
            }
        }
        return new Level(v.scale(), v.offsetX(), v.offsetY(), DesignPainter.labelsShown(model, v, w, h));
    }

    /** The level a moving view is drawn from: the base level's scale times a whole power of the step. */
    private Level zoomLevel(Viewport v, double w, double h) {
        if (v.scale() == base.scale) {
            return base;
        }
        long k = Math.round(Math.log(v.scale() / base.scale) / Math.log(LEVEL_STEP));
        if (k == 0) {
            return base;
        }
        double s = base.scale * Math.pow(LEVEL_STEP, k);
        for (Level l : levels) {
            if (Math.abs(l.scale / s - 1) < 1e-9) {
                return l;
            }
        }
        Viewport at = v.zoomedAt(s / v.scale(), w / 2, h / 2);
        return new Level(at.scale(), 0, 0, DesignPainter.labelsShown(model, at, w, h));
    }

    private static boolean whole(double d) {
        return Math.abs(d - Math.rint(d)) < 1e-6;
    }

    /** Tile (i, j) as a map key. */
    private static long key(int i, int j) {
        return ((long) i << 32) | (j & 0xffffffffL);
    }

    /** Scale from level pixels to view pixels. */
    private static double factor(Level l, Viewport v) {
        return v.scale() / l.scale;
    }

    private static Range range(Level l, Viewport v, double w, double h) {
        double f = factor(l, v);
        double x0 = -v.offsetX() / f + l.originX, x1 = (w - v.offsetX()) / f + l.originX;
        double y0 = -v.offsetY() / f + l.originY, y1 = (h - v.offsetY()) / f + l.originY;
        return new Range((int) Math.floor(x0 / TILE), (int) Math.floor(y0 / TILE),
                (int) Math.ceil(x1 / TILE) - 1, (int) Math.ceil(y1 / TILE) - 1);
    }

    /** Where a level pixel lands in the view, on a whole device pixel. */
    private double screenX(Level l, double x, Viewport v) {
        return snap((x - l.originX) * factor(l, v) + v.offsetX());
    }

    private double screenY(Level l, double y, Viewport v) {
        return snap((y - l.originY) * factor(l, v) + v.offsetY());
    }

    private double snap(double x) {
        return Math.rint(x * pixelScale) / pixelScale;
    }

    private long distance(Level l, int i, int j, Viewport v, double w, double h) {
        double cx = screenX(l, (i + 0.5) * TILE, v) - w / 2, cy = screenY(l, (j + 0.5) * TILE, v) - h / 2;
        return Math.round(cx * cx + cy * cy);
    }

    private void drawTile(GraphicsContext g, Level l, int i, int j, Tile t, Viewport v) {
        double x0 = screenX(l, (double) i * TILE, v), x1 = screenX(l, (double) (i + 1) * TILE, v);
        double y0 = screenY(l, (double) j * TILE, v), y1 = screenY(l, (double) (j + 1) * TILE, v);
        g.drawImage(t.image, x0, y0, x1 - x0, y1 - y0);
    }

    /** A level other than {@code target} with a tile under the middle of target's tile (i, j). */
    private Level standIn(Level target, int i, int j, Viewport v) {
        double sx = ((i + 0.5) * TILE - target.originX) * factor(target, v) + v.offsetX();
        double sy = ((j + 0.5) * TILE - target.originY) * factor(target, v) + v.offsetY();
        for (Level l : levels) {
            if (l == target) {
                continue;
            }
            double f = factor(l, v);
            double lx = (sx - v.offsetX()) / f + l.originX, ly = (sy - v.offsetY()) / f + l.originY;
            if (l.tiles.containsKey(key((int) Math.floor(lx / TILE), (int) Math.floor(ly / TILE)))) {
                return l;
            }
        }
        return null;
    }

    /** Draws the tiles of {@code other} that lie under tiles of {@code target} still missing. */
    private void drawStandIns(GraphicsContext g, Level other, Level target, Range view, Viewport v, double w, double h) {
        Range r = range(other, v, w, h);
        for (Map.Entry<Long, Tile> e : other.tiles.entrySet()) {
            int i = (int) (e.getKey() >> 32), j = (int) (long) e.getKey();
            if (!r.contains(i, j)) {
                continue;
            }
            double x0 = screenX(other, (double) i * TILE, v), x1 = screenX(other, (double) (i + 1) * TILE, v);
            double y0 = screenY(other, (double) j * TILE, v), y1 = screenY(other, (double) (j + 1) * TILE, v);
            if (coversMissing(target, view, v, x0, y0, x1, y1)) {
                e.getValue().used = frame;
                g.drawImage(e.getValue().image, x0, y0, x1 - x0, y1 - y0);
            }
        }
    }

    /** True if the screen rectangle overlaps a tile of {@code target} in view that is missing. */
    private boolean coversMissing(Level target, Range view, Viewport v, double x0, double y0, double x1, double y1) {
        double f = factor(target, v);
        int i0 = Math.max(view.i0(), (int) Math.floor(((x0 - v.offsetX()) / f + target.originX) / TILE));
        int i1 = Math.min(view.i1(), (int) Math.floor(((x1 - v.offsetX()) / f + target.originX) / TILE));
        int j0 = Math.max(view.j0(), (int) Math.floor(((y0 - v.offsetY()) / f + target.originY) / TILE));
        int j1 = Math.min(view.j1(), (int) Math.floor(((y1 - v.offsetY()) / f + target.originY) / TILE));
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                if (!target.tiles.containsKey(key(i, j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Draws a frame of a drag: the design without {@code dragged} from the tiles (rendered once,
     * where the dragged devices and their lines were, when the drag starts), then the cables and
     * tunnels of the dragged devices from {@code moved}, then their symbols and names, on top of
     * everything else. This is how diagram editors show what is being dragged, and its cost follows
     * the number of dragged devices, not what they pass over; the drop draws the exact picture
     * (the dragged devices in their place in the drawing order).
     *
     * @param original the design as it was when the drag started (its tiles stay valid)
     * @param moved    the design with the dragged devices where they are now
     * @return true when more frames are wanted (tiles still missing)
     */
    boolean paintDragged(GraphicsContext g, CanvasModel original, CanvasModel moved, Set<String> dragged, Viewport v,
                         double w, double h, boolean withGrid, double pixels, boolean atRest, long deadline) {
        boolean more = paint(g, original, dragged, v, w, h, withGrid, pixels, atRest, deadline, false);
        if (draggedLines == null || draggedLines.pixelScale() != pixelScale || draggedLines.logicalWidth() < w
                || draggedLines.logicalHeight() < h) {
            draggedLines = new LineRaster(w, h, pixelScale);
        }
        DesignPainter.paintLinesOf(g, moved, v, w, h, draggedLines, dragged);
        DesignPainter.paintSymbolsOf(g, moved, v, w, h, lastLabels, dragged);
        return more;
    }

    /**
     * The cables and tunnels with an end at one of {@code devices}, as polylines in canvas units
     * (a tunnel both straight and along its arc, whichever way it is drawn).
     */
    private static List<Point2D[]> linesOf(CanvasModel m, Set<String> devices) {
        List<Point2D[]> out = new ArrayList<>();
        for (Link l : m.project.topology().links()) {
            if (devices.contains(l.a().device()) || devices.contains(l.b().device())) {
                Point2D a = m.centre(l.a().device()), b = m.centre(l.b().device());
                if (a != null && b != null) {
                    out.add(new Point2D[] {a, b});
                }
            }
        }
        for (OverlayLine o : m.overlays) {
            if (devices.contains(o.from()) || devices.contains(o.to())) {
                Point2D a = m.centre(o.from()), b = m.centre(o.to());
                if (a != null && b != null) {
                    out.add(new Point2D[] {a, b});
                    out.add(arc(a, b));
                }
            }
        }
        return out;
    }

    /** Points along a tunnel's arc, close enough that the arc stays within a pixel or two of them. */
    private static Point2D[] arc(Point2D a, Point2D b) {
        Point2D c = DesignPainter.arcControl(a, b);
        int n = 16;
        Point2D[] out = new Point2D[n + 1];
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n, u = 1 - t;
            out[i] = new Point2D(u * u * a.getX() + 2 * u * t * c.getX() + t * t * b.getX(),
                    u * u * a.getY() + 2 * u * t * c.getY() + t * t * b.getY());
        }
        return out;
    }

    /** True if the segment from a to b meets rectangle r. */
    static boolean hits(Bounds r, Point2D a, Point2D b) {
        // Liang-Barsky: clip the segment's parameter range to each side's slab.
        double t0 = 0, t1 = 1;
        double dx = b.getX() - a.getX(), dy = b.getY() - a.getY();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.getX() - r.getMinX(), r.getMaxX() - a.getX(), a.getY() - r.getMinY(), r.getMaxY() - a.getY()};
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return false;
                }
            } else {
                double t = q[k] / p[k];
                if (p[k] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Bounds grow(Bounds b, double d) {
        return new BoundingBox(b.getMinX() - d, b.getMinY() - d, b.getWidth() + 2 * d, b.getHeight() + 2 * d);
    }

    /**
     * Drops the tiles where picture ({@code m0} without {@code h0}) and picture ({@code m1} without
     * {@code h1}) differ, when they differ only in where devices are and which are left out; false
     * if they differ otherwise (or in too many devices), and nothing was dropped.
     */
    private boolean dropChanged(CanvasModel m0, Set<String> h0, CanvasModel m1, Set<String> h1) {
        if (m0.project.topology() != m1.project.topology() || !m0.placements.keySet().equals(m1.placements.keySet())) {
            return false;
        }
        List<Bounds> areas = new ArrayList<>();
        Set<String> changed = new HashSet<>();
        for (String n : m1.placements.keySet()) {
            boolean shown0 = !h0.contains(n), shown1 = !h1.contains(n);
            if (shown0 != shown1 || shown0 && !m0.placements.get(n).equals(m1.placements.get(n))) {
                changed.add(n);
                if (shown0) {
                    areas.add(DesignPainter.footprint(m0, n));
                }
                if (shown1) {
                    areas.add(DesignPainter.footprint(m1, n));
                }
            }
        }
        if (changed.size() > 500) {
            return false;
        }
        List<Point2D[]> paths = new ArrayList<>();
        for (Point2D[] p : linesOf(m0, changed)) {
            paths.add(p);
        }
        for (Point2D[] p : linesOf(m1, changed)) {
            paths.add(p);
        }
        // Lines between two devices that were both left out were not drawn, nor will be: harmless
        // to include (a few tiles more), so all lines of changed devices count.
        for (Level l : levels) {
            double px = 1 / l.scale;
            double reach = Math.max(2, DesignPainter.cableWidth(l.scale)) + 3 * px;
            for (Iterator<Map.Entry<Long, Tile>> it = l.tiles.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Long, Tile> e = it.next();
                int i = (int) (e.getKey() >> 32), j = (int) (long) e.getKey();
                double x0 = ((double) i * TILE - l.originX) / l.scale, y0 = ((double) j * TILE - l.originY) / l.scale;
                Bounds tile = new BoundingBox(x0, y0, TILE / l.scale, TILE / l.scale);
                Bounds near = grow(tile, reach);
                boolean hit = false;
                for (Bounds a : areas) {
                    if (a.intersects(near)) {
                        hit = true;
                        break;
                    }
                }
                for (int k = 0; k < paths.size() && !hit; k++) {
                    Point2D[] p = paths.get(k);
                    for (int q = 1; q < p.length && !hit; q++) {
                        hit = hits(near, p[q - 1], p[q]);
                    }
                }
                if (hit) {
                    it.remove();
                    if (e.getValue().used != frame && spares.size() < maxTiles() / 8) {
                        spares.add(e.getValue().image);
                    }
                }
            }
        }
        return true;
    }

    /** Renders tile (i, j) of a level. */
    private Tile render(Level l, int i, int j) {
        long t0 = System.nanoTime();
        int side = (int) scratch.getWidth();
        if (offscreen.getWidth() != side) {
            offscreen.setWidth(side);
            offscreen.setHeight(side);
        }
        GraphicsContext g = offscreen.getGraphicsContext2D();
        g.setTransform(new Affine(pixelScale, 0, 0, 0, pixelScale, 0));
        DesignPainter.paintDesign(g, model, l.tileView(i, j), TILE, TILE, grid, raster, l.labels, hidden);
        offscreen.snapshot(snapshot, scratch);
        WritableImage image = spares.isEmpty() ? new WritableImage(side, side) : spares.remove(spares.size() - 1);
        WritablePixelFormat<IntBuffer> format = PixelFormat.getIntArgbPreInstance();
        scratch.getPixelReader().getPixels(0, 0, side, side, format, pixelsOfTile, 0, side);
        image.getPixelWriter().setPixels(0, 0, side, side, format, pixelsOfTile, 0, side);
        Tile t = new Tile(image);
        t.used = frame;
        Tile old = l.tiles.put(key(i, j), t);
        if (old != null) {
            spares.add(old.image);
        }
        renders++;
        long took = System.nanoTime() - t0;
        tileNanos = tileNanos == 0 ? took : 0.7 * tileNanos + 0.3 * took;
        return t;
    }

    /** Forgets a level's tiles, keeping their images for new ones. */
    private void release(Level l) {
        for (Tile t : l.tiles.values()) {
            if (t.used != frame && spares.size() < maxTiles() / 8) {
                spares.add(t.image);
            }
        }
        l.tiles.clear();
    }

    /** How many tiles fit in {@link #MAX_TILE_BYTES}. */
    private int maxTiles() {
        double side = Math.ceil(TILE * pixelScale);
        return (int) (MAX_TILE_BYTES / (side * side * 4));
    }

    /** Drops the least recently drawn tiles beyond {@link #maxTiles()} (never one drawn in this frame). */
    private void evict() {
        int max = maxTiles();
        // Every tile kept belongs to a level in the list (a level leaving it is released).
        int tileCount = 0;
        for (Level l : levels) {
            tileCount += l.tiles.size();
        }
        if (tileCount <= max) {
            return;
        }
        List<Map.Entry<Long, Tile>> all = new ArrayList<>();
        List<Level> owners = new ArrayList<>();
        for (Level l : levels) {
            for (Map.Entry<Long, Tile> e : l.tiles.entrySet()) {
                all.add(e);
                owners.add(l);
            }
        }
        Integer[] order = new Integer[all.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingLong(k -> all.get(k).getValue().used));
        for (int k = 0; k < order.length && tileCount > max; k++) {
            Map.Entry<Long, Tile> e = all.get(order[k]);
            if (e.getValue().used == frame) {
                break;
            }
            owners.get(order[k]).tiles.remove(e.getKey());
            tileCount--;
            if (spares.size() < maxTiles() / 8) {
                spares.add(e.getValue().image);
            }
        }
        for (Iterator<Level> it = levels.iterator(); it.hasNext(); ) {
            Level l = it.next();
            if (l.tiles.isEmpty() && l != levels.get(0) && l != base) {
                it.remove();
            }
        }
    }
}
