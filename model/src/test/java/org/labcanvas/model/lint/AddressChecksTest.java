package org.labcanvas.model.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;

class AddressChecksTest {
    private static Topology withAddress(Topology t, String device, String iface, String ipv4) {
        return t.withDevice(device, d -> d.withInterface(iface, i -> i.withIpv4(ipv4)));
    }

    @Test
    void networkAddressOnAnInterfaceIsInvalid() {
        Topology t = withAddress(ReferenceDesigns.singleHub(), "R2", "FastEthernet0/0", "2.2.2.0/24");
        assertThat(LintRun.findings(t, "ADDRESS_INVALID")).containsExactly(new Finding(Severity.ERROR, "ADDRESS_INVALID",
                "R2", "FastEthernet0/0", "ipv4",
                "'2.2.2.0/24' is the network address of 2.2.2.0/24; IOS refuses it as an interface address (Bad mask)"));
    }

    @Test
    void routeWithHostBitsAndIpv6OspfWildcardAreInvalid() {
        Topology t = ReferenceDesigns.dualHub().withDevice("R2", d -> d
                .withStaticRoutes(List.of(StaticRoute.via("10.9.0.1/16", "10.4.2.2")))
                .withOspf(d.ospf().withNetworks(List.of(new OspfNetwork("10.0.0.0", "::ff", 10)))));
        assertThat(LintRun.lines(t, "ADDRESS_INVALID")).containsExactly(
                "ERROR ADDRESS_INVALID R2: network 10.0.0.0 ::ff area 10: wildcard: '::ff' is not an IPv4 address",
                "ERROR ADDRESS_INVALID R2: route prefix: '10.9.0.1/16' has host bits set; did you mean 10.9.0.0/16?");
    }

    @Test
    void sameAddressOnTwoRoutersIsADuplicate() {
        Topology t = withAddress(ReferenceDesigns.singleHub(), "R3", "FastEthernet0/0", "2.2.2.2/24");
        assertThat(LintRun.lines(t, "ADDRESS_DUPLICATE")).containsExactly(
                "ERROR ADDRESS_DUPLICATE R2/FastEthernet0/0: 2.2.2.2 is also configured on R3/FastEthernet0/0",
                "ERROR ADDRESS_DUPLICATE R3/FastEthernet0/0: 2.2.2.2 is also configured on R2/FastEthernet0/0");
    }

    @Test
    void equalSubnetsOnTwoInternetAttachmentsOverlap() {
        Topology t = withAddress(ReferenceDesigns.singleHub(), "R3", "FastEthernet0/0", "2.2.2.3/24");
        assertThat(LintRun.lines(t, "SUBNET_OVERLAP")).containsExactly(
                "ERROR SUBNET_OVERLAP R2/FastEthernet0/0: 2.2.2.2/24 overlaps 2.2.2.3/24 on R3/FastEthernet0/0, which is on another segment",
                "ERROR SUBNET_OVERLAP R3/FastEthernet0/0: 2.2.2.3/24 overlaps 2.2.2.2/24 on R2/FastEthernet0/0, which is on another segment");
    }

    @Test
    void nestedSubnetsOnDifferentSegmentsOverlap() {
        Topology t = withAddress(ReferenceDesigns.singleHub(), "R3", "FastEthernet0/0", "2.2.0.1/16");
        assertThat(LintRun.lines(t, "SUBNET_OVERLAP")).containsExactly(
                "ERROR SUBNET_OVERLAP R2/FastEthernet0/0: 2.2.2.2/24 overlaps 2.2.0.1/16 on R3/FastEthernet0/0, which is on another segment",
                "ERROR SUBNET_OVERLAP R3/FastEthernet0/0: 2.2.0.1/16 overlaps 2.2.2.2/24 on R2/FastEthernet0/0, which is on another segment");
    }

    @Test
    void overlappingInterfacesOfOneRouterAreRefusedLikeIos() {
        Topology t = ReferenceDesigns.singleHub().withDevice("R2", d -> d.withInterfaces(
                append(d.interfaces(), Interface.loopback("Loopback1", "2.2.2.9/32"))));
        assertThat(LintRun.lines(t, "SUBNET_OVERLAP")).containsExactly(
                "ERROR SUBNET_OVERLAP R2/Loopback1: 2.2.2.9/32 overlaps FastEthernet0/0 2.2.2.2/24 on the same router;"
                        + " IOS refuses overlapping subnets on two interfaces");
    }

    @Test
    void sharedLanAndTunnelSubnetsDoNotOverlap() {
        for (Topology t : List.of(ReferenceDesigns.singleHub(), ReferenceDesigns.dualHub(), ReferenceDesigns.sixInFour())) {
            assertThat(LintRun.findings(t, "ADDRESS_INVALID", "ADDRESS_DUPLICATE", "SUBNET_OVERLAP")).isEmpty();
        }
    }

    static <T> List<T> append(List<T> list, T item) {
        List<T> out = new java.util.ArrayList<>(list);
        out.add(item);
        return out;
    }
}
