package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A cable between two endpoints. Interfaces linked through a LAN node share one segment. */
@JsonPropertyOrder({"a", "b"})
public record Link(Endpoint a, Endpoint b) {
    public static Link between(Endpoint a, Endpoint b) {
        return new Link(a, b);
    }

    public boolean touches(String device) {
        return a.device().equals(device) || b.device().equals(device);
    }

    @Override
    public String toString() {
        return a + " -- " + b;
    }
}
