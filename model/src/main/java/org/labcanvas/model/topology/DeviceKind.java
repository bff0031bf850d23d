package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a node on the canvas is. */
public enum DeviceKind {
    /** A Cisco IOS / IOS-XE router (hub, spoke or other). */
    @JsonProperty("router") ROUTER,
    /** The public underlay: delivers between every address attached to it. */
    @JsonProperty("internet") INTERNET,
    /** A LAN segment (a switch): every interface linked to it shares one broadcast domain. */
    @JsonProperty("lan") LAN,
    /** A Cisco ACE module, one of a fault-tolerant pair. */
    @JsonProperty("ace") ACE,
    /** An IPv6 tunnel broker's IPv4 endpoint. */
    @JsonProperty("broker") BROKER,
    /** An end host (macOS, FreeBSD, Linux), for example a 6in4 client. */
    @JsonProperty("host") HOST;

    /** True for nodes that are segments or clouds rather than boxes with interfaces of their own. */
    public boolean isSegment() {
        return this == LAN || this == INTERNET;
    }
}
