package org.labcanvas.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.DmvpnGenerator;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Topology;

class PartialRibTest {
    static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

    /** For every router and every address of the design (and one outside it), both tables decide alike. */
    private static void assertPartialTablesDecideAsWholeOnes(NetworkState s) {
        List<Integer> addresses = new ArrayList<>();
        for (NetInterface i : s.network().interfaces()) {
            if (i.hasAddress()) {
                addresses.add(i.address());
                addresses.add(i.subnet().network() + 7);
            }
        }
        addresses.add(Ipv4Prefix.address("8.8.8.8").orElseThrow());
        for (Device d : s.network().topology().devices()) {
            if (d.kind() != DeviceKind.ROUTER) {
                continue;
            }
            var whole = s.rib(d.name());
            for (int a : addresses) {
                assertEquals(whole.lookup(a), s.ribFor(d.name(), a).lookup(a), d.name() + " " + Ipv4Prefix.format(a));
            }
        }
    }

    @Test
    void thePartOfATableForOneAddressDecidesAsTheWholeTableOnTheDualHubSample() throws Exception {
        Topology t = ProjectFile.load(SAMPLES.resolve("dmvpn-dual-hub.labcanvas")).topology();
        Session session = new Session(t, EventScript.EMPTY, false);
        assertPartialTablesDecideAsWholeOnes(session.stateAt(Duration.ofMinutes(5)));
        session.inject(new ScriptEvent.Power(0, Duration.ZERO, "R0", false));
        assertPartialTablesDecideAsWholeOnes(session.stateAt(Duration.ofMinutes(5).plusSeconds(1)));
        assertPartialTablesDecideAsWholeOnes(session.stateAt(Duration.ofMinutes(8)));
    }

    @Test
    void thePartOfATableForOneAddressDecidesAsTheWholeTableOnAGeneratedDesign() {
        Topology t = DmvpnGenerator.generate(3, 6).topology();
        assertPartialTablesDecideAsWholeOnes(Simulation.stateAt(t, EventScript.EMPTY, Duration.ofMinutes(10)));
    }
}
