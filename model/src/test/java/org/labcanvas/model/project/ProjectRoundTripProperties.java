package org.labcanvas.model.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.labcanvas.model.layout.Layout;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.topology.AceContext;
import org.labcanvas.model.topology.AceImage;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.BrokerSettings;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.FtGroup;
import org.labcanvas.model.topology.FtInterface;
import org.labcanvas.model.topology.FtPeer;
import org.labcanvas.model.topology.FtTrack;
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
import org.labcanvas.model.topology.SixInFourClient;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TransformSet;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;
import org.labcanvas.model.topology.UpdaterSettings;

/** {@code load(save(x)) == x} for generated projects covering every part of the model. */
class ProjectRoundTripProperties {

    @Property(tries = 150)
    void savedProjectsLoadBackEqual(@ForAll("projects") Project p) throws IOException {
        Path dir = Files.createTempDirectory("roundtrip");
        try {
            Path f = dir.resolve("p.labcanvas");
            ProjectFile.save(p, f);
            Project back = ProjectFile.load(f);
            assertEquals(p.topology().devices(), back.topology().devices());
            assertEquals(p, back);
        } finally {
            try (var s = Files.list(dir)) {
                for (Path q : s.toList()) {
                    Files.delete(q);
                }
            }
            Files.delete(dir);
        }
    }

    @Property(tries = 100)
    void serialisationIsDeterministic(@ForAll("projects") Project p) throws IOException {
        String once = ProjectFile.toJson(p);
        assertEquals(once, ProjectFile.toJson(ProjectFile.parse(once, "p")));
    }

