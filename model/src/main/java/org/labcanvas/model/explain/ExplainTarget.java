package org.labcanvas.model.explain;

import java.util.Optional;
import org.labcanvas.model.addr.Ipv4Text;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;

/**
 * What to explain: a prefix ({@code 10.10.10.0/24}) or one address ({@code 10.10.10.5}, looked up
 * as IOS looks up a packet's destination).
 *
 * @param prefix  the prefix; an address as its {@code /32}
 * @param address true when an address was asked
 */
public record ExplainTarget(Ipv4Prefix prefix, boolean address) {

    /** The address the packet goes to: the address asked, or the first host address of a prefix. */
    public int destination() {
        if (address || prefix.length() >= 31) {
            return prefix.network();
        }
        return prefix.network() + 1;
    }

    @Override
    public String toString() {
        return address ? prefix.networkText() : prefix.toString();
    }

    /** {@code 10.10.10.0/24} or {@code 10.10.10.5}; a message for people when {@code text} is neither. */
    public static ExplainTarget parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("no prefix or address given (write 10.10.10.0/24 or 10.10.10.5)");
        }
        if (t.indexOf(':') >= 0) {
            throw new IllegalArgumentException("'" + shown(t) + "' is IPv6; explain answers for IPv4 prefixes and addresses");
        }
        int slash = t.indexOf('/');
        if (slash < 0) {
            long a = Ipv4Text.address(t);
            if (a < 0) {
                throw new IllegalArgumentException("'" + shown(t) + "' is not an IPv4 address or prefix"
                        + " (write 10.10.10.0/24 or 10.10.10.5)");
            }
            return new ExplainTarget(Ipv4Prefix.of((int) a, 32), true);
        }
        long a = Ipv4Text.address(t.substring(0, slash));
        String len = t.substring(slash + 1);
        if (a < 0 || !len.matches("\\d{1,2}") || Integer.parseInt(len) > 32) {
            throw new IllegalArgumentException("'" + shown(t) + "' is not an IPv4 prefix (write 10.10.10.0/24,"
                    + " a length from 0 to 32)");
        }
        Ipv4Prefix p = Ipv4Prefix.of((int) a, Integer.parseInt(len));
        if (p.network() != (int) a) {
            throw new IllegalArgumentException("'" + shown(t) + "' has host bits set; the prefix is " + p
                    + " (or give the address " + Ipv4Prefix.format((int) a) + " alone)");
        }
        return new ExplainTarget(p, false);
    }

    /** The same as {@link #parse}, empty instead of an exception. */
    public static Optional<ExplainTarget> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String shown(String s) {
        String v = org.labcanvas.model.topology.OneLineText.visible(s);
        return v.length() > 60 ? v.substring(0, 57) + "..." : v;
    }
}
