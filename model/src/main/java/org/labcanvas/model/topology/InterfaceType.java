package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum InterfaceType {
    @JsonProperty("physical") PHYSICAL,
    @JsonProperty("loopback") LOOPBACK,
    @JsonProperty("tunnel") TUNNEL,
    /** An ACE VLAN interface (including the FT VLAN). */
    @JsonProperty("vlan") VLAN
}
