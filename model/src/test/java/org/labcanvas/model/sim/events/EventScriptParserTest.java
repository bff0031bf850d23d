package org.labcanvas.model.sim.events;

import org.labcanvas.model.sim.core.ConfigCommand;

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
        assertEquals(new ScriptEvent.Power(2, Duration.ofMinutes(10), "R0", false), e.get(0));
        assertThat(e.get(1)).isInstanceOf(ScriptEvent.InterfaceState.class);
        assertEquals(new ScriptEvent.LinkState(e.get(2).line(), Duration.ofMinutes(15), Endpoint.node("LAN"),
                Endpoint.of("R0", "FastEthernet2/0"), false), e.get(2));
        assertEquals(new ScriptEvent.Cli(12, Duration.ofMinutes(20), "R2",
                List.of(new ConfigCommand.Shutdown(17, "Tunnel0", true))), e.get(3));
        assertEquals(new ScriptEvent.Ping(19, Duration.ofMinutes(21), "R2", "3.3.3.3", "Loopback0", 5), e.get(4));
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
                "line 4: unknown key 'acton'; known keys: action, address, at, cli, device, enabled, interface, link, ping,"
                        + " repeat, source");
    }

    @Test
    void badTimeIsAnErrorWithItsLine() {
        assertError("events:\n  - at: 1m\n    device: R0\n    action: down\n  - at: 10 minutes\n    device: R0\n    action: up\n",
                "line 5: bad time '10 minutes'; write 45s, 10m, 1h30m, 11m31s or hh:mm:ss, at most 30 days (720h)");
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
        assertEquals(new ScriptEvent.Extension(2, Duration.ofMinutes(1), "R0", new java.util.TreeMap<>(java.util.Map.of(
                "ft", "switchover"))), s.events().get(0));
    }

    @Test
    void aCliLineTheSimulationDoesNotApplyIsAnErrorWithItsLineAndNoSecret() {
        assertError("events:\n  - at: 1m\n    device: R0\n    cli: |\n      conf t\n      crypto isakmp key s3cr3t address 0.0.0.0\n",
                "line 6: 'crypto ...' is not a command the simulation applies; it applies " + ConfigLines.SUPPORTED);
        assertError("events:\n  - at: 1m\n    device: R0\n    cli: |\n      interface Tunnel0\n      ip ospf cost 70000\n",
                "line 6: bad OSPF cost '70000' (1-65535)");
        assertError("events:\n  - at: 1m\n    device: R0\n    cli: shutdown\n",
                "line 4: 'shutdown ...' needs an 'interface NAME' line before it");
        assertError("events:\n  - at: 1m\n    device: R0\n    cli: |\n      int tu9\n      shut\n",
                "line 5: device R0 has no interface 'tu9'");
    }

    @Test
    void cliTakesIosAbbreviations() throws Exception {
        EventScript s = PARSER.parse("events:\n  - at: 1m\n    device: R0\n    cli: |\n      conf t\n      int tu0\n      ip ospf cost 50\n      no shut\n      no ip ospf cost\n      end\n");
        assertEquals(List.of(new ConfigCommand.OspfCost(7, "Tunnel0", 50), new ConfigCommand.Shutdown(8, "Tunnel0", false),
                new ConfigCommand.OspfCost(9, "Tunnel0", null)), ((ScriptEvent.Cli) s.events().get(0)).commands());
    }

    @Test
    void timesAndCountsAreBounded() {
        assertError("events:\n  - at: 99999999999999999999\n    device: R0\n    action: down\n",
                "line 2: bad time '99999999999999999999'; write 45s, 10m, 1h30m, 11m31s or hh:mm:ss, at most 30 days (720h)");
        assertError("events:\n  - at: 721h\n    device: R0\n    action: down\n",
                "line 2: bad time '721h'; write 45s, 10m, 1h30m, 11m31s or hh:mm:ss, at most 30 days (720h)");
        assertError("events:\n  - at: 1m\n    device: R0\n    ping: 10.0.0.1\n    repeat: 99999999999\n",
                "line 5: bad repeat count '99999999999' (1 to 2147483, as IOS accepts)");
    }

    @Test
    void brokenYamlSaysWhatTheParserSawWithoutItsInternals() {
        assertError("events:\n  - at: 1m\n    device: [R2\n",
                "line 3: not valid YAML: while parsing a flow sequence; expected ',' or ']', but got <stream end>");
    }

    @Test
    void aSecondYamlDocumentIsAnError() {
        assertError("events:\n  - at: 1m\n    device: R0\n    action: down\n---\nevents: []\n",
                "line 6: a second YAML document; an event script is one document with the key 'events'");
    }

    @Test
    void anEmptyScriptHasNoEvents() throws Exception {
        assertEquals(List.of(), PARSER.parse("").events());
        assertEquals(List.of(), PARSER.parse("events:\n").events());
    }
}
