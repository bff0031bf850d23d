package org.labcanvas.model.crosscheck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.ospf.NbrState;
import org.labcanvas.model.sim.ospf.OspfIface;
import org.labcanvas.model.sim.ospf.OspfNbr;
import org.labcanvas.model.sim.ospf.OspfRouter;
import org.labcanvas.model.sim.rib.RibNextHop;
import org.labcanvas.model.sim.rib.Route;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Topology;

/**
 * The simulation's OSPF result as plain records. This is the only class of the crosscheck that
 * reads the simulation engine; when the engine's API changes, only this class follows it.
 *
 * <p>Routes are the OSPF routes of each router's routing table (after administrative distance,
 * as {@code show ip route ospf} lists them); neighbors are every neighbor record that is not
 * {@code DOWN} (IOS lists configured non-broadcast neighbors that are down as well; FRR does not,
 * so both sides leave them out).
 */
public final class SimulatedOspf {
    /** When the simulation counts as converged after boot or after the last event. */
    public static final Duration CONVERGED = Simulation.CONVERGED;

    private SimulatedOspf() {}

    /** The OSPF state of every OSPF router of {@code topology} at {@code at} of a run of {@code script}. */
    public static OspfSnapshot at(Topology topology, EventScript script, Duration at) {
        NetworkState state = Simulation.stateAt(topology, script, at);
        List<RouteEntry> routes = new ArrayList<>();
        List<NeighborEntry> neighbors = new ArrayList<>();
        for (Device d : topology.devices()) {
            if (d.ospf() == null || !state.deviceUp(d.name())) {
                continue;
            }
            for (Route r : state.rib(d.name()).routes()) {
                if (!r.source().isOspf()) {
                    continue;
                }
                List<NextHopEntry> hops = new ArrayList<>();
                for (RibNextHop h : r.nextHops()) {
                    hops.add(new NextHopEntry(h.address() == 0 ? NextHopEntry.NO_GATEWAY : Ipv4Prefix.format(h.address()),
                            h.iface()));
                }
                routes.add(new RouteEntry(d.name(), r.prefix().toString(), r.metric(), hops));
            }
            OspfRouter router = state.ospf().router(d.name());
            if (router == null || !router.up()) {
                continue;
            }
            for (OspfIface oi : router.interfaces()) {
                for (OspfNbr n : oi.neighbors()) {
                    if (n.state() == NbrState.DOWN) {
                        continue;
                    }
                    neighbors.add(new NeighborEntry(d.name(), Ipv4Prefix.format(n.routerId()), oi.name(),
                            n.state().text(), n.role()));
                }
            }
        }
        return new OspfSnapshot(routes, neighbors);
    }
}
