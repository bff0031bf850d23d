package org.labcanvas.model.sim.underlay;

import java.util.Optional;
import org.labcanvas.model.addr.HostAddress;

/**
 * An IPv6 address as two longs (the high and low 64 bits), for the simulation's forwarding; parsing
 * goes through the ipaddress library, printing follows RFC 5952 (lower case, the longest run of two
 * or more zero groups as {@code ::}, the first of equal runs).
 */
public record Ipv6Address(long high, long low) implements Comparable<Ipv6Address> {
    public static final Ipv6Address UNSPECIFIED = new Ipv6Address(0, 0);

    /** {@code 2001:db8::1}; empty when it does not parse or is not IPv6. */
    public static Optional<Ipv6Address> parse(String text) {
        return HostAddress.tryParse(text).filter(a -> a.isIPv6()).map(a -> of(a.getBytes()));
    }

    static Ipv6Address of(byte[] b) {
        long h = 0;
        long l = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (b[i] & 0xff);
            l = (l << 8) | (b[i + 8] & 0xff);
        }
        return new Ipv6Address(h, l);
    }

    /** Group {@code i} (0..7) as a number. */
    int group(int i) {
        long half = i < 4 ? high : low;
        return (int) ((half >>> (16 * (3 - (i % 4)))) & 0xffff);
    }

    /** The address with all bits after the first {@code length} cleared. */
    public Ipv6Address masked(int length) {
        return new Ipv6Address(mask(high, length), mask(low, length - 64));
    }

    private static long mask(long half, int bits) {
        if (bits <= 0) {
            return 0;
        }
        if (bits >= 64) {
            return half;
        }
        return half & (-1L << (64 - bits));
    }

    @Override
    public int compareTo(Ipv6Address o) {
        int c = Long.compareUnsigned(high, o.high);
        return c != 0 ? c : Long.compareUnsigned(low, o.low);
    }

    @Override
    public String toString() {
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (group(i) != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && group(j) == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder b = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                b.append("::");
                i += bestLen - 1;
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
                b.append(':');
            }
            b.append(Integer.toHexString(group(i)));
        }
        return b.toString();
    }
}
