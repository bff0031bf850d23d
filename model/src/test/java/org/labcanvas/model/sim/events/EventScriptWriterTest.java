package org.labcanvas.model.sim.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.sim.core.ConfigCommand;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Topology;

class EventScriptWriterTest {
    private static final Topology DUAL = ReferenceDesigns.dmvpnDualHub().topology();

    @Test
    void everyKindOfEventIsWrittenAsTheParserReadsIt() throws EventScriptException {
        List<ScriptEvent> events = List.of(
                new ScriptEvent.Power(0, Duration.ofMinutes(10), "R0", false),
                new ScriptEvent.Reload(0, Duration.ofSeconds(750), "R1"),
                new ScriptEvent.InterfaceState(0, Duration.ofMinutes(13), "R2", "Tunnel0", false),
                new ScriptEvent.LinkState(0, Duration.ofMinutes(14), Endpoint.node("Internet"),
                        Endpoint.of("R3", "FastEthernet1/0"), false),
                new ScriptEvent.Cli(0, Duration.ofMinutes(15), "R2", List.of(new ConfigCommand.OspfCost(0, "Tunnel0", 50),
                        new ConfigCommand.Shutdown(0, "Tunnel1", false))),
                new ScriptEvent.Ping(0, Duration.ofHours(1).plusSeconds(61), "R2", "10.10.10.1", "Loopback0", 100));
        String yaml = EventScriptWriter.write(events);
        assertEquals("""
                events:
                  - at: 10m
                    device: R0
                    action: down
                  - at: 12m30s
                    device: R1
                    action: reload
                  - at: 13m
                    device: R2
                    interface: Tunnel0
                    action: down
                  - at: 14m
                    link: [Internet, R3:FastEthernet1/0]
                    action: down
                  - at: 15m
                    device: R2
                    cli: |
                      configure terminal
                      interface Tunnel0
                       ip ospf cost 50
                      interface Tunnel1
                       no shutdown
                      end
                  - at: 1h1m1s
                    device: R2
                    ping: 10.10.10.1
                    source: Loopback0
                    repeat: 100
                """, yaml);
        List<ScriptEvent> back = EventScriptParser.forTopology(DUAL).parse(yaml).events();
        assertEquals(events.stream().map(e -> e.at() + " " + e.device() + " " + e.describe()).toList(),
                back.stream().map(e -> e.at() + " " + e.device() + " " + e.describe()).toList());
    }

    @Test
    void noEventsIsAnEmptyList() throws EventScriptException {
        assertEquals("events: []\n", EventScriptWriter.write(List.of()));
        assertEquals(List.of(), EventScriptParser.forTopology(DUAL).parse("events: []\n").events());
    }
}
