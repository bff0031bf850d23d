package org.labcanvas.model.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reads output captured from FRRouting 8.4.4 in a crosscheck lab of the dual-hub sample after R0 failed (R1's view). */
class FrrOspfJsonTest {
    static final Map<String, String> R1_NAMES = Map.of("tun1", "Tunnel1", "fa2-0", "FastEthernet2/0", "fa2-1", "FastEthernet2/1");

    static String resource(String name) throws IOException {
        try (InputStream in = FrrOspfJsonTest.class.getResourceAsStream("/crosscheck/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static JsonNode doc(String name) throws IOException {
        return FrrOspfJson.documents(resource(name)).get(0);
    }

    @Test
    void selectedOspfRoutesWithEveryEqualCostPathInIosNames() throws IOException {
        assertEquals(List.of(
                new RouteEntry("R1", "2.2.2.2/32", 101, List.of(new NextHopEntry("10.1.1.2", "Tunnel1"))),
                new RouteEntry("R1", "3.3.3.3/32", 101, List.of(new NextHopEntry("10.1.1.3", "Tunnel1"))),
                new RouteEntry("R1", "10.0.0.0/24", 110, List.of(new NextHopEntry("10.1.1.2", "Tunnel1"),
                        new NextHopEntry("10.1.1.3", "Tunnel1")))),
                FrrOspfJson.routes("R1", doc("frr-r1-route-after-r0-down.json"), R1_NAMES));
    }

    @Test
    void neighborsWithStateAndRoleInIosSpelling() throws IOException {
        assertEquals(List.of(
                new NeighborEntry("R1", "2.2.2.2", "Tunnel1", "FULL", "DROTHER"),
                new NeighborEntry("R1", "3.3.3.3", "Tunnel1", "FULL", "DROTHER")),
                FrrOspfJson.neighbors("R1", doc("frr-r1-neighbor-after-r0-down.json"), R1_NAMES, Set.of()));
    }

    @Test
    void neighborsOnNetworksWithoutDrHaveNoRole() throws IOException {
        assertEquals(List.of(
                new NeighborEntry("R1", "2.2.2.2", "Tunnel1", "FULL", "-"),
                new NeighborEntry("R1", "3.3.3.3", "Tunnel1", "FULL", "-")),
                FrrOspfJson.neighbors("R1", doc("frr-r1-neighbor-after-r0-down.json"), R1_NAMES, Set.of("tun1")));
    }

    @Test
    void interfaceStatesByLinuxName() throws IOException {
        assertEquals(Map.of("lo0", "DR", "tun0", "DROther", "tun1", "DROther"),
                FrrOspfJson.interfaceStates(doc("frr-r2-interface.json")));
    }

    @Test
    void severalCommandsOfOneVtyshRunAreSeveralDocuments() throws IOException {
        String both = resource("frr-r1-neighbor-after-r0-down.json") + resource("frr-r2-interface.json");
        assertEquals(2, FrrOspfJson.documents(both).size());
    }

    @Test
    void frrStateWordsInIosSpelling() {
        assertEquals(List.of("FULL", "2WAY", "INIT", "EXSTART", "EXCHANGE", "LOADING", "ATTEMPT", "DOWN"),
                List.of("Full", "2-Way", "Init", "ExStart", "Exchange", "Loading", "Attempt", "Down").stream()
                        .map(FrrOspfJson::state).toList());
        assertEquals(List.of("DR", "BDR", "DROTHER", "-"),
                List.of("DR", "Backup", "DROther", "-").stream().map(FrrOspfJson::role).toList());
    }
}
