package org.labcanvas.model.configs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.model.generate.ReferenceDesigns;

/** An export is written all or nothing, replaces files only when forced, and keeps secrets 0600. */
class ExportFolderTest {
    @TempDir
    Path dir;

    private static ExportFolder.Entry text(String path, String content) {
        return ExportFolder.Entry.file(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Every file under {@code root} with its content, and nothing else in {@code parent}'s view of it. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return m;
    }

    private List<String> parentListing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFolderAppearsWithEveryFileAndNoTemporaryFolderIsLeft() throws Exception {
        Path out = dir.resolve("out");
        ExportReport r = ExportFolder.write(List.of(text("configs/R1.cfg", "one\n"), text("frr/R1.conf", "two\n")), out, false);
        assertEquals(List.of(out.resolve("configs/R1.cfg").toAbsolutePath(), out.resolve("frr/R1.conf").toAbsolutePath()),
                r.written());
        assertEquals(Map.of("configs/R1.cfg", "one\n", "frr/R1.conf", "two\n"), contents(out));
        assertEquals(List.of("out"), parentListing());
    }

    @Test
    void anExistingFileIsNotReplacedWithoutForceAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("configs"));
        Files.writeString(out.resolve("configs/R1.cfg"), "the user's edits\n");
        assertThatThrownBy(() -> ExportFolder.write(List.of(text("configs/R0.cfg", "new\n"), text("configs/R1.cfg", "new\n")),
                out, false))
                .isInstanceOf(ExportFolder.FilesExistException.class)
                .hasMessage(out.toAbsolutePath() + " already has configs/R1.cfg");
        assertEquals(Map.of("configs/R1.cfg", "the user's edits\n"), contents(out));
        assertEquals(List.of("out"), parentListing());
    }

    @Test
    void forceReplacesExistingFilesAndKeepsOthers() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("configs"));
        Files.writeString(out.resolve("configs/R1.cfg"), "old\n");
        Files.writeString(out.resolve("notes.txt"), "the user's\n");
        ExportFolder.write(List.of(text("configs/R0.cfg", "new0\n"), text("configs/R1.cfg", "new1\n")), out, true);
        assertEquals(Map.of("configs/R0.cfg", "new0\n", "configs/R1.cfg", "new1\n", "notes.txt", "the user's\n"), contents(out));
        assertEquals(List.of("out"), parentListing());
    }

    @Test
    void aFailureHalfWayMovesEverythingBack() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("configs"));
        Files.writeString(out.resolve("configs/R1.cfg"), "old1\n");
        Files.writeString(out.resolve("configs/R3.cfg"), "old3\n");
        Map<String, String> before = contents(out);
        int[] moves = {0};
        ExportFolder.Mover failingThirdMove = (from, to) -> {
            if (++moves[0] == 4) {
                throw new IOException("disk full");
            }
            Files.move(from, to);
        };
        List<ExportFolder.Entry> entries = List.of(text("configs/R1.cfg", "new1\n"), text("frr/R2.conf", "new2\n"),
                text("configs/R3.cfg", "new3\n"));
        assertThatThrownBy(() -> ExportFolder.write(entries, out, true, failingThirdMove)).hasMessage("disk full");
        assertEquals(before, contents(out));
        assertThat(out.resolve("frr")).doesNotExist();
        assertEquals(List.of("out"), parentListing());
    }

    @Test
    void aFileWhereAFolderIsNeededStopsTheExportBeforeWriting() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("configs"), "a file\n");
        assertThatThrownBy(() -> ExportFolder.write(List.of(text("configs/R1.cfg", "x\n")), out, true))
                .isInstanceOf(ExportFolder.FolderException.class)
                .hasMessage(out.resolve("configs") + " is a file where a folder is needed");
        Path file = Files.writeString(dir.resolve("plain"), "x\n");
        assertThatThrownBy(() -> ExportFolder.write(List.of(text("a.cfg", "x\n")), file, true))
                .hasMessage(file + " is a file, not a folder");
        assertEquals(Map.of("configs", "a file\n"), contents(out));
    }

    @Test
    void aTemporaryFolderOfAKilledExportIsRemovedButNotOneInUse() throws Exception {
        Path stale = Files.createDirectories(dir.resolve(".labcanvas-export-999999999-42.tmp/files/configs"));
        Files.writeString(stale.resolve("R1.cfg"), "half\n");
        Path live = Files.createDirectories(dir.resolve(".labcanvas-export-" + ProcessHandle.current().pid() + "-1.tmp"));
        Path userFolder = Files.createDirectories(dir.resolve(".labcanvas-export-notes"));
        ExportFolder.write(List.of(text("a.cfg", "x\n")), dir.resolve("out"), false);
        assertThat(dir.resolve(".labcanvas-export-999999999-42.tmp")).doesNotExist();
        assertThat(live).exists();
        assertThat(userFolder).exists();
    }

    @Test
    void configsHoldingSecretsAreWritten0600AndScripts0755() throws Exception {
        Path out = dir.resolve("out");
        ConfigExport.export(ReferenceDesigns.dmvpnSingleHub(), out, EnumSet.allOf(ExportKind.class), false);
        ConfigExport.export(ReferenceDesigns.aceFtUpgrade(), dir.resolve("ace"), EnumSet.allOf(ExportKind.class), false);
        assertEquals("rw-------", mode(out.resolve("configs/R1.cfg")));
        assertEquals("rw-------", mode(out.resolve("frr/R1.conf")));
        assertEquals("rwxr-xr-x", mode(out.resolve("frr/R1-links.sh")));
        assertEquals("rw-------", mode(dir.resolve("ace/configs/ACE_1.cfg")));
    }

    @Test
    void aRenderedExportGoesThroughTheSameAllOrNothingWrite() throws Exception {
        Path out = dir.resolve("out");
        List<GeneratedFile> files = ConfigExport.render(ReferenceDesigns.dmvpnSingleHub().topology(),
                EnumSet.of(ExportKind.CONFIGS), Map.of());
        ConfigExport.write(files, out, false);
        assertThatThrownBy(() -> ConfigExport.write(files, out, false))
                .hasMessage(out.toAbsolutePath() + " already has configs/R1.cfg, configs/R2.cfg, configs/R3.cfg");
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
