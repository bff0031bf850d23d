package org.labcanvas.app.ui.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.explain.ExplainTarget;
import org.labcanvas.model.explain.ExplanationText;
import org.labcanvas.model.explain.RouteExplainer;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.topology.Topology;

/** A route line of {@code show ip route} in a console leads to its prefix and that prefix's explanation, without a screen. */
class ConsoleRouteExplanationTest {
    private static final Topology DUAL = ReferenceDesigns.dmvpnDualHub().topology();
    private static final NetworkState CONVERGED = Simulation.stateAt(DUAL, EventScript.EMPTY, Simulation.CONVERGED);

    private static ConsoleViewModel console() {
        ConsoleViewModel vm = new ConsoleViewModel(DUAL.require("R2"), () -> CONVERGED, e -> {});
        vm.enter("show ip route");
        return vm;
    }

    private static int lineOf(ConsoleViewModel vm, String start) {
        List<String> lines = vm.transcript().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starting " + start + " in\n" + vm.transcript());
    }

    @Test
    void eachRouteLineOfShowIpRouteMapsToItsPrefixAndOtherLinesToNone() {
        ConsoleViewModel vm = console();
        assertEquals(List.of(Optional.of("10.10.10.0/24"), Optional.of("3.3.3.3/32"), Optional.of("2.2.2.2/32"),
                        Optional.of("0.0.0.0/0"), Optional.of("10.0.0.2/32"), Optional.empty(), Optional.empty(),
                        Optional.empty()),
                List.of(vm.routePrefixAt(lineOf(vm, "O        10.10.10.0/24")), vm.routePrefixAt(lineOf(vm, "O        3.3.3.3")),
                        vm.routePrefixAt(lineOf(vm, "C        2.2.2.2")), vm.routePrefixAt(lineOf(vm, "S*    0.0.0.0/0")),
                        vm.routePrefixAt(lineOf(vm, "L        10.0.0.2/32")), vm.routePrefixAt(lineOf(vm, "      10.0.0.0/8")),
                        vm.routePrefixAt(lineOf(vm, "Gateway of last resort")), vm.routePrefixAt(lineOf(vm, "R2#"))));
    }

    @Test
    void hoveringTheHubLanRouteGivesTheSameExplanationAsTheCommandLine() {
        ConsoleViewModel vm = console();
        String expected = ExplanationText.render(RouteExplainer.explain(CONVERGED, "R2", ExplainTarget.parse("10.10.10.0/24")));
        assertEquals(Optional.of(expected), vm.explanationAt(lineOf(vm, "O        10.10.10.0/24")));
        assertThat(expected).contains("  total 10 + 1 = 11\n", ": 101, not used because 101 > 11");
        assertEquals(Optional.empty(), vm.explanationAt(lineOf(vm, "Gateway of last resort")));
    }

    @Test
    void twelveFourClassfulLinesAndEqualCostContinuationLinesMapToTheirRoute() {
        List<String> lines = List.of(
                "Gateway of last resort is 10.4.2.2 to network 0.0.0.0",
                "",
                "     2.0.0.0/32 is subnetted, 1 subnets",
                "C       2.2.2.2 is directly connected, Loopback0",
                "     10.0.0.0/24 is subnetted, 3 subnets",
                "O       10.10.10.0 [110/11] via 10.0.0.1, 00:02:55, Tunnel0",
                "                   [110/11] via 10.1.1.1, 00:02:55, Tunnel1",
                "O IA    10.20.0.0 [110/21] via 10.0.0.1, 00:02:55, Tunnel0",
                "S*   0.0.0.0/0 [1/0] via 10.4.2.2");
        assertEquals(List.of("", "", "", "2.2.2.2/32", "", "10.10.10.0/24", "10.10.10.0/24", "10.20.0.0/24", "0.0.0.0/0"),
                java.util.stream.IntStream.range(0, lines.size())
                        .mapToObj(i -> RouteLines.prefixAt(lines, i).map(Ipv4Prefix::toString).orElse("")).toList());
    }
}
