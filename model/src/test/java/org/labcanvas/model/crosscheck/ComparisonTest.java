package org.labcanvas.model.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    static final NextHopEntry VIA_R3 = new NextHopEntry("10.0.0.3", "Tunnel0");

    static OspfSnapshot simulation() {
        return new OspfSnapshot(List.of(
                new RouteEntry("R2", "3.3.3.3/32", 11, List.of(VIA_R3)),
                new RouteEntry("R2", "10.10.10.0/24", 11, List.of(new NextHopEntry("10.0.0.1", "Tunnel0")))),
                List.of(new NeighborEntry("R2", "10.10.10.1", "Tunnel0", "FULL", "DR")));
    }

    @Test
    void identicalSidesMatch() {
        Comparison c = Comparison.of(List.of("R2"), simulation(), simulation());
        assertEquals(true, c.matches());
        assertEquals("2 routes compared, 0 differ", c.routeSummary());
        assertEquals("1 neighbors compared, 0 differ", c.neighborSummary());
    }

    @Test
    void aDifferentMetricAMissingRouteAndAMissingNeighborDiffer() {
        OspfSnapshot frr = new OspfSnapshot(List.of(
                new RouteEntry("R2", "3.3.3.3/32", 12, List.of(VIA_R3)),
                new RouteEntry("R2", "2.2.2.2/32", 1, List.of(new NextHopEntry("0.0.0.0", "Loopback0")))),
                List.of());
        Comparison c = Comparison.of(List.of("R2", "R3"), simulation(), frr);
        assertEquals(List.of(
                new Comparison.Row("R2", "3.3.3.3/32", "11 via 10.0.0.3 Tunnel0", "12 via 10.0.0.3 Tunnel0"),
                new Comparison.Row("R2", "10.10.10.0/24", "11 via 10.0.0.1 Tunnel0", "-"),
                new Comparison.Row("R2", "2.2.2.2/32", "-", "1 via Loopback0")), reorder(c.routes()));
        assertEquals(List.of(new Comparison.Row("R2", "10.10.10.1 on Tunnel0", "FULL/DR", "-")), c.neighbors());
        assertEquals("3 routes compared, 3 differ", c.routeSummary());
        assertEquals(List.of("R2"), c.routersDiffering());
        assertEquals(false, c.matches());
        assertEquals("""
                R2
                  route                  simulation               FRR
                  2.2.2.2/32             -                        1 via Loopback0          DIFFERS
                  3.3.3.3/32             11 via 10.0.0.3 Tunnel0  12 via 10.0.0.3 Tunnel0  DIFFERS
                  10.10.10.0/24          11 via 10.0.0.1 Tunnel0  -                        DIFFERS
                  neighbor               simulation               FRR
                  10.10.10.1 on Tunnel0  FULL/DR                  -                        DIFFERS
                R3
                  route                  simulation               FRR
                  (none)
                  neighbor               simulation               FRR
                  (none)
                """, c.table());
    }

    @Test
    void equalCostPathsAreComparedAsASet() {
        NextHopEntry viaR1 = new NextHopEntry("10.1.1.2", "Tunnel1");
        NextHopEntry viaR2 = new NextHopEntry("10.1.1.3", "Tunnel1");
        OspfSnapshot a = new OspfSnapshot(List.of(new RouteEntry("R1", "10.0.0.0/24", 110, List.of(viaR1, viaR2))), List.of());
        OspfSnapshot b = new OspfSnapshot(List.of(new RouteEntry("R1", "10.0.0.0/24", 110, List.of(viaR2, viaR1))), List.of());
        assertEquals(true, Comparison.of(List.of("R1"), a, b).matches());
        OspfSnapshot one = new OspfSnapshot(List.of(new RouteEntry("R1", "10.0.0.0/24", 110, List.of(viaR1))), List.of());
        assertEquals(false, Comparison.of(List.of("R1"), a, one).matches());
    }

    /** Rows in the order the table sorts them is by prefix; the test lists them by kind of difference. */
    private static List<Comparison.Row> reorder(List<Comparison.Row> rows) {
        return List.of(rows.get(1), rows.get(2), rows.get(0));
    }
}
