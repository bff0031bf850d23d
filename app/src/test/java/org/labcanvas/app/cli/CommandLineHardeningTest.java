package org.labcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Malicious and malformed input at the command line: exit 2 with where and what, no secret, nothing half-written. */
class CommandLineHardeningTest {
    static final Path SAMPLES = CommandLineTest.SAMPLES;
    private static final String PSK = "Dmvpn-Lab-7qR2xK9wT4mZ";

    @TempDir
    Path dir;

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aProjectWithAnInjectedLineIsRefusedByValidateAndExport() throws IOException {
        String json = Files.readString(SAMPLES.resolve("dmvpn-single-hub.labcanvas"))
                .replaceFirst(PSK, "abc address 0.0.0.0\\\\nusername evil privilege 15 secret x");
        Path file = Files.writeString(dir.resolve("inj.labcanvas"), json);
        String expected = "labcanvas: error: " + file + ":56:22: $.topology.devices[1].crypto.preSharedKeys[0].key: contains"
                + " a line break (U+000A); every setting is one line of the exported config, so line breaks and control"
                + " characters are not allowed\n";
        CliRun v = CliRun.of("validate", file.toString());
        assertEquals(2, v.exitCode());
        assertEquals(expected, v.err());
        Path out = dir.resolve("out");
        CliRun e = CliRun.of("export", file.toString(), "-o", out.toString(), "--only", "configs,frr");
        assertEquals(2, e.exitCode());
        assertEquals(expected, e.err());
        assertThat(out).doesNotExist();
    }

