package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The part a router plays in a DMVPN design. */
public enum RouterRole {
    @JsonProperty("hub") HUB,
    @JsonProperty("spoke") SPOKE,
    @JsonProperty("other") OTHER
}
