package org.labcanvas.model.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.DmvpnGenerator;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.sim.ospf.Lsdb;
import org.labcanvas.model.sim.ospf.OspfPaths;
import org.labcanvas.model.sim.ospf.OspfRoute;
import org.labcanvas.model.sim.ospf.OspfRouter;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.topology.Topology;

/**
 * The per-first-hop paths explain prints are the SPF's own result: on every router of several
 * designs and moments, the cheapest paths have each OSPF route's cost and its next hops.
 */
class OspfPathsAgreeWithSpfTest {

    private static List<String> disagreements(NetworkState s) {
        List<String> out = new ArrayList<>();
        for (OspfRouter r : s.ospf().routers().values()) {
            if (!r.up()) {
                continue;
            }
            Map<Long, Lsdb> dbs = s.ospf().spfDatabases(r.name());
            for (OspfRoute route : s.ospf().ospfRoutes(r.name()).values()) {
                Lsdb db = dbs.get(route.area());
                List<OspfPaths.Path> paths = OspfPaths.of(db, r.routerId()).toPrefix(route.prefix());
                int best = paths.stream().filter(OspfPaths.Path::reachable).mapToInt(OspfPaths.Path::cost).min()
                        .orElse(-1);
                TreeSet<String> hops = new TreeSet<>();
                for (OspfPaths.Path p : paths) {
                    if (p.cost() == best) {
                        hops.add(p.iface() + " " + Ipv4Prefix.format(p.nextAddress()));
                    }
                }
                TreeSet<String> table = new TreeSet<>();
                route.nextHops().forEach(h -> table.add(h.iface() + " " + Ipv4Prefix.format(h.address())));
                if (best != route.cost() || !hops.containsAll(table)) {
                    out.add(r.name() + " " + route.prefix() + ": SPF " + route.cost() + " " + table + ", paths " + best
                            + " " + hops);
                }
            }
        }
        return out;
    }

    @Test
    void theCheapestPathPerFirstHopIsTheSpfRouteOnTheDualHubSampleBeforeAndAfterTheHubFails() throws Exception {
        Topology dual = ReferenceDesigns.dmvpnDualHub().topology();
        EventScript r0 = EventScriptParser.forTopology(dual).parse(Files.readString(Path.of("../samples/r0-fails.yaml")));
        for (Duration at : List.of(Simulation.CONVERGED, Duration.ofMinutes(11), Duration.ofMinutes(15),
                Duration.ofMinutes(25))) {
            assertEquals(List.of(), disagreements(Simulation.stateAt(dual, r0, at)), "at " + at);
        }
    }

    @Test
    void theCheapestPathPerFirstHopIsTheSpfRouteWithTheHubLanInTheBackbone() {
        assertEquals(List.of(), disagreements(Simulation.stateAt(ExplainGoldenTest.lanInAreaZero(), EventScript.EMPTY,
                Simulation.CONVERGED)));
    }

    @Test
    void theCheapestPathPerFirstHopIsTheSpfRouteOnAGeneratedThreeHubDesign() {
        Topology t = DmvpnGenerator.generate(3, 4).topology();
        assertEquals(List.of(), disagreements(Simulation.stateAt(t, EventScript.EMPTY, Simulation.CONVERGED)));
    }
}
