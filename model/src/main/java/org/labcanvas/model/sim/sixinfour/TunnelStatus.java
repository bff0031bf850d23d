package org.labcanvas.model.sim.sixinfour;

import org.labcanvas.model.sim.underlay.Ipv6Address;
import org.labcanvas.model.sim.underlay.Ipv6Prefix;

/**
 * One 6in4 tunnel between a client and its broker at one instant.
 *
 * @param client          the client device
 * @param tunnelInterface the client's tunnel interface ({@code gif0})
 * @param broker          the broker device
 * @param brokerAddress   the broker's IPv4 tunnel endpoint
 * @param publicAddress   the client's public IPv4 now
 * @param localAddress    the tunnel's local IPv4 end as the client has it set (the updater moves it)
 * @param brokerEndpoint  the client endpoint the broker has configured (where it sends protocol 41)
 * @param clientIpv6      the client's tunnel address
 * @param serverIpv6      the broker's tunnel address
 * @param routedPrefix    the prefix routed to the client; null when none
 * @param tunnelMtu       the tunnel interface's MTU
 * @param pathMtu         the IPv4 path MTU between the two endpoints
 * @param failure         the one condition that keeps IPv6 from crossing now, in words; null when it crosses
 * @param lastUpdate      the broker's last answer to the updater ({@code good 198.51.100.7}); null before any
 */
public record TunnelStatus(String client, String tunnelInterface, String broker, String brokerAddress,
                           String publicAddress, String localAddress, String brokerEndpoint, Ipv6Address clientIpv6, Ipv6Address serverIpv6,
                           Ipv6Prefix routedPrefix, int tunnelMtu, int pathMtu, String failure, String lastUpdate) {
    /** The MTU the exported tunnel scripts and IOS give a 6in4 tunnel: 1500 minus the outer IPv4 header. */
    public static final int DEFAULT_TUNNEL_MTU = 1480;

    /** Bytes of the outer IPv4 header protocol 41 adds. */
    public static final int IPV4_HEADER = 20;

    /** Whether IPv6 crosses the tunnel now (packets small enough for the path). */
    public boolean carries() {
        return failure == null;
    }

    /** The largest IPv6 packet that crosses: the tunnel MTU, or less when the IPv4 path is smaller. */
    public int largestPacket() {
        return Math.min(tunnelMtu, pathMtu - IPV4_HEADER);
    }

    /** Whether {@code a} is reached through this tunnel at the broker: the client's address or its routed prefix. */
    public boolean routesToClient(Ipv6Address a) {
        return a.equals(clientIpv6) || (routedPrefix != null && routedPrefix.contains(a));
    }
}
