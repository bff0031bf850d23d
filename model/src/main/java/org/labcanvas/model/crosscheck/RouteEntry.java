package org.labcanvas.model.crosscheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An OSPF route a router installed: destination, metric (total cost) and the set of equal-cost
 * next hops, sorted.
 */
public record RouteEntry(String router, String prefix, int metric, List<NextHopEntry> nextHops) {
    public static final Comparator<RouteEntry> ORDER = Comparator.comparing(RouteEntry::router)
            .thenComparingLong(r -> Ipv4Text.prefixValue(r.prefix))
            .thenComparingInt(r -> Ipv4Text.prefixLength(r.prefix));

    public RouteEntry {
        List<NextHopEntry> sorted = new ArrayList<>(nextHops);
        sorted.sort(null);
        nextHops = List.copyOf(sorted);
    }

    /** The part compared with the other side: metric and paths. */
    public String text() {
        return metric + " via " + nextHops.stream().map(NextHopEntry::text).collect(Collectors.joining(", "));
    }
}
