package org.labcanvas.model.ios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.labcanvas.model.configs.ConfigExport;
import org.labcanvas.model.configs.ExportKind;
import org.labcanvas.model.configs.GeneratedFile;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.IpsecProfile;
import org.labcanvas.model.topology.IsakmpPolicy;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.NhrpSettings;
import org.labcanvas.model.topology.OspfInterfaceSettings;
import org.labcanvas.model.topology.OspfNeighbor;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.PreSharedKey;
import org.labcanvas.model.topology.RouterRole;
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TransformSet;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

/**
 * {@code import(export(design)) == design} for generated DMVPN designs: one hub and up to five
 * spokes on IOS 12.4 or 15.x, each behind the Internet cloud, with random interface, NHRP, OSPF and
 * crypto settings in the form an import produces (IOS defaults left unset, as IOS leaves them out).
 */
class RoundTripProperties {
    @Property(tries = 300)
    void importOfExportGivesTheDesignBack(@ForAll long seed) throws Exception {
        Random rnd = new Random(seed);
        Platform platform = rnd.nextBoolean() ? Platform.IOS_15 : Platform.IOS_12_4;
        Topology design = design(rnd, platform);
        Map<String, String> texts = new LinkedHashMap<>();
        for (GeneratedFile f : ConfigExport.render(design, EnumSet.of(ExportKind.CONFIGS), Map.of())) {
            texts.put(f.fileName(), f.content());
        }
        ImportResult back = IosImport.importTexts(texts, platform);
        Topology got = back.project().topology();
        for (int i = 0; i < Math.min(got.devices().size(), design.devices().size()); i++) {
            assertThat(got.devices().get(i)).isEqualTo(design.devices().get(i));
        }
        assertThat(got.links()).isEqualTo(design.links());
        assertThat(got).isEqualTo(design);
        assertThat(back.verbatim().values()).allMatch(List::isEmpty);
    }

