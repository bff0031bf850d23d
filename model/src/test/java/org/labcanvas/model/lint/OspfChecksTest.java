package org.labcanvas.model.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.OspfNeighbor;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.Topology;

class OspfChecksTest {
    private static final String[] OSPF_CODES = {"OSPF_NOT_COVERED", "OSPF_AREA_MISMATCH", "OSPF_TIMER_MISMATCH",
            "OSPF_NETWORK_TYPE_MISMATCH", "OSPF_DUPLICATE_ROUTER_ID", "OSPF_NO_ROUTER_ID", "OSPF_NBMA_NO_DR",
            "OSPF_NBMA_NO_NEIGHBOR", "NHRP_NO_MULTICAST_MAP"};

    private static Topology iface(Topology t, String device, String name, UnaryOperator<Interface> edit) {
        return t.withDevice(device, d -> d.withInterface(name, edit));
    }

    private static Topology ospf(Topology t, String device, UnaryOperator<Device> edit) {
        return t.withDevice(device, edit);
    }

    @Test
    void hubTunnelOutsideEveryNetworkStatementIsNotCovered() {
        Topology t = ospf(ReferenceDesigns.dualHub(), "R0", d -> d.withOspf(d.ospf().withNetworks(List.of(
                new OspfNetwork("10.10.10.0", "0.0.0.255", 10)))));
        assertThat(LintRun.lines(t, OSPF_CODES)).containsExactly(
                "ERROR OSPF_NOT_COVERED R0/Tunnel0: Tunnel0 10.0.0.1/24 is not covered by any network statement of"
                        + " router ospf 1, but R2/Tunnel0 (and 1 more) runs OSPF towards it: no adjacency can form");
    }

    @Test
    void lanInterfaceOutsideTheNetworkStatementsIsNotCovered() {
        Topology t = ospf(ReferenceDesigns.dualHub(), "R1", d -> d.withOspf(d.ospf().withNetworks(List.of(
                new OspfNetwork("10.1.1.0", "0.0.0.255", 10)))));
        assertThat(LintRun.lines(t, "OSPF_NOT_COVERED")).containsExactly(
                "ERROR OSPF_NOT_COVERED R1/FastEthernet2/0: FastEthernet2/0 10.10.10.2/24 is not covered by any network"
                        + " statement of router ospf 1, but R0/FastEthernet2/0 runs OSPF towards it: no adjacency can form");
    }

    @Test
    void spokeTunnelInAnotherAreaIsAnAreaMismatch() {
        Topology t = ospf(ReferenceDesigns.dualHub(), "R3", d -> d.withOspf(d.ospf().withNetworks(List.of(
                new OspfNetwork("3.3.3.3", "0.0.0.0", 10), new OspfNetwork("10.0.0.0", "0.0.0.255", 0),
                new OspfNetwork("10.1.1.0", "0.0.0.255", 10)))));
        assertThat(LintRun.lines(t, OSPF_CODES)).containsExactly(
                "ERROR OSPF_AREA_MISMATCH R0/Tunnel0: in area 10, but its neighbor R3/Tunnel0 is in area 0: hellos from another area are dropped, no adjacency",
                "ERROR OSPF_AREA_MISMATCH R3/Tunnel0: in area 0, but its neighbor R0/Tunnel0 is in area 10: hellos from another area are dropped, no adjacency");
    }

    @Test
    void moreSpecificNetworkStatementDecidesTheArea() {
        Topology t = ospf(ReferenceDesigns.dualHub(), "R3", d -> d.withOspf(d.ospf().withNetworks(List.of(
                new OspfNetwork("0.0.0.0", "255.255.255.255", 0), new OspfNetwork("3.3.3.3", "0.0.0.0", 10),
                new OspfNetwork("10.0.0.0", "0.0.0.255", 10), new OspfNetwork("10.1.1.0", "0.0.0.255", 10)))));
        assertThat(LintRun.lines(t, OSPF_CODES)).isEmpty();
    }

    @Test
    void differentHelloIntervalIsATimerMismatch() {
        Topology t = iface(ReferenceDesigns.dualHub(), "R2", "Tunnel0", i -> i.withOspf(i.ospf().withHello(10)));
        assertThat(LintRun.lines(t, OSPF_CODES)).containsExactly(
                "ERROR OSPF_TIMER_MISMATCH R0/Tunnel0: hello 30 s / dead 120 s, but its neighbor R2/Tunnel0 uses hello 10 s / dead 40 s: hellos with other intervals are dropped, no adjacency",
                "ERROR OSPF_TIMER_MISMATCH R2/Tunnel0: hello 10 s / dead 40 s, but its neighbor R0/Tunnel0 uses hello 30 s / dead 120 s: hellos with other intervals are dropped, no adjacency");
    }

