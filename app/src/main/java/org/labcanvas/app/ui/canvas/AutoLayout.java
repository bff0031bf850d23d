package org.labcanvas.app.ui.canvas;

import java.util.function.Function;
import com.mxgraph.layout.hierarchical.mxHierarchicalLayout;
import com.mxgraph.layout.mxFastOrganicLayout;
import com.mxgraph.layout.mxIGraphLayout;
import com.mxgraph.model.mxCell;
import com.mxgraph.model.mxGeometry;
import com.mxgraph.view.mxGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Bounds;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.RouterRole;

/**
 * Automatic layouts, hierarchical and organic computed by JGraphX on a graph of the design (cables
 * and tunnels as edges):
 *
 * <ul>
 *   <li>{@link Kind#RADIAL}: hub-and-spoke for DMVPN, computed here (JGraphX has no radial
 *       layout that keeps roles apart): the Internet in the middle, hubs, LANs and brokers on an
 *       inner ring and the spokes and other devices on an outer ring whose radius grows with
 *       their number, in name order;</li>
 *   <li>{@link Kind#HIERARCHICAL}: {@code mxHierarchicalLayout}, top to bottom;</li>
 *   <li>{@link Kind#ORGANIC}: {@code mxFastOrganicLayout}, a force-directed layout started from the
 *       current positions (deterministic: no random start).</li>
 * </ul>
 *
 * The result is a map of new placements; the designer animates to it and stores it as one undo step.
 */
public final class AutoLayout {
    public enum Kind { RADIAL, HIERARCHICAL, ORGANIC }

    private AutoLayout() {}

    public static Map<String, Placement> compute(Project project, Kind kind) {
        return switch (kind) {
            case RADIAL -> radial(project);
            case HIERARCHICAL -> withJGraphX(project, g -> {
                mxHierarchicalLayout l = new mxHierarchicalLayout(g);
                l.setInterRankCellSpacing(110);
                l.setIntraCellSpacing(60);
                return l;
            });
            case ORGANIC -> withJGraphX(project, g -> {
                mxFastOrganicLayout l = new mxFastOrganicLayout(g);
                l.setForceConstant(160);
                l.setUseInputOrigin(true);
                return l;
            });
        };
    }

    private static Map<String, Placement> withJGraphX(Project project, Function<mxGraph, mxIGraphLayout> layout) {
        CanvasModel m = new CanvasModel(project);
        mxGraph graph = new mxGraph();
        Object parent = graph.getDefaultParent();
        Map<String, mxCell> cells = new HashMap<>();
        graph.getModel().beginUpdate();
        try {
            int i = 0;
            for (Device d : project.topology().devices()) {
                Bounds b = m.bounds.get(d.name());
                // mxFastOrganicLayout breaks exact ties in x or y with Math.random(); a small fixed
                // offset per vertex avoids ties between aligned devices and keeps the result repeatable.
                double jitterX = (i * 0.37) % 7, jitterY = (i * 0.53) % 5;
                i++;
                cells.put(d.name(), (mxCell) graph.insertVertex(parent, d.name(), d.name(), b.getMinX() + jitterX,
                        b.getMinY() + jitterY, b.getWidth(), b.getHeight() + 30));
            }
            for (Link l : project.topology().links()) {
                graph.insertEdge(parent, null, "", cells.get(l.a().device()), cells.get(l.b().device()));
            }
            for (OverlayLine o : m.overlays) {
                graph.insertEdge(parent, null, "", cells.get(o.to()), cells.get(o.from()));
            }
            layout.apply(graph).execute(parent);
        } finally {
            graph.getModel().endUpdate();
        }
        Map<String, Placement> out = new TreeMap<>();
        for (Map.Entry<String, mxCell> e : cells.entrySet()) {
            mxGeometry g = e.getValue().getGeometry();
            Placement old = m.placements.get(e.getKey());
            out.put(e.getKey(), new Placement(Math.round(g.getCenterX()), Math.round(g.getY() + (g.getHeight() - 30) / 2),
                    old.width(), old.height()));
        }
        return out;
    }

    private static Map<String, Placement> radial(Project project) {
        CanvasModel m = new CanvasModel(project);
        Bounds ext = m.extent();
        double cx = ext == null ? 600 : Math.round(ext.getCenterX());
        double cy = ext == null ? 400 : Math.round(ext.getCenterY());
        List<String> middle = new ArrayList<>();
        List<String> inner = new ArrayList<>();
        List<String> outer = new ArrayList<>();
        for (Device d : project.topology().devices()) {
            if (d.kind() == DeviceKind.INTERNET) {
                middle.add(d.name());
            } else if (d.role() == RouterRole.HUB || d.kind() == DeviceKind.LAN || d.kind() == DeviceKind.BROKER) {
                inner.add(d.name());
            } else {
                outer.add(d.name());
            }
        }
        inner.sort(null);
        outer.sort(null);
        Map<String, Placement> out = new TreeMap<>();
        for (int i = 0; i < middle.size(); i++) {
            out.put(middle.get(i), Placement.at(cx + i * 180, cy));
        }
        double r1 = Math.max(200, inner.size() * 140 / (2 * Math.PI));
        ring(inner, r1, cx, cy, -Math.PI / 2, out);
        double r2 = Math.max(r1 + 220, outer.size() * 110 / (2 * Math.PI));
        ring(outer, r2, cx, cy, -Math.PI / 2 + (outer.isEmpty() ? 0 : Math.PI / outer.size()), out);
        return out;
    }

    /** Evenly around a circle from the start angle. */
    private static void ring(List<String> names, double r, double cx, double cy, double start, Map<String, Placement> out) {
        int n = names.size();
        if (n == 0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            double a = start + 2 * Math.PI * i / n;
            out.put(names.get(i), Placement.at(Math.round(cx + r * Math.cos(a)), Math.round(cy + r * Math.sin(a))));
        }
    }
}
