package org.labcanvas.model.generate;

/**
 * Where {@link DmvpnGenerator} puts every address. Hubs are numbered {@code h = 1..4}, spokes
 * {@code i = 1..60000}; each range below is disjoint from the others, and within a range every hub
 * or spoke gets its own address or subnet, so a design never holds a duplicate.
 *
 * <pre>
 * what                          range               hub h / spoke i
 * hub h mGRE tunnel subnet      10.h.0.0/P          hub 10.h.0.1, spoke i 10.h.0.(1+i) (counting on
 *                                                   across octets); P is /24 for up to 253 spokes and
 *                                                   grows to /16 for 60,000 (see tunnelPrefixLength)
 * spoke Loopback0               10.9.0.0/16         10.9.0.0 + i, /32
 * shared hub LAN                10.10.10.0/24       hub 10.10.10.h
 * spoke LAN /24                 10.16.0.0-10.250.x  the (i-1)-th /24 after 10.16.0.0, router .1
 * spoke WAN /30 (to Internet)   172.16.0.0/14       172.16.0.0 + 4(i-1): spoke +1, gateway +2
 * hub WAN /30 (to Internet)     172.31.255.0/24     172.31.255.0 + 4(h-1): hub +1, gateway +2
 * </pre>
 *
 * 60,000 spoke LANs of /24 need 60,000 of the 65,536 /24s in 10.0.0.0/8, which is why they start
 * at 10.16.0.0 and run to 10.250.95.0, leaving 10.0-10.15 for the hub side and the loopbacks.
 * Addresses ending in .0 or .255 occur inside the /16 tunnel subnets and among the /32 loopbacks;
 * both are ordinary host addresses there (IOS refuses only a subnet's own network and broadcast
 * addresses).
 */
final class DmvpnAddressPlan {
    static final String HUB_LAN_SUBNET = "10.10.10.0";
    static final int HUB_LAN_PREFIX = 24;

    private static final int TEN = 10 << 24;
    private static final int LOOPBACKS = TEN | (9 << 16);
    private static final int HUB_LAN = TEN | (10 << 16) | (10 << 8);
    private static final int SPOKE_LANS = TEN | (16 << 16);
    private static final int SPOKE_WANS = (172 << 24) | (16 << 16);
    private static final int HUB_WANS = (172 << 24) | (31 << 16) | (255 << 8);

    private final int tunnelPrefix;

    DmvpnAddressPlan(int spokes) {
        this.tunnelPrefix = tunnelPrefixLength(spokes);
    }

    /**
     * The longest prefix, but at most /24, whose subnet holds the hub and every spoke:
     * {@code 2^(32-P) - 2 >= spokes + 1}.
     */
    static int tunnelPrefixLength(int spokes) {
        int hostBits = 2;
        while ((1L << hostBits) - 2 < spokes + 1L) {
            hostBits++;
        }
        return 32 - Math.max(hostBits, 8);
    }

    int tunnelPrefix() {
        return tunnelPrefix;
    }

    /** {@code 10.h.0.0}. */
    String tunnelSubnet(int hub) {
        return dotted(tunnelBase(hub));
    }

    String tunnelWildcard() {
        return wildcard(tunnelPrefix);
    }

    /** The hub's own tunnel address, without prefix ({@code 10.h.0.1}). */
    String hubTunnel(int hub) {
        return dotted(tunnelBase(hub) + 1);
    }

    String hubTunnelWithPrefix(int hub) {
        return hubTunnel(hub) + "/" + tunnelPrefix;
    }

    String spokeTunnelWithPrefix(int hub, int spoke) {
        return dotted(tunnelBase(hub) + 1 + spoke) + "/" + tunnelPrefix;
    }

    /** Spoke Loopback0, without prefix. */
    String spokeLoopback(int spoke) {
        return dotted(LOOPBACKS + spoke);
    }

    /** Network address of the spoke's LAN /24. */
    String spokeLanSubnet(int spoke) {
        return dotted(spokeLan(spoke));
    }

    String spokeLanWithPrefix(int spoke) {
        return dotted(spokeLan(spoke) + 1) + "/24";
    }

    String spokeWanWithPrefix(int spoke) {
        return dotted(spokeWan(spoke) + 1) + "/30";
    }

    /** The spoke's default gateway: the Internet side of its /30. */
    String spokeWanGateway(int spoke) {
        return dotted(spokeWan(spoke) + 2);
    }

    /** The hub's WAN address, without prefix: the spokes' tunnel destination and NHRP NBMA address. */
    String hubWan(int hub) {
        return dotted(hubWanBase(hub) + 1);
    }

    String hubWanWithPrefix(int hub) {
        return hubWan(hub) + "/30";
    }

    String hubWanGateway(int hub) {
        return dotted(hubWanBase(hub) + 2);
    }

    String hubLanWithPrefix(int hub) {
        return dotted(HUB_LAN + hub) + "/" + HUB_LAN_PREFIX;
    }

    private static int tunnelBase(int hub) {
        return TEN | (hub << 16);
    }

    private static int spokeLan(int spoke) {
        return SPOKE_LANS + ((spoke - 1) << 8);
    }

    private static int spokeWan(int spoke) {
        return SPOKE_WANS + ((spoke - 1) << 2);
    }

    private static int hubWanBase(int hub) {
        return HUB_WANS + ((hub - 1) << 2);
    }

    static String wildcard(int prefix) {
        return dotted(prefix == 0 ? -1 : (int) ((1L << (32 - prefix)) - 1));
    }

    static String dotted(int a) {
        return ((a >>> 24) & 0xff) + "." + ((a >>> 16) & 0xff) + "." + ((a >>> 8) & 0xff) + "." + (a & 0xff);
    }
}
