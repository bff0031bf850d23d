package org.labcanvas.model.sim.underlay;

import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.Platform;

/**
 * An interface of the design, with its addresses parsed once.
 *
 * @param device   owning device name
 * @param index    dense index over all interfaces of the network (for arrays)
 * @param config   the interface as configured
 * @param address  IPv4 address, or 0 with {@code subnet} null when unnumbered
 * @param subnet   the connected subnet; null when unnumbered
 * @param platform the owning device's platform
 * @param ipv6     the IPv6 addresses configured on it, in configuration order
 */
public record NetInterface(String device, int index, Interface config, int address, Ipv4Prefix subnet,
                           Platform platform, java.util.List<Ipv6Interface> ipv6) {
    public NetInterface {
        ipv6 = java.util.List.copyOf(ipv6);
    }

    /** An interface without IPv6 addresses. */
    public NetInterface(String device, int index, Interface config, int address, Ipv4Prefix subnet, Platform platform) {
        this(device, index, config, address, subnet, platform, java.util.List.of());
    }

    public boolean hasIpv6() {
        return !ipv6.isEmpty();
    }

    public String name() {
        return config.name();
    }

    public boolean hasAddress() {
        return subnet != null;
    }

    public boolean isTunnel() {
        return config.type() == InterfaceType.TUNNEL;
    }

    public boolean isLoopback() {
        return config.type() == InterfaceType.LOOPBACK;
    }

    /**
     * Bandwidth in kbit/s: configured, else IOS's default for the type. Tunnels: 9 kbit/s on 12.4,
     * 100 kbit/s on 15.x and IOS-XE (the default changed in 15.0; Cisco "Tunnel bandwidth default" in the
     * IOS 15 interface command reference). Loopback 8000000; Ethernet by name.
     */
    public int bandwidthKbps() {
        if (config.bandwidth() != null) {
            return config.bandwidth();
        }
        return defaultBandwidthKbps(config, platform);
    }

    public static int defaultBandwidthKbps(Interface i, Platform p) {
        return switch (i.type()) {
            case TUNNEL -> p == Platform.IOS_12_4 ? 9 : 100;
            case LOOPBACK -> 8_000_000;
            default -> {
                String n = i.name().toLowerCase();
                if (n.startsWith("tengigabit")) yield 10_000_000;
                if (n.startsWith("gigabit")) yield 1_000_000;
                if (n.startsWith("fastethernet")) yield 100_000;
                if (n.startsWith("ethernet")) yield 10_000;
                if (n.startsWith("serial")) yield 1544;
                yield 100_000;
            }
        };
    }

    @Override
    public String toString() {
        return device + ":" + name();
    }
}
