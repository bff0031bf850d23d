package org.labcanvas.model.show.host;

import java.util.List;
import org.labcanvas.model.generate.ReferenceDesigns;
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

/** Scenario 4 and its variants: the client on another OS, an IOS router as the client, a smaller IPv4 MTU. */
public final class SixInFourDesigns {
    private SixInFourDesigns() {}

    /** The sample: MAC on macOS. */
    public static Topology macos() {
        return ReferenceDesigns.sixInFourTunnelBroker().topology();
    }

    /** The sample with MAC on {@code platform} (the interface keeps its name, gif0). */
    public static Topology on(Platform platform) {
        return macos().withDevice("MAC", d -> d.withPlatform(platform));
    }

    /** The sample behind a PPPoE line: en0's MTU is 1492 while gif0 keeps 1480. */
    public static Topology pppoe() {
        return macos().withDevice("MAC", d -> d.withInterface("en0", i -> i.withMtu(1492)));
    }

    /** An IOS 15 router HOME as the client: {@code Tunnel0} in {@code tunnel mode ipv6ip}, {@code ipv6 route ::/0 Tunnel0}. */
    public static Topology iosRouter() {
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
        return macos().withoutDevice("MAC").withDevice(router)
                .withLink(new Link(Endpoint.node(ReferenceDesigns.INTERNET), Endpoint.of("HOME", "FastEthernet0/0")));
    }
}
