package org.labcanvas.model.configs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.topology.VerbatimLine;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.NhrpSettings;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

class IosConfigWriterTest {
    private static Device spoke(Platform platform) {
        Interface t = Interface.tunnel("Tunnel0", "10.0.0.2/24",
                        new TunnelSettings(TunnelMode.GRE_MULTIPOINT, "FastEthernet0/0", null, 7L, null))
                .withNhrp(NhrpSettings.of(1).withServers(List.of(new NhrpServer("10.0.0.1", "1.1.1.2"))));
        return Device.of("S1", DeviceKind.ROUTER, platform)
                .withInterfaces(List.of(Interface.physical("FastEthernet0/0", "2.2.2.2/24"), t));
    }

    private static List<String> tunnelLines(String config) {
        String block = config.substring(config.indexOf("interface Tunnel0"));
        return block.substring(0, block.indexOf("!\n")).lines().toList();
    }

    @Test
    void nhsWithNbmaIsOneLineOnIos15() throws Exception {
        assertThat(tunnelLines(IosConfigWriter.write(spoke(Platform.IOS_15)))).isEqualTo(List.of(
                "interface Tunnel0",
                " ip address 10.0.0.2 255.255.255.0",
                " ip nhrp network-id 1",
                " ip nhrp nhs 10.0.0.1 nbma 1.1.1.2",
                " tunnel source FastEthernet0/0",
                " tunnel mode gre multipoint",
                " tunnel key 7"));
    }

    @Test
    void nhsWithNbmaBecomesMapAndNhsOnIos124() throws Exception {
        assertThat(tunnelLines(IosConfigWriter.write(spoke(Platform.IOS_12_4)))).isEqualTo(List.of(
                "interface Tunnel0",
                " ip address 10.0.0.2 255.255.255.0",
                " ip nhrp map 10.0.0.1 1.1.1.2",
                " ip nhrp network-id 1",
                " ip nhrp nhs 10.0.0.1",
                " tunnel source FastEthernet0/0",
                " tunnel mode gre multipoint",
                " tunnel key 7"));
    }

    @Test
    void ipv6ipTunnelPrintsModeBeforeDestinationOn15AndAfterOn124() throws Exception {
        Interface t = new Interface("Tunnel0", null, null, null, List.of("2001:db8::2/64"), null, null, null, null,
                false, new TunnelSettings(TunnelMode.IPV6IP, "FastEthernet0/0", "216.66.80.26", null, null), null, null)
                .withType(org.labcanvas.model.topology.InterfaceType.TUNNEL);
        Device d15 = Device.of("C", DeviceKind.ROUTER, Platform.IOS_15).withInterfaces(List.of(t));
        assertThat(tunnelLines(IosConfigWriter.write(d15))).isEqualTo(List.of(
                "interface Tunnel0",
                " no ip address",
                " ipv6 address 2001:DB8::2/64",
                " tunnel source FastEthernet0/0",
                " tunnel mode ipv6ip",
                " tunnel destination 216.66.80.26"));
        assertThat(IosConfigWriter.write(d15)).contains("hostname C\n!\nipv6 unicast-routing\n");
        Device d124 = d15.withPlatform(Platform.IOS_12_4);
        assertThat(tunnelLines(IosConfigWriter.write(d124))).endsWith(
                " tunnel destination 216.66.80.26",
                " tunnel mode ipv6ip");
    }

    @Test
    void verbatimLinesReturnAfterTheirAnchor() throws Exception {
        Device d = spoke(Platform.IOS_15);
        List<VerbatimLine> verbatim = List.of(
                new VerbatimLine(null, null, "version 15.4", "a:1"),
                new VerbatimLine(null, "hostname S1", "ip cef", "a:3"),
                new VerbatimLine("interface Tunnel0", "ip nhrp nhs 10.0.0.1 nbma 1.1.1.2", " ip nhrp shortcut-x", "a:9"),
                new VerbatimLine(null, "interface Tunnel0", "line vty 0 4", "a:20"),
                new VerbatimLine("line vty 0 4", null, " login", "a:21"));
        String config = IosConfigWriter.write(d, verbatim);
        assertThat(config).startsWith("!\nversion 15.4\n!\nhostname S1\n!\nip cef\n!\n");
        assertThat(config).contains(" ip nhrp nhs 10.0.0.1 nbma 1.1.1.2\n ip nhrp shortcut-x\n tunnel source");
        assertThat(config).endsWith("!\nline vty 0 4\n login\n!\nend\n");
    }

    @Test
    void badAddressNamesDeviceAndInterface() {
        Device d = Device.of("R9", DeviceKind.ROUTER, Platform.IOS_15)
                .withInterfaces(List.of(Interface.physical("FastEthernet0/0", "10.0.0.256/24")));
        assertThatThrownBy(() -> IosConfigWriter.write(d))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("R9 interface FastEthernet0/0 ipv4: '10.0.0.256/24' is not an IP address");
    }
}
