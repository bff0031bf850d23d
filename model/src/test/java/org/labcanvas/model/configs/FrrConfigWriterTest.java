package org.labcanvas.model.configs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.NhrpSettings;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.Platform;

class FrrConfigWriterTest {
    @Test
    void interfaceNamesAreShortAndLinuxSafe() {
        assertThat(List.of("FastEthernet0/0", "GigabitEthernet0/0/1", "Tunnel12", "Loopback0", "Serial1/0.100"))
                .map(LinuxInterfaceNames::of)
                .isEqualTo(List.of("fa0-0", "gi0-0-1", "tun12", "lo0", "se1-0-100"));
    }

    @Test
    void hubWithRedirectGetsTheNflogGroupAndRule() throws Exception {
        Device hub = ReferenceDesigns.dmvpnSingleHub().topology().require("R1")
                .withInterface("Tunnel0", i -> i.withNhrp(i.nhrp().withRedirect(true)));
        assertThat(FrrConfigWriter.conf(hub)).contains("hostname R1\n!\nnhrp nflog-group 1\n!\n")
                .contains(" ip nhrp redirect\n");
        assertThat(FrrConfigWriter.links(hub)).contains("iptables -A FORWARD -i tun0 -o tun0 ");
    }

    @Test
    void spokeNhsTakesItsNbmaFromTheStaticMap() throws Exception {
        Device spoke = ReferenceDesigns.dmvpnSingleHub().topology().require("R2");
        assertThat(FrrConfigWriter.conf(spoke)).contains(" ip nhrp nhs 10.10.10.1 nbma 1.1.1.2\n");
    }

    @Test
    void nhsWithoutAnyNbmaIsAnError() {
        Device spoke = ReferenceDesigns.dmvpnSingleHub().topology().require("R2")
                .withInterface("Tunnel0", i -> i.withTunnel(i.tunnel().withDestination(null))
                        .withNhrp(NhrpSettings.of(1).withServers(List.of(NhrpServer.of("10.10.10.1")))));
        assertThatThrownBy(() -> FrrConfigWriter.conf(spoke)).isInstanceOf(ExportException.class)
                .hasMessage("R2 interface Tunnel0: NHS 10.10.10.1 has no NBMA address (no nbma, no ip nhrp map for it);"
                        + " nhrpd needs one");
    }

    @Test
    void nonContiguousWildcardCannotBeWrittenForFrr() {
        Device d = Device.of("R5", DeviceKind.ROUTER, Platform.IOS_15)
                .withOspf(OspfProcess.of(1, List.of(new OspfNetwork("10.0.0.0", "0.255.0.255", 0))));
        assertThatThrownBy(() -> FrrConfigWriter.conf(d)).isInstanceOf(ExportException.class)
                .hasMessageContaining("not contiguous");
    }

    @Test
    void dualHubHubsListTheirSpokesForFrr() {
        var t = ReferenceDesigns.dmvpnDualHub().topology();
        assertThat(FrrConfigWriter.impliedNeighbors(t.require("R0"), t)).isEqualTo(List.of("10.0.0.2", "10.0.0.3"));
        assertThat(FrrConfigWriter.impliedNeighbors(t.require("R1"), t)).isEqualTo(List.of("10.1.1.2", "10.1.1.3"));
        assertThat(FrrConfigWriter.impliedNeighbors(t.require("R2"), t)).isEmpty();
    }
}
