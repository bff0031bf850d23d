package org.labcanvas.app.ui.findings;

import org.labcanvas.app.ui.properties.DeviceProperties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.edit.EditDevice;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.lint.Finding;
import org.labcanvas.model.lint.Lint;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.FtGroup;
import org.labcanvas.model.topology.FtInterface;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.IpsecProfile;
import org.labcanvas.model.topology.IsakmpPolicy;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.SixInFourClient;
import org.labcanvas.model.topology.StaticRoute;

/**
 * Every field a lint finding names leads to a row of the property sheet that is there for the
 * device of the finding: one broken variant of a reference design per field, linted, and each of
 * its findings looked up.
 */
class FindingFieldsTest {
    private static final Project DUAL = ReferenceDesigns.dmvpnDualHub();
    private static final Project ACE = ReferenceDesigns.aceFtUpgrade();
    private static final Project SIX = ReferenceDesigns.sixInFourTunnelBroker();

    /** A design with {@code device} changed by {@code change}. */
    private static Project with(Project p, String device, UnaryOperator<Device> change) {
        return new EditDevice("test", change.apply(p.topology().require(device))).apply(p);
    }

    private static Project onInterface(Project p, String device, String iface, UnaryOperator<Interface> change) {
        return with(p, device, d -> d.withInterface(iface, change));
    }

    /** Field to a design whose lint names that field. */
    private static Map<String, Project> brokenDesigns() {
        Map<String, Project> out = new TreeMap<>();
        out.put("ipv4", onInterface(DUAL, "R3", "Loopback0", i -> i.withIpv4("2.2.2.2/32")));
        out.put("ipv6", onInterface(DUAL, "R2", "Loopback0", i -> i.withIpv6(List.of("2001:db8::zz/64"))));
        out.put("tunnel", with(DUAL, "R2", d -> d.withStaticRoutes(List.of())));
        out.put("tunnel.destination", onInterface(DUAL, "R2", "Tunnel0", i -> i.withIpv4("10.0.9.2/24")));
        out.put("tunnel.source", onInterface(DUAL, "R2", "Tunnel0", i -> i.withTunnel(i.tunnel().withSource("Serial0/0"))));
        out.put("tunnel.key", onInterface(DUAL, "R2", "Tunnel0", i -> i.withTunnel(i.tunnel().withKey(7L))));
        out.put("tunnel.protection", onInterface(DUAL, "R2", "Tunnel0", i -> i.withTunnel(i.tunnel().withProtection(null))));
        out.put("nhrp.networkId", onInterface(DUAL, "R2", "Tunnel0", i -> i.withNhrp(i.nhrp().withNetworkId(9))));
        out.put("nhrp.servers", onInterface(DUAL, "R2", "Tunnel0", i -> i.withNhrp(i.nhrp().withMaps(List.of()))));
        out.put("nhrp.maps", onInterface(DUAL, "R2", "Tunnel0", i -> i.withNhrp(i.nhrp().withMaps(
                List.of(new org.labcanvas.model.topology.NhrpMap("10.0.0.300", "10.4.0.1"))))));
        out.put("nhrp.mapMulticast", onInterface(DUAL, "R0", "Tunnel0",
                i -> i.withOspf(i.ospf().withNetworkType(OspfNetworkType.POINT_TO_MULTIPOINT))));
        out.put("ospf", onInterface(DUAL, "R2", "Tunnel0", i -> i.withOspf(i.ospf().withHello(5))));
        out.put("ospf.networkType", onInterface(DUAL, "R2", "Tunnel0", i -> i.withOspf(i.ospf().withNetworkType(OspfNetworkType.POINT_TO_POINT))));
        out.put("ospf.priority", onInterface(DUAL, "R0", "Tunnel0", i -> i.withOspf(i.ospf().withPriority(0))));
        out.put("ospf.networks", with(DUAL, "R2", d -> d.withOspf(d.ospf().withNetworks(d.ospf().networks().subList(0, 2)))));
        out.put("ospf.neighbors", with(DUAL, "R2", d -> d.withOspf(d.ospf().withNeighbors(List.of()))));
        out.put("ospf.routerId", with(DUAL, "R3", d -> d.withOspf(d.ospf().withRouterId("2.2.2.2"))));
        out.put("staticRoutes", with(DUAL, "R2", d -> d.withStaticRoutes(List.of(StaticRoute.via("0.0.0.0/0", "10.4.2.300")))));
        // The reference designs' wildcard key is itself a finding (PSK_WILDCARD).
        out.put("crypto.preSharedKeys", DUAL);
        out.put("crypto.profiles", with(DUAL, "R2", d -> d.withCrypto(new CryptoSettings(d.crypto().isakmpPolicies(),
                d.crypto().preSharedKeys(), d.crypto().transformSets(), List.of(new IpsecProfile("myDMVPN", List.of("mySet"), 120, 5))))));
        out.put("crypto.isakmpPolicies", with(DUAL, "R2", d -> d.withCrypto(new CryptoSettings(
                List.of(new IsakmpPolicy(10, "aes 256", null, "pre-share", null, null)),
                d.crypto().preSharedKeys(), d.crypto().transformSets(), d.crypto().profiles()))));
        out.put("ace.peerDevice", with(ACE, "ACE_1", d -> d.withAce(ace(d.ace(), null, d.ace().ftInterface(), d.ace().ftPeer()))));
        out.put("ace.ftPeer", with(ACE, "ACE_1", d -> d.withAce(ace(d.ace(), d.ace().peerDevice(), d.ace().ftInterface(), null))));
        out.put("ace.ftInterface", with(ACE, "ACE_1", d -> d.withAce(ace(d.ace(), d.ace().peerDevice(),
                new FtInterface(100, "192.168.100.1/24", "192.168.100.9"), d.ace().ftPeer()))));
        out.put("ace.ftGroups", with(ACE, "ACE_1", d -> d.withAce(d.ace().withFtGroups(d.ace().ftGroups().stream()
                .map(g -> g.id() != 2 ? g : new FtGroup(g.id(), null, g.priority(), g.peerPriority(), g.preempt(), g.context(), g.inservice()))
                .toList()))));
        out.put("broker.ipv4Endpoint", with(SIX, "BROKER", d -> d.withBroker(new org.labcanvas.model.topology.BrokerSettings("216.66.80.300",
                d.broker().tunnelId(), d.broker().serverIpv6(), d.broker().clientIpv6(), d.broker().routedPrefix()))));
        out.put("sixInFour.updater", with(SIX, "MAC", d -> d.withSixInFour(d.sixInFour().withUpdater(null))));
        out.put("sixInFour.broker", with(SIX, "MAC", d -> d.withSixInFour(client(d.sixInFour(), d.sixInFour().tunnelInterface(), "HE"))));
        out.put("sixInFour.tunnelInterface", with(SIX, "MAC", d -> d.withSixInFour(client(d.sixInFour(), "gif9", d.sixInFour().broker()))));
        return out;
    }

