package org.labcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportImportCommandTest {
    static final Path SAMPLES = CommandLineTest.SAMPLES;

    @TempDir
    Path dir;

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void exportWritesConfigsAndFrrForTheDualHubSample() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("export", SAMPLES.resolve("dmvpn-dual-hub.labcanvas").toString(), "-o", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertThat(tree(out)).containsExactly("configs/R0.cfg", "configs/R1.cfg", "configs/R2.cfg", "configs/R3.cfg",
                "containerlab/Internet/setup.sh", "containerlab/LAN/setup.sh",
                "containerlab/R0/daemons", "containerlab/R0/frr.conf", "containerlab/R0/setup.sh", "containerlab/R0/vtysh.conf",
                "containerlab/R1/daemons", "containerlab/R1/frr.conf", "containerlab/R1/setup.sh", "containerlab/R1/vtysh.conf",
                "containerlab/R2/daemons", "containerlab/R2/frr.conf", "containerlab/R2/setup.sh", "containerlab/R2/vtysh.conf",
                "containerlab/R3/daemons", "containerlab/R3/frr.conf", "containerlab/R3/setup.sh", "containerlab/R3/vtysh.conf",
                "containerlab/dmvpn-dual-hub.clab.yml",
                "dmvpn-dual-hub.drawio", "dmvpn-dual-hub.png",
                "expectations/R0/show-crypto-ipsec-sa.txt", "expectations/R0/show-crypto-isakmp-sa.txt",
                "expectations/R0/show-dmvpn.txt", "expectations/R0/show-ip-nhrp.txt",
                "expectations/R0/show-ip-ospf-neighbor.txt", "expectations/R0/show-ip-route-ospf.txt",
                "expectations/R1/show-crypto-ipsec-sa.txt", "expectations/R1/show-crypto-isakmp-sa.txt",
                "expectations/R1/show-dmvpn.txt", "expectations/R1/show-ip-nhrp.txt",
                "expectations/R1/show-ip-ospf-neighbor.txt", "expectations/R1/show-ip-route-ospf.txt",
                "expectations/R2/show-crypto-ipsec-sa.txt", "expectations/R2/show-crypto-isakmp-sa.txt",
                "expectations/R2/show-dmvpn.txt", "expectations/R2/show-ip-nhrp-nhs.txt", "expectations/R2/show-ip-nhrp.txt",
                "expectations/R2/show-ip-ospf-neighbor.txt", "expectations/R2/show-ip-route-ospf.txt",
                "expectations/R3/show-crypto-ipsec-sa.txt", "expectations/R3/show-crypto-isakmp-sa.txt",
                "expectations/R3/show-dmvpn.txt", "expectations/R3/show-ip-nhrp-nhs.txt", "expectations/R3/show-ip-nhrp.txt",
                "expectations/R3/show-ip-ospf-neighbor.txt", "expectations/R3/show-ip-route-ospf.txt",
                "expectations/RUNBOOK.md", "expectations/checks.yaml",
                "frr/R0-links.sh", "frr/R0.conf", "frr/R1-links.sh",
                "frr/R1.conf", "frr/R2-links.sh", "frr/R2.conf", "frr/R3-links.sh", "frr/R3.conf");
        assertThat(r.out().lines().sorted().toList()).isEqualTo(tree(out));
        assertThat(Files.readString(out.resolve("configs/R0.cfg"))).contains("hostname R0", " ip ospf cost 10");
    }

    @Test
    void exportOnlyContainerlabNamesTheTopologyAfterTheFile() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("export", SAMPLES.resolve("dmvpn-dual-hub.labcanvas").toString(), "-o", out.toString(),
                "--only", "containerlab");
        assertEquals(0, r.exitCode(), r.err());
        assertThat(tree(out)).hasSize(19).contains("containerlab/dmvpn-dual-hub.clab.yml", "containerlab/R0/setup.sh");
        assertThat(Files.readString(out.resolve("containerlab/dmvpn-dual-hub.clab.yml"))).contains("\nname: dmvpn-dual-hub\n");
        assertThat(Files.isExecutable(out.resolve("containerlab/R0/setup.sh"))).isTrue();
    }

    @Test
    void exportOnlyConfigs() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("export", SAMPLES.resolve("ace-ft-upgrade.labcanvas").toString(), "-o", out.toString(),
                "--only", "configs");
        assertEquals(0, r.exitCode(), r.err());
        assertThat(tree(out)).containsExactly("configs/ACE_1.cfg", "configs/ACE_2.cfg");
    }

    @Test
    void exportOfExpectationsWritesThePackAndTheStatesAfterEachEvent() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("export", SAMPLES.resolve("dmvpn-dual-hub.labcanvas").toString(), "-o", out.toString(),
                "--only", "expectations", "--events", SAMPLES.resolve("r0-fails.yaml").toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> files = tree(out);
        assertThat(files).hasSize(74);
        assertThat(files).contains("expectations/R2/show-ip-route-ospf.txt", "expectations/checks.yaml",
                "expectations/RUNBOOK.md", "expectations/after-1-r0-power-off/R2/show-ip-route-ospf.txt",
                "expectations/after-2-r0-power-on/R0/show-ip-ospf-neighbor.txt");
        assertThat(files).noneMatch(f -> f.startsWith("expectations/after-1-r0-power-off/R0/"));
        assertEquals("wrote 74 files into " + out + "\n", r.err());
    }

    @Test
    void eventsWithoutTheExpectationsExportAreRefusedAndNothingIsWritten() {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("export", SAMPLES.resolve("dmvpn-dual-hub.labcanvas").toString(), "-o", out.toString(),
                "--only", "configs", "--events", SAMPLES.resolve("r0-fails.yaml").toString());
        assertEquals(2, r.exitCode());
        assertEquals("labcanvas: error: --events applies to the png and expectations exports (add --only png or --only expectations)\n", r.err());
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void exportWritesPictures() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("export", SAMPLES.resolve("ace-ft-upgrade.labcanvas").toString(), "-o", out.toString(),
                "--only", "png,drawio");
        assertEquals(0, r.exitCode(), r.err());
        assertThat(tree(out)).containsExactly("ace-ft-upgrade.drawio", "ace-ft-upgrade.png");
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(out.resolve("ace-ft-upgrade.png").toFile());
        assertThat(png.getWidth()).isGreaterThanOrEqualTo(1600);
        assertThat(Files.readString(out.resolve("ace-ft-upgrade.drawio"))).contains("<mxfile", "ACE_1", "ACE_2");
    }

    @Test
    void exportRejectsUnknownKinds() {
        CliRun r = CliRun.of("export", SAMPLES.resolve("dmvpn-dual-hub.labcanvas").toString(), "-o", dir.toString(),
                "--only", "pdf");
        assertEquals(2, r.exitCode());
        assertThat(r.err()).contains("unknown export kind pdf");
    }

    @Test
    void importThenExportKeepsTheRouters() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.of("export", SAMPLES.resolve("dmvpn-dual-hub.labcanvas").toString(), "-o", out.toString(),
                "--only", "configs").exitCode());
        Path design = dir.resolve("imported.labcanvas");
        CliRun imp = CliRun.of("import", out.resolve("configs/R0.cfg").toString(), out.resolve("configs/R1.cfg").toString(),
                out.resolve("configs/R2.cfg").toString(), out.resolve("configs/R3.cfg").toString(), "-o", design.toString());
        assertEquals(0, imp.exitCode(), imp.err());
        CliRun v = CliRun.of("validate", design.toString());
        assertEquals(0, v.exitCode(), v.out());
        Path again = dir.resolve("again");
        assertEquals(0, CliRun.of("export", design.toString(), "-o", again.toString(), "--only", "configs").exitCode());
        for (String f : tree(out)) {
            assertThat(Files.readString(again.resolve(f))).as(f).isEqualTo(Files.readString(out.resolve(f)));
        }
    }

    @Test
    void importOfABadLineNamesFileAndLineAndWritesNothing() throws IOException {
        Path cfg = dir.resolve("R9.cfg");
        Files.writeString(cfg, "hostname R9\n!\ninterface FastEthernet0/0\n ip address 10.0.0.1 255.0.255.0\n!\nend\n");
        Path design = dir.resolve("r9.labcanvas");
        CliRun r = CliRun.of("import", cfg.toString(), "-o", design.toString());
        assertEquals(2, r.exitCode());
        assertThat(r.err()).startsWith("labcanvas: error: R9.cfg:4: ").endsWith("(nothing was written)\n");
        assertThat(Files.exists(design)).isFalse();
    }

    @Test
    void importRefusesAnUnknownPlatform() throws IOException {
        Path cfg = dir.resolve("R9.cfg");
        Files.writeString(cfg, "hostname R9\nend\n");
        CliRun r = CliRun.of("import", cfg.toString(), "-o", dir.resolve("x.labcanvas").toString(), "--platform", "junos");
        assertEquals(2, r.exitCode());
        assertThat(r.err()).contains("--platform junos is not one of ios12.4, ios15, iosxe");
    }
}
