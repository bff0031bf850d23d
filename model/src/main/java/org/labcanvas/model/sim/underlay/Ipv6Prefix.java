package org.labcanvas.model.sim.underlay;

import java.util.Optional;
import org.labcanvas.model.addr.HostAddress;

/**
 * An IPv6 prefix ({@code 2001:db8:1::/64}) with its host bits cleared.
 *
 * @param network the network address
 * @param length  prefix length 0..128
 */
public record Ipv6Prefix(Ipv6Address network, int length) implements Comparable<Ipv6Prefix> {
    public static final Ipv6Prefix DEFAULT = new Ipv6Prefix(Ipv6Address.UNSPECIFIED, 0);

    public Ipv6Prefix {
        if (length < 0 || length > 128) {
            throw new IllegalArgumentException("IPv6 prefix length " + length);
        }
        network = network.masked(length);
    }

    /** {@code ::/0}, {@code 2001:db8:1::/64}: host bits must be zero; empty otherwise or when not IPv6. */
    public static Optional<Ipv6Prefix> parse(String text) {
        return HostAddress.tryPrefix(text).filter(a -> a.isIPv6())
                .map(a -> new Ipv6Prefix(Ipv6Address.of(a.getLower().getBytes()), a.getNetworkPrefixLength()));
    }

    public boolean contains(Ipv6Address a) {
        return a.masked(length).equals(network);
    }

    @Override
    public int compareTo(Ipv6Prefix o) {
        int c = network.compareTo(o.network);
        return c != 0 ? c : Integer.compare(length, o.length);
    }

    @Override
    public String toString() {
        return network + "/" + length;
    }
}