    @Test
    void drAndNonDrNetworkTypesWithEqualTimersAreAnError() {
        Topology t = iface(ReferenceDesigns.dualHub(), "R2", "Tunnel0",
                i -> i.withOspf(i.ospf().withNetworkType(OspfNetworkType.POINT_TO_MULTIPOINT)));
        assertThat(LintRun.findings(t, OSPF_CODES)).containsExactly(
                new Finding(Severity.ERROR, "OSPF_NETWORK_TYPE_MISMATCH", "R0", "Tunnel0", "ospf.networkType",
                        "network type NON_BROADCAST, but its neighbor R2/Tunnel0 uses POINT_TO_MULTIPOINT: one side elects a DR and the other does not;"
                                + " with equal timers the adjacency forms, but the two sides describe the link differently and routes through it are not installed"),
                new Finding(Severity.ERROR, "OSPF_NETWORK_TYPE_MISMATCH", "R2", "Tunnel0", "ospf.networkType",
                        "network type POINT_TO_MULTIPOINT, but its neighbor R0/Tunnel0 uses NON_BROADCAST: one side elects a DR and the other does not;"
                                + " with equal timers the adjacency forms, but the two sides describe the link differently and routes through it are not installed"));
    }

    @Test
    void broadcastAgainstNonBroadcastWithEqualTimersIsAWarning() {
        Topology t = iface(ReferenceDesigns.dualHub(), "R2", "Tunnel0",
                i -> i.withOspf(i.ospf().withNetworkType(OspfNetworkType.BROADCAST).withHello(30)));
        assertThat(LintRun.findings(t, OSPF_CODES)).extracting(Finding::line).containsExactly(
                "WARNING OSPF_NETWORK_TYPE_MISMATCH R0/Tunnel0: network type NON_BROADCAST, but its neighbor R2/Tunnel0 uses BROADCAST: both elect a DR, so this works once the timers match, but the same type on both ends is what IOS expects",
                "WARNING OSPF_NETWORK_TYPE_MISMATCH R2/Tunnel0: network type BROADCAST, but its neighbor R0/Tunnel0 uses NON_BROADCAST: both elect a DR, so this works once the timers match, but the same type on both ends is what IOS expects");
    }

    @Test
    void defaultTunnelTypeAgainstNonBroadcastHubIsATypeAndTimerMismatch() {
        Topology t = iface(ReferenceDesigns.dualHub(), "R3", "Tunnel1", i -> i.withOspf(null));
        assertThat(LintRun.lines(t, "OSPF_NETWORK_TYPE_MISMATCH", "OSPF_TIMER_MISMATCH")).containsExactly(
                "ERROR OSPF_NETWORK_TYPE_MISMATCH R1/Tunnel1: network type NON_BROADCAST, but its neighbor R3/Tunnel1 uses POINT_TO_POINT: one side elects a DR and the other does not; with equal timers the adjacency forms, but the two sides describe the link differently and routes through it are not installed",
                "ERROR OSPF_TIMER_MISMATCH R1/Tunnel1: hello 30 s / dead 120 s, but its neighbor R3/Tunnel1 uses hello 10 s / dead 40 s: hellos with other intervals are dropped, no adjacency",
                "ERROR OSPF_NETWORK_TYPE_MISMATCH R3/Tunnel1: network type POINT_TO_POINT, but its neighbor R1/Tunnel1 uses NON_BROADCAST: one side elects a DR and the other does not; with equal timers the adjacency forms, but the two sides describe the link differently and routes through it are not installed",
                "ERROR OSPF_TIMER_MISMATCH R3/Tunnel1: hello 10 s / dead 40 s, but its neighbor R1/Tunnel1 uses hello 30 s / dead 120 s: hellos with other intervals are dropped, no adjacency");
    }

    @Test
    void twoRoutersWithTheSameRouterIdAreReported() {
        Topology t = ospf(ReferenceDesigns.dualHub(), "R3", d -> d.withOspf(d.ospf().withRouterId("2.2.2.2")));
        assertThat(LintRun.lines(t, OSPF_CODES)).containsExactly(
                "ERROR OSPF_DUPLICATE_ROUTER_ID R2: OSPF router-id 2.2.2.2 is also the router-id of R3: neighbors reject the duplicate and its LSAs overwrite each other",
                "ERROR OSPF_DUPLICATE_ROUTER_ID R3: OSPF router-id 2.2.2.2 is also the router-id of R2: neighbors reject the duplicate and its LSAs overwrite each other");
    }

