package org.labcanvas.model.sim.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Topology;

class EventScriptParserTest {
    private static final Topology DUAL = ReferenceDesigns.dmvpnDualHub().topology();
    private static final EventScriptParser PARSER = EventScriptParser.forTopology(DUAL);

    @Test
    void readsEveryKindOfEntryOfTheIssueExample() throws Exception {
        EventScript s = PARSER.parse("""
                events:
                  - at: 10m              # comment
                    device: R0
                    action: down
                  - at: 12m
                    device: R2
                    interface: FastEthernet1/0
                    action: down
                  - at: 15m
                    link: [LAN, R0:FastEthernet2/0]
                    action: down
                  - at: 20m
                    device: R2
                    cli: |
                      configure terminal
                      interface Tunnel0
                       shutdown
                      end
                  - at: 21m
                    device: R2
                    ping: 3.3.3.3
                    source: Loopback0
                    repeat: 5
                """);
        List<ScriptEvent> e = s.events();
        assertEquals(5, e.size());
        assertEquals(new ScriptEvent(2, Duration.ofMinutes(10), "R0", null, List.of(), ScriptEvent.Action.DOWN,
                null, null, null, 5, null), e.get(0));
        assertEquals(ScriptEvent.Kind.INTERFACE, e.get(1).kind());
        assertEquals(List.of(Endpoint.node("LAN"), Endpoint.of("R0", "FastEthernet2/0")), e.get(2).link());
        assertEquals("configure terminal\ninterface Tunnel0\n shutdown\nend\n", e.get(3).cli());
        assertEquals(ScriptEvent.Kind.PING, e.get(4).kind());
        assertEquals("Loopback0", e.get(4).source());
    }

    @Test
    void acceptsEveryTimeFormat() throws Exception {
        for (String t : List.of("45s", "10m", "1h30m", "11m31s", "00:11:31", "90")) {
            EventScript s = PARSER.parse("events:\n  - at: " + t + "\n    device: R0\n    action: up\n");
            assertThat(s.events()).hasSize(1);
        }
        assertEquals(Duration.ofSeconds(691), PARSER.parse("events:\n  - at: 11m31s\n    device: R0\n    action: up\n")
                .events().get(0).at());
    }

    @Test
    void entriesComeOutInTimeOrderKeepingScriptOrderForTies() throws Exception {
        EventScript s = PARSER.parse("""
                events:
                  - at: 2m
                    device: R1
                    action: down
                  - at: 1m
                    device: R0
                    action: down
                  - at: 1m
                    device: R0
                    action: up
                """);
        assertEquals(List.of(5, 8, 2), s.events().stream().map(ScriptEvent::line).toList());
    }

    private static void assertError(String yaml, String message) {
        assertThatThrownBy(() -> PARSER.parse(yaml)).isInstanceOf(EventScriptException.class).hasMessage(message);
    }

    @Test
    void unknownKeyIsAnErrorWithItsLine() {
        assertError("events:\n  - at: 1m\n    device: R0\n    acton: down\n",
                "line 4: unknown key 'acton'; known keys: action, at, cli, device, interface, link, ping, repeat, source");
    }

    @Test
    void badTimeIsAnErrorWithItsLine() {
        assertError("events:\n  - at: 1m\n    device: R0\n    action: down\n  - at: 10 minutes\n    device: R0\n    action: up\n",
                "line 5: bad time '10 minutes'; write 45s, 10m, 1h30m, 11m31s or hh:mm:ss");
    }

    @Test
    void unknownDeviceAndInterfaceAreErrorsWithTheirLines() {
        assertError("events:\n  - at: 1m\n    device: R9\n    action: down\n", "line 3: unknown device 'R9'");
        assertError("events:\n  - at: 1m\n    device: R0\n    interface: Fa0/0\n    action: down\n",
                "line 4: device R0 has no interface 'Fa0/0'");
        assertError("events:\n  - at: 1m\n    link: [R0:FastEthernet2/0, R1:FastEthernet2/0]\n    action: down\n",
                "line 3: there is no link between R0:FastEthernet2/0 and R1:FastEthernet2/0");
    }

    @Test
    void otherFeaturesRegisterTheirOwnKeys() throws Exception {
        EventScript s = PARSER.withExtraKeys(Set.of("ft")).parse("events:\n  - at: 1m\n    device: R0\n    ft: switchover\n");
        assertEquals(ScriptEvent.Kind.EXTENSION, s.events().get(0).kind());
        assertEquals("switchover", s.events().get(0).extra().get("ft"));
    }

    @Test
    void anEmptyScriptHasNoEvents() throws Exception {
        assertEquals(List.of(), PARSER.parse("").events());
        assertEquals(List.of(), PARSER.parse("events:\n").events());
    }
}
