package org.labcanvas.model.configs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.model.generate.DmvpnGenerator;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.topology.Topology;

class ContainerlabExportTest {
    static final Topology DUAL = ReferenceDesigns.dmvpnDualHub().topology();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * containerlab's published schema (schemas/clab.schema.json in its repository) is not part of
     * this project: give a copy with -Dlabcanvas.clab.schema=FILE or LABCANVAS_CLAB_SCHEMA=FILE.
     */
    /**
     * Containerlab's published schema: a copy given with {@code -Dlabcanvas.clab.schema=FILE} or
     * {@code LABCANVAS_CLAB_SCHEMA=FILE} (a newer one), else the copy kept with the tests
     * ({@code containerlab/clab.schema.json}, with containerlab's licence beside it).
     */
    static Optional<Path> publishedSchema() throws java.net.URISyntaxException {
        String f = System.getProperty("labcanvas.clab.schema", System.getenv("LABCANVAS_CLAB_SCHEMA"));
        if (f != null && !f.isBlank()) {
            return Optional.of(Path.of(f)).filter(Files::isReadable);
        }
        var kept = ContainerlabExportTest.class.getResource("/containerlab/clab.schema.json");
        return kept == null ? Optional.empty() : Optional.of(Path.of(kept.toURI()));
    }

    static Map<String, String> files(Topology t, String name) throws ExportException {
        Map<String, String> out = new TreeMap<>();
        for (GeneratedFile f : ContainerlabExport.render(t, name)) {
            out.put(f.path(), f.content());
        }
        return out;
    }

    static JsonNode topology(Map<String, String> files, String name) throws IOException {
        return YAML.readTree(files.get("containerlab/" + name + ".clab.yml"));
    }

    @Test
    void dualHubBecomesRoutersLanAndInternetWithTheirFiles() throws Exception {
        Map<String, String> files = files(DUAL, "dmvpn-dual-hub");
        assertEquals(List.of(
                "containerlab/Internet/setup.sh", "containerlab/LAN/setup.sh",
                "containerlab/R0/daemons", "containerlab/R0/frr.conf", "containerlab/R0/setup.sh", "containerlab/R0/vtysh.conf",
                "containerlab/R1/daemons", "containerlab/R1/frr.conf", "containerlab/R1/setup.sh", "containerlab/R1/vtysh.conf",
                "containerlab/R2/daemons", "containerlab/R2/frr.conf", "containerlab/R2/setup.sh", "containerlab/R2/vtysh.conf",
                "containerlab/R3/daemons", "containerlab/R3/frr.conf", "containerlab/R3/setup.sh", "containerlab/R3/vtysh.conf",
                "containerlab/dmvpn-dual-hub.clab.yml"), List.copyOf(files.keySet()));
        JsonNode t = topology(files, "dmvpn-dual-hub");
        assertEquals("dmvpn-dual-hub", t.path("name").asText());
        assertEquals("linux", t.path("topology").path("defaults").path("kind").asText());
        assertEquals(ContainerlabExport.IMAGE, t.path("topology").path("defaults").path("image").asText());
        List<String> nodes = new ArrayList<>();
        t.path("topology").path("nodes").fieldNames().forEachRemaining(nodes::add);
        assertEquals(List.of("LAN", "Internet", "R0", "R1", "R2", "R3"), nodes);
        List<String> links = new ArrayList<>();
        t.path("topology").path("links").forEach(l -> links.add(l.path("endpoints").get(0).asText() + " " + l.path("endpoints").get(1).asText()));
        assertEquals(List.of("LAN:eth1 R0:eth1", "LAN:eth2 R1:eth1", "Internet:eth1 R0:eth2", "Internet:eth2 R1:eth2",
                "Internet:eth3 R2:eth1", "Internet:eth4 R3:eth1"), links);
    }

    @Test
    void everyBindNamesAnExportedFileAndEveryEndpointIsUsedOnce() throws Exception {
        for (var design : List.of(Map.entry("dual", DUAL), Map.entry("gen", DmvpnGenerator.generate(3, 5).topology()))) {
            Map<String, String> files = files(design.getValue(), design.getKey());
            JsonNode t = topology(files, design.getKey());
            Set<String> endpoints = new HashSet<>();
            t.path("topology").path("links").forEach(l -> l.path("endpoints").forEach(e -> {
                assertThat(endpoints.add(e.asText())).as(e.asText()).isTrue();
                assertThat(t.path("topology").path("nodes").has(e.asText().split(":")[0])).as(e.asText()).isTrue();
            }));
            t.path("topology").path("nodes").fields().forEachRemaining(n -> {
                n.getValue().path("binds").forEach(b -> assertThat(files).containsKey("containerlab/" + b.asText().split(":")[0]));
                assertEquals("sh /setup.sh", n.getValue().path("exec").get(0).asText());
            });
        }
    }

