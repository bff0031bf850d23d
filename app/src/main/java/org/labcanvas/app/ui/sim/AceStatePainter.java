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
        // One badge per group, stacked above the module (side by side they would run into its peer's).
        double h = 16 * zoom;
        g.setFont(Font.font("System", FontWeight.BOLD, 11 * zoom));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        double w = 0;
        for (CanvasState.FtGroupView f : s.ft()) {
            w = Math.max(w, badge(f).length() * 6.6 * zoom + 10);
        }
        double cx = Math.max(w / 2 + 2, Math.min(viewWidth - w / 2 - 2, (b.getMinX() + b.getMaxX()) / 2));
        int n = s.ft().size();
        for (int i = 0; i < n; i++) {
            CanvasState.FtGroupView f = s.ft().get(i);
            double y = b.getMinY() - 8 - (n - i) * (h + 2);
            g.setFill(colour(f));
            g.fillRoundRect(cx - w / 2, y, w, h, 6, 6);
            g.setFill(Color.WHITE);
            g.fillText(badge(f), cx, y + h / 2);
        }
    }

    /** {@code 2 C1 STANDBY_HOT} */
    static String badge(CanvasState.FtGroupView f) {
        return f.id() + " " + f.context() + " " + f.state();
    }
}
