package org.labcanvas.model.crosscheck;

import java.util.Comparator;

/**
 * An OSPF neighbor as {@code show ip ospf neighbor} lists it on one router: the neighbor's router
 * ID, the local interface (IOS name), the state ({@code FULL}, {@code 2WAY}, {@code INIT}, ...)
 * and the neighbor's role on that network ({@code DR}, {@code BDR}, {@code DROTHER}, or {@code -}
 * on networks without a DR).
 */
public record NeighborEntry(String router, String neighborId, String iface, String state, String role) {
    public static final Comparator<NeighborEntry> ORDER = Comparator.comparing(NeighborEntry::router)
            .thenComparing(NeighborEntry::iface)
            .thenComparingLong(n -> Ipv4Text.value(n.neighborId));

    /** {@code FULL/DR}, as IOS prints the state column. */
    public String text() {
        return state + "/" + role;
    }
}
