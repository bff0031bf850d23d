package org.labcanvas.app.ui.canvas;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;

/**
 * What the canvas needs from a project, computed once per project value and cached: every
 * device's placement (devices without one go on a grid below the others), symbol bounds, the
 * overlay lines, and a coarse grid index so that hit tests and drawing look only at the cells
 * in view.
 */
public final class CanvasModel {
    private static final double CELL = 400;

    final Project project;
    public final Map<String, Placement> placements = new LinkedHashMap<>();
    public final Map<String, Bounds> bounds = new HashMap<>();
    final Map<String, DeviceShape> shapes = new HashMap<>();
    public final List<OverlayLine> overlays;
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<Long, List<String>> cells = new HashMap<>();
    private final Bounds extent;

    public CanvasModel(Project project) {
        this(project, null);
    }

    /**
     * The model of {@code project}, taking the overlay lines from {@code before} when both have the
     * same topology (a move changes only the layout; the lines come from the configuration).
     */
    public CanvasModel(Project project, CanvasModel before) {
        this.project = project;
        double maxY = 0;
        for (Placement p : project.layout().placements().values()) {
            maxY = Math.max(maxY, p.y());
        }
        int unplaced = 0;
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxYb = -Double.MAX_VALUE;
        for (Device d : project.topology().devices()) {
            Placement p = project.layout().of(d.name()).orElse(null);
            if (p == null) {
                p = Placement.at(80 + (unplaced % 12) * 120, maxY + 140 + (unplaced / 12) * 100);
                unplaced++;
            }
            DeviceShape shape = DeviceShape.of(d);
            Bounds b = shape.bounds(p);
            placements.put(d.name(), p);
            order.put(d.name(), order.size());
            bounds.put(d.name(), b);
            shapes.put(d.name(), shape);
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxYb = Math.max(maxYb, b.getMaxY() + 20);
            for (long c : cellsOf(b)) {
                cells.computeIfAbsent(c, k -> new ArrayList<>()).add(d.name());
            }
        }
        extent = placements.isEmpty() ? null : new BoundingBox(minX, minY, maxX - minX, maxYb - minY);
        overlays = before != null && before.project.topology() == project.topology() ? before.overlays
                : OverlayLine.of(project.topology());
    }

    /** The rectangle around every symbol and label; null for an empty design. */
    public Bounds extent() {
        return extent;
    }

    public Point2D centre(String device) {
        Placement p = placements.get(device);
        return p == null ? null : new Point2D(p.x(), p.y());
    }

    /** The topmost device whose symbol contains the point, or null. */
    String deviceAt(double x, double y) {
        List<String> here = cells.getOrDefault(key(cell(x), cell(y)), List.of());
        for (int i = here.size() - 1; i >= 0; i--) {
            if (bounds.get(here.get(i)).contains(x, y)) {
                return here.get(i);
            }
        }
        return null;
    }

    /** Devices whose symbol intersects the rectangle, in design order, each once. */
    List<String> devicesIn(Bounds area) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (long c : cellsOf(area)) {
            for (String n : cells.getOrDefault(c, List.of())) {
                if (!seen.contains(n) && bounds.get(n).intersects(area)) {
                    seen.add(n);
                    out.add(n);
                }
            }
        }
        out.sort(Comparator.comparingInt(order::get));
        return out;
    }

    private static List<Long> cellsOf(Bounds b) {
        List<Long> out = new ArrayList<>();
        long x0 = cell(b.getMinX()), x1 = cell(b.getMaxX()), y0 = cell(b.getMinY()), y1 = cell(b.getMaxY());
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > 250_000) {
            x1 = Math.min(x1, x0 + 500);
            y1 = Math.min(y1, y0 + 500);
        }
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                out.add(key(x, y));
            }
        }
        return out;
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    /**
     * One number per cell. Multiplying by an odd constant is one-to-one on 64-bit numbers, and it
     * spreads neighbouring cells over the map's buckets (a plain {@code x << 32 | y} hashes to
     * {@code x ^ y}, which puts every diagonal in one bucket).
     */
    private static long key(long x, long y) {
        return ((x << 32) ^ (y & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    }
}