    static Topology design(Random rnd, Platform platform) {
        int routers = 1 + rnd.nextInt(5);
        long networkId = 1 + rnd.nextInt(100000);
        Long key = rnd.nextBoolean() ? (long) rnd.nextInt(100000) : null;
        Secret auth = rnd.nextInt(3) == 0 ? Secret.of("k" + rnd.nextInt(999999)) : null;
        CryptoSettings crypto = rnd.nextBoolean() ? crypto(rnd) : null;
        String protection = crypto == null ? null : "prof";
        List<Device> devices = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 1; i <= routers; i++) {
            boolean hub = i == 1;
            String wanName = "FastEthernet0/0";
            List<Interface> ifs = new ArrayList<>();
            ifs.add(decorate(rnd, Interface.physical(wanName, "100.64." + i + ".2/24"), false));
            if (rnd.nextBoolean()) {
                ifs.add(decorate(rnd, Interface.loopback("Loopback0", i + "." + i + "." + i + "." + i + "/32"), false));
            }
            NhrpSettings nhrp = NhrpSettings.of(networkId).withAuthentication(auth)
                    .withHoldtime(rnd.nextBoolean() ? 60 + rnd.nextInt(7000) : null);
            TunnelSettings ts;
            if (hub) {
                nhrp = nhrp.withMapMulticast(List.of(NhrpSettings.MULTICAST_DYNAMIC)).withRedirect(rnd.nextBoolean());
                ts = new TunnelSettings(TunnelMode.GRE_MULTIPOINT, wanName, null, key, protection);
            } else {
                boolean nbmaForm = platform == Platform.IOS_15 && rnd.nextBoolean();
                nhrp = nbmaForm
                        ? nhrp.withServers(List.of(new NhrpServer("10.0.0.1", "100.64.1.2")))
                        : nhrp.withMaps(List.of(new NhrpMap("10.0.0.1", "100.64.1.2")))
                                .withServers(List.of(NhrpServer.of("10.0.0.1")));
                nhrp = nhrp.withShortcut(rnd.nextBoolean()).withRegistrationNoUnique(rnd.nextBoolean());
                boolean multipoint = rnd.nextBoolean();
                ts = new TunnelSettings(multipoint ? TunnelMode.GRE_MULTIPOINT : TunnelMode.GRE_P2P, wanName,
                        multipoint ? null : "100.64.1.2", key, protection);
            }
            ifs.add(decorate(rnd, Interface.tunnel("Tunnel0", "10.0.0." + i + "/24", ts).withNhrp(nhrp), true));
            List<StaticRoute> routes = new ArrayList<>();
            routes.add(StaticRoute.via("0.0.0.0/0", "100.64." + i + ".1"));
            if (rnd.nextBoolean()) {
                routes.add(new StaticRoute("192.168." + i + ".0/24", "10.0.0.1", null,
                        rnd.nextBoolean() ? 1 + rnd.nextInt(250) : null));
            }
            if (rnd.nextBoolean()) {
                routes.add(new StaticRoute("172.16." + i + ".0/24", null, "Tunnel0", null));
            }
            OspfProcess ospf = rnd.nextBoolean() ? ospf(rnd, i, ifs) : null;
            devices.add(new Device("R" + i, DeviceKind.ROUTER, platform, null, hub ? RouterRole.HUB : RouterRole.SPOKE,
                    ifs, routes, ospf, crypto, null, null, null));
            links.add(new Link(Endpoint.node("Internet"), Endpoint.of("R" + i, wanName)));
        }
        devices.add(Device.of("Internet", DeviceKind.INTERNET, Platform.GENERIC));
        return new Topology(devices, links);
    }

    private static Interface decorate(Random rnd, Interface i, boolean tunnel) {
        if (rnd.nextInt(3) == 0) {
            i = i.withDescription("link " + rnd.nextInt(100) + " to site");
        }
        if (rnd.nextInt(3) == 0) {
            i = i.withBandwidth(1000 + rnd.nextInt(100000));
        }
        if (tunnel && rnd.nextBoolean()) {
            i = i.withMtu(1400).withTcpAdjustMss(1360);
        }
        if (rnd.nextBoolean()) {
            i = i.withIpRedirects(false);
        }
        if (rnd.nextInt(5) == 0) {
            i = i.withShutdown(true);
        }
        if (i.type() != InterfaceType.LOOPBACK && rnd.nextBoolean()) {
            OspfNetworkType[] types = {OspfNetworkType.BROADCAST, OspfNetworkType.NON_BROADCAST,
                    OspfNetworkType.POINT_TO_POINT, OspfNetworkType.POINT_TO_MULTIPOINT};
            OspfInterfaceSettings o = new OspfInterfaceSettings(
                    rnd.nextBoolean() ? types[rnd.nextInt(types.length)] : null,
                    rnd.nextBoolean() ? 1 + rnd.nextInt(1000) : null,
                    rnd.nextBoolean() ? (rnd.nextBoolean() ? 0 : 2 + rnd.nextInt(254)) : null,
                    rnd.nextBoolean() ? 5 + rnd.nextInt(30) : null,
                    rnd.nextBoolean() ? 40 + rnd.nextInt(80) : null);
            // an import has no way to tell "configured, all defaults" from "not configured"
            i = i.withOspf(o.equals(OspfInterfaceSettings.DEFAULTS) ? null : o);
        }
        return i;
    }

    private static OspfProcess ospf(Random rnd, int i, List<Interface> ifs) {
        List<OspfNetwork> networks = new ArrayList<>();
        networks.add(new OspfNetwork("10.0.0.0", "0.0.0.255", rnd.nextInt(3)));
        if (rnd.nextBoolean()) {
            networks.add(new OspfNetwork("100.64." + i + ".2", "0.0.0.0", 0));
        }
        List<OspfNeighbor> neighbors = new ArrayList<>();
        if (i > 1 && rnd.nextBoolean()) {
            neighbors.add(new OspfNeighbor("10.0.0.1", rnd.nextBoolean() ? 1 + rnd.nextInt(255) : null,
                    rnd.nextBoolean() ? 10 + rnd.nextInt(200) : null));
        }
        boolean passiveDefault = rnd.nextBoolean();
        List<String> passive = rnd.nextBoolean() ? List.of(ifs.get(0).name()) : List.of();
        return new OspfProcess(1 + rnd.nextInt(65535), rnd.nextBoolean() ? i + ".0.0." + i : null,
                rnd.nextBoolean() ? 1000 : null, networks, neighbors, passive, passiveDefault);
    }

    private static CryptoSettings crypto(Random rnd) {
        String[] enc = {null, "aes", "3des", "aes 256"};
        String[] hash = {null, "md5", "sha256"};
        Integer[] group = {null, 2, 5, 14};
        IsakmpPolicy policy = new IsakmpPolicy(1 + rnd.nextInt(100), enc[rnd.nextInt(enc.length)],
                hash[rnd.nextInt(hash.length)], "pre-share", group[rnd.nextInt(group.length)],
                rnd.nextBoolean() ? 3600 : null);
        return new CryptoSettings(List.of(policy),
                List.of(new PreSharedKey(Secret.of("psk" + rnd.nextInt(99999)), PreSharedKey.ANY, PreSharedKey.ANY)),
                List.of(new TransformSet("ts", List.of("esp-aes", "esp-sha-hmac"), rnd.nextBoolean() ? "transport" : null)),
                List.of(new IpsecProfile("prof", List.of("ts"), rnd.nextBoolean() ? 120 + rnd.nextInt(3000) : null,
                        rnd.nextBoolean() ? 2 : null)));
    }
}
