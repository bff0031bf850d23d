package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The {@code tunnel ...} commands of a tunnel interface.
 *
 * @param mode        GRE point-to-point, GRE multipoint or IPv6-in-IPv4
 * @param source      the source interface name ({@code FastEthernet0/0}) or an IPv4 address
 * @param destination the remote IPv4 endpoint; null for multipoint GRE
 * @param key         {@code tunnel key}; null when not set
 * @param protection  name of the IPsec profile in {@code tunnel protection ipsec profile}; null when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"mode", "source", "destination", "key", "protection"})
public record TunnelSettings(TunnelMode mode, String source, String destination, Long key, String protection) {
    public TunnelSettings {
        if (mode == null) {
            mode = TunnelMode.GRE_P2P;
        }
    }

    public TunnelSettings withMode(TunnelMode m) { return new TunnelSettings(m, source, destination, key, protection); }
    public TunnelSettings withSource(String s) { return new TunnelSettings(mode, s, destination, key, protection); }
    public TunnelSettings withDestination(String d) { return new TunnelSettings(mode, source, d, key, protection); }
    public TunnelSettings withKey(Long k) { return new TunnelSettings(mode, source, destination, k, protection); }
    public TunnelSettings withProtection(String p) { return new TunnelSettings(mode, source, destination, key, p); }
}
