package org.labcanvas.model.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TunnelMode;
import java.util.function.UnaryOperator;

class TunnelChecksTest {
    private static Topology editR(Topology t, String device, String iface, UnaryOperator<Interface> edit) {
        return t.withDevice(device, d -> d.withInterface(iface, edit));
    }

    @Test
    void tunnelSourceNamingNoInterfaceIsMissing() {
        Topology t = editR(ReferenceDesigns.singleHub(), "R2", "Tunnel0", i -> i.withTunnel(i.tunnel().withSource("FastEthernet9/9")));
        assertThat(LintRun.lines(t, "TUNNEL_SOURCE_MISSING", "TUNNEL_SOURCE_DOWN")).containsExactly(
                "ERROR TUNNEL_SOURCE_MISSING R2/Tunnel0: tunnel source FastEthernet9/9 is no interface of R2; the tunnel stays down");
    }

    @Test
    void tunnelSourceByAddressOfAnotherRouterIsMissing() {
        Topology t = editR(ReferenceDesigns.singleHub(), "R2", "Tunnel0", i -> i.withTunnel(i.tunnel().withSource("1.1.1.2")));
        assertThat(LintRun.lines(t, "TUNNEL_SOURCE_MISSING")).containsExactly(
                "ERROR TUNNEL_SOURCE_MISSING R2/Tunnel0: tunnel source 1.1.1.2 is no address of R2; the tunnel stays down");
    }

    @Test
    void shutDownOrUnaddressedSourceIsDown() {
        Topology t = editR(ReferenceDesigns.singleHub(), "R2", "FastEthernet0/0", i -> i.withShutdown(true));
        t = editR(t, "R3", "FastEthernet0/0", i -> i.withIpv4(null));
        assertThat(LintRun.lines(t, "TUNNEL_SOURCE_MISSING", "TUNNEL_SOURCE_DOWN")).containsExactly(
                "ERROR TUNNEL_SOURCE_DOWN R2/Tunnel0: tunnel source FastEthernet0/0 is shut down; the tunnel stays down",
                "ERROR TUNNEL_SOURCE_DOWN R3/Tunnel0: tunnel source FastEthernet0/0 has no IPv4 address; the tunnel stays down");
    }

    @Test
    void differentTunnelKeysOnPeersAreReportedOnBothEnds() {
        Topology t = editR(ReferenceDesigns.singleHub(), "R3", "Tunnel0", i -> i.withTunnel(i.tunnel().withKey(2L)));
        assertThat(LintRun.lines(t, "TUNNEL_KEY_MISMATCH")).containsExactly(
                "ERROR TUNNEL_KEY_MISMATCH R1/Tunnel0: tunnel key 1, but its peer R3/Tunnel0 has tunnel key 2; GRE drops packets whose key does not match",
                "ERROR TUNNEL_KEY_MISMATCH R3/Tunnel0: tunnel key 2, but its peer R1/Tunnel0 has tunnel key 1; GRE drops packets whose key does not match");
    }

    @Test
    void destinationOfARouterWithoutMatchingTunnelHasNoFarEnd() {
        Topology t = editR(ReferenceDesigns.singleHub(), "R3", "Tunnel0", i -> i.withIpv4("10.10.20.3/24"));
        assertThat(LintRun.lines(t, "TUNNEL_PEER_MISSING")).containsExactly(
                "ERROR TUNNEL_PEER_MISSING R3/Tunnel0: tunnel destination 1.1.1.2 is R1/FastEthernet0/0, but no GRE tunnel"
                        + " of R1 is sourced there in subnet 10.10.20.0/24: the tunnel has no far end");
    }

    @Test
    void differentNhrpNetworkIdsAreOnlyAWarning() {
        Topology t = editR(ReferenceDesigns.singleHub(), "R3", "Tunnel0", i -> i.withNhrp(i.nhrp().withNetworkId(5)));
        assertThat(LintRun.findings(t, "NHRP_NETWORK_ID_MISMATCH")).containsExactly(
                new Finding(Severity.WARNING, "NHRP_NETWORK_ID_MISMATCH", "R1", "Tunnel0", "nhrp.networkId",
                        "ip nhrp network-id 1, but its peer R3/Tunnel0 uses 5; IOS treats the network-id as locally significant, so this works, but equal ids are less confusing"),
                new Finding(Severity.WARNING, "NHRP_NETWORK_ID_MISMATCH", "R3", "Tunnel0", "nhrp.networkId",
                        "ip nhrp network-id 5, but its peer R1/Tunnel0 uses 1; IOS treats the network-id as locally significant, so this works, but equal ids are less confusing"));
    }

