package org.labcanvas.app.ui.sim;

import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * An ACE module: a ring by power and, above it, one badge per FT group with its state, green when
 * ACTIVE, teal when a STANDBY_HOT, amber while WARM or on its way (BULK, CONFIG, ELECT), red when
 * COLD or out of service.
 */
public final class AceStatePainter implements SimulationOverlay.DeviceStatePainter {
    static final Color HOT = Color.web("#12b5cb");

    @Override
    public boolean paints(CanvasState.DeviceState state) {
        return state.ace();
    }

    /** The colour of an FT group's state. */
    static Color colour(CanvasState.FtGroupView g) {
        return switch (g.state()) {
            case "ACTIVE" -> SimulationOverlay.UP;
            case "STANDBY_HOT" -> HOT;
            case "STANDBY_WARM", "STANDBY_BULK", "STANDBY_CONFIG", "ELECT" -> SimulationOverlay.REGISTERED;
            default -> SimulationOverlay.DOWN;
        };
    }

    @Override
    public void paint(GraphicsContext g, Bounds b, CanvasState.DeviceState s, double zoom, double viewWidth) {
        SimulationOverlay.ring(g, b, s.power(), zoom);
        double h = 17 * zoom;
        g.setFont(Font.font("System", FontWeight.BOLD, 11 * zoom));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        double[] widths = new double[s.ft().size()];
        double total = 0;
        for (int i = 0; i < widths.length; i++) {
            CanvasState.FtGroupView f = s.ft().get(i);
            widths[i] = (f.id() + " " + f.state()).length() * 6.6 * zoom + 10;
            total += widths[i] + 4;
        }
        double x = Math.max(2, Math.min(viewWidth - total - 2, (b.getMinX() + b.getMaxX()) / 2 - total / 2));
        double y = b.getMinY() - 8 - h;
        for (int i = 0; i < widths.length; i++) {
            CanvasState.FtGroupView f = s.ft().get(i);
            g.setFill(colour(f));
            g.fillRoundRect(x, y, widths[i], h, 6, 6);
            g.setFill(Color.WHITE);
            g.fillText(f.id() + " " + f.state(), x + widths[i] / 2, y + h / 2);
            x += widths[i] + 4;
        }
    }
}
