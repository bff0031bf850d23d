package org.labcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.labcanvas.model.project.ProjectFile;

class CommandLineTest {
    static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommand() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exitCode());
        for (String cmd : new String[] {"open", "validate", "generate", "import", "export", "simulate", "show", "check", "bench"}) {
            assertThat(r.out()).containsPattern("(?m)^  " + cmd + " ");
        }
    }

    @Test
    void versionNamesTheRelease() {
        CliRun r = CliRun.of("--version");
        assertEquals(0, r.exitCode());
        assertThat(r.out()).startsWith("LabCanvas 0.1.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dmvpn-single-hub", "dmvpn-dual-hub", "ace-ft-upgrade", "6in4-tunnelbroker"})
    void everySampleValidatesWithoutErrors(String sample) {
        CliRun r = CliRun.of("validate", SAMPLES.resolve(sample + ".labcanvas").toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertThat(r.out()).doesNotContain("ERROR ");
        assertThat(r.err()).contains(" 0 errors, ");
    }

    @Test
    void validateExitsOneOnErrorFindings() throws IOException {
        String json = ProjectFile.toJson(ProjectFile.load(SAMPLES.resolve("dmvpn-dual-hub.labcanvas")))
                .replace("\"10.4.3.1/24\"", "\"10.4.2.1/24\"");
        Path f = dir.resolve("dup.labcanvas");
        Files.writeString(f, json);
        CliRun r = CliRun.of("validate", f.toString());
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertThat(r.out()).containsPattern("(?m)^ERROR [A-Z_]+ R[23]/FastEthernet1/0: ");
    }

    @Test
    void minSeverityFiltersAndAcceptsLowerCase() {
        CliRun r = CliRun.of("validate", SAMPLES.resolve("dmvpn-single-hub.labcanvas").toString(), "--min-severity", "error");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertThat(r.err()).contains("0 errors, 3 warnings");
    }

    @Test
    void malformedFileGivesLineAndColumnAndExitTwo() throws IOException {
        Path f = dir.resolve("broken.labcanvas");
        Files.writeString(f, "{\n  \"format\": \"labcanvas\",\n  \"version\": 1,\n  \"topology\": {\"devices\": [}\n}\n");
        CliRun r = CliRun.of("validate", f.toString());
        assertEquals(2, r.exitCode());
        assertThat(r.err()).startsWith("labcanvas: error: " + f + ":4:");
    }

    @Test
    void missingFileIsABadInput() {
        CliRun r = CliRun.of("validate", dir.resolve("nope.labcanvas").toString());
        assertEquals(2, r.exitCode());
        assertThat(r.err()).contains("nope.labcanvas: no such file");
    }

    @Test
    void generateWritesAValidDesign() {
        Path f = dir.resolve("g.labcanvas");
        CliRun r = CliRun.of("generate", "dmvpn", "--hubs", "2", "--spokes", "25", "-o", f.toString());
        assertEquals(0, r.exitCode(), r.err());
        CliRun v = CliRun.of("validate", f.toString());
        assertEquals(0, v.exitCode(), v.out());
    }

    @Test
    void generateRefusesBadParametersAndWritesNothing() throws IOException {
        Path f = dir.resolve("g.labcanvas");
        CliRun r = CliRun.of("generate", "dmvpn", "--hubs", "0", "--spokes", "5", "-o", f.toString());
        assertEquals(2, r.exitCode());
        assertThat(r.err()).startsWith("labcanvas: error: ").contains("hubs");
        CliRun notNumber = CliRun.of("generate", "dmvpn", "--spokes", "many", "-o", f.toString());
        assertEquals(2, notNumber.exitCode());
        assertThat(notNumber.err()).contains("'many'");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void generateDoesNotOverwriteWithoutForce() throws IOException {
        Path f = dir.resolve("g.labcanvas");
        Files.writeString(f, "precious");
        CliRun r = CliRun.of("generate", "dmvpn", "--spokes", "3", "-o", f.toString());
        assertEquals(2, r.exitCode());
        assertThat(Files.readString(f)).isEqualTo("precious");
    }

    @Test
    void aLoneDesignFileMeansOpenIt() {
        assertArrayEquals(new String[] {"open", "/home/me/lab.labcanvas"},
                LabCanvasCommand.withImplicitOpen("/home/me/lab.labcanvas"));
        assertArrayEquals(new String[] {"open", "LAB.LABCANVAS"}, LabCanvasCommand.withImplicitOpen("LAB.LABCANVAS"));
    }

    @Test
    void commandsAndOtherArgumentsKeepTheirMeaning() {
        assertArrayEquals(new String[] {"validate", "lab.labcanvas"},
                LabCanvasCommand.withImplicitOpen("validate", "lab.labcanvas"));
        assertArrayEquals(new String[] {"--version"}, LabCanvasCommand.withImplicitOpen("--version"));
        assertArrayEquals(new String[] {"notes.txt"}, LabCanvasCommand.withImplicitOpen("notes.txt"));
    }

    @Test
    void aLoneMissingDesignFileIsABadInputNamingIt() {
        String missing = dir.resolve("gone.labcanvas").toString();
        CliRun r = CliRun.of(LabCanvasCommand.withImplicitOpen(missing));
        assertEquals(2, r.exitCode());
        assertThat(r.err()).contains(missing);
        assertEquals("", r.out());
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun r = CliRun.of("frobnicate");
        assertEquals(2, r.exitCode());
        assertThat(r.err()).contains("Unmatched argument");
    }
}
