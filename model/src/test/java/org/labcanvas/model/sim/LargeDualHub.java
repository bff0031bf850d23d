package org.labcanvas.model.sim;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.OspfNeighbor;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;

/**
 * The dual-hub design with {@code n} spokes built like R2 (spoke k: Loopback0 k-th address of
 * 172.16.0.0/16, tunnel addresses in 10.0.0.0/16 and 10.1.0.0/16, WAN 100.64.x.y/30), for scale tests.
 */
final class LargeDualHub {
    private LargeDualHub() {}

    static Topology build(int n) {
        Topology base = ReferenceDesigns.dmvpnDualHub().topology();
        Device template = base.require("R2");
        List<Device> devices = new ArrayList<>();
        for (Device d : base.devices()) {
            if (d.name().equals("R2") || d.name().equals("R3")) {
                continue;
            }
            if (d.name().equals("R0") || d.name().equals("R1")) {
                String t = d.name().equals("R0") ? "Tunnel0" : "Tunnel1";
                String addr = d.name().equals("R0") ? "10.0.0.1/16" : "10.1.0.1/16";
                String net = d.name().equals("R0") ? "10.0.0.0" : "10.1.0.0";
                d = d.withInterface(t, i -> i.withIpv4(addr))
                        .withOspf(d.ospf().withNetworks(List.of(new OspfNetwork(net, "0.0.255.255", 10),
                                new OspfNetwork("10.10.10.0", "0.0.0.255", 10))));
            }
            devices.add(d);
        }
        List<Link> links = new ArrayList<>(base.links().stream().filter(l -> !l.touches("R2") && !l.touches("R3")).toList());
        for (int k = 0; k < n; k++) {
            int host = k + 2;
            String hi = (host >> 8) + "." + (host & 255);
            String name = "S" + (k + 1);
            String loop = "172.16." + hi;
            int wanBase = k * 4;
            String wan = "100." + (64 + (wanBase >> 16)) + "." + ((wanBase >> 8) & 255) + "." + ((wanBase & 255) + 1);
            String gw = "100." + (64 + (wanBase >> 16)) + "." + ((wanBase >> 8) & 255) + "." + ((wanBase & 255) + 2);
            Device s = template.withName(name)
                    .withInterface("Loopback0", i -> i.withIpv4(loop + "/32"))
                    .withInterface("Tunnel0", i -> i.withIpv4("10.0." + hi + "/16"))
                    .withInterface("Tunnel1", i -> i.withIpv4("10.1." + hi + "/16"))
                    .withInterface("FastEthernet1/0", i -> i.withIpv4(wan + "/30"))
                    .withStaticRoutes(List.of(StaticRoute.via("0.0.0.0/0", gw)))
                    .withOspf(OspfProcess.of(1, List.of(
                                    new OspfNetwork(loop, "0.0.0.0", 10),
                                    new OspfNetwork("10.0.0.0", "0.0.255.255", 10),
                                    new OspfNetwork("10.1.0.0", "0.0.255.255", 10)))
                            .withNeighbors(List.of(OspfNeighbor.of("10.0.0.1"), OspfNeighbor.of("10.1.0.1"))));
            devices.add(s);
            links.add(new Link(Endpoint.node(ReferenceDesigns.INTERNET), Endpoint.of(name, "FastEthernet1/0")));
        }
        return new Topology(devices, links);
    }
}
