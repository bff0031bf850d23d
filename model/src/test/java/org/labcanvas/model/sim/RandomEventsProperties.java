package org.labcanvas.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.topology.Topology;

/** Any sequence of failures and repairs gives a repeatable run and a network that answers show commands. */
class RandomEventsProperties {
    private static final Topology DUAL = ReferenceDesigns.dmvpnDualHub().topology();
    private static final List<String> TARGETS = List.of(
            "device: R0", "device: R1", "device: R2",
            "device: R2\n    interface: Tunnel0", "device: R0\n    interface: FastEthernet2/0",
            "link: [LAN, R1:FastEthernet2/0]", "device: R3\n    interface: FastEthernet1/0");

    @Provide
    Arbitrary<List<String>> entries() {
        return entry().list().ofMaxSize(6);
    }

    Arbitrary<String> entry() {
        return Combinators.combine(Arbitraries.integers().between(1, 40), Arbitraries.of(TARGETS),
                Arbitraries.of("down", "up")).as((m, target, action) ->
                "  - at: " + m + "m\n    " + target + "\n    action: " + action + "\n");
    }

    @Property(tries = 15)
    void randomFailuresAreRepeatableAndLeaveAShowableNetwork(@ForAll("entries") List<String> entries)
            throws Exception {
        EventScript script = EventScriptParser.forTopology(DUAL).parse("events:\n" + String.join("", entries));
        Duration until = Duration.ofMinutes(45);
        Timeline a = Simulation.run(DUAL, script, until);
        Timeline b = Simulation.run(DUAL, script, until);
        assertEquals(a.text(), b.text());
        List<String> outputs = new ArrayList<>();
        for (String d : List.of("R0", "R1", "R2", "R3")) {
            if (a.finalState().deviceUp(d)) {
                outputs.add(ShowCommand.execute(a.finalState(), d, "show ip route"));
                outputs.add(ShowCommand.execute(a.finalState(), d, "show ip ospf neighbor"));
            }
        }
        assertEquals(outputs.size(), outputs.stream().filter(o -> !o.isEmpty()).count());
    }
}
