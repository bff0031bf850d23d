package org.labcanvas.model.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The places where OSPF routers can meet: groups of interfaces that exchange hellos.
 *
 * <ul>
 *   <li>{@link #pairGroups()}: groups in which every two interfaces on different devices would
 *       become neighbors and so must agree on area, timers and network type: layer-2 segments
 *       with more than one interface, each explicit tunnel peering (a pair), and each multipoint
 *       cloud.</li>
 *   <li>{@link #domains()}: the larger groups within which a DR is elected and neighbor
 *       statements take effect: layer-2 segments and overlay components (a DMVPN hub with all
 *       its spokes).</li>
 * </ul>
 * Every list is sorted; building is linear in interfaces plus peerings.
 */
public final class OspfNeighborhoods {
    private final List<List<InterfaceRef>> pairGroups = new ArrayList<>();
    private final List<List<InterfaceRef>> domains = new ArrayList<>();

    public OspfNeighborhoods(AddressIndex addresses, Segments segments, TunnelOverlay overlay) {
        for (Segment s : segments.all()) {
            boolean tunnel = s.members().stream().anyMatch(r -> addresses.iface(r).map(i -> i.isTunnel()).orElse(false));
            if (!tunnel && s.members().size() > 1) {
                pairGroups.add(s.members());
                domains.add(s.members());
            }
        }
        for (TunnelOverlay.Edge e : overlay.edges()) {
            pairGroups.add(List.of(e.a(), e.b()));
        }
        pairGroups.addAll(overlay.clouds());
        Set<List<InterfaceRef>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (InterfaceRef t : overlay.tunnels()) {
            List<InterfaceRef> c = overlay.component(t);
            if (c.size() > 1 && seen.add(c)) {
                domains.add(c);
            }
        }
    }

    public List<List<InterfaceRef>> pairGroups() {
        return pairGroups;
    }

    public List<List<InterfaceRef>> domains() {
        return domains;
    }
}
