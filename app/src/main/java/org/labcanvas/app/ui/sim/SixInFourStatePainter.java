package org.labcanvas.app.ui.sim;

import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A 6in4 client or broker: a ring green while its tunnel carries IPv6 and red while it does not,
 * {@code 6in4 up} or {@code 6in4 down} above it, and under it, in red, the condition that keeps IPv6
 * from crossing.
 */
public final class SixInFourStatePainter implements SimulationOverlay.DeviceStatePainter {
    @Override
    public boolean paints(CanvasState.DeviceState state) {
        return state.sixInFour() != null;
    }

    @Override
    public void paint(GraphicsContext g, Bounds b, CanvasState.DeviceState s, double zoom, double viewWidth) {
        CanvasState.SixInFourView v = s.sixInFour();
        g.setStroke(v.up() ? SimulationOverlay.UP : SimulationOverlay.DOWN);
        g.setLineWidth(3 * zoom);
        g.strokeRoundRect(b.getMinX() - 4, b.getMinY() - 4, b.getWidth() + 8, b.getHeight() + 8, 10, 10);
        SimulationOverlay.label(g, b, s.summary(), v.up() ? Color.web("#1f2a33") : SimulationOverlay.DOWN, zoom, viewWidth);
        if (!v.up()) {
            String text = v.failure().length() > 90 ? v.failure().substring(0, 89) + "\u2026" : v.failure();
            g.setFont(Font.font("System", 10 * zoom));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            double w = text.length() * 5.6 * zoom + 10;
            double cx = Math.max(w / 2 + 2, Math.min(viewWidth - w / 2 - 2, (b.getMinX() + b.getMaxX()) / 2));
            double y = b.getMaxY() + 20 * zoom;
            g.setFill(Color.web("#ffffff", 0.9));
            g.fillRoundRect(cx - w / 2, y, w, 15 * zoom, 6, 6);
            g.setFill(SimulationOverlay.DOWN);
            g.fillText(text, cx, y + 2 * zoom);
        }
    }
}