    private static AceSettings ace(AceSettings a, String peerDevice, FtInterface fi, org.labcanvas.model.topology.FtPeer peer) {
        return new AceSettings(peerDevice, fi, peer, a.ftGroups(), a.contexts(), a.tracking(), a.images(), a.bootSystem(), a.runningImage());
    }

    private static SixInFourClient client(SixInFourClient c, String tunnel, String broker) {
        return new SixInFourClient(tunnel, c.remoteIpv6(), c.routedPrefix(), broker, c.dynamicAddress(), c.updater());
    }

    @Test
    void eachBrokenDesignProducesAFindingOnItsField() {
        List<String> missing = new ArrayList<>();
        brokenDesigns().forEach((field, design) -> {
            if (Lint.check(design.topology()).stream().noneMatch(f -> field.equals(f.field()))) {
                missing.add(field);
            }
        });
        assertEquals(List.of(), missing);
        assertEquals(new TreeSet<>(FindingFields.FIELDS), brokenDesigns().keySet());
    }

    @Test
    void everyFindingLeadsToARowThatTheSheetShowsForItsDevice() {
        List<String> lost = new ArrayList<>();
        brokenDesigns().forEach((field, design) -> {
            for (Finding f : Lint.check(design.topology())) {
                String[] target = FindingFields.row(f.field(), f.iface(), design, f.device());
                Device d = design.topology().require(f.device());
                boolean shown = target != null && DeviceProperties.rows(d, f.iface()).stream()
                        .anyMatch(r -> r.category().equals(target[0]) && r.name().equals(target[1]));
                if (!shown) {
                    lost.add(f.field() + " of " + f.line());
                }
            }
        });
        assertEquals(List.of(), lost);
    }

