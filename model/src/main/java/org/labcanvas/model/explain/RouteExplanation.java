package org.labcanvas.model.explain;

import java.util.List;
import java.util.Map;
import org.labcanvas.model.sim.ospf.OspfPaths;
import org.labcanvas.model.sim.rib.Route;

/**
 * Why a device routes a prefix the way it does, at one instant of a simulation: every part read
 * from the network state (routing table, OSPF's databases and neighbours, NHRP caches, IPsec SAs).
 * {@link ExplanationText} prints it.
 *
 * @param device      the device asked
 * @param at          the instant (ms of virtual time)
 * @param target      the prefix or address asked
 * @param deviceUp    whether the device is on
 * @param covering    the routing-table entries that cover the target, longest prefix first (the first is used)
 * @param inside      for a prefix: the longer routes inside it (their addresses follow them, not this answer)
 * @param offers      the sources that offer the used route's prefix, installed one first
 * @param ospf        the OSPF decision when the used route is OSPF's; null otherwise
 * @param tunnels     the tunnel hops of the used paths: GRE, NHRP and IPsec on each
 * @param forwarding  where a packet to the target goes in the simulation
 */
public record RouteExplanation(String device, long at, ExplainTarget target, boolean deviceUp, List<Route> covering,
                               List<Route> inside, List<Offer> offers, OspfDecision ospf, List<TunnelHop> tunnels,
                               Forwarding forwarding) {
    public RouteExplanation {
        covering = List.copyOf(covering);
        inside = List.copyOf(inside);
        offers = List.copyOf(offers);
        tunnels = List.copyOf(tunnels);
    }

    /** The route used, null when none covers the target. */
    public Route used() {
        return covering.isEmpty() ? null : covering.get(0);
    }

    /**
     * One source offering a prefix to the routing table.
     *
     * @param source    connected, local, static, OSPF (IOS's words)
     * @param distance  its administrative distance
     * @param metric    its metric (OSPF cost; 0 otherwise)
     * @param installed whether it is the one in the routing table
     * @param detail    what it is (the interface, the next hop) and, when it is not installed, why
     */
    public record Offer(String source, int distance, int metric, boolean installed, String detail) {}

    /**
     * How OSPF chose the route.
     *
     * @param area        the area of the route
     * @param interArea   whether it comes from another area's summary
     * @param spfAt       when the device's SPF last ran (ms), -1 if unknown
     * @param spfDueAt    when its next SPF is due (ms), -1 if none is scheduled
     * @param used        the equal-cost best paths, in the routing table's next-hop order
     * @param alternatives the best path through each other first hop that is a full neighbour, cheapest first
     * @param notes       interfaces without a path (no full neighbour, down), and differences from the table
     * @param names       device name by router ID, for the routers on the paths
     * @param off         router IDs of routers that are off (their LSAs still in the database)
     */
    public record OspfDecision(long area, boolean interArea, long spfAt, long spfDueAt, List<OspfPaths.Path> used,
                               List<OspfPaths.Path> alternatives, List<String> notes, Map<Integer, String> names,
                               java.util.Set<Integer> off) {
        public OspfDecision {
            used = List.copyOf(used);
            alternatives = List.copyOf(alternatives);
            notes = List.copyOf(notes);
            names = Map.copyOf(names);
            off = java.util.Set.copyOf(off);
        }
    }

    /**
     * One hop of the path through a tunnel.
     *
     * @param device  the router sending into the tunnel
     * @param tunnel  its tunnel interface
     * @param nextHop the tunnel address it sends to
     * @param gre     how the tunnel picks the NBMA (underlay) address
     * @param nhrp    the NHRP mapping used, or what happens without one
     * @param ipsec   the IPsec SA used, or what happens without one
     * @param works   whether the hop carries the packet now
     */
    public record TunnelHop(String device, String tunnel, int nextHop, String gre, String nhrp, String ipsec,
                            boolean works) {}

    /**
     * Where a packet to the target goes, as the simulation forwards it (the first of equal-cost paths).
     *
     * @param destination the address forwarded to
     * @param hops        each router on the way with the interface it sends out of ({@code R2 Tunnel0})
     * @param reaches     whether it reaches the device owning the address or, for a prefix, the network
     * @param end         what happens at the end
     */
    public record Forwarding(int destination, List<String> hops, boolean reaches, String end) {
        public Forwarding {
            hops = List.copyOf(hops);
        }
    }
}
