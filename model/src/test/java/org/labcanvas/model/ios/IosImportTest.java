package org.labcanvas.model.ios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.configs.ConfigExport;
import org.labcanvas.model.configs.ExportKind;
import org.labcanvas.model.configs.GeneratedFile;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.RouterRole;
import org.labcanvas.model.topology.Topology;

class IosImportTest {
    static final Path DUAL_HUB = Path.of("src/test/resources/ios/dual-hub");

    static List<Path> dualHubFiles() {
        return List.of("R0.cfg", "R1.cfg", "R2.cfg", "R3.cfg").stream().map(DUAL_HUB::resolve).toList();
    }

    static Map<String, String> exportConfigs(ImportResult r) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (GeneratedFile f : ConfigExport.render(r.project().topology(), EnumSet.of(ExportKind.CONFIGS), r.verbatim())) {
            out.put(f.fileName(), f.content());
        }
        return out;
    }

    /** The command lines of a config: no comments, blank lines, preamble or {@code end}; trailing spaces removed. */
    static List<String> commands(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n")) {
            String s = l.stripTrailing();
            if (s.isBlank() || s.strip().startsWith("!") || s.equals("end") || s.startsWith("Building configuration")
                    || s.startsWith("Current configuration")) {
                continue;
            }
            out.add(s);
        }
        return out;
    }

    @Test
    void dualHubConfigsBecomeHubsSpokesLanAndInternet() throws Exception {
        ImportResult r = IosImport.importConfigs(dualHubFiles(), Platform.IOS_15);
        Topology t = r.project().topology();
        assertThat(t.devices().stream().map(Device::name).toList())
                .isEqualTo(List.of("R0", "R1", "R2", "R3", "LAN-10.10.10.0-24", "Internet"));
        assertThat(t.devices().stream().limit(4).map(Device::role).toList())
                .isEqualTo(List.of(RouterRole.HUB, RouterRole.HUB, RouterRole.SPOKE, RouterRole.SPOKE));
        assertThat(t.links()).isEqualTo(List.of(
                new Link(Endpoint.node("LAN-10.10.10.0-24"), Endpoint.of("R0", "FastEthernet2/0")),
                new Link(Endpoint.node("LAN-10.10.10.0-24"), Endpoint.of("R1", "FastEthernet2/0")),
                new Link(Endpoint.node("Internet"), Endpoint.of("R0", "FastEthernet2/1")),
                new Link(Endpoint.node("Internet"), Endpoint.of("R1", "FastEthernet2/1")),
                new Link(Endpoint.node("Internet"), Endpoint.of("R2", "FastEthernet1/0")),
                new Link(Endpoint.node("Internet"), Endpoint.of("R3", "FastEthernet1/0"))));
        Device r2 = t.require("R2");
        assertThat(r2.ospf().neighbors()).hasSize(2);
        assertThat(r2.iface("Tunnel0").orElseThrow().ospf().priority()).isZero();
        assertThat(r2.crypto().preSharedKeys().get(0).isWildcard()).isTrue();
        assertThat(r2.crypto().transformSets().get(0).mode()).isNull();
    }

    @Test
    void unmodelledLinesAreReportedWithFileAndLine() throws Exception {
        ImportResult r = IosImport.importConfigs(dualHubFiles(), Platform.IOS_15);
        assertThat(r.notes().get(0).text()).isEqualTo("R0.cfg:7: INFO kept verbatim (not in the model): version 15.4");
        assertThat(r.notes()).extracting(ImportNote::text)
                .contains("R2.cfg:64: INFO kept verbatim (not in the model): duplex full");
    }

    @Test
    void exportOfImportKeepsEveryCommandLineAndIsStable() throws Exception {
        ImportResult first = IosImport.importConfigs(dualHubFiles(), Platform.IOS_15);
        Map<String, String> exported = exportConfigs(first);
        for (Path p : dualHubFiles()) {
            String source = Files.readString(p, StandardCharsets.UTF_8);
            List<String> out = commands(exported.get(p.getFileName().toString()));
            for (String line : commands(source)) {
                // IOS pads the 15.x wildcard key; our export spells the mask out
                String expected = line.endsWith("address 0.0.0.0") ? line + " 0.0.0.0" : line;
                assertThat(out).as(p.getFileName() + " keeps '" + line + "'").contains(expected);
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        exported.forEach(texts::put);
        ImportResult second = IosImport.importTexts(texts, Platform.IOS_15);
        assertThat(second.project().topology()).isEqualTo(first.project().topology());
        assertThat(exportConfigs(second)).isEqualTo(exported);
    }

    @Test
    void verbatimLinesStayInTheirBlockAndOrder() throws Exception {
        ImportResult r = IosImport.importConfigs(dualHubFiles(), Platform.IOS_15);
        String r0 = exportConfigs(r).get("R0.cfg");
        assertThat(r0).startsWith("!\nversion 15.4\nservice timestamps debug datetime msec\n");
        assertThat(r0).contains("interface FastEthernet2/0\n ip address 10.10.10.1 255.255.255.0\n duplex full\n");
        assertThat(r0).contains("ip route 0.0.0.0 0.0.0.0 10.4.0.2\n!\ncontrol-plane\n");
        assertThat(r0).endsWith("line con 0\n exec-timeout 0 0\n privilege level 15\n logging synchronous\n"
                + "!\nline aux 0\n!\nline vty 0 4\n login\n!\nend\n");
    }

    @Test
    void hubTunnelOutsideEveryOspfNetworkImportsCleanly() throws Exception {
        String r0 = Files.readString(DUAL_HUB.resolve("R0.cfg")).replace(" network 10.0.0.0 0.0.0.255 area 10\n", "");
        ImportResult r = IosImport.importTexts(Map.of("R0.cfg", r0), Platform.IOS_15);
        Device hub = r.project().topology().require("R0");
        assertThat(hub.role()).isEqualTo(RouterRole.HUB);
        assertThat(hub.ospf().networks()).hasSize(1);
        assertThat(hub.iface("Tunnel0")).isPresent();
    }

    @Test
    void badMaskIsAnErrorWithFileAndLine() {
        String text = "hostname R9\n!\ninterface FastEthernet0/0\n ip address 10.0.0.1 255.0.255.0\n!\nend\n";
        assertThatThrownBy(() -> IosImport.importTexts(Map.of("R9.cfg", text), Platform.IOS_15))
                .isInstanceOf(IosImportException.class)
                .hasMessage("R9.cfg:4: '255.0.255.0' is not a valid mask (Bad mask: the one bits must be contiguous)");
    }

    @Test
    void badAddressIsAnErrorWithFileAndLine() {
        String text = "hostname R9\ninterface Tunnel0\n ip nhrp map 10.0.0.1 10.4.0.300\n";
        assertThatThrownBy(() -> IosImport.importTexts(Map.of("R9.cfg", text), Platform.IOS_15))
                .isInstanceOf(IosImportException.class)
                .hasMessageStartingWith("R9.cfg:3: NHRP NBMA address: '10.4.0.300' is not an IP address");
    }

    @Test
    void missingTunnelSourceInterfaceIsAnErrorWithFileAndLine() {
        String text = "hostname R9\ninterface Tunnel0\n ip address 10.0.0.1 255.255.255.0\n tunnel source FastEthernet9/9\n";
        assertThatThrownBy(() -> IosImport.importTexts(Map.of("R9.cfg", text), Platform.IOS_15))
                .isInstanceOf(IosImportException.class)
                .hasMessage("R9.cfg:4: tunnel source FastEthernet9/9: no such interface in this file");
    }

    @Test
    void missingPassiveInterfaceIsAnErrorWithFileAndLine() {
        String text = "hostname R9\nrouter ospf 1\n passive-interface Loopback7\n";
        assertThatThrownBy(() -> IosImport.importTexts(Map.of("R9.cfg", text), Platform.IOS_15))
                .isInstanceOf(IosImportException.class)
                .hasMessage("R9.cfg:3: passive-interface Loopback7: no such interface in this file");
    }

    @Test
    void duplicateHostnamesAreAnError() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("a.cfg", "hostname R1\n");
        texts.put("b.cfg", "hostname R1\n");
        assertThatThrownBy(() -> IosImport.importTexts(texts, Platform.IOS_15))
                .isInstanceOf(IosImportException.class)
                .hasMessage("b.cfg:1: hostname R1 is already used by a.cfg; every router needs its own name");
    }

    @Test
    void credentialsNeverReachNotes() throws Exception {
        String text = "hostname R9\nenable secret 5 $1$abc$xyz\nusername admin password 0 hunter22\n";
        ImportResult r = IosImport.importTexts(Map.of("R9.cfg", text), Platform.IOS_15);
        assertThat(r.notes()).extracting(ImportNote::text).containsExactly(
                "R9.cfg:2: INFO kept verbatim (not in the model): enable secret 5 *****",
                "R9.cfg:3: INFO kept verbatim (not in the model): username admin password 0 *****");
    }

    @Test
    void aVersionLineThatDisagreesWithThePlatformIsNoted() throws Exception {
        ImportResult r = IosImport.importTexts(Map.of("R9.cfg", "version 12.4\nhostname R9\n"), Platform.IOS_15);
        assertThat(r.notes()).extracting(ImportNote::text).containsExactly(
                "R9.cfg:1: INFO the file says version 12.4 but is imported as ios15; use --platform ios12.4"
                        + " if that is what the router runs",
                "R9.cfg:1: INFO kept verbatim (not in the model): version 12.4");
    }

    @Test
    void importedDesignSavesAndLoadsAsAProjectFile() throws Exception {
        ImportResult r = IosImport.importConfigs(dualHubFiles(), Platform.IOS_15);
        String json = org.labcanvas.model.project.ProjectFile.toJson(r.project());
        assertThat(org.labcanvas.model.project.ProjectFile.parse(json, "imported.labcanvas")).isEqualTo(r.project());
    }

    @Test
    void verbatimLinesSurviveSavingTheImportedDesign(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        ImportResult r = IosImport.importConfigs(dualHubFiles(), Platform.IOS_15);
        Path file = dir.resolve("imported.labcanvas");
        org.labcanvas.model.project.ProjectFile.save(r.project(), file);
        Topology loaded = org.labcanvas.model.project.ProjectFile.load(file).topology();
        assertThat(loaded.require("R0").verbatim()).isNotEmpty();
        for (GeneratedFile f : ConfigExport.render(loaded, EnumSet.of(ExportKind.CONFIGS), Map.of())) {
            String source = Files.readString(DUAL_HUB.resolve(f.fileName()), StandardCharsets.UTF_8);
            assertThat(commands(f.content())).as(f.fileName()).containsAll(commands(source).stream()
                    .filter(l -> !l.startsWith("crypto isakmp key")).toList());
        }
    }

    @Test
    void thePlatformIsReadFromTheVersionLines() {
        assertEquals(Platform.IOS_12_4, IosImport.platformOf(List.of("!\nversion 12.4\nhostname R1\n"), Platform.IOS_15));
        assertEquals(Platform.IOS_15, IosImport.platformOf(List.of("version 15.4\n", "version 15.1\n"), Platform.IOS_12_4));
        assertEquals(Platform.IOS_XE, IosImport.platformOf(List.of("version 17.3\n"), Platform.IOS_15));
        // No version line, or configs that disagree: the caller's choice.
        assertEquals(Platform.IOS_15, IosImport.platformOf(List.of("hostname R1\n"), Platform.IOS_15));
        assertEquals(Platform.IOS_15, IosImport.platformOf(List.of("version 12.4\n", "version 15.4\n"), Platform.IOS_15));
    }
}
