package org.labcanvas.model.crosscheck;

import java.util.ArrayList;
import java.util.List;

/** Every OSPF route and neighbor of a network at one moment, sorted by router. */
public record OspfSnapshot(List<RouteEntry> routes, List<NeighborEntry> neighbors) {
    public OspfSnapshot {
        List<RouteEntry> r = new ArrayList<>(routes);
        r.sort(RouteEntry.ORDER);
        List<NeighborEntry> n = new ArrayList<>(neighbors);
        n.sort(NeighborEntry.ORDER);
        routes = List.copyOf(r);
        neighbors = List.copyOf(n);
    }
}
