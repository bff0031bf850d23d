package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The broker side of a 6in4 tunnel.
 *
 * @param ipv4Endpoint the broker's IPv4 tunnel endpoint ({@code 216.66.80.26})
 * @param tunnelId     the broker's id for the tunnel, used as {@code hostname=} in updates
 * @param serverIpv6   the broker-side IPv6 address with prefix length ({@code 2001:db8::1/64})
 * @param clientIpv6   the address the broker assigned to the client ({@code 2001:db8::2/64})
 * @param routedPrefix the routed prefix delegated to the client; null when none
 * @param updateKey    the update key the broker expects from the client's updater (a secret; never
 *                     printed); null when the design does not say, and the broker takes the
 *                     updater's key as right
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ipv4Endpoint", "tunnelId", "serverIpv6", "clientIpv6", "routedPrefix", "updateKey"})
public record BrokerSettings(String ipv4Endpoint, String tunnelId, String serverIpv6, String clientIpv6,
                             String routedPrefix, Secret updateKey) {
    /** Broker settings that leave the expected update key unsaid. */
    public BrokerSettings(String ipv4Endpoint, String tunnelId, String serverIpv6, String clientIpv6, String routedPrefix) {
        this(ipv4Endpoint, tunnelId, serverIpv6, clientIpv6, routedPrefix, null);
    }
}
