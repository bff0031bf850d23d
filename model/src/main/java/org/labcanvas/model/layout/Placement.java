package org.labcanvas.model.layout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where a device sits on the canvas: the centre of its symbol, in canvas units, and an optional
 * size (0 means the symbol's natural size).
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
@JsonPropertyOrder({"x", "y", "width", "height"})
public record Placement(double x, double y, double width, double height) {
    public static Placement at(double x, double y) {
        return new Placement(x, y, 0, 0);
    }

    public Placement movedBy(double dx, double dy) {
        return new Placement(x + dx, y + dy, width, height);
    }
}
