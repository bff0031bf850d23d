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

/**
 * Every exported {@code frr/*.conf} passes {@code vtysh --dryrun} (FRRouting's own parser, with the
 * ospfd, staticd and nhrpd command trees). Skipped when FRR is not installed
 * ({@code apt-get install frr}).
 */
class FrrSyntaxTest {
    static Optional<Path> vtysh() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).map(p -> Path.of(p, "vtysh"))
                .filter(Files::isExecutable).findFirst();
    }

    @Test
    void exportedFrrConfigsParseInVtysh(@TempDir Path dir) throws Exception {
        Optional<Path> vtysh = vtysh();
        // CI installs the tool (.ci/run), so there a missing tool is a failure, not a skip
        if ("true".equals(System.getenv("CI"))) {
            org.junit.jupiter.api.Assertions.assertTrue(vtysh.isPresent(), "FRRouting's vtysh is not installed (apt-get install frr); FRR configs not checked");
        }
        assumeTrue(vtysh.isPresent(), "FRRouting's vtysh is not installed (apt-get install frr); FRR configs not checked");
        List<Project> designs = new ArrayList<>(List.of(ReferenceDesigns.dmvpnSingleHub(), ReferenceDesigns.dmvpnDualHub(),
                ExportGoldenTest.sixInFourIosRouter()));
        Project single = ReferenceDesigns.dmvpnSingleHub();
        designs.add(single.withTopology(single.topology().withDevice("R1", d -> d.withInterface("Tunnel0",
                i -> i.withNhrp(i.nhrp().withRedirect(true).withHoldtime(600)
                        .withAuthentication(org.labcanvas.model.topology.Secret.of("cisco")))))));
        int n = 0;
        for (Project p : designs) {
            for (GeneratedFile f : ConfigExport.render(p.topology(), EnumSet.of(ExportKind.FRR), Map.of())) {
                if (!f.path().endsWith(".conf")) {
                    continue;
                }
                Path file = dir.resolve((n++) + "-" + f.fileName());
                Files.writeString(file, f.content(), StandardCharsets.UTF_8);
                Process proc = new ProcessBuilder(vtysh.get().toString(), "--dryrun", "--inputfile", file.toString())
                        .redirectErrorStream(true).start();
                String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(proc.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(output).as(f.path()).isEmpty();
                assertThat(proc.exitValue()).as(f.path()).isZero();
            }
        }
        assertThat(n).isEqualTo(11);
    }
}
