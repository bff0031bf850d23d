package org.labcanvas.app.ui.export;

import org.labcanvas.app.ui.canvas.CanvasModel;
import org.labcanvas.app.ui.canvas.DeviceShape;
import org.labcanvas.app.ui.canvas.OverlayLine;
import com.mxgraph.io.mxCodec;
import com.mxgraph.model.mxCell;
import com.mxgraph.util.mxDomUtils;
import com.mxgraph.util.mxXmlUtils;
import com.mxgraph.view.mxGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Link;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes the design as a draw.io diagram: mxGraph XML encoded by JGraphX's {@link mxCodec},
 * wrapped in {@code <mxfile><diagram>} as draw.io saves it. One labelled vertex per device at its
 * canvas position, one edge per cable (labelled with the interfaces) and one dashed edge per
 * tunnel or FT peering ({@link OverlayLine}). Needs no JavaFX.
 */
public final class DrawioExport {
    private DrawioExport() {}

    public static void write(Project project, Path file) throws IOException {
        String xml = toXml(project);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".labcanvas-", ".drawio");
        try {
            Files.writeString(tmp, xml, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The whole {@code .drawio} file. */
    public static String toXml(Project project) {
        mxGraph graph = graph(project);
        mxCodec codec = new mxCodec();
        Node model = codec.encode(graph.getModel());
        Document doc = mxDomUtils.createDocument();
        Element mxfile = doc.createElement("mxfile");
        mxfile.setAttribute("host", "LabCanvas");
        Element diagram = doc.createElement("diagram");
        diagram.setAttribute("id", "labcanvas");
        diagram.setAttribute("name", project.name().isEmpty() ? "Design" : project.name());
        diagram.appendChild(doc.importNode(model, true));
        mxfile.appendChild(diagram);
        doc.appendChild(mxfile);
        return mxXmlUtils.getXml(doc.getDocumentElement());
    }

    static mxGraph graph(Project project) {
        CanvasModel m = new CanvasModel(project);
        mxGraph graph = new mxGraph();
        Object parent = graph.getDefaultParent();
        Map<String, Object> vertices = new HashMap<>();
        graph.getModel().beginUpdate();
        try {
            int n = 0;
            for (Device d : project.topology().devices()) {
                Bounds b = m.bounds.get(d.name());
                mxCell v = (mxCell) graph.insertVertex(parent, "device-" + (n++), label(d), b.getMinX(), b.getMinY(),
                        b.getWidth(), b.getHeight(), style(d));
                vertices.put(d.name(), v);
            }
            int e = 0;
            for (Link l : project.topology().links()) {
                String label = (l.a().iface() == null ? "" : l.a().iface()) + (l.a().iface() != null && l.b().iface() != null ? " \u2013 " : "")
                        + (l.b().iface() == null ? "" : l.b().iface());
                graph.insertEdge(parent, "link-" + (e++), label, vertices.get(l.a().device()), vertices.get(l.b().device()),
                        "endArrow=none;html=1;strokeColor=#5b6770;strokeWidth=2;fontSize=9;");
            }
            int t = 0;
            for (OverlayLine o : m.overlays) {
                String style = switch (o.kind()) {
                    case GRE_TUNNEL -> "dashed=1;dashPattern=10 6;strokeColor=#2f6fd0;endArrow=open;";
                    case SIX_IN_FOUR -> "dashed=1;dashPattern=4 5;strokeColor=#2e9a4e;endArrow=open;";
                    case FT_PEER -> "dashed=1;dashPattern=14 4 3 4;strokeColor=#8a4fc4;endArrow=none;";
                };
                graph.insertEdge(parent, "tunnel-" + (t++), o.label(), vertices.get(o.from()), vertices.get(o.to()),
                        style + "html=1;strokeWidth=2;curved=1;fontSize=9;");
            }
        } finally {
            graph.getModel().endUpdate();
        }
        return graph;
    }

    private static String label(Device d) {
        for (var i : d.interfaces()) {
            if (i.isTunnel() && i.ipv4() != null) {
                return d.name() + "\n" + i.ipv4();
            }
        }
        return d.name();
    }

    private static String style(Device d) {
        String common = "html=1;whiteSpace=wrap;verticalLabelPosition=bottom;verticalAlign=top;fontStyle=1;";
        return switch (DeviceShape.of(d)) {
            case INTERNET -> "ellipse;shape=cloud;fillColor=#e6eef9;strokeColor=#2f3b44;" + common;
            case LAN -> "rounded=1;fillColor=#9aa7b0;strokeColor=#2f3b44;" + common;
            case HUB -> "ellipse;fillColor=#ffd9a8;strokeColor=#2f3b44;" + common;
            case SPOKE -> "ellipse;fillColor=#cfe6c8;strokeColor=#2f3b44;" + common;
            case ROUTER -> "ellipse;fillColor=#dfe8f0;strokeColor=#2f3b44;" + common;
            case ACE -> "rounded=1;fillColor=#e4d4f2;strokeColor=#2f3b44;" + common;
            case BROKER -> "rounded=1;fillColor=#f6e2e2;strokeColor=#2f3b44;" + common;
            case HOST -> "rounded=1;fillColor=#f2f2d0;strokeColor=#2f3b44;" + common;
        };
    }

}
