package org.labcanvas.model.configs;

import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;
import java.util.List;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.RouterRole;
import org.labcanvas.model.topology.SixInFourClient;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

/** The one golden runner: every file the four reference designs export. */
class ExportGoldenTest {
    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("dmvpn-single-hub", ReferenceDesigns.dmvpnSingleHub()),
                Arguments.of("dmvpn-dual-hub", ReferenceDesigns.dmvpnDualHub()),
                Arguments.of("ace-ft-upgrade", ReferenceDesigns.aceFtUpgrade()),
                Arguments.of("six-in-four", ReferenceDesigns.sixInFourTunnelBroker()),
                Arguments.of("six-in-four-freebsd", sixInFourOn(Platform.FREEBSD)),
                Arguments.of("six-in-four-linux", sixInFourOn(Platform.LINUX)),
                Arguments.of("six-in-four-ios-router", sixInFourIosRouter()));
    }

    /** Scenario 4 with its host on another OS (the interface keeps its name, gif0). */
    static Project sixInFourOn(Platform platform) {
        Project p = ReferenceDesigns.sixInFourTunnelBroker();
        return p.withTopology(p.topology().withDevice("MAC", d -> d.withPlatform(platform)));
    }

    /** Scenario 4 with an IOS 15 router as the client: {@code tunnel mode ipv6ip}, IPv6 default route into the tunnel. */
    static Project sixInFourIosRouter() {
        Project p = ReferenceDesigns.sixInFourTunnelBroker();
        Interface wan = Interface.physical("FastEthernet0/0", "203.0.113.45/24");
        Interface tunnel = new Interface("Tunnel0", InterfaceType.TUNNEL, "6in4 to the tunnel broker", null,
                List.of("2001:db8::2/128"), null, null, null, null, false,
                new TunnelSettings(TunnelMode.IPV6IP, "FastEthernet0/0", ReferenceDesigns.BROKER_IPV4, null, null),
                null, null);
        Device router = new Device("HOME", DeviceKind.ROUTER, Platform.IOS_15, null, RouterRole.OTHER,
                List.of(wan, tunnel),
                List.of(StaticRoute.via("0.0.0.0/0", "203.0.113.1"), new StaticRoute("::/0", null, "Tunnel0", null)),
                null, null, null, new SixInFourClient("Tunnel0", "2001:db8::1", "2001:db8:1::/64", "BROKER", false, null),
                null);
        Topology t = p.topology().withoutDevice("MAC").withDevice(router)
                .withLink(new Link(Endpoint.node(ReferenceDesigns.INTERNET), Endpoint.of("HOME", "FastEthernet0/0")));
        return p.withTopology(t);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void exportMatchesGoldenFiles(String scenario, Project project) throws Exception {
        GoldenFiles.check(scenario, ConfigExport.render(project.topology(), EnumSet.allOf(ExportKind.class), Map.of()));
    }
}
