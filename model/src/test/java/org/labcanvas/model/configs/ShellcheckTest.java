package org.labcanvas.model.configs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.Topology;

/** Every exported shell script passes shellcheck as POSIX sh. CI installs the Debian package. */
class ShellcheckTest {
    static Optional<Path> shellcheck() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).map(p -> Path.of(p, "shellcheck"))
                .filter(Files::isExecutable).findFirst();
    }

    /** The 6in4 design with its host on each client OS, so every script flavour is checked. */
    static List<Project> designs() {
        List<Project> out = new ArrayList<>(List.of(ReferenceDesigns.dmvpnSingleHub(), ReferenceDesigns.dmvpnDualHub()));
        Project six = ReferenceDesigns.sixInFourTunnelBroker();
        for (Platform p : List.of(Platform.MACOS, Platform.FREEBSD, Platform.LINUX)) {
            Topology t = six.topology().withDevice("MAC", d -> d.withPlatform(p));
            out.add(six.withTopology(t));
        }
        return out;
    }

    @Test
    void exportedScriptsAreShellcheckClean(@TempDir Path dir) throws Exception {
        Optional<Path> sc = shellcheck();
        // CI installs the tool (.ci/run), so there a missing tool is a failure, not a skip
        if ("true".equals(System.getenv("CI"))) {
            org.junit.jupiter.api.Assertions.assertTrue(sc.isPresent(), "shellcheck is not installed (apt-get install shellcheck); scripts not checked");
        }
        assumeTrue(sc.isPresent(), "shellcheck is not installed (apt-get install shellcheck); scripts not checked");
        int n = 0;
        for (Project p : designs()) {
            for (GeneratedFile f : ConfigExport.render(p.topology(), EnumSet.allOf(ExportKind.class), Map.of())) {
                if (!f.path().endsWith(".sh")) {
                    continue;
                }
                Path file = dir.resolve((n++) + "-" + f.fileName());
                Files.writeString(file, f.content(), StandardCharsets.UTF_8);
                Process proc = new ProcessBuilder(sc.get().toString(), "-s", "sh", "-S", "style", file.toString())
                        .redirectErrorStream(true).start();
                String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(proc.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(output).as(f.path()).isEmpty();
                assertThat(proc.exitValue()).as(f.path()).isZero();
            }
        }
        assertThat(n).isGreaterThanOrEqualTo(10);
    }

    @Test
    void updaterKeepsCredentialsOutOfScriptAndVerifiesTls() throws Exception {
        Project p = ReferenceDesigns.sixInFourTunnelBroker();
        Device mac = p.topology().require("MAC");
        String key = mac.sixInFour().updater().updateKey().reveal();
        List<GeneratedFile> files = ConfigExport.render(p.topology(), EnumSet.of(ExportKind.CONFIGS), Map.of());
        String script = files.stream().filter(f -> f.path().endsWith("-6in4-update.sh")).findFirst().orElseThrow().content();
        assertThat(script).doesNotContain(key).doesNotContain("--insecure").doesNotContain(" -k ")
                .doesNotContain("$USER\"").contains("--config \"$CREDENTIALS\"")
                .contains("--data-urlencode \"hostname=$TUNNEL_ID\"").contains("--data-urlencode \"myip=$current\"")
                .contains("--proto '=https'");
        GeneratedFile credentials = files.stream().filter(f -> f.path().endsWith(".curlrc")).findFirst().orElseThrow();
        assertThat(credentials.secret()).isTrue();
        assertThat(credentials.content()).contains("user = \"labcanvas-lab:" + key + "\"");
    }
}
