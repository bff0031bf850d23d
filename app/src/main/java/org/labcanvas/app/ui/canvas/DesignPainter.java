package org.labcanvas.app.ui.canvas;

import java.util.ArrayList;
import javafx.geometry.BoundingBox;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.labcanvas.model.lint.Severity;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Link;

/**
 * Paints a design on a {@link GraphicsContext}: cables, overlay lines (dashed: GRE tunnels blue,
 * 6in4 green, FT peerings purple), device symbols with their names, selection and lint badges.
 * Only what intersects the visible rectangle is drawn; labels are left out when zoomed far out.
 * Pictures stroke every line as a path; the canvas's tiles hand cables and straight tunnels to a
 * {@link LineRaster}, which costs a small fraction where thousands of them converge.
 */
public final class DesignPainter {
    static final Color BACKGROUND = Color.web("#fbfbf8");
    static final Color GRID = Color.web("#ecece6");
    static final Color CABLE = Color.web("#5b6770");
    static final Color GRE = Color.web("#2f6fd0");
    static final Color SIX_IN_FOUR = Color.web("#2e9a4e");
    static final Color FT = Color.web("#8a4fc4");
    static final Color SELECTION = Color.web("#1a73e8");
    private static final Font LABEL = Font.font("System", FontWeight.BOLD, 13);
    private static final Font SMALL = Font.font("System", 10);
    private static final Font BADGE = Font.font("System", FontWeight.BOLD, 11);
    private static final Color NAME = Color.web("#1f2a33");
    private static final Color SUBTITLE = Color.web("#5b6770");
    /** A symbol without an icon: a plain rounded box. */
    private static final Color PLAIN_FILL = Color.web("#dfe8f0");
    private static final Color PLAIN_STROKE = Color.web("#2f3b44");
    private static final Color BADGE_ERROR = Color.web("#d93025");
    private static final Color BADGE_WARNING = Color.web("#f29900");
    private static final Color BADGE_INFO = Color.web("#5f8fd0");
    private static final Color RUBBER_BAND = Color.web("#1a73e8", 0.12);

    /** What to draw besides the design. */
    public record Decorations(Set<String> selection, Map<String, Severity> badges, Bounds rubberBand,
                       Point2D linkFrom, Point2D linkTo, boolean grid) {
        public static final Decorations NONE = new Decorations(Set.of(), Map.of(), null, null, null, false);
    }

    /** Draws the whole view; returns how many devices were drawn. */
    public static int paint(GraphicsContext g, CanvasModel m, Viewport v, double width, double height, Decorations deco) {
        int drawn = paintDesign(g, m, v, width, height, deco.grid());
        paintDecorations(g, m, v, width, height, deco);
        return drawn;
    }

    /**
     * Draws what does not change while the view pans or zooms: background, grid, cables, tunnels,
     * device symbols and labels. Returns how many devices were drawn.
     */
    static int paintDesign(GraphicsContext g, CanvasModel m, Viewport v, double width, double height, boolean withGrid) {
        return paintDesign(g, m, v, width, height, withGrid, null, labelsShown(m, v, width, height));
    }

    /**
     * Whether device names are drawn in a view: when they are readable (at 60 % and more), or down
     * to 35 % when few devices are in view.
     */
    static boolean labelsShown(CanvasModel m, Viewport v, double width, double height) {
        if (v.scale() < 0.35) {
            return false;
        }
        return v.scale() >= 0.6 || m.devicesIn(grow(v.visible(width, height), LABEL_REACH)).size() <= 150;
    }

    /** How far (canvas units) a device's labels reach beyond its symbol. */
    static final double LABEL_REACH = 80;

    /**
     * Draws the design in the rectangle (0, 0, width, height) of {@code g}, whose transform must map
     * that rectangle to the pixels of {@code lines} when it is given.
     *
     * @param lines  null: cables and straight tunnels are stroked as paths (exact, for pictures);
     *               otherwise they go through this raster (fast, for the canvas's tiles), and
     *               nothing is left out because it is expensive
     * @param labels draw names and second lines (decided for a whole view, so that the tiles of one
     *               view agree)
     */
    static int paintDesign(GraphicsContext g, CanvasModel m, Viewport v, double width, double height, boolean withGrid,
                           LineRaster lines, boolean labels) {
        return paintDesign(g, m, v, width, height, withGrid, lines, labels, Set.of());
    }

