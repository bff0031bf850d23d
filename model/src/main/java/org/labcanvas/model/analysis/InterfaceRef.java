package org.labcanvas.model.analysis;

import java.util.Comparator;

/**
 * An interface of a device, by name. {@code iface} is null only for a device that takes part in
 * an overlay without an interface of its own (a tunnel broker modelled as a bare endpoint).
 */
public record InterfaceRef(String device, String iface) implements Comparable<InterfaceRef> {
    private static final Comparator<InterfaceRef> ORDER = Comparator
            .comparing(InterfaceRef::device)
            .thenComparing(InterfaceRef::iface, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    public static InterfaceRef of(String device, String iface) {
        return new InterfaceRef(device, iface);
    }

    @Override
    public int compareTo(InterfaceRef o) {
        return ORDER.compare(this, o);
    }

    /** {@code R0/Tunnel0}, the way lint messages name an interface. */
    @Override
    public String toString() {
        return iface == null ? device : device + "/" + iface;
    }
}
