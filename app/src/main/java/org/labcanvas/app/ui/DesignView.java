package org.labcanvas.app.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Link;

/**
 * Draws a design: one symbol per device at its layout position, and the cables between them.
 * Devices without a position are placed on a grid below the others.
 */
final class DesignView extends Pane {
    private static final double W = 96;
    private static final double H = 44;

    DesignView(Project project) {
        setId("design");
        setStyle("-fx-background-color: #fbfbf8;");
        Map<String, Point2D> centre = new HashMap<>();
        double maxY = 0;
        for (Placement p : project.layout().placements().values()) {
            maxY = Math.max(maxY, p.y());
        }
        int unplaced = 0;
        for (Device d : project.topology().devices()) {
            Placement p = project.layout().of(d.name()).orElse(null);
            if (p == null) {
                p = Placement.at(80 + (unplaced % 12) * 120, maxY + 120 + (unplaced / 12) * 90);
                unplaced++;
            }
            centre.put(d.name(), new Point2D(p.x(), p.y()));
        }
        Group cables = new Group();
        for (Link l : project.topology().links()) {
            Point2D a = centre.get(l.a().device());
            Point2D b = centre.get(l.b().device());
            if (a != null && b != null) {
                Line line = new Line(a.getX(), a.getY(), b.getX(), b.getY());
                line.setStroke(Color.web("#5b6770"));
                line.setStrokeWidth(1.6);
                cables.getChildren().add(line);
            }
        }
        getChildren().add(cables);
        for (Device d : project.topology().devices()) {
            getChildren().add(symbol(d, centre.get(d.name())));
        }
    }

    private static Group symbol(Device d, Point2D c) {
        Shape body = switch (d.kind()) {
            case INTERNET -> new Ellipse(c.getX(), c.getY(), W * 0.75, H * 0.8);
            case LAN -> new Rectangle(c.getX() - W, c.getY() - 7, 2 * W, 14);
            default -> {
                Rectangle r = new Rectangle(c.getX() - W / 2, c.getY() - H / 2, W, H);
                r.setArcWidth(14);
                r.setArcHeight(14);
                yield r;
            }
        };
        body.setFill(fill(d));
        body.setStroke(Color.web("#2f3b44"));
        body.setStrokeWidth(1.2);
        Text name = new Text(d.name());
        name.setFont(Font.font("System", FontWeight.BOLD, 13));
        double tw = name.getLayoutBounds().getWidth();
        if (d.kind() == org.labcanvas.model.topology.DeviceKind.LAN) {
            name.relocate(c.getX() - tw / 2, c.getY() + 10);
        } else {
            name.relocate(c.getX() - tw / 2, c.getY() - 8);
        }
        Group g = new Group(body, name);
        g.setId("device-" + d.name());
        return g;
    }

    private static Color fill(Device d) {
        return switch (d.kind()) {
            case ROUTER -> d.role() == null ? Color.web("#dfe8f0") : switch (d.role()) {
                case HUB -> Color.web("#ffd9a8");
                case SPOKE -> Color.web("#cfe6c8");
                case OTHER -> Color.web("#dfe8f0");
            };
            case INTERNET -> Color.web("#e6eef9");
            case LAN -> Color.web("#9aa7b0");
            case ACE -> Color.web("#e4d4f2");
            case BROKER -> Color.web("#f6e2e2");
            case HOST -> Color.web("#f2f2d0");
        };
    }
}
