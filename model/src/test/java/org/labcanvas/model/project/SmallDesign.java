package org.labcanvas.model.project;

import java.util.List;
import org.labcanvas.model.layout.Layout;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.IpsecProfile;
import org.labcanvas.model.topology.IsakmpPolicy;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.NhrpSettings;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.PreSharedKey;
import org.labcanvas.model.topology.RouterRole;
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TransformSet;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

/** A hub, a spoke and the Internet: enough to exercise every part of the file format. */
final class SmallDesign {
    static final String PSK = "Correct-Horse-Battery-9";

    private SmallDesign() {}

    static Project project() {
        CryptoSettings crypto = new CryptoSettings(
                List.of(IsakmpPolicy.preShare(10)),
                List.of(new PreSharedKey(Secret.of(PSK), "0.0.0.0", "0.0.0.0")),
                List.of(new TransformSet("mySet", List.of("esp-aes", "esp-sha-hmac"), null)),
                List.of(new IpsecProfile("myDMVPN", List.of("mySet"), 120, 2)));
        Device hub = Device.of("R1", DeviceKind.ROUTER, Platform.IOS_12_4).withRole(RouterRole.HUB)
                .withInterfaces(List.of(
                        Interface.physical("FastEthernet0/0", "1.1.1.2/24"),
                        Interface.tunnel("Tunnel0", "10.10.10.1/24",
                                        new TunnelSettings(TunnelMode.GRE_MULTIPOINT, "FastEthernet0/0", null, 1L, "myDMVPN"))
                                .withNhrp(NhrpSettings.of(1).withMapMulticast(List.of("dynamic")))))
                .withStaticRoutes(List.of(StaticRoute.via("0.0.0.0/0", "1.1.1.1")))
                .withCrypto(crypto);
        Device spoke = Device.of("R2", DeviceKind.ROUTER, Platform.IOS_12_4).withRole(RouterRole.SPOKE)
                .withInterfaces(List.of(
                        Interface.physical("FastEthernet0/0", "2.2.2.2/24"),
                        Interface.tunnel("Tunnel0", "10.10.10.2/24",
                                        new TunnelSettings(TunnelMode.GRE_P2P, "FastEthernet0/0", "1.1.1.2", 1L, "myDMVPN"))
                                .withNhrp(NhrpSettings.of(1)
                                        .withMaps(List.of(new NhrpMap("10.10.10.1", "1.1.1.2")))
                                        .withServers(List.of(NhrpServer.of("10.10.10.1"))))))
                .withStaticRoutes(List.of(StaticRoute.via("0.0.0.0/0", "2.2.2.1")))
                .withCrypto(crypto);
        Device internet = Device.of("Internet", DeviceKind.INTERNET, Platform.GENERIC);
        Topology t = new Topology(List.of(hub, spoke, internet), List.of(
                Link.between(Endpoint.of("R1", "FastEthernet0/0"), Endpoint.node("Internet")),
                Link.between(Endpoint.of("R2", "FastEthernet0/0"), Endpoint.node("Internet"))));
        Layout layout = Layout.EMPTY.with("R1", Placement.at(400, 100)).with("R2", Placement.at(200, 400))
                .with("Internet", Placement.at(400, 250));
        return Project.of("small", t, layout);
    }
}
