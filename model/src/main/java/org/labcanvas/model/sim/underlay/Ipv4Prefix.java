package org.labcanvas.model.sim.underlay;

import java.util.Optional;
import org.labcanvas.model.addr.HostAddress;

/**
 * An IPv4 prefix as two ints, for the simulation's hot paths (parsing goes through the ipaddress
 * library; only the arithmetic is done here).
 *
 * @param network the network address, host bits zero
 * @param length  prefix length 0..32
 */
public record Ipv4Prefix(int network, int length) implements Comparable<Ipv4Prefix> {
    public static final Ipv4Prefix DEFAULT = new Ipv4Prefix(0, 0);

    public Ipv4Prefix {
        network &= mask(length);
    }

    public static int mask(int length) {
        return length == 0 ? 0 : (int) (0xffffffffL << (32 - length));
    }

    public static Ipv4Prefix of(int address, int length) {
        return new Ipv4Prefix(address, length);
    }

    /** {@code 10.0.0.0/24}; empty when it does not parse or is not IPv4. */
    public static Optional<Ipv4Prefix> parse(String text) {
        long c = org.labcanvas.model.addr.Ipv4Text.cidr(text);
        if (c >= 0) {
            int len = (int) (c & 0xff);
            int net = (int) (c >>> 8);
            if ((net & mask(len)) == net) {
                return Optional.of(new Ipv4Prefix(net, len));
            }
        }
        return HostAddress.tryPrefix(text).filter(a -> a.isIPv4())
                .map(a -> new Ipv4Prefix(a.getLower().getValue().intValue(), a.getNetworkPrefixLength()));
    }

    public static Optional<Integer> address(String text) {
        long fast = org.labcanvas.model.addr.Ipv4Text.address(text);
        if (fast >= 0) {
            return Optional.of((int) fast);
        }
        return HostAddress.tryParse(text).filter(a -> a.isIPv4()).map(a -> a.getValue().intValue());
    }

    public boolean contains(int address) {
        return (address & mask(length)) == network;
    }

    public boolean contains(Ipv4Prefix other) {
        return other.length >= length && contains(other.network);
    }

    public int maskInt() {
        return mask(length);
    }

    public String networkText() {
        return format(network);
    }

    /** Dotted quad of an int address. */
    public static String format(int a) {
        return ((a >>> 24) & 255) + "." + ((a >>> 16) & 255) + "." + ((a >>> 8) & 255) + "." + (a & 255);
    }

    @Override
    public int compareTo(Ipv4Prefix o) {
        int c = Integer.compareUnsigned(network, o.network);
        return c != 0 ? c : Integer.compare(length, o.length);
    }

    @Override
    public String toString() {
        return networkText() + "/" + length;
    }
}
