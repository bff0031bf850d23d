package org.labcanvas.app.ui.sim;

import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.labcanvas.app.ui.canvas.CanvasModel;
import org.labcanvas.app.ui.canvas.DesignPainter;
import org.labcanvas.app.ui.canvas.OverlayLine;
import org.labcanvas.app.ui.canvas.StateOverlay;
import org.labcanvas.app.ui.canvas.Viewport;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.topology.Link;

/**
 * The simulation's state drawn over the design: cables and tunnels coloured by state, each device's
 * power and protocol summary, the hops of the last ping, the clock and a legend. Devices are drawn by
 * the first {@link DeviceStatePainter} that takes them (IOS routers today; ACE modules and 6in4
 * hosts plug in their own).
 */
public final class SimulationOverlay implements StateOverlay {
    static final Color UP = Color.web("#1e8e3e");
    static final Color REGISTERED = Color.web("#f29900");
    static final Color DOWN = Color.web("#d93025");
    static final Color OFF = Color.web("#80868b");
    static final Color PING = Color.web("#1a73e8", 0.55);

    /** Draws one device's state; the overlay asks each painter in turn. */
    public interface DeviceStatePainter {
        /** Whether this painter draws {@code state}'s device (by the kind of state it carries). */
        boolean paints(CanvasState.DeviceState state);

        /** {@code zoom}: how much larger than at 100 % to draw lines and text (1 to 3). */
        void paint(GraphicsContext g, Bounds screen, CanvasState.DeviceState state, double zoom, double viewWidth);
    }

    /** The device painters in the order they are asked. */
    public static final List<DeviceStatePainter> PAINTERS = List.of(new AceStatePainter(), new SixInFourStatePainter(),
            new RouterStatePainter());

    /** The legend's rows: colour and meaning (the designer shows them in the timeline panel). */
    public static final List<String[]> LEGEND = List.of(
            new String[] {"#1e8e3e", "up; tunnel with OSPF FULL"},
            new String[] {"#f29900", "booting; tunnel registered (NHRP), OSPF not FULL"},
            new String[] {"#d93025", "tunnel down; cable cut"},
            new String[] {"#80868b", "powered off"},
            new String[] {"#1a73e8", "last ping, hop by hop"},
            new String[] {"#12b5cb", "ACE FT group STANDBY_HOT (green ACTIVE, amber WARM)"});

    private final CanvasState state;
    private final List<DeviceStatePainter> painters;
    private final boolean legend;

    /** With the clock and the legend drawn in (for pictures). */
    public SimulationOverlay(CanvasState state) {
        this(state, PAINTERS, true);
    }

    public SimulationOverlay(CanvasState state, List<DeviceStatePainter> painters, boolean legend) {
        this.state = state;
        this.painters = List.copyOf(painters);
        this.legend = legend;
    }

    public CanvasState state() {
        return state;
    }

    @Override
    public void paint(GraphicsContext g, CanvasModel m, Viewport v, double width, double height) {
        g.setLineCap(StrokeLineCap.ROUND);
        for (Map.Entry<Link, Boolean> e : state.links().entrySet()) {
            Point2D a = screen(m, v, e.getKey().a().device());
            Point2D b = screen(m, v, e.getKey().b().device());
            if (a == null || b == null) {
                continue;
            }
            g.setStroke(e.getValue() ? UP : DOWN);
            g.setLineWidth((e.getValue() ? 2 : 3) * zoom(v));
            g.setLineDashes(e.getValue() ? null : new double[] {8 * zoom(v), 6 * zoom(v)});
            g.strokeLine(a.getX(), a.getY(), b.getX(), b.getY());
        }
        for (Map.Entry<OverlayLine, CanvasState.TunnelState> e : state.tunnels().entrySet()) {
            Point2D wa = m.centre(e.getKey().from());
            Point2D wb = m.centre(e.getKey().to());
            if (wa == null || wb == null) {
                continue;
            }
            // Over the tunnel's own arc (a viewport maps a quadratic curve to a quadratic curve).
            Point2D a = v.toScreen(wa.getX(), wa.getY());
            Point2D b = v.toScreen(wb.getX(), wb.getY());
            Point2D wc = DesignPainter.arcControl(wa, wb);
            Point2D c = v.toScreen(wc.getX(), wc.getY());
            g.setStroke(switch (e.getValue()) {
                case FULL -> UP;
                case REGISTERED -> REGISTERED;
                case DOWN -> DOWN;
            });
            g.setLineWidth(3 * zoom(v));
            g.setLineDashes(e.getValue() == CanvasState.TunnelState.DOWN ? new double[] {4 * zoom(v), 6 * zoom(v)} : null);
            g.beginPath();
            g.moveTo(a.getX(), a.getY());
            g.quadraticCurveTo(c.getX(), c.getY(), b.getX(), b.getY());
            g.stroke();
        }
        g.setLineDashes(null);
        paintPing(g, m, v);
        for (Map.Entry<String, CanvasState.DeviceState> e : state.devices().entrySet()) {
            Bounds b = m.bounds.get(e.getKey());
            if (b == null) {
                continue;
            }
            Point2D min = v.toScreen(b.getMinX(), b.getMinY());
            Point2D max = v.toScreen(b.getMaxX(), b.getMaxY());
            Bounds screen = new BoundingBox(min.getX(), min.getY(), max.getX() - min.getX(),
                    max.getY() - min.getY());
            for (DeviceStatePainter p : painters) {
                if (p.paints(e.getValue())) {
                    p.paint(g, screen, e.getValue(), zoom(v), width);
                    break;
                }
            }
        }
        if (legend) {
            paintClockAndLegend(g, Math.min(1.6, zoom(v)), width, height);
        }
    }

