package org.labcanvas.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.addr.HostAddress;
import org.labcanvas.model.lint.ReferenceDesigns;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;

class UnderlayTest {
    private static Underlay underlay(Topology t) {
        AddressIndex a = new AddressIndex(t);
        return new Underlay(t, a, new Segments(t));
    }

    private static IPAddress ip(String s) {
        return HostAddress.tryParse(s).orElseThrow();
    }

    @Test
    void internetCloudDeliversBetweenAttachedSites() {
        Underlay u = underlay(ReferenceDesigns.singleHub());
        assertThat(u.reach("R2", ip("1.1.1.2"))).isEqualTo(new Reachability(true, List.of("R2"), null));
        assertThat(u.reach("R2", ip("2.2.2.2"))).isEqualTo(new Reachability(true, List.of("R2"), null));
        assertThat(u.isOnInternet(ip("3.3.3.3"))).isTrue();
    }

    @Test
    void addressesNobodyOwnsAreNotReachedThroughTheCloud() {
        Underlay u = underlay(ReferenceDesigns.singleHub());
        assertThat(u.reach("R2", ip("9.9.9.9"))).isEqualTo(new Reachability(false, List.of("R2"),
                "9.9.9.9 is not on any segment attached to the Internet"));
        assertThat(u.reach("R2", ip("2.2.2.7"))).isEqualTo(new Reachability(false, List.of("R2"),
                "2.2.2.7 is on the connected subnet of R2/FastEthernet0/0 but no up interface on that segment owns it"));
    }

    @Test
    void shutDownSourceReachesNothing() {
        Topology t = ReferenceDesigns.singleHub().withDevice("R2", d -> d.withInterface("FastEthernet0/0", i -> i.withShutdown(true)));
        InterfaceRef source = InterfaceRef.of("R2", "FastEthernet0/0");
        assertThat(underlay(t).reach(source, ip("1.1.1.2"))).isEqualTo(new Reachability(false, List.of("R2"),
                "source R2/FastEthernet0/0 is down or missing"));
        assertThat(underlay(ReferenceDesigns.singleHub()).reach(source, ip("1.1.1.2")).reachable()).isTrue();
    }

    @Test
    void noRouteIsReported() {
        Topology t = ReferenceDesigns.singleHub().withDevice("R2", d -> d.withStaticRoutes(List.of()));
        assertThat(underlay(t).reach("R2", ip("1.1.1.2"))).isEqualTo(new Reachability(false, List.of("R2"),
                "R2 has no route to 1.1.1.2"));
    }

    @Test
    void shutDownTargetIsUnreachable() {
        Topology t = ReferenceDesigns.singleHub().withDevice("R1", d -> d.withInterface("FastEthernet0/0", i -> i.withShutdown(true)));
        assertThat(underlay(t).reach("R2", ip("1.1.1.2")).reachable()).isFalse();
    }

    /** A - B - C in a line with static routes; C's return route is missing. */
    private static Topology chain() {
        Device a = Device.of("A", DeviceKind.ROUTER, Platform.IOS_15)
                .withInterfaces(List.of(Interface.physical("e0", "192.0.2.1/30")))
                .withStaticRoutes(List.of(StaticRoute.via("0.0.0.0/0", "192.0.2.2")));
        Device b = Device.of("B", DeviceKind.ROUTER, Platform.IOS_15)
                .withInterfaces(List.of(Interface.physical("e0", "192.0.2.2/30"), Interface.physical("e1", "192.0.2.5/30")))
                .withStaticRoutes(List.of(StaticRoute.via("198.51.100.0/24", "192.0.2.6")));
        Device c = Device.of("C", DeviceKind.ROUTER, Platform.IOS_15)
                .withInterfaces(List.of(Interface.physical("e0", "192.0.2.6/30"), Interface.loopback("lo0", "198.51.100.1/32")))
                .withStaticRoutes(List.of(StaticRoute.via("0.0.0.0/0", "192.0.2.5")));
        return new Topology(List.of(a, b, c), List.of(
                Link.between(Endpoint.of("A", "e0"), Endpoint.of("B", "e0")),
                Link.between(Endpoint.of("B", "e1"), Endpoint.of("C", "e0"))));
    }

    @Test
    void nextHopRoutersContinueTheWalk() {
        Underlay u = underlay(chain());
        assertThat(u.reach("A", ip("198.51.100.1"))).isEqualTo(new Reachability(true, List.of("A", "B", "C"), null));
        assertThat(u.reach("C", ip("192.0.2.1"))).isEqualTo(new Reachability(true, List.of("C", "B"), null));
        assertThat(u.reach("A", ip("203.0.113.9"))).isEqualTo(new Reachability(false, List.of("A", "B"),
                "B has no route to 203.0.113.9"));
    }

    @Test
    void routingLoopFails() {
        Topology t = chain().withDevice("B", d -> d.withStaticRoutes(List.of(StaticRoute.via("0.0.0.0/0", "192.0.2.1"))));
        assertThat(underlay(t).reach("A", ip("203.0.113.9"))).isEqualTo(new Reachability(false, List.of("A", "B", "A"),
                "routing loop at A towards 203.0.113.9"));
    }

    @Test
    void routesThroughTunnelsAreIgnored() {
        Topology t = ReferenceDesigns.singleHub().withDevice("R2", d -> d.withStaticRoutes(List.of(
                StaticRoute.via("1.1.1.0/24", "10.10.10.1"))));
        assertThat(underlay(t).reach("R2", ip("1.1.1.2"))).isEqualTo(new Reachability(false, List.of("R2"),
                "R2 has no route to 1.1.1.2"));
    }

    @Test
    void brokerEndpointWithoutInterfaceCountsAsOnTheInternet() {
        Underlay u = underlay(ReferenceDesigns.sixInFour());
        assertThat(u.reach("MAC", ip("216.66.80.26")).reachable()).isTrue();
    }
}