    @Test
    void chosenRouterIdsCollideWhenLoopbacksAreEqual() {
        // R3 has no router-id configured: IOS takes its highest loopback address.
        Topology t = iface(ReferenceDesigns.dualHub(), "R3", "Loopback0", i -> i.withIpv4("2.2.2.2/32"));
        assertThat(LintRun.lines(t, "OSPF_DUPLICATE_ROUTER_ID")).hasSize(2);
    }

    @Test
    void routerWithoutAnyAddressCannotChooseARouterId() {
        Topology t = ospf(ReferenceDesigns.dualHub(), "R3", d -> d.withInterfaces(d.interfaces().stream()
                .map(i -> i.withShutdown(true)).toList()));
        assertThat(LintRun.findings(t, "OSPF_NO_ROUTER_ID")).containsExactly(new Finding(Severity.ERROR,
                "OSPF_NO_ROUTER_ID", "R3", null, "ospf.routerId", "router ospf 1 has no router-id and no up interface"
                + " with an IPv4 address to take one from: the process cannot start"));
    }

    @Test
    void everyRouterWithPriorityZeroLeavesTheNbmaNetworkWithoutDr() {
        Topology t = iface(ReferenceDesigns.dualHub(), "R0", "Tunnel0", i -> i.withOspf(i.ospf().withPriority(0)));
        String msg = "every router on this non-broadcast network (3 routers) has OSPF priority 0: no DR is elected and no adjacency becomes FULL";
        assertThat(LintRun.lines(t, OSPF_CODES)).containsExactly(
                "ERROR OSPF_NBMA_NO_DR R0/Tunnel0: " + msg,
                "ERROR OSPF_NBMA_NO_DR R2/Tunnel0: " + msg,
                "ERROR OSPF_NBMA_NO_DR R3/Tunnel0: " + msg);
    }

    @Test
    void spokeWithoutNeighborStatementsNeverHearsAHello() {
        Topology t = ospf(ReferenceDesigns.dualHub(), "R3", d -> d.withOspf(d.ospf().withNeighbors(List.of())));
        assertThat(LintRun.lines(t, OSPF_CODES)).containsExactly(
                "ERROR OSPF_NBMA_NO_NEIGHBOR R3/Tunnel0: on a non-broadcast network hellos go only to configured neighbors,"
                        + " and R3/Tunnel0 neither lists nor is listed by a DR-eligible router there: it never hears a hello",
                "ERROR OSPF_NBMA_NO_NEIGHBOR R3/Tunnel1: on a non-broadcast network hellos go only to configured neighbors,"
                        + " and R3/Tunnel1 neither lists nor is listed by a DR-eligible router there: it never hears a hello");
    }

    @Test
    void neighborStatementsOnTheHubInsteadOfTheSpokesAlsoWork() {
        Topology t = ReferenceDesigns.dualHub();
        for (String spoke : List.of("R2", "R3")) {
            t = ospf(t, spoke, d -> d.withOspf(d.ospf().withNeighbors(List.of())));
        }
        t = ospf(t, "R0", d -> d.withOspf(d.ospf().withNeighbors(List.of(OspfNeighbor.of("10.0.0.2"), OspfNeighbor.of("10.0.0.3")))));
        t = ospf(t, "R1", d -> d.withOspf(d.ospf().withNeighbors(List.of(OspfNeighbor.of("10.1.1.2"), OspfNeighbor.of("10.1.1.3")))));
        assertThat(LintRun.lines(t, OSPF_CODES)).isEmpty();
    }

    @Test
    void multipointHubWithMulticastHellosNeedsAMulticastMap() {
        Topology t = iface(ReferenceDesigns.dualHub(), "R1", "Tunnel1", i -> i
                .withOspf(i.ospf().withNetworkType(OspfNetworkType.POINT_TO_MULTIPOINT))
                .withNhrp(i.nhrp().withMapMulticast(List.of())));
        assertThat(LintRun.lines(t, "NHRP_NO_MULTICAST_MAP")).containsExactly(
                "ERROR NHRP_NO_MULTICAST_MAP R1/Tunnel1: OSPF sends multicast hellos here (network type POINT_TO_MULTIPOINT),"
                        + " but the multipoint tunnel has no ip nhrp map multicast, so they are never sent: add ip nhrp map"
                        + " multicast dynamic on a hub, or the hub's NBMA address on a spoke");
        Topology nonBroadcast = iface(ReferenceDesigns.dualHub(), "R1", "Tunnel1", i -> i.withNhrp(i.nhrp().withMapMulticast(List.of())));
        assertThat(LintRun.lines(nonBroadcast, "NHRP_NO_MULTICAST_MAP")).isEmpty();
    }

    @Test
    void dualHubReferenceDesignHasNoOspfFinding() {
        assertThat(LintRun.lines(ReferenceDesigns.dualHub(), OSPF_CODES)).isEmpty();
    }
}
