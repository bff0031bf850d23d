package org.labcanvas.model.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.sim.ospf.OspfPaths;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;

/**
 * Whole explanations against golden files under {@code golden/explain/}; {@code -Dgolden.update=true}
 * rewrites them (then read the diff).
 */
class ExplainGoldenTest {
    private static final Topology DUAL = ReferenceDesigns.dmvpnDualHub().topology();
    private static final Path GOLDEN = Path.of("src/test/resources/golden/explain");

    private static EventScript r0Fails() throws Exception {
        return EventScriptParser.forTopology(DUAL).parse(Files.readString(Path.of("../samples/r0-fails.yaml")));
    }

    private static RouteExplanation explain(NetworkState s, String device, String target) {
        return RouteExplainer.explain(s, device, ExplainTarget.parse(target));
    }

    private static void golden(String name, RouteExplanation e) throws Exception {
        String text = ExplanationText.render(e);
        Path file = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), text,
                "golden/explain/" + name + ".txt (run with -Dgolden.update=true to rewrite)");
    }

    @Test
    void spokeReachesTheHubLanThroughThePrimaryHubAtElevenNotThroughTheBackupAtOneHundredOne() throws Exception {
        RouteExplanation e = explain(Simulation.stateAt(DUAL, EventScript.EMPTY, Simulation.CONVERGED), "R2", "10.10.10.0/24");
        golden("dual-hub-converged-R2-10.10.10.0-24", e);
        assertEquals(List.of(11), e.ospf().used().stream().map(OspfPaths.Path::cost).toList());
        assertEquals(List.of(101), e.ospf().alternatives().stream().map(OspfPaths.Path::cost).toList());
        assertEquals(List.of("Tunnel0", "FastEthernet2/0"), e.ospf().used().get(0).steps().stream()
                .map(OspfPaths.Step::iface).toList());
    }

    @Test
    void afterThePrimaryHubFailsTheSpokeUsesTheBackupAtOneHundredOneAndThePrimaryPathIsGone() throws Exception {
        RouteExplanation e = explain(Simulation.stateAt(DUAL, r0Fails(), Duration.ofMinutes(15)), "R2", "10.10.10.0/24");
        golden("dual-hub-r0-fails-15m-R2-10.10.10.0-24", e);
        assertEquals(List.of(101), e.ospf().used().stream().map(OspfPaths.Path::cost).toList());
        assertEquals(List.of(), e.ospf().alternatives());
        assertEquals(List.of("no FULL neighbour on Tunnel0: 10.0.0.1 (R0) DOWN; no path through Tunnel0"), e.ospf().notes());
    }

    @Test
    void anAddressTakesTheLongerMatchOverTheDefaultRouteAndCrossesTheHubOnPhaseOneTunnels() throws Exception {
        golden("dual-hub-converged-R2-3.3.3.3",
                explain(Simulation.stateAt(DUAL, EventScript.EMPTY, Simulation.CONVERGED), "R2", "3.3.3.3"));
    }

    @Test
    void anAddressOfAConnectedLanMatchesTheConnectedPrefixNotTheLocalHostRoute() throws Exception {
        golden("dual-hub-converged-R0-10.10.10.5",
                explain(Simulation.stateAt(DUAL, EventScript.EMPTY, Simulation.CONVERGED), "R0", "10.10.10.5"));
    }

    @Test
    void aConnectedPrefixBeatsTheSameNetworkInTheRoutersOwnOspfAdvertisement() throws Exception {
        golden("dual-hub-converged-R0-10.10.10.0-24",
                explain(Simulation.stateAt(DUAL, EventScript.EMPTY, Simulation.CONVERGED), "R0", "10.10.10.0/24"));
    }

    @Test
    void theStaticDefaultRouteTakesAnAddressNothingElseCovers() throws Exception {
        golden("dual-hub-converged-R2-0.0.0.0-0",
                explain(Simulation.stateAt(DUAL, EventScript.EMPTY, Simulation.CONVERGED), "R2", "0.0.0.0/0"));
        golden("dual-hub-converged-R2-192.0.2.1",
                explain(Simulation.stateAt(DUAL, EventScript.EMPTY, Simulation.CONVERGED), "R2", "192.0.2.1"));
    }

    @Test
    void withoutAnyCoveringRouteTheAddressIsUnreachable() throws Exception {
        Topology noDefault = DUAL.withDevice("R2", d -> d.withStaticRoutes(List.of()));
        RouteExplanation e = explain(Simulation.stateAt(noDefault, EventScript.EMPTY, Simulation.CONVERGED), "R2", "192.0.2.1");
        golden("dual-hub-no-default-R2-192.0.2.1", e);
        assertEquals(null, e.used());
    }

    @Test
    void aPoweredOffRouterRoutesNothing() throws Exception {
        golden("dual-hub-r0-fails-15m-R0-10.10.10.0-24",
                explain(Simulation.stateAt(DUAL, r0Fails(), Duration.ofMinutes(15)), "R0", "10.10.10.0/24"));
    }

    @Test
    void aStaticRouteWithTheDefaultDistanceBeatsOspfAndAFloatingOneLosesToIt() throws Exception {
        Topology preferred = DUAL.withDevice("R2", d -> d.withStaticRoutes(List.of(StaticRoute.via("0.0.0.0/0", "10.4.2.2"),
                StaticRoute.via("10.10.10.0/24", "10.0.0.1"))));
        golden("dual-hub-static-R2-10.10.10.0-24",
                explain(Simulation.stateAt(preferred, EventScript.EMPTY, Simulation.CONVERGED), "R2", "10.10.10.0/24"));
        Topology floating = DUAL.withDevice("R2", d -> d.withStaticRoutes(List.of(StaticRoute.via("0.0.0.0/0", "10.4.2.2"),
                new StaticRoute("10.10.10.0/24", "10.1.1.1", null, 250))));
        RouteExplanation e = explain(Simulation.stateAt(floating, EventScript.EMPTY, Simulation.CONVERGED), "R2", "10.10.10.0/24");
        golden("dual-hub-floating-static-R2-10.10.10.0-24", e);
        assertEquals(List.of("OSPF", "static"), e.offers().stream().map(RouteExplanation.Offer::source).toList());
        assertEquals(List.of(true, false), e.offers().stream().map(RouteExplanation.Offer::installed).toList());
    }

    @Test
    void equalCostPathsAreAllShownAndThePacketTakesTheFirst() throws Exception {
        EventScript equal = EventScriptParser.forTopology(DUAL).parse("""
                events:
                  - at: 1m
                    device: R2
                    cli: |
                      configure terminal
                      interface Tunnel1
                       ip ospf cost 10
                      end
                """);
        RouteExplanation e = explain(Simulation.stateAt(DUAL, equal, Duration.ofMinutes(5)), "R2", "10.10.10.0/24");
        golden("dual-hub-equal-cost-R2-10.10.10.0-24", e);
        assertEquals(List.of(11, 11), e.ospf().used().stream().map(OspfPaths.Path::cost).toList());
    }

    private static Topology phaseTwo() {
        Topology t = ReferenceDesigns.dmvpnSingleHub().topology();
        for (String spoke : List.of("R2", "R3")) {
            t = t.withDevice(spoke, d -> d.withInterface("Tunnel0", i -> i.withTunnel(i.tunnel()
                    .withMode(org.labcanvas.model.topology.TunnelMode.GRE_MULTIPOINT).withDestination(null))));
        }
        return t;
    }

    @Test
    void aPhaseTwoSpokeWithoutAMappingSendsThroughItsNhsAndAsksForAResolution() throws Exception {
        golden("single-hub-phase2-converged-R2-10.10.10.3",
                explain(Simulation.stateAt(phaseTwo(), EventScript.EMPTY, Simulation.CONVERGED), "R2", "10.10.10.3"));
    }

    @Test
    void aPhaseTwoSpokeGoesDirectWithTheResolvedMappingAndItsOwnSa() throws Exception {
        Topology t = phaseTwo();
        EventScript ping = EventScriptParser.forTopology(t).parse("""
                events:
                  - at: 4m
                    device: R2
                    ping: 10.10.10.3
                """);
        RouteExplanation e = explain(Simulation.stateAt(t, ping, Simulation.CONVERGED), "R2", "10.10.10.3");
        golden("single-hub-phase2-after-ping-R2-10.10.10.3", e);
        assertEquals(List.of(true), e.tunnels().stream().map(RouteExplanation.TunnelHop::works).toList());
    }

    @Test
    void aStaticRouteWhoseInterfaceIsDownIsNotInstalledAndOspfTakesOver() throws Exception {
        Topology withStatic = DUAL.withDevice("R2", d -> d.withStaticRoutes(List.of(StaticRoute.via("0.0.0.0/0", "10.4.2.2"),
                new StaticRoute("10.10.10.0/24", "10.0.0.1", "Tunnel0", null))));
        EventScript down = EventScriptParser.forTopology(withStatic).parse("""
                events:
                  - at: 1m
                    device: R2
                    interface: Tunnel0
                    action: down
                """);
        RouteExplanation e = explain(Simulation.stateAt(withStatic, down, Simulation.CONVERGED), "R2", "10.10.10.0/24");
        golden("dual-hub-static-interface-down-R2-10.10.10.0-24", e);
        assertEquals(List.of("OSPF", "static"), e.offers().stream().map(RouteExplanation.Offer::source).toList());
        assertEquals(List.of(true, false), e.offers().stream().map(RouteExplanation.Offer::installed).toList());
    }

    @Test
    void aStaticRouteToATunnelAddressResolvesRecursivelyThroughOspfWhenItsTunnelIsDown() throws Exception {
        Topology withStatic = DUAL.withDevice("R2", d -> d.withStaticRoutes(List.of(StaticRoute.via("0.0.0.0/0", "10.4.2.2"),
                StaticRoute.via("10.10.10.0/24", "10.0.0.1"))));
        EventScript down = EventScriptParser.forTopology(withStatic).parse("""
                events:
                  - at: 1m
                    device: R2
                    interface: Tunnel0
                    action: down
                """);
        golden("dual-hub-static-recursive-R2-10.10.10.0-24",
                explain(Simulation.stateAt(withStatic, down, Simulation.CONVERGED), "R2", "10.10.10.0/24"));
    }

    @Test
    void aHubListsTheCheapestOtherFirstHopsWithItsOtherLanRouterAndCountsTheRest() {
        Topology t = org.labcanvas.model.generate.DmvpnGenerator.generate(2, 20).topology();
        RouteExplanation e = explain(Simulation.stateAt(t, EventScript.EMPTY, Simulation.CONVERGED), "HUB1", "10.9.0.2");
        assertEquals(List.of(11), e.ospf().used().stream().map(OspfPaths.Path::cost).toList());
        assertEquals(List.of(21, 21, 21, 21, 21, 21, 21, 102),
                e.ospf().alternatives().stream().map(OspfPaths.Path::cost).toList());
        assertEquals("HUB2", e.ospf().names().get(e.ospf().alternatives().get(7).nextRouter()));
        assertEquals(List.of("12 more full neighbours are first hops too, not listed; the cheapest of them costs 21"),
                e.ospf().notes());
    }

    /** The dual hub with the hub LAN in area 0: the hubs are area border routers, the spokes see the LAN as O IA. */
    static Topology lanInAreaZero() {
        Topology t = DUAL;
        for (String hub : List.of("R0", "R1")) {
            t = t.withDevice(hub, d -> d.withOspf(d.ospf().withNetworks(d.ospf().networks().stream()
                    .map(n -> n.address().startsWith("10.10.10.") ? new org.labcanvas.model.topology.OspfNetwork(
                            n.address(), n.wildcard(), 0) : n).toList())));
        }
        return t;
    }

    @Test
    void anInterAreaRouteEndsAtTheAreaBorderRoutersSummary() throws Exception {
        RouteExplanation e = explain(Simulation.stateAt(lanInAreaZero(), EventScript.EMPTY, Simulation.CONVERGED), "R2",
                "10.10.10.0/24");
        golden("dual-hub-lan-area-0-R2-10.10.10.0-24", e);
        assertEquals(List.of(11), e.ospf().used().stream().map(OspfPaths.Path::cost).toList());
        assertEquals(List.of(101), e.ospf().alternatives().stream().map(OspfPaths.Path::cost).toList());
    }

    @Test
    void betweenTheFailureAndTheThrottledSpfTheRouteStillPointsAtTheDeadHubAndSaysWhenSpfRuns() throws Exception {
        RouteExplanation e = explain(Simulation.stateAt(DUAL, r0Fails(), Duration.ofSeconds(642)), "R2", "10.10.10.0/24");
        golden("dual-hub-r0-fails-10m42s-R2-10.10.10.0-24", e);
        assertEquals(645_000L, e.ospf().spfDueAt());
        assertEquals(false, e.forwarding().reaches());
    }

    @Test
    void theSameInputGivesByteIdenticalText() {
        String a = ExplanationText.render(explain(Simulation.stateAt(DUAL, EventScript.EMPTY, Simulation.CONVERGED), "R3",
                "10.10.10.0/24"));
        String b = ExplanationText.render(explain(Simulation.stateAt(ReferenceDesigns.dmvpnDualHub().topology(),
                EventScript.EMPTY, Simulation.CONVERGED), "R3", "10.10.10.0/24"));
        assertEquals(a, b);
    }
}