    @Test
    void routerSetupRenamesContainerlabInterfacesToTheFrrNamesBeforeBuildingTunnels() throws Exception {
        String r0 = files(DUAL, "d").get("containerlab/R0/setup.sh");
        assertThat(r0).contains("ip link set eth1 down\nip link set eth1 name fa2-0\nip link set eth2 down\nip link set eth2 name fa2-1\n");
        assertThat(r0.indexOf("name fa2-1")).isLessThan(r0.indexOf("ip tunnel add tun0 mode gre key 1 ttl 64 dev fa2-1\n"));
        assertThat(r0).endsWith("vtysh -b\n");
    }

    @Test
    void internetRoutesWithTheRoutersDefaultGateways() throws Exception {
        assertEquals("""
                #!/bin/sh
                # Internet: the underlay, routing between the routers' public links.
                set -eu

                sysctl -w net.ipv4.ip_forward=1
                ip addr add 10.4.0.2/24 dev eth1  # towards R0 FastEthernet2/1
                ip link set eth1 up
                ip addr add 10.4.1.2/24 dev eth2  # towards R1 FastEthernet2/1
                ip link set eth2 up
                ip addr add 10.4.2.2/24 dev eth3  # towards R2 FastEthernet1/0
                ip link set eth3 up
                ip addr add 10.4.3.2/24 dev eth4  # towards R3 FastEthernet1/0
                ip link set eth4 up
                """, files(DUAL, "d").get("containerlab/Internet/setup.sh"));
    }

    @Test
    void ipsecIsLeftOutAndSaysSoAndNhrpRuns() throws Exception {
        Map<String, String> files = files(DUAL, "d");
        assertThat(files.get("containerlab/R2/frr.conf"))
                .startsWith("! IPsec (tunnel protection) is left out of the containerlab export: the FRR image has no strongSwan.\n")
                .doesNotContain("tunnel protection vici")
                .contains(" ip nhrp nhs 10.0.0.1 nbma 10.4.0.1\n");
        assertThat(files.get("containerlab/R2/daemons")).contains("ospfd=yes\nnhrpd=yes\nstaticd=yes\n");
        assertThat(String.join("", files.values())).doesNotContain("Dmvpn-Lab-7qR2xK9wT4mZ");
    }

    @Test
    void namesBecomeWhatContainerlabAccepts() {
        assertEquals(List.of("my-lab-1", "labcanvas", "R0", "n_x", "Hub_1"), List.of(ContainerlabExport.labName("--my lab 1"),
                ContainerlabExport.labName("__"), ContainerlabExport.nodeName("R0"), ContainerlabExport.nodeName("_x"),
                ContainerlabExport.nodeName("Hub/1")));
    }

    @Test
    void uncabledSpokeLanIsLeftOutOfTheSetup() throws Exception {
        String spoke = files(DmvpnGenerator.generate(2, 1).topology(), "g").get("containerlab/SPOKE1/setup.sh");
        assertThat(spoke).contains("# Left out (no cable, down/down on IOS): FastEthernet0/1\n").doesNotContain("dev fa0-1");
    }

    @Test
    void setupScriptsAreShellcheckClean(@TempDir Path dir) throws Exception {
        Optional<Path> sc = ShellcheckTest.shellcheck();
        assumeTrue(sc.isPresent(), "shellcheck is not installed (apt-get install shellcheck); scripts not checked");
        for (var f : files(DUAL, "d").entrySet()) {
            if (!f.getKey().endsWith(".sh")) {
                continue;
            }
            Path file = dir.resolve(f.getKey().replace('/', '_'));
            Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
            Process proc = new ProcessBuilder(sc.get().toString(), "-s", "sh", "-S", "style", file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(proc.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(output).as(f.getKey()).isEmpty();
        }
    }

    @Test
    void exportValidatesAgainstContainerlabsPublishedSchema() throws Exception {
        Optional<Path> schemaFile = publishedSchema();
        assumeTrue(schemaFile.isPresent(), "containerlab's published schema is not given (-Dlabcanvas.clab.schema=FILE"
                + " or LABCANVAS_CLAB_SCHEMA=FILE): the published-schema check was not run");
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(schemaFile.get())) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        for (var design : List.of(Map.entry("dmvpn-dual-hub", DUAL), Map.entry("generated", DmvpnGenerator.generate(3, 5).topology()),
                Map.entry("imported", DUAL))) {
            JsonNode t = topology(files(design.getValue(), design.getKey()), design.getKey());
            Set<ValidationMessage> errors = schema.validate(t);
            assertEquals("", errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n")),
                    design.getKey());
        }
        // the schema does refuse what containerlab refuses: a node kind it does not know
        JsonNode broken = topology(files(DUAL, "dmvpn-dual-hub"), "dmvpn-dual-hub");
        var nodes = (com.fasterxml.jackson.databind.node.ObjectNode) broken.path("topology").path("nodes");
        ((com.fasterxml.jackson.databind.node.ObjectNode) nodes.elements().next()).put("kind", "no-such-kind");
        assertThat(schema.validate(broken)).isNotEmpty();
    }
}
