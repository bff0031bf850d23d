package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum TunnelMode {
    /** Point-to-point GRE ({@code tunnel destination} set; the IOS default mode). */
    @JsonProperty("gre") GRE_P2P,
    /** Multipoint GRE ({@code tunnel mode gre multipoint}), the DMVPN hub and phase-2 spoke mode. */
    @JsonProperty("gre-multipoint") GRE_MULTIPOINT,
    /** IPv6 in IPv4, protocol 41 ({@code tunnel mode ipv6ip}, gif, sit). */
    @JsonProperty("ipv6ip") IPV6IP
}
