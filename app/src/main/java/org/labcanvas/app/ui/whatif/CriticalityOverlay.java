package org.labcanvas.app.ui.whatif;

import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.labcanvas.app.ui.canvas.CanvasModel;
import org.labcanvas.app.ui.canvas.StateOverlay;
import org.labcanvas.app.ui.canvas.Viewport;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.whatif.Criticality;

/** The design coloured by how critical each element's failure is (the resilience report on the canvas; its window holds the legend). */
public final class CriticalityOverlay implements StateOverlay {
    private final Topology topology;
    private final Criticality.Worst worst;

    public CriticalityOverlay(Topology topology, Criticality.Worst worst) {
        this.topology = topology;
        this.worst = worst;
    }

    @Override
    public void paint(GraphicsContext g, CanvasModel m, Viewport v, double width, double height) {
        double z = Math.max(1, Math.min(3, v.scale()));
        g.setLineCap(StrokeLineCap.ROUND);
        for (Map.Entry<Integer, Criticality> e : worst.links().entrySet()) {
            Link l = topology.links().get(e.getKey());
            Point2D a = m.centre(l.a().device());
            Point2D b = m.centre(l.b().device());
            if (a == null || b == null) {
                continue;
            }
            Point2D sa = v.toScreen(a.getX(), a.getY());
            Point2D sb = v.toScreen(b.getX(), b.getY());
            g.setStroke(Color.web(e.getValue().colour(), 0.85));
            g.setLineWidth(4 * z);
            g.strokeLine(sa.getX(), sa.getY(), sb.getX(), sb.getY());
        }
        for (Map.Entry<String, Criticality> e : worst.devices().entrySet()) {
            Bounds b = m.bounds.get(e.getKey());
            if (b == null) {
                continue;
            }
            Point2D min = v.toScreen(b.getMinX(), b.getMinY());
            Point2D max = v.toScreen(b.getMaxX(), b.getMaxY());
            double pad = 4 * z;
            g.setStroke(Color.web(e.getValue().colour()));
            g.setLineWidth(4 * z);
            g.strokeRoundRect(min.getX() - pad, min.getY() - pad, max.getX() - min.getX() + 2 * pad,
                    max.getY() - min.getY() + 2 * pad, 10 * z, 10 * z);
        }
    }
}
