package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One end of a link: an interface of a device, or a LAN/Internet node itself ({@code iface} null).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"device", "iface"})
public record Endpoint(String device, String iface) {
    public static Endpoint of(String device, String iface) {
        return new Endpoint(device, iface);
    }

    public static Endpoint node(String device) {
        return new Endpoint(device, null);
    }

    @Override
    public String toString() {
        return iface == null ? device : device + ":" + iface;
    }
}
