package org.labcanvas.model.crosscheck;

import java.util.Comparator;

/**
 * One path of a route: the next-hop address ({@code 0.0.0.0} when the route points out of an
 * interface without a gateway) and the outgoing interface, by its IOS name.
 */
public record NextHopEntry(String address, String iface) implements Comparable<NextHopEntry> {
    public static final String NO_GATEWAY = "0.0.0.0";

    private static final Comparator<NextHopEntry> ORDER = Comparator
            .comparingLong((NextHopEntry h) -> Ipv4Text.value(h.address))
            .thenComparing(NextHopEntry::iface, Comparator.nullsFirst(Comparator.naturalOrder()));

    @Override
    public int compareTo(NextHopEntry o) {
        return ORDER.compare(this, o);
    }

    /** {@code via 10.0.0.3 Tunnel0}, or {@code Tunnel0} without a gateway. */
    public String text() {
        String out = iface == null ? "?" : iface;
        return NO_GATEWAY.equals(address) ? out : address + " " + out;
    }
}