    private void paintPing(GraphicsContext g, CanvasModel m, Viewport v) {
        List<String> path = state.pingPath();
        if (path.size() < 2) {
            return;
        }
        double z = zoom(v);
        g.setStroke(PING);
        g.setLineWidth(9 * z);
        for (int i = 0; i + 1 < path.size(); i++) {
            Point2D a = screen(m, v, path.get(i));
            Point2D b = screen(m, v, path.get(i + 1));
            if (a != null && b != null) {
                g.strokeLine(a.getX(), a.getY(), b.getX(), b.getY());
            }
        }
        g.setFont(Font.font("System", FontWeight.BOLD, 11 * z));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < path.size(); i++) {
            Point2D a = screen(m, v, path.get(i));
            if (a == null) {
                continue;
            }
            g.setFill(Color.web("#1a73e8"));
            g.fillOval(a.getX() - 9 * z, a.getY() - 9 * z, 18 * z, 18 * z);
            g.setFill(Color.WHITE);
            g.fillText(Integer.toString(i), a.getX(), a.getY());
        }
    }

    /** The clock and the legend, at the bottom in the middle of the view. */
    private void paintClockAndLegend(GraphicsContext g, double z, double width, double height) {
        List<String[]> rows = LEGEND;
        double rowH = 15 * z;
        double boxW = 330 * z, boxH = (28 + rows.size() * 15) * z;
        double x = Math.max(10, (width - boxW) / 2), y = height - boxH - 6 * z;
        g.setFill(Color.web("#ffffff", 0.9));
        g.fillRoundRect(x - 4 * z, y - 2 * z, boxW, boxH, 8, 8);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font("Monospaced", FontWeight.BOLD, 15 * z));
        g.setFill(Color.web("#1f2a33"));
        g.fillText("t = " + SimTime.clock(state.at()), x, y + 10 * z);
        g.setFont(Font.font("System", 11 * z));
        for (int i = 0; i < rows.size(); i++) {
            double ry = y + 30 * z + i * rowH;
            g.setFill(Color.web(rows.get(i)[0]));
            g.fillRect(x, ry - 4 * z, 18 * z, 8 * z);
            g.setFill(Color.web("#1f2a33"));
            g.fillText(rows.get(i)[1], x + 26 * z, ry);
        }
    }

    /** Lines and text grow with the zoom from 100 % on (a PNG export draws at about 250 %), up to three times. */
    static double zoom(Viewport v) {
        return Math.max(1, Math.min(3, v.scale()));
    }

    private static Point2D screen(CanvasModel m, Viewport v, String device) {
        Point2D c = m.centre(device);
        return c == null ? null : v.toScreen(c.getX(), c.getY());
    }

    /** An IOS router: a ring by power, the OSPF/NHRP/IPsec summary above it, a grey veil when off. */
    public static final class RouterStatePainter implements DeviceStatePainter {
        @Override
        public boolean paints(CanvasState.DeviceState state) {
            return true;
        }

        @Override
        public void paint(GraphicsContext g, Bounds b, CanvasState.DeviceState s, double zoom, double viewWidth) {
            ring(g, b, s.power(), zoom);
            label(g, b, s.summary(), s.power() == CanvasState.Power.DOWN ? OFF : Color.web("#1f2a33"), zoom, viewWidth);
        }
    }

    /** A ring around a device by its power (green up, amber booting, grey and veiled off). */
    static void ring(GraphicsContext g, Bounds b, CanvasState.Power power, double zoom) {
        Color ring = switch (power) {
            case UP -> UP;
            case BOOTING -> REGISTERED;
            case DOWN -> OFF;
        };
        if (power == CanvasState.Power.DOWN) {
            g.setFill(Color.web("#ffffff", 0.6));
            g.fillRoundRect(b.getMinX() - 4, b.getMinY() - 4, b.getWidth() + 8, b.getHeight() + 8, 10, 10);
        }
        g.setStroke(ring);
        g.setLineWidth(3 * zoom);
        g.strokeRoundRect(b.getMinX() - 4, b.getMinY() - 4, b.getWidth() + 8, b.getHeight() + 8, 10, 10);
    }

    /** {@code text} on a white pill above a device, kept inside the view. */
    static void label(GraphicsContext g, Bounds b, String text, Color colour, double zoom, double viewWidth) {
        g.setFont(Font.font("System", FontWeight.BOLD, 11 * zoom));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        double w = text.length() * 6.6 * zoom + 10;
        // Centred over the device, but kept inside the view.
        double cx = Math.max(w / 2 + 2, Math.min(viewWidth - w / 2 - 2, (b.getMinX() + b.getMaxX()) / 2));
        g.setFill(Color.web("#ffffff", 0.9));
        g.fillRoundRect(cx - w / 2, b.getMinY() - 8 - 17 * zoom, w, 17 * zoom, 6, 6);
        g.setFill(colour);
        g.fillText(text, cx, b.getMinY() - 8 - 2 * zoom);
    }
}