    @Test
    void findingsLeadToTheElementTheyAreAbout() {
        Map<String, Project> broken = brokenDesigns();
        assertThat(FindingFields.row("tunnel.key", "Tunnel0", broken.get("tunnel.key"), "R2")).containsExactly("Tunnel Tunnel0", "Key");
        assertThat(FindingFields.row("tunnel", "Tunnel0", broken.get("tunnel"), "R2")).containsExactly("Tunnel Tunnel0", "Destination");
        assertThat(FindingFields.row("ospf", "Tunnel0", broken.get("ospf"), "R2")).containsExactly("OSPF Tunnel0", "Hello (s)");
        assertThat(FindingFields.row("nhrp.mapMulticast", "Tunnel0", broken.get("nhrp.mapMulticast"), "R0"))
                .containsExactly("NHRP Tunnel0", "Map multicast");
        assertThat(FindingFields.row("crypto.preSharedKeys", null, DUAL, "R2")).containsExactly("Crypto", "Pre-shared key (0.0.0.0)");
        assertThat(FindingFields.row("crypto.profiles", "Tunnel0", broken.get("crypto.profiles"), "R2"))
                .containsExactly("Crypto profile myDMVPN", "PFS group");
        assertThat(FindingFields.row("crypto.isakmpPolicies", "Tunnel0", DUAL, "R2")).containsExactly("ISAKMP policy 10", "Encryption");
        // FT group 2 lost its peer: its Peer row, not the first group's.
        assertThat(FindingFields.row("ace.ftGroups", null, broken.get("ace.ftGroups"), "ACE_1")).containsExactly("FT group 2 (C1)", "Peer");
        assertThat(FindingFields.row("ace.ftPeer", null, broken.get("ace.ftPeer"), "ACE_1")).containsExactly("FT peer", "Configured");
        assertThat(FindingFields.row("ace.ftInterface", null, broken.get("ace.ftInterface"), "ACE_1"))
                .containsExactly("FT interface", "Peer address");
        assertThat(FindingFields.row("ace.peerDevice", null, ACE, "ACE_1")).containsExactly("ACE", "Peer module");
        assertThat(FindingFields.row("sixInFour.updater", "gif0", broken.get("sixInFour.updater"), "MAC"))
                .containsExactly("6in4 client", "Updater");
        assertThat(FindingFields.row("broker.ipv4Endpoint", null, SIX, "BROKER")).containsExactly("Tunnel broker", "IPv4 endpoint");
        assertThat(FindingFields.row("staticRoutes", null, DUAL, "R2")).containsExactly("Static routes", "Routes (prefix via next hop)");
    }

    @Test
    void aFieldWithoutItsObjectLeadsToTheRowThatCreatesIt() {
        Project noNhrp = onInterface(DUAL, "R0", "Tunnel0", i -> i.withNhrp(null));
        assertThat(FindingFields.row("nhrp.mapMulticast", "Tunnel0", noNhrp, "R0")).containsExactly("NHRP Tunnel0", "Configured");
        Project keyless = with(DUAL, "R2", d -> d.withCrypto(new CryptoSettings(d.crypto().isakmpPolicies(), List.of(),
                d.crypto().transformSets(), d.crypto().profiles())));
        assertThat(FindingFields.row("crypto.preSharedKeys", "Tunnel0", keyless, "R2")).containsExactly("Crypto", "Peer keys");
        Project noInterface = with(ACE, "ACE_1", d -> d.withAce(ace(d.ace(), d.ace().peerDevice(), null, d.ace().ftPeer())));
        assertThat(FindingFields.row("ace.ftInterface", null, noInterface, "ACE_1")).containsExactly("FT interface", "Configured");
    }

    @Test
    void unknownFieldsDevicesAndInterfacesLeadNowhere() {
        assertThat(FindingFields.row("bgp.neighbors", null, DUAL, "R2")).isNull();
        // no lint names the OSPF cost, so no finding leads there
        assertThat(FindingFields.row("ospf.cost", "Tunnel0", DUAL, "R2")).isNull();
        assertThat(FindingFields.row(null, null, DUAL, "R2")).isNull();
        assertThat(FindingFields.row("ipv4", "Tunnel0", DUAL, "R9")).isNull();
        assertThat(FindingFields.row("ipv4", null, DUAL, "R2")).isNull();
        // R2 has no OSPF on this copy: the process rows are not there.
        assertThat(FindingFields.row("ospf.networks", null, with(DUAL, "R2", d -> d.withOspf(null)), "R2")).isNull();
    }

    /** Field-like string literals in the lint's sources ({@code "tunnel.key"}), for {@link #everyFieldTheLintNamesIsKnownHere}. */
    private static final Pattern FIELD = Pattern.compile(
            "\"((?:ipv4|ipv6|tunnel|nhrp|ospf|staticRoutes|crypto|ace|broker|sixInFour)(?:\\.[A-Za-z0-9]+)?)\"");

    @Test
    void everyFieldTheLintNamesIsKnownHere() throws IOException {
        Path lint = Path.of("..", "model", "src", "main", "java", "org", "labcanvas", "model", "lint");
        TreeSet<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.list(lint)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = FIELD.matcher(Files.readString(f));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(20);
        assertEquals(named, new TreeSet<>(FindingFields.FIELDS));
    }

    @Test
    void everyFieldWithARowHereIsOneTheLintNames() throws IOException {
        Path source = Path.of("src", "main", "java", "org", "labcanvas", "app", "ui", "findings", "FindingFields.java");
        TreeSet<String> cases = new TreeSet<>();
        Matcher m = Pattern.compile("case \"([^\"]+)\" ->").matcher(Files.readString(source));
        while (m.find()) {
            cases.add(m.group(1));
        }
        assertThat(cases).hasSizeGreaterThan(20);
        assertThat(FindingFields.FIELDS).containsAll(cases);
    }
}