    @Test
    void multipointSpokeWithoutNhsMapIsAnError() {
        Topology t = editR(ReferenceDesigns.singleHub(), "R2", "Tunnel0", i -> i
                .withTunnel(i.tunnel().withMode(TunnelMode.GRE_MULTIPOINT).withDestination(null))
                .withNhrp(i.nhrp().withMaps(List.of())));
        assertThat(LintRun.lines(t, "NHRP_NHS_NO_MAP")).containsExactly(
                "ERROR NHRP_NHS_NO_MAP R2/Tunnel0: ip nhrp nhs 10.10.10.1 has no ip nhrp map 10.10.10.1 NBMA (nor an nbma keyword): the spoke cannot reach its NHS and never registers");
    }

    @Test
    void pointToPointSpokeWithoutNhsMapIsAWarning() {
        Topology t = editR(ReferenceDesigns.singleHub(), "R3", "Tunnel0", i -> i.withNhrp(i.nhrp().withMaps(List.of())));
        assertThat(LintRun.findings(t, "NHRP_NHS_NO_MAP")).containsExactly(new Finding(Severity.WARNING, "NHRP_NHS_NO_MAP",
                "R3", "Tunnel0", "nhrp.servers", "ip nhrp nhs 10.10.10.1 has no ip nhrp map 10.10.10.1 NBMA (nor an nbma keyword):"
                + " registration follows the tunnel destination, but add the map so NHRP knows the NHS's NBMA address"));
    }

    @Test
    void nhsWithNbmaKeywordNeedsNoMap() {
        Topology t = editR(ReferenceDesigns.singleHub(), "R2", "Tunnel0", i -> i
                .withTunnel(i.tunnel().withMode(TunnelMode.GRE_MULTIPOINT).withDestination(null))
                .withNhrp(i.nhrp().withMaps(List.of()).withServers(List.of(new NhrpServer("10.10.10.1", "1.1.1.2")))));
        assertThat(LintRun.findings(t, "NHRP_NHS_NO_MAP", "NHRP_NBMA_UNREACHABLE")).isEmpty();
    }

    @Test
    void spokeWithoutDefaultRouteCannotReachTheHub() {
        Topology t = ReferenceDesigns.singleHub().withDevice("R2", d -> d.withStaticRoutes(List.of()));
        assertThat(LintRun.lines(t, "NHRP_NBMA_UNREACHABLE")).containsExactly(
                "ERROR NHRP_NBMA_UNREACHABLE R2/Tunnel0: tunnel destination 1.1.1.2 is unreachable from R2: R2 has no route to 1.1.1.2");
    }

    @Test
    void nbmaAddressOffTheInternetIsUnreachable() {
        Topology t = editR(ReferenceDesigns.singleHub(), "R3", "Tunnel0", i -> i
                .withNhrp(i.nhrp().withMaps(List.of(new org.labcanvas.model.topology.NhrpMap("10.10.10.1", "9.9.9.9")))));
        assertThat(LintRun.lines(t, "NHRP_NBMA_UNREACHABLE")).containsExactly(
                "ERROR NHRP_NBMA_UNREACHABLE R3/Tunnel0: NBMA address 9.9.9.9 of ip nhrp map 10.10.10.1 is unreachable from R3: 9.9.9.9 is not on any segment attached to the Internet");
    }

    @Test
    void malformedNbmaAddressIsInvalid() {
        Topology t = editR(ReferenceDesigns.singleHub(), "R3", "Tunnel0", i -> i
                .withNhrp(i.nhrp().withMaps(List.of(new org.labcanvas.model.topology.NhrpMap("10.10.10.1", "1.1.1.2/24")))));
        assertThat(LintRun.lines(t, "ADDRESS_INVALID")).containsExactly(
                "ERROR ADDRESS_INVALID R3/Tunnel0: ip nhrp map NBMA address: '1.1.1.2/24' must be a single address without prefix length");
    }

    @Test
    void referenceDesignsHaveNoTunnelFindings() {
        for (Topology t : List.of(ReferenceDesigns.singleHub(), ReferenceDesigns.dualHub(), ReferenceDesigns.sixInFour())) {
            assertThat(LintRun.findings(t, "TUNNEL_SOURCE_MISSING", "TUNNEL_SOURCE_DOWN", "TUNNEL_KEY_MISMATCH", "TUNNEL_PEER_MISSING",
                    "NHRP_NETWORK_ID_MISMATCH", "NHRP_NHS_NO_MAP", "NHRP_NBMA_UNREACHABLE")).isEmpty();
        }
    }
}
