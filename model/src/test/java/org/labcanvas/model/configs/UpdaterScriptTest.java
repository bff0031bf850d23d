package org.labcanvas.model.configs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;

/**
 * Runs the exported updater with stand-ins for curl, logger and ifconfig on the PATH: it reports a
 * new address once, stays quiet while the address is unchanged, and refuses a credentials file
 * that others can read. The stand-in curl records its arguments, so the test also sees that the
 * update key never appears on a command line.
 */
class UpdaterScriptTest {
    @TempDir
    Path dir;
    Path bin;
    Path calls;
    Path credentials;
    Path state;
    Path script;
    String key;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh");
        bin = Files.createDirectories(dir.resolve("bin"));
        calls = dir.resolve("calls.log");
        stub("curl", """
                #!/bin/sh
                printf 'curl %s\\n' "$*" >>"$CALLS"
                case "$*" in
                    *--config*) echo "good $FAKE_IP" ;;
                    *) echo "$FAKE_IP" ;;
                esac
                """);
        stub("logger", "#!/bin/sh\nprintf 'logger %s\\n' \"$*\" >>\"$CALLS\"\n");
        stub("ifconfig", "#!/bin/sh\nprintf 'ifconfig %s\\n' \"$*\" >>\"$CALLS\"\n"
                + "[ \"$#\" -eq 1 ] && printf '\\tinet 192.0.2.77 netmask 0xffffff00\\n'\nexit 0\n");
        Project p = ReferenceDesigns.sixInFourTunnelBroker();
        key = p.topology().require("MAC").sixInFour().updater().updateKey().reveal();
        List<GeneratedFile> files = ConfigExport.render(p.topology(), EnumSet.of(ExportKind.CONFIGS), Map.of());
        script = dir.resolve("update.sh");
        Files.writeString(script, content(files, "-6in4-update.sh"));
        credentials = dir.resolve("credentials.curlrc");
        Files.writeString(credentials, content(files, ".curlrc"));
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
        state = dir.resolve("state/MAC.last");
    }

    private static String content(List<GeneratedFile> files, String suffix) {
        return files.stream().filter(f -> f.path().endsWith(suffix)).findFirst().orElseThrow().content();
    }

    private void stub(String name, String text) throws IOException {
        Path p = bin.resolve(name);
        Files.writeString(p, text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private int run(String ip) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", script.toString()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("PATH", bin + ":/usr/bin:/bin");
        env.put("CALLS", calls.toString());
        env.put("FAKE_IP", ip);
        env.put("SIXINFOUR_CREDENTIALS", credentials.toString());
        env.put("SIXINFOUR_STATE_FILE", state.toString());
        Process proc = pb.start();
        proc.getInputStream().readAllBytes();
        assertThat(proc.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return proc.exitValue();
    }

    private List<String> calls() throws IOException {
        return Files.exists(calls) ? Files.readAllLines(calls, StandardCharsets.UTF_8) : List.of();
    }

    @Test
    void reportsANewAddressOnceAndMovesTheTunnel() throws Exception {
        assertThat(run("198.51.100.7")).isZero();
        assertThat(Files.readString(state)).isEqualTo("198.51.100.7\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rw-------");
        List<String> first = calls();
        assertThat(first).anyMatch(c -> c.startsWith("curl ") && c.contains("--config " + credentials)
                && c.contains("hostname=722156") && c.contains("myip=198.51.100.7")
                && c.endsWith("https://ipv4.tunnelbroker.net/nic/update"));
        assertThat(first).contains("ifconfig gif0 tunnel 192.0.2.77 216.66.80.26");
        assertThat(first).anyMatch(c -> c.startsWith("logger ") && c.contains("now ends at 198.51.100.7"));
        assertThat(String.join("\n", first)).doesNotContain(key).doesNotContain("--insecure");

        assertThat(run("198.51.100.7")).isZero();
        assertThat(calls().subList(first.size(), calls().size()))
                .allMatch(c -> !c.contains("--config"), "no update call while the address is unchanged");
    }

    @Test
    void refusesCredentialsOthersCanRead() throws Exception {
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(run("198.51.100.7")).isEqualTo(1);
        assertThat(calls()).noneMatch(c -> c.startsWith("curl "));
        assertThat(calls()).anyMatch(c -> c.contains("is open to other users"));
        assertThat(Files.exists(state)).isFalse();
    }

    @Test
    void refusesAnAnswerThatIsNoIpv4Address() throws Exception {
        assertThat(run("<html>oops</html>")).isEqualTo(1);
        assertThat(calls()).noneMatch(c -> c.contains("--config"));
        assertThat(Files.exists(state)).isFalse();
    }
}
