package org.labcanvas.app.ui.canvas;

import javafx.scene.paint.Color;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.RouterRole;

/** The size of a device's symbol on the canvas (in canvas units) and the icon that draws it. */
public enum DeviceShape {
    ROUTER("router", 64, 48, "#9fb8cc"),
    HUB("hub", 64, 48, "#e8a25a"),
    SPOKE("spoke", 64, 48, "#7fb86f"),
    ACE("ace", 64, 48, "#b48ad8"),
    BROKER("broker", 64, 48, "#e6b4b4"),
    HOST("host", 64, 48, "#d8d8b0"),
    LAN("lan", 220, 24, "#9aa7b0"),
    INTERNET("internet", 150, 90, "#c9d8ee");

    final String icon;
    final double width;
    final double height;
    /** The flat colour drawn when the symbol is too small to show. */
    final Color colour;

    DeviceShape(String icon, double width, double height, String colour) {
        this.icon = icon;
        this.width = width;
        this.height = height;
        this.colour = Color.web(colour);
    }

    public static DeviceShape of(Device d) {
        return switch (d.kind()) {
            case ROUTER -> d.role() == RouterRole.HUB ? HUB : d.role() == RouterRole.SPOKE ? SPOKE : ROUTER;
            case ACE -> ACE;
            case BROKER -> BROKER;
            case HOST -> HOST;
            case LAN -> LAN;
            case INTERNET -> INTERNET;
        };
    }

    public static DeviceShape of(DeviceKind kind) {
        return switch (kind) {
            case ROUTER -> ROUTER;
            case ACE -> ACE;
            case BROKER -> BROKER;
            case HOST -> HOST;
            case LAN -> LAN;
            case INTERNET -> INTERNET;
        };
    }

    /** The symbol's bounds around a placement, label excluded. */
    Bounds bounds(Placement p) {
        double w = p.width() > 0 ? p.width() : width;
        double h = p.height() > 0 ? p.height() : height;
        return new BoundingBox(p.x() - w / 2, p.y() - h / 2, w, h);
    }
}