    @Provide
    Arbitrary<Project> projects() {
        return Combinators.combine(
                        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20),
                        rawDevices().list().ofMinSize(0).ofMaxSize(8),
                        Arbitraries.integers().between(0, 1_000_000))
                .as((name, raws, seed) -> assemble(name, raws, seed));
    }

    /** Names, links and cross-references are fixed up afterwards so the project is structurally valid. */
    private static Project assemble(String name, List<Device> raws, int seed) {
        List<Device> devices = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            devices.add(raws.get(i).withName(raws.get(i).kind().name().charAt(0) + "D" + i));
        }
        String broker = devices.stream().filter(d -> d.kind() == DeviceKind.BROKER).map(Device::name).findFirst().orElse(null);
        String ace = devices.stream().filter(d -> d.kind() == DeviceKind.ACE).map(Device::name).findFirst().orElse(null);
        for (int i = 0; i < devices.size(); i++) {
            Device d = devices.get(i);
            if (d.sixInFour() != null) {
                String tunnel = d.interfaces().stream().filter(Interface::isTunnel).map(Interface::name).findFirst().orElse(null);
                d = broker == null || tunnel == null ? d.withSixInFour(null)
                        : d.withSixInFour(new SixInFourClient(tunnel, d.sixInFour().remoteIpv6(), d.sixInFour().routedPrefix(),
                        broker, d.sixInFour().dynamicAddress(), d.sixInFour().updater()));
            }
            if (d.ace() != null) {
                AceSettings a = d.ace();
                d = d.withAce(new AceSettings(ace, a.ftInterface(), a.ftPeer(), a.ftGroups(), a.contexts(), a.tracking(),
                        a.images(), a.bootSystem(), a.runningImage()));
            }
            devices.set(i, d);
        }
        List<Link> links = new ArrayList<>();
        List<Endpoint> free = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        for (Device d : devices) {
            if (d.kind().isSegment()) {
                segments.add(d.name());
            }
            for (Interface f : d.interfaces()) {
                if (f.type() == InterfaceType.PHYSICAL || f.type() == InterfaceType.VLAN) {
                    free.add(Endpoint.of(d.name(), f.name()));
                }
            }
        }
        int k = seed;
        while (free.size() >= 2 && (k & 3) != 0) {
            Endpoint a = free.remove(0);
            if (!segments.isEmpty() && (k & 4) != 0) {
                links.add(Link.between(a, Endpoint.node(segments.get(k % segments.size()))));
            } else {
                links.add(Link.between(a, free.remove(free.size() - 1)));
            }
            k = k / 2 + 7;
        }
        Layout layout = Layout.EMPTY;
        for (int i = 0; i < devices.size(); i++) {
            if ((seed >> i & 1) == 0) {
                layout = layout.with(devices.get(i).name(), new Placement(i * 13.5, seed % 997, i % 3 * 10.0, 0));
            }
        }
        return Project.of(name, new Topology(devices, links), layout);
    }

    private Arbitrary<Device> rawDevices() {
        Arbitrary<DeviceKind> kinds = Arbitraries.of(DeviceKind.class);
        return kinds.flatMap(kind -> Combinators.combine(
                Arbitraries.of(Platform.class),
                Arbitraries.strings().alpha().numeric().ofMaxLength(12).injectNull(0.5),
                Arbitraries.of(RouterRole.class).injectNull(0.3),
                interfaces(),
                staticRoutes(),
                ospf().injectNull(0.4),
                crypto().injectNull(0.5),
                Arbitraries.just(kind)).as((platform, version, role, ifs, routes, ospf, crypto, k) -> new Device(
                        "x", k, platform, version, role, ifs, routes, ospf, crypto,
                        k == DeviceKind.ACE ? aceSettings(ifs.size()) : null,
                        k == DeviceKind.HOST || k == DeviceKind.ROUTER ? sixInFour(ifs.size()) : null,
                        k == DeviceKind.BROKER ? new BrokerSettings("216.66.80.26", "T" + ifs.size(), "2001:db8::1/64",
                                "2001:db8::2/64", ifs.size() % 2 == 0 ? null : "2001:db8:1::/64") : null)));
    }

    private Arbitrary<List<Interface>> interfaces() {
        return Combinators.combine(
                        Arbitraries.of(InterfaceType.class),
                        Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(3).map(s -> "10.0." + s + ".1/24").injectNull(0.2),
                        Arbitraries.of("2001:db8::2/128", "fe80::1/64").list().ofMaxSize(2),
                        Arbitraries.integers().between(1, 10_000_000).injectNull(0.7),
                        Arbitraries.of(true, false),
                        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30).injectNull(0.7),
                        Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.6),
                        ospfInterface().injectNull(0.6))
                .as((type, v4, v6, bw, shut, descr, redirects, ospf) -> new Interface("x", type, descr, v4, v6, bw,
                        bw == null ? null : 1400, bw == null ? null : 1360, redirects, shut,
                        type == InterfaceType.TUNNEL ? tunnel(bw) : null,
                        type == InterfaceType.TUNNEL && !shut ? nhrp(bw) : null, ospf))
                .list().ofMaxSize(5)
                .map(list -> {
                    List<Interface> named = new ArrayList<>();
                    Set<String> seen = new HashSet<>();
                    for (int i = 0; i < list.size(); i++) {
                        Interface f = list.get(i);
                        String n = switch (f.type()) {
                            case TUNNEL -> "Tunnel" + i;
                            case LOOPBACK -> "Loopback" + i;
                            case VLAN -> "vlan" + i;
                            case PHYSICAL -> "GigabitEthernet0/" + i;
                        };
                        if (seen.add(n)) {
                            named.add(f.withName(n));
                        }
                    }
                    return named;
                });
    }

    private static TunnelSettings tunnel(Integer seed) {
        int s = seed == null ? 0 : seed;
        TunnelMode mode = TunnelMode.values()[s % 3];
        return new TunnelSettings(mode, "GigabitEthernet0/0", mode == TunnelMode.GRE_MULTIPOINT ? null : "1.1.1." + (s % 250 + 1),
                s % 2 == 0 ? null : (long) s, s % 3 == 0 ? null : "myDMVPN");
    }

    private static NhrpSettings nhrp(Integer seed) {
        int s = seed == null ? 0 : seed;
        return new NhrpSettings(s % 100, s % 2 == 0 ? null : 600, s % 5 == 0 ? Secret.of("nhrp" + s) : null,
                List.of(new NhrpMap("10.0.0.1", "1.1.1.2")), s % 3 == 0 ? List.of("dynamic") : List.of("1.1.1.2"),
                List.of(new NhrpServer("10.0.0.1", s % 2 == 0 ? null : "1.1.1.2")), s % 7 == 0, s % 11 == 0, s % 13 == 0);
    }

    private Arbitrary<OspfInterfaceSettings> ospfInterface() {
        return Combinators.combine(
                Arbitraries.of(OspfNetworkType.class).injectNull(0.3),
                Arbitraries.integers().between(1, 65535).injectNull(0.3),
                Arbitraries.integers().between(0, 255).injectNull(0.3),
                Arbitraries.integers().between(1, 65535).injectNull(0.5),
                Arbitraries.integers().between(1, 65535).injectNull(0.5)).as(OspfInterfaceSettings::new);
    }

    private Arbitrary<List<StaticRoute>> staticRoutes() {
        return Combinators.combine(
                        Arbitraries.of("0.0.0.0/0", "10.0.0.0/8", "::/0"),
                        Arbitraries.of("1.1.1.1", "2001:db8::1").injectNull(0.2),
                        Arbitraries.of("Tunnel0").injectNull(0.8),
                        Arbitraries.integers().between(1, 255).injectNull(0.7))
                .as(StaticRoute::new).list().ofMaxSize(3);
    }

    private Arbitrary<OspfProcess> ospf() {
        return Combinators.combine(
                Arbitraries.integers().between(1, 65535),
                Arbitraries.of("1.1.1.1", "2.2.2.2").injectNull(0.5),
                Arbitraries.integers().between(1, 4_294_967).injectNull(0.7),
                Arbitraries.of(new OspfNetwork("10.0.0.0", "0.0.0.255", 10), new OspfNetwork("2.2.2.2", "0.0.0.0", 0)).list().ofMaxSize(3),
                Arbitraries.of(new OspfNeighbor("10.0.0.1", null, null), new OspfNeighbor("10.1.1.1", 1, 60)).list().ofMaxSize(2),
                Arbitraries.of("Loopback0", "GigabitEthernet0/1").list().ofMaxSize(2),
                Arbitraries.of(true, false)).as(OspfProcess::new);
    }

    private Arbitrary<CryptoSettings> crypto() {
        Arbitrary<IsakmpPolicy> policies = Combinators.combine(
                Arbitraries.integers().between(1, 10000),
                Arbitraries.of("aes", "3des", "aes 256").injectNull(0.4),
                Arbitraries.of("sha", "md5", "sha256").injectNull(0.4),
                Arbitraries.of("pre-share", "rsa-sig").injectNull(0.3),
                Arbitraries.of(1, 2, 5, 14).injectNull(0.4),
                Arbitraries.integers().between(60, 86400).injectNull(0.6)).as(IsakmpPolicy::new);
        Arbitrary<PreSharedKey> keys = Combinators.combine(
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(40),
                Arbitraries.of("0.0.0.0", "1.1.1.2")).as((k, a) -> new PreSharedKey(Secret.of(k), a, "0.0.0.0".equals(a) ? "0.0.0.0" : "255.255.255.255"));
        return Combinators.combine(policies.list().ofMaxSize(2), keys.list().ofMaxSize(2),
                        Arbitraries.of(new TransformSet("mySet", List.of("esp-aes", "esp-sha-hmac"), null),
                                new TransformSet("t2", List.of("esp-3des", "esp-md5-hmac"), "transport")).list().ofMaxSize(2),
                        Arbitraries.of(new IpsecProfile("myDMVPN", List.of("mySet"), 120, 2),
                                new IpsecProfile("p2", List.of("t2", "mySet"), null, null)).list().ofMaxSize(2))
                .as(CryptoSettings::new);
    }

    private static AceSettings aceSettings(int seed) {
        return new AceSettings(null, new FtInterface(4000, "192.168.100.1/24", "192.168.100.2"),
                new FtPeer(1, seed % 2 == 0 ? null : 100, seed % 2 == 0 ? null : 10, 4000),
                List.of(new FtGroup(1, 1, 120, 90, seed % 2 == 0, "Admin", true), new FtGroup(2, seed % 3 == 0 ? null : 1, 100, 100, true, "C1", false)),
                List.of(new AceContext("Admin", 0, List.of()), new AceContext("C1", 4, List.of(100, 200))),
                seed % 2 == 0 ? List.of() : List.of(new FtTrack("t1", "interface", "vlan 100", 1, 20, 10)),
                List.of(new AceImage("c6ace-t1k9-mz.A2_1_4a.bin", "A2(1.4a)", 29_000_000L + seed)),
                List.of("image:c6ace-t1k9-mz.A2_1_4a.bin"), seed % 2 == 0 ? null : "c6ace-t1k9-mz.A2_1_4a.bin");
    }

    private static SixInFourClient sixInFour(int seed) {
        if (seed % 2 == 1) {
            return null;
        }
        return new SixInFourClient("gif0", "2001:db8::1", seed % 4 == 0 ? null : "2001:db8:1::/64", "B", seed % 3 == 0,
                seed % 3 == 0 ? new UpdaterSettings(10, "user" + seed, Secret.of("k" + seed + "xyz"), UpdaterSettings.DEFAULT_UPDATE_URL,
                        UpdaterSettings.DEFAULT_IP_CHECK_URL) : null);
    }

}
