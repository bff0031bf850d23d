package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A 6in4 (IPv6-in-IPv4, protocol 41) tunnel client: a host or router with a tunnel interface in
 * mode {@code ipv6ip} towards a broker.
 *
 * @param tunnelInterface  the tunnel interface of this device ({@code gif0}, {@code he-ipv6}, {@code Tunnel0})
 * @param remoteIpv6       the broker-side IPv6 address of the point-to-point link ({@code 2001:db8::1})
 * @param routedPrefix     the routed prefix the broker delegates ({@code 2001:db8:1::/64}); null when none
 * @param broker           the broker device name
 * @param dynamicAddress   true when the public IPv4 is assigned dynamically and may change
 * @param updater          the dynamic-IP updater; null when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"tunnelInterface", "remoteIpv6", "routedPrefix", "broker", "dynamicAddress", "updater"})
public record SixInFourClient(String tunnelInterface, String remoteIpv6, String routedPrefix, String broker,
                              boolean dynamicAddress, UpdaterSettings updater) {
    public SixInFourClient withUpdater(UpdaterSettings v) { return new SixInFourClient(tunnelInterface, remoteIpv6, routedPrefix, broker, dynamicAddress, v); }
    public SixInFourClient withDynamicAddress(boolean v) { return new SixInFourClient(tunnelInterface, remoteIpv6, routedPrefix, broker, v, updater); }
}