    /**
     * Draws the design as {@link #paintDesign(GraphicsContext, CanvasModel, Viewport, double, double, boolean, LineRaster, boolean)}
     * does, without the devices in {@code hidden} and without every cable and tunnel with an end
     * at one of them (what stays put while they are dragged).
     */
    static int paintDesign(GraphicsContext g, CanvasModel m, Viewport v, double width, double height, boolean withGrid,
                           LineRaster lines, boolean labels, Set<String> hidden) {
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, width, height);
        Bounds visible = v.visible(width, height);
        if (withGrid && v.scale() >= 0.4) {
            grid(g, v, visible, width, height);
        }
        return paintShapes(g, m, v, visible, lines, labels, Shown.except(hidden));
    }

    /**
     * Draws only the cables and tunnels with an end at one of {@code devices}, over what {@code g}
     * shows (no background, no symbols): through {@code lines}, which must cover the view.
     */
    static void paintLinesOf(GraphicsContext g, CanvasModel m, Viewport v, double width, double height,
                             LineRaster lines, Set<String> devices) {
        paintShapes(g, m, v, v.visible(width, height), lines, false, Shown.linesOf(devices));
    }

    /**
     * Draws only the symbols and names of {@code devices} that are in view, over what {@code g}
     * shows (no background, no lines): the devices being dragged, on top of everything else.
     */
    static void paintSymbolsOf(GraphicsContext g, CanvasModel m, Viewport v, double width, double height,
                               boolean labels, Set<String> devices) {
        paintShapes(g, m, v, v.visible(width, height), null, labels, Shown.symbolsOf(devices));
    }

    /** Which devices and lines a drawing includes. */
    private record Shown(Set<String> devices, Part part) {
        /** All but {@code devices} (and the lines with an end at them); only the lines of {@code devices}; only their symbols. */
        private enum Part { ALL_BUT, LINES_OF, SYMBOLS_OF }

        static Shown except(Set<String> hidden) {
            return new Shown(hidden, Part.ALL_BUT);
        }

        static Shown linesOf(Set<String> devices) {
            return new Shown(devices, Part.LINES_OF);
        }

        static Shown symbolsOf(Set<String> devices) {
            return new Shown(devices, Part.SYMBOLS_OF);
        }

        /** No symbols are drawn. */
        boolean onlyLines() {
            return part == Part.LINES_OF;
        }

        /** Some lines may be drawn. */
        boolean anyLines() {
            return part != Part.SYMBOLS_OF;
        }

        boolean device(String name) {
            return switch (part) {
                case ALL_BUT -> !devices.contains(name);
                case LINES_OF -> false;
                case SYMBOLS_OF -> devices.contains(name);
            };
        }

        boolean line(String a, String b) {
            boolean touches = devices.contains(a) || devices.contains(b);
            return switch (part) {
                case ALL_BUT -> !touches;
                case LINES_OF -> touches;
                case SYMBOLS_OF -> false;
            };
        }
    }

    /**
     * Whether tunnels are drawn as thin straight translucent lines in their colour: dashed curves
     * are the most expensive thing to rasterise, so far out or when there are many, they are not.
     */
    static boolean simpleTunnels(CanvasModel m, double scale) {
        return scale < 0.5 || m.overlays.size() > 400;
    }

    /**
     * Whether tunnels are left out: zoomed far out on a large design, they run beside the cables to
     * the same cloud and would only double the cost; they come back when zooming in.
     */
    static boolean tunnelsLeftOut(CanvasModel m, double scale) {
        return scale < 0.25 && m.overlays.size() > 1000;
    }

    /** Width of a cable, in canvas units, at a scale. */
    static double cableWidth(double scale) {
        return Math.max(1.6, 1.2 / scale);
    }

    /**
     * Lines and symbols over {@code visible} (a world rectangle), as far as {@code shown} includes
     * them: cables and straight tunnels through {@code lines} (stroked as paths without it), then
     * dashed tunnels, then symbols and labels.
     */
    private static int paintShapes(GraphicsContext g, CanvasModel m, Viewport v, Bounds visible, LineRaster lines,
                                   boolean labels, Shown shown) {
        double px = 1 / v.scale();
        double cableWidth = cableWidth(v.scale());
        // A line whose centre runs just outside still reaches in by half its width.
        Bounds reach = grow(visible, cableWidth + 2 * px);
        boolean simple = simpleTunnels(m, v.scale());
        boolean skip = tunnelsLeftOut(m, v.scale());
        if (lines != null && shown.anyLines()) {
            rasterLines(g, m, v, reach, lines, cableWidth, simple && !skip, shown);
        }
        g.save();
        g.translate(v.offsetX(), v.offsetY());
        g.scale(v.scale(), v.scale());
        if (lines == null && shown.anyLines()) {
            strokeCables(g, m, visible, cableWidth, v.scale(), shown);
        }
        g.setLineCap(StrokeLineCap.BUTT);
        EnumMap<OverlayLine.Kind, List<Point2D[]>> batched = new EnumMap<>(OverlayLine.Kind.class);
        boolean dashed = shown.anyLines() && !skip && !(simple && lines != null);
        for (OverlayLine o : dashed ? m.overlays : List.<OverlayLine>of()) {
            if (!shown.line(o.from(), o.to())) {
                continue;
            }
            Point2D a = m.centre(o.from());
            Point2D b = m.centre(o.to());
            if (a == null || b == null) {
                continue;
            }
            if (simple) {
                if (crosses(visible, a, b) && (m.overlays.size() <= 1000 || visible.contains(a) || visible.contains(b))) {
                    batched.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(new Point2D[] {a, b});
                }
                continue;
            }
            Point2D c = arcControl(a, b);
            double cx = c.getX(), cy = c.getY();
            // The arc stays inside the box of its ends and its control point.
            if (Math.max(Math.max(a.getX(), b.getX()), cx) < reach.getMinX()
                    || Math.min(Math.min(a.getX(), b.getX()), cx) > reach.getMaxX()
                    || Math.max(Math.max(a.getY(), b.getY()), cy) < reach.getMinY()
                    || Math.min(Math.min(a.getY(), b.getY()), cy) > reach.getMaxY()) {
                continue;
            }
            g.setStroke(tunnelColour(o.kind()));
            g.setLineWidth(Math.max(2, 1.5 * px));
            dashedQuad(g, a.getX(), a.getY(), cx, cy, b.getX(), b.getY(), DASHES.get(o.kind()), px);
        }
        g.setLineDashes();
        // Simplified tunnels: one straight solid path per kind, in a lighter shade of its colour.
        for (var e : batched.entrySet()) {
            g.setStroke(simpleTunnelColour(e.getKey()));
            g.setLineWidth(px);
            g.beginPath();
            for (Point2D[] ab : e.getValue()) {
                g.moveTo(ab[0].getX(), ab[0].getY());
                g.lineTo(ab[1].getX(), ab[1].getY());
            }
            g.stroke();
        }
        int drawn = 0;
        List<String> inView = new ArrayList<>();
        if (!shown.onlyLines()) {
            inView = m.devicesIn(grow(visible, LABEL_REACH));
        }
        EnumMap<DeviceShape, List<Bounds>> blocks = new EnumMap<>(DeviceShape.class);
        for (String name : inView) {
            if (!shown.device(name)) {
                continue;
            }
            Bounds b = m.bounds.get(name);
            drawn++;
            if (b.getWidth() * v.scale() < 36) {
                // Far out, a symbol is a few pixels: flat blocks in its colour, one path per colour.
                blocks.computeIfAbsent(m.shapes.get(name), k -> new ArrayList<>()).add(b);
                continue;
            }
            drawDevice(g, m, m.project.topology().require(name), labels);
        }
        for (var e : blocks.entrySet()) {
            g.setFill(e.getKey().colour);
            g.beginPath();
            for (Bounds b : e.getValue()) {
                g.rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
            }
            g.fill();
        }
        g.restore();
        return drawn;
    }

    /**
     * The control point of the gentle arc a dashed tunnel follows, so that it stays apart from the
     * cables it runs over; the arc stays inside the box of its ends and this point.
     */
    public static Point2D arcControl(Point2D a, Point2D b) {
        double nx = -(b.getY() - a.getY()), ny = b.getX() - a.getX();
        double bend = 0.12;
        return new Point2D((a.getX() + b.getX()) / 2 + nx * bend, (a.getY() + b.getY()) / 2 + ny * bend);
    }

    /**
     * Where a device's symbol and labels may draw, in canvas units: its symbol, and below it the
     * two label lines, as wide as their text may be (an estimate on the generous side).
     */
    static Bounds footprint(CanvasModel m, String name) {
        Bounds b = m.bounds.get(name);
        Device d = m.project.topology().device(name).orElse(null);
        double half = b.getWidth() / 2;
        if (d != null) {
            half = Math.max(half, d.name().length() * 9.0 / 2);
            String sub = subtitle(d);
            if (sub != null) {
                half = Math.max(half, sub.length() * 7.0 / 2);
            }
        }
        half += 2;
        double x0 = Math.min(b.getMinX() - 2, b.getCenterX() - half);
        double x1 = Math.max(b.getMaxX() + 2, b.getCenterX() + half);
        return new BoundingBox(x0, b.getMinY() - 2, x1 - x0, b.getHeight() + 38);
    }

    /** Dash patterns of the overlay lines (on, off, ...; canvas units). */
    private static final Map<OverlayLine.Kind, double[]> DASHES = Map.of(
            OverlayLine.Kind.GRE_TUNNEL, new double[] {10, 6},
            OverlayLine.Kind.SIX_IN_FOUR, new double[] {4, 5},
            OverlayLine.Kind.FT_PEER, new double[] {14, 4, 3, 4});

    /**
     * Strokes the quadratic curve from a through control point c to b with dashes, the first one
     * starting at a. The dashes are laid out here, along a polyline through the curve in canvas
     * units, rather than by the renderer: it lays them out anew for the part of a curve inside the
     * area it draws, so two tiles would disagree where they meet.
     */
    private static void dashedQuad(GraphicsContext g, double ax, double ay, double cx, double cy, double bx, double by,
                                   double[] pattern, double px) {
        double rough = Math.hypot(cx - ax, cy - ay) + Math.hypot(bx - cx, by - cy);
        int steps = (int) Math.max(8, Math.min(512, Math.ceil(rough / (4 * px))));
        int k = 0;
        double left = pattern[0];
        boolean on = true;
        double x0 = ax, y0 = ay;
        g.beginPath();
        g.moveTo(x0, y0);
        for (int i = 1; i <= steps; i++) {
            double t = (double) i / steps, u = 1 - t;
            double x1 = u * u * ax + 2 * u * t * cx + t * t * bx;
            double y1 = u * u * ay + 2 * u * t * cy + t * t * by;
            double seg = Math.hypot(x1 - x0, y1 - y0);
            double pos = 0;
            while (seg - pos > left) {
                pos += left;
                double x = x0 + (x1 - x0) * pos / seg, y = y0 + (y1 - y0) * pos / seg;
                if (on) {
                    g.lineTo(x, y);
                } else {
                    g.moveTo(x, y);
                }
                on = !on;
                k = (k + 1) % pattern.length;
                left = pattern[k];
            }
            left -= seg - pos;
            if (on) {
                g.lineTo(x1, y1);
            }
            x0 = x1;
            y0 = y1;
        }
        g.stroke();
    }

    /** Strokes the cables in view as one path: one rasterisation instead of one per line. */
    private static void strokeCables(GraphicsContext g, CanvasModel m, Bounds visible, double cableWidth, double scale,
                                     Shown shown) {
        g.setStroke(CABLE);
        g.setLineWidth(cableWidth);
        g.setLineDashes();
        // Far out on a large design, only cables with an end in view are drawn: hundreds of long
        // cables converging on the Internet cloud would otherwise cost more than everything else.
        boolean endsOnly = scale < 0.35 && m.project.topology().links().size() > 1500;
        boolean cablePath = false;
        for (Link l : m.project.topology().links()) {
            if (!shown.line(l.a().device(), l.b().device())) {
                continue;
            }
            Point2D a = m.centre(l.a().device());
            Point2D b = m.centre(l.b().device());
            if (a == null || b == null) {
                continue;
            }
            if (endsOnly ? visible.contains(a) || visible.contains(b) : crosses(visible, a, b)) {
                if (!cablePath) {
                    g.beginPath();
                    cablePath = true;
                }
                g.moveTo(a.getX(), a.getY());
                g.lineTo(b.getX(), b.getY());
            }
        }
        if (cablePath) {
            g.stroke();
        }
    }

    /**
     * Draws the cables, and the tunnels when they are straight, through {@code lines}: every one
     * that crosses {@code reach} (canvas units), at its full length, composited in the order of the
     * path strokes.
     */
    private static void rasterLines(GraphicsContext g, CanvasModel m, Viewport v, Bounds reach, LineRaster lines,
                                    double cableWidth, boolean tunnels, Shown shown) {
        double s = v.scale(), ox = v.offsetX(), oy = v.offsetY();
        for (Link l : m.project.topology().links()) {
            if (shown.line(l.a().device(), l.b().device())) {
                rasterLine(m.centre(l.a().device()), m.centre(l.b().device()), reach, lines, s, ox, oy, cableWidth * s);
            }
        }
        lines.fill(CABLE);
        if (tunnels) {
            for (OverlayLine.Kind kind : OverlayLine.Kind.values()) {
                for (OverlayLine o : m.overlays) {
                    if (o.kind() == kind && shown.line(o.from(), o.to())) {
                        rasterLine(m.centre(o.from()), m.centre(o.to()), reach, lines, s, ox, oy, 1);
                    }
                }
                lines.fill(simpleTunnelColour(kind));
            }
        }
        lines.drawTo(g);
    }

    /** Adds the line from a to b (canvas units) to {@code lines} when it crosses {@code reach}. */
    private static void rasterLine(Point2D a, Point2D b, Bounds reach, LineRaster lines, double s, double ox, double oy,
                                   double width) {
        if (a != null && b != null && crosses(reach, a, b)) {
            lines.line(a.getX() * s + ox, a.getY() * s + oy, b.getX() * s + ox, b.getY() * s + oy, width);
        }
    }

    private static Color tunnelColour(OverlayLine.Kind kind) {
        return switch (kind) {
            case GRE_TUNNEL -> GRE;
            case SIX_IN_FOUR -> SIX_IN_FOUR;
            case FT_PEER -> FT;
        };
    }

    private static Color simpleTunnelColour(OverlayLine.Kind kind) {
        return tunnelColour(kind).deriveColor(0, 0.5, 1.2, 1);
    }

    /** Draws the selection, lint badges, the cable being drawn and the rubber band over the design. */
    static void paintDecorations(GraphicsContext g, CanvasModel m, Viewport v, double width, double height,
                                 Decorations deco) {
        Bounds visible = v.visible(width, height);
        g.save();
        g.translate(v.offsetX(), v.offsetY());
        g.scale(v.scale(), v.scale());
        double px = 1 / v.scale();
        g.setLineCap(StrokeLineCap.BUTT);
        for (String name : deco.selection()) {
            Bounds b = m.bounds.get(name);
            if (b != null && b.intersects(visible)) {
                g.setStroke(SELECTION);
                g.setLineWidth(2 * px);
                g.setLineDashes();
                g.strokeRoundRect(b.getMinX() - 5, b.getMinY() - 5, b.getWidth() + 10, b.getHeight() + 10, 10, 10);
                if (deco.selection().size() == 1) {
                    Point2D h = linkHandle(b);
                    g.setFill(SELECTION);
                    g.fillOval(h.getX() - 6, h.getY() - 6, 12, 12);
                    g.setFill(Color.WHITE);
                    g.fillOval(h.getX() - 2.5, h.getY() - 2.5, 5, 5);
                }
            }
        }
        for (Map.Entry<String, Severity> e : deco.badges().entrySet()) {
            Bounds b = m.bounds.get(e.getKey());
            if (b == null || !b.intersects(visible)) {
                continue;
            }
            g.setFill(switch (e.getValue()) {
                case ERROR -> BADGE_ERROR;
                case WARNING -> BADGE_WARNING;
                default -> BADGE_INFO;
            });
            g.fillOval(b.getMaxX() - 8, b.getMinY() - 8, 16, 16);
            g.setFill(Color.WHITE);
            g.setFont(BADGE);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(e.getValue() == Severity.ERROR ? "!" : e.getValue() == Severity.WARNING ? "!" : "i",
                    b.getMaxX(), b.getMinY());
        }
        if (deco.linkFrom() != null && deco.linkTo() != null) {
            g.setStroke(SELECTION);
            g.setLineWidth(2 * px);
            g.setLineDashes(6 * px, 4 * px);
            g.strokeLine(deco.linkFrom().getX(), deco.linkFrom().getY(), deco.linkTo().getX(), deco.linkTo().getY());
            g.setLineDashes();
        }
        if (deco.rubberBand() != null) {
            Bounds r = deco.rubberBand();
            g.setFill(RUBBER_BAND);
            g.fillRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
            g.setStroke(SELECTION);
            g.setLineWidth(px);
            g.strokeRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
        }
        g.restore();
    }

    /** Where the "drag to link" handle of a selected device sits: on its right edge. */
    static Point2D linkHandle(Bounds b) {
        return new Point2D(b.getMaxX() + 10, b.getCenterY());
    }

    private static void drawDevice(GraphicsContext g, CanvasModel m, Device d, boolean labels) {
        Bounds b = m.bounds.get(d.name());
        DeviceShape shape = m.shapes.get(d.name());
        Image icon = Icons.large(shape);
        if (icon != null) {
            g.drawImage(icon, b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
        } else {
            g.setFill(PLAIN_FILL);
            g.setStroke(PLAIN_STROKE);
            g.setLineWidth(1.2);
            g.fillRoundRect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), 12, 12);
            g.strokeRoundRect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), 12, 12);
        }
        if (!labels) {
            return;
        }
        g.setFill(NAME);
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(d.name(), b.getCenterX(), b.getMaxY() + 3);
        String sub = subtitle(d);
        if (sub != null) {
            g.setFont(SMALL);
            g.setFill(SUBTITLE);
            g.fillText(sub, b.getCenterX(), b.getMaxY() + 19);
        }
    }

    /** A second label line: the first tunnel or WAN address, so a glance tells the plan. */
    private static String subtitle(Device d) {
        for (var i : d.interfaces()) {
            if (i.isTunnel() && i.ipv4() != null) {
                return i.name() + " " + i.ipv4();
            }
        }
        for (var i : d.interfaces()) {
            if (i.ipv4() != null) {
                return i.ipv4();
            }
        }
        return null;
    }

    /**
     * The grid over the view ({@code visible} in canvas units, {@code width} x {@code height} in view
     * pixels): lines on whole pixels, their spacing at least 12 pixels at the view's scale.
     */
    private static void grid(GraphicsContext g, Viewport v, Bounds visible, double width, double height) {
        double step = 20;
        while (step * v.scale() < 12) {
            step *= 5;
        }
        g.setStroke(GRID);
        g.setLineWidth(1);
        g.setLineDashes();
        double x0 = Math.floor(visible.getMinX() / step) * step;
        for (double x = x0; x <= visible.getMaxX(); x += step) {
            double sx = Math.round(x * v.scale() + v.offsetX()) + 0.5;
            g.strokeLine(sx, 0, sx, height);
        }
        double y0 = Math.floor(visible.getMinY() / step) * step;
        for (double y = y0; y <= visible.getMaxY(); y += step) {
            double sy = Math.round(y * v.scale() + v.offsetY()) + 0.5;
            g.strokeLine(0, sy, width, sy);
        }
    }

    private static Bounds grow(Bounds b, double d) {
        return new BoundingBox(b.getMinX() - d, b.getMinY() - d, b.getWidth() + 2 * d,
                b.getHeight() + 2 * d);
    }

    private static boolean crosses(Bounds v, Point2D a, Point2D b) {
        return Math.max(a.getX(), b.getX()) >= v.getMinX() && Math.min(a.getX(), b.getX()) <= v.getMaxX()
                && Math.max(a.getY(), b.getY()) >= v.getMinY() && Math.min(a.getY(), b.getY()) <= v.getMaxY();
    }

}