    @Test
    void exportDoesNotReplaceAnExistingFileWithoutForce() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("configs"));
        Files.writeString(out.resolve("configs/R1.cfg"), "my edits\n");
        CliRun r = CliRun.of("export", SAMPLES.resolve("dmvpn-single-hub.labcanvas").toString(), "-o", out.toString(),
                "--only", "configs");
        assertEquals(2, r.exitCode());
        assertEquals("labcanvas: error: " + out.toAbsolutePath() + " already has configs/R1.cfg; use --force to replace it"
                + " (nothing was written)\n", r.err());
        assertEquals(List.of("configs/R1.cfg"), tree(out));
        assertEquals("my edits\n", Files.readString(out.resolve("configs/R1.cfg")));

        CliRun forced = CliRun.of("export", SAMPLES.resolve("dmvpn-single-hub.labcanvas").toString(), "-o", out.toString(),
                "--only", "configs", "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertEquals(List.of("configs/R1.cfg", "configs/R2.cfg", "configs/R3.cfg"), tree(out));
        assertThat(Files.readString(out.resolve("configs/R1.cfg"))).contains("hostname R1");
    }

    @Test
    void exportedConfigsWithSecretsAreReadableByTheOwnerOnly() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.of("export", SAMPLES.resolve("dmvpn-single-hub.labcanvas").toString(), "-o", out.toString(),
                "--only", "configs,frr").exitCode());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("configs/R1.cfg"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("frr/R1.conf"))));
    }

    @Test
    void aFailingExportLeavesTheFolderAsItWas() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "keep\n");
        Files.writeString(out.resolve("frr"), "a file where the export needs a folder\n");
        CliRun r = CliRun.of("export", SAMPLES.resolve("dmvpn-single-hub.labcanvas").toString(), "-o", out.toString(),
                "--only", "configs,frr", "--force");
        assertEquals(2, r.exitCode());
        assertEquals("labcanvas: error: " + out.resolve("frr") + " is a file where a folder is needed (nothing was written)\n",
                r.err());
        assertEquals(List.of("frr", "notes.txt"), tree(out));
    }

    @Test
    void importMasksSecretsAndRefusesAnAceConfig() throws IOException {
        Path cfg = Files.writeString(dir.resolve("R9.cfg"), "hostname R9\ncrypto isakmp key Sup3rK3y-99 address 0.0.0.0 0.0.0.0 no-xauth\n"
                + "snmp-server community C0mmun1ty-99 RO\n");
        CliRun r = CliRun.of("import", cfg.toString(), "-o", dir.resolve("r9.labcanvas").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("R9.cfg:2: INFO kept verbatim (not in the model): crypto isakmp key ***** address 0.0.0.0 0.0.0.0 no-xauth\n"
                + "R9.cfg:3: INFO kept verbatim (not in the model): snmp-server community ***** RO\n", r.out());
        Path ace = Files.writeString(dir.resolve("ACE_1.cfg"), "hostname ACE_1\nft peer 1\n  ft-interface vlan 100\n");
        CliRun a = CliRun.of("import", ace.toString(), "-o", dir.resolve("ace.labcanvas").toString());
        assertEquals(2, a.exitCode());
        assertThat(a.err()).startsWith("labcanvas: error: ACE_1.cfg:2: 'ft peer 1' is a Cisco ACE command");
        assertThat(dir.resolve("ace.labcanvas")).doesNotExist();
    }

    @Test
    void badNumbersAndFileNamesAreUsageErrorsInWords() {
        CliRun letters = CliRun.of("generate", "dmvpn", "--spokes", "abc", "-o", dir.resolve("g.labcanvas").toString());
        assertEquals(2, letters.exitCode());
        assertThat(letters.err()).startsWith("Invalid value for option '--spokes': 'abc' is not a whole number\n");
        CliRun huge = CliRun.of("generate", "dmvpn", "--spokes", "99999999999", "-o", dir.resolve("g.labcanvas").toString());
        assertEquals(2, huge.exitCode());
        assertThat(huge.err()).startsWith("Invalid value for option '--spokes': '99999999999' is too large (at most 2147483647)\n");
        CliRun nul = CliRun.of("validate", "x\u0000y.labcanvas");
        assertEquals(2, nul.exitCode());
        assertThat(nul.err()).startsWith("Invalid value for positional parameter at index 0 (FILE): 'x\\u0000y.labcanvas'"
                + " is not a usable file name (nul character not allowed)\n");
        CliRun empty = CliRun.of("validate", "");
        assertEquals(2, empty.exitCode());
        assertThat(empty.err()).startsWith("Invalid value for positional parameter at index 0 (FILE): an empty file name\n");
    }

    @Test
    void aFolderOrANonUtf8FileIsABadInputInWords() throws IOException {
        CliRun folder = CliRun.of("validate", dir.toString());
        assertEquals(2, folder.exitCode());
        assertEquals("labcanvas: error: " + dir + ": is a folder, not a project file\n", folder.err());
        Path latin1 = Files.write(dir.resolve("l.labcanvas"),
                "{\"format\": \"labcanvas\", \"name\": \"M\u00fcnchen\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliRun l = CliRun.of("validate", latin1.toString());
        assertEquals(2, l.exitCode());
        assertEquals("labcanvas: error: " + latin1 + ":1:35: the file is not UTF-8 text (byte 0xFC here does not start a"
                + " UTF-8 character); LabCanvas projects are UTF-8: save the file as UTF-8\n", l.err());
    }

    @Test
    void anInternalErrorNamesNoJavaClass() throws Exception {
        java.io.StringWriter err = new java.io.StringWriter();
        CommandLine cl = LabCanvasCommand.commandLine(new java.io.PrintWriter(new java.io.StringWriter(), true),
                new java.io.PrintWriter(err, true));
        int code = cl.getExecutionExceptionHandler().handleExecutionException(
                new IllegalStateException("java.lang.ArithmeticException: long overflow"), cl, null);
        assertEquals(70, code);
        assertEquals("labcanvas: internal error: something unexpected went wrong; please report it with the command and"
                + " the files it was given\n", err.toString());
    }

    /** The top-level help lists one whole sentence per command (simulate's is its own). */
    @Test
    void everyCommandSummaryIsAWholeSentence() {
        CliRun r = CliRun.of("--help");
        for (String command : List.of("open", "validate", "generate", "import", "export", "show", "check", "bench")) {
            String line = r.out().lines().filter(l -> l.startsWith("  " + command + " ")).findFirst().orElseThrow();
            int at = r.out().indexOf(line);
            String rest = r.out().substring(at + line.length());
            String summary = line.substring(2 + command.length()).strip();
            // picocli continues a long summary on indented lines
            for (String next : rest.lines().skip(1).takeWhile(l -> l.startsWith("              ")).toList()) {
                summary += " " + next.strip();
            }
            assertThat(summary).as(command).endsWith(".");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "import", "export", "bench", "check", "open"})
    void subcommandHelpIsWholeParagraphsWrappedToTheWidth(String command) {
        CliRun r = CliRun.of(command, "--help");
        assertEquals(0, r.exitCode());
        assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
        CommandLine cl = LabCanvasCommand.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter())).getSubcommands().get(command);
        assertThat(cl.getCommandSpec().usageMessage().description()).allSatisfy(p -> assertThat(p).endsWith("."));
    }

    @Test
    void generateDmvpnHelpIsWholeParagraphs() {
        CommandLine cl = LabCanvasCommand.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter())).getSubcommands().get("generate").getSubcommands().get("dmvpn");
        assertThat(cl.getCommandSpec().usageMessage().description()).allSatisfy(p -> assertThat(p).endsWith("."));
    }
}
