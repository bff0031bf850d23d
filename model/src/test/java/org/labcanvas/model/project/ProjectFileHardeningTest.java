package org.labcanvas.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed and malicious project files: each is refused with where and what, never with a secret or a Java name. */
class ProjectFileHardeningTest {
    private static final String REFUSAL = "contains a line break (U+000A); every setting is one line of the exported"
            + " config, so line breaks and control characters are not allowed";

    @TempDir
    Path dir;

    /** The small design's JSON with {@code from} replaced by {@code to} (exactly once). */
    private static String smallWith(String from, String to) {
        String json = ProjectFile.toJson(SmallDesign.project());
        assertThat(json).contains(from);
        return json.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private static int lineOf(String json, String needle) {
        return (int) json.substring(0, json.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void aLineBreakInAPreSharedKeyIsRefusedWithItsPlaceButNotItsValue() {
        String json = smallWith("\"key\": \"" + SmallDesign.PSK + "\"",
                "\"key\": \"abc address 0.0.0.0\\nusername evil privilege 15 secret x\"");
        int line = lineOf(json, "abc address");
        assertThatThrownBy(() -> ProjectFile.parse(json, "inj.labcanvas"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage("inj.labcanvas:" + line + ":22: $.topology.devices[0].crypto.preSharedKeys[0].key: " + REFUSAL);
    }

    @Test
    void aLineBreakInADescriptionHostnameOrVersionIsRefused() {
        String description = smallWith("\"name\": \"FastEthernet0/0\",",
                "\"name\": \"FastEthernet0/0\", \"description\": \"wan\\r\\nusername evil2 privilege 15 secret x\",");
        assertThatThrownBy(() -> ProjectFile.parse(description, "d.labcanvas"))
                .hasMessageEndingWith(": $.topology.devices[0].interfaces[0].description: contains a carriage return"
                        + " (U+000D); every setting is one line of the exported config, so line breaks and control"
                        + " characters are not allowed");
        String hostname = smallWith("\"name\": \"R1\"", "\"name\": \"R1\\nR9\"");
        assertThatThrownBy(() -> ProjectFile.parse(hostname, "h.labcanvas"))
                .hasMessageContaining(": $.topology.devices[0].name: " + REFUSAL);
        String version = smallWith("\"platform\": \"ios12.4\",", "\"platform\": \"ios12.4\", \"version\": \"15.4\\u001b[2J\",");
        assertThatThrownBy(() -> ProjectFile.parse(version, "v.labcanvas"))
                .hasMessageContaining(": $.topology.devices[0].version: contains a control character (U+001B)");
    }

    @Test
    void aLineSeparatorInTheProjectNameOrAFieldNameIsRefused() {
        String name = smallWith("\"name\": \"small\"", "\"name\": \"small\\u2028x\"");
        assertThatThrownBy(() -> ProjectFile.parse(name, "n.labcanvas"))
                .hasMessageContaining(": $.name: contains a line separator (U+2028)");
        String field = smallWith("\"name\": \"small\"", "\"na\\nme\": \"small\"");
        assertThatThrownBy(() -> ProjectFile.parse(field, "f.labcanvas"))
                .hasMessageContaining("a field name contains a line break (U+000A)");
    }

    @Test
    void aPreSharedKeyWithoutItsKeyIsRefusedWhereItIs() throws Exception {
        String sample = ProjectFile.toJson(org.labcanvas.model.generate.ReferenceDesigns.dmvpnSingleHub());
        String json = sample.replaceFirst("\"key\" ?: ?\"[^\"]*\"", "\"key\": null");
        assertThatThrownBy(() -> ProjectFile.parse(json, "single.labcanvas"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining(".crypto.preSharedKeys[0].key: an ISAKMP key entry needs its key (crypto isakmp key KEY"
                        + " address ADDRESS)");
    }

    @Test
    void anAceContextWithoutANameIsRefusedWhereItIs() throws Exception {
        String sample = ProjectFile.toJson(org.labcanvas.model.generate.ReferenceDesigns.aceFtUpgrade());
        String json = sample.replaceFirst("\"name\" : \"C1\"|\"name\": \"C1\"", "\"name\": null");
        assertThatThrownBy(() -> ProjectFile.parse(json, "ace.labcanvas"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining(".ace.contexts[1].name: an ACE context needs a name of letters, digits, '.', '_'"
                        + " or '-' (up to 63), not (none)");
    }

    @Test
    void aSecretWrittenWithoutQuotesIsNotQuotedInTheError() {
        String json = smallWith("\"" + SmallDesign.PSK + "\"", SmallDesign.PSK);
        int line = lineOf(json, SmallDesign.PSK);
        assertThatThrownBy(() -> ProjectFile.parse(json, "s.labcanvas"))
                .hasMessage("s.labcanvas:" + line + ":22: $.topology.devices[0].crypto.preSharedKeys[0].key: malformed JSON:"
                        + " a value here is not a string in double quotes, a number, true, false, null, an object or a list");
    }

    @Test
    void aSecretInABrokenStringOrEscapeIsNotQuoted() {
        for (String broken : new String[] {"\"" + SmallDesign.PSK + "\\q\"", "\"" + SmallDesign.PSK + "\n\"",
                "\"" + SmallDesign.PSK}) {
            String json = smallWith("\"" + SmallDesign.PSK + "\"", broken);
            assertThatThrownBy(() -> ProjectFile.parse(json, "s.labcanvas"))
                    .isInstanceOf(ProjectFileException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SmallDesign.PSK).doesNotContain("Correct-Horse"));
        }
    }

    @Test
    void aNullInAListIsLocatedInsteadOfAJavaConstructorError() {
        String json = "{\"format\":\"labcanvas\",\"version\":1,\"topology\":{\"devices\":[null]}}";
        assertThatThrownBy(() -> ProjectFile.parse(json, "n.labcanvas"))
                .hasMessage("n.labcanvas:1:58: $.topology.devices[0]: null is not allowed in a list; remove it");
    }

    @Test
    void numbersOutOfRangeSayTheLimitInWords() {
        String json = smallWith("\"key\": 1,", "\"key\": 99999999999999999999,");
        assertThatThrownBy(() -> ProjectFile.parse(json, "k.labcanvas"))
                .hasMessageEndingWith(": $.topology.devices[0].interfaces[1].tunnel.key: the number 99999999999999999999"
                        + " is too large here (at most 9223372036854775807)");
        assertThatThrownBy(() -> ProjectFile.parse("{\"format\":\"labcanvas\",\"version\":1.5,\"topology\":{}}", "v.labcanvas"))
                .hasMessage("v.labcanvas:1:33: $.version: the file format version is a whole number (currently 2)");
    }

    @Test
    void streamLimitsNameWhereTheyWereHit() {
        String longText = "{\"format\":\"labcanvas\",\"version\":1,\"name\":\"" + "a".repeat(ProjectFile.MAX_STRING + 1)
                + "\",\"topology\":{}}";
        assertThatThrownBy(() -> ProjectFile.parse(longText, "t.labcanvas"))
                .hasMessageStartingWith("t.labcanvas:1:")
                .hasMessageEndingWith(": $.name: a text longer than 1000000 characters starts here; the limit is 1000000");
        String longNumber = "{\"format\":\"labcanvas\",\"version\":1" + "0".repeat(50) + ",\"topology\":{}}";
        assertThatThrownBy(() -> ProjectFile.parse(longNumber, "n.labcanvas"))
                .hasMessage("n.labcanvas:1:84: $.version: a number longer than 40 characters; the limit is 40");
    }

    @Test
    void aFileThatIsNotUtf8SaysSoWithLineAndColumn() {
        byte[] latin1 = "{\"format\":\"labcanvas\",\"version\":1,\n\"name\":\"M\u00fcnchen\",\"topology\":{}}"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ProjectFile.parse(latin1, "l.labcanvas"))
                .hasMessage("l.labcanvas:2:10: the file is not UTF-8 text (byte 0xFC here does not start a UTF-8"
                        + " character); LabCanvas projects are UTF-8: save the file as UTF-8");
        byte[] utf16 = "{\"format\":\"labcanvas\"}".getBytes(StandardCharsets.UTF_16);
        assertThatThrownBy(() -> ProjectFile.parse(utf16, "u.labcanvas"))
                .hasMessage("u.labcanvas:1:1: the file is UTF-16 text; LabCanvas projects are UTF-8 (save it as UTF-8)");
    }

    @Test
    void aFolderIsNotAProjectFile() {
        assertThatThrownBy(() -> ProjectFile.load(dir))
                .hasMessage(dir + ": is a folder, not a project file");
    }

    @Test
    void savingRemovesTemporaryFilesAKilledSaveLeftButNoOthers() throws IOException {
        Path f = dir.resolve("d.labcanvas");
        // pid 999999999 is above Linux's pid_max: no such process runs
        Path abandoned = Files.writeString(dir.resolve(".d.labcanvas.999999999-12345.tmp"), "half");
        Path abandonedBak = Files.writeString(dir.resolve(".d.labcanvas.bak.999999999-7.tmp"), "half");
        Path legacy = Files.writeString(dir.resolve(".d.labcanvas.8312838123.tmp"), "half");
        Files.setLastModifiedTime(legacy, FileTime.from(Instant.now().minusSeconds(3600)));
        Path running = Files.writeString(dir.resolve(".d.labcanvas." + ProcessHandle.current().pid() + "-1.tmp"), "in use");
        Path others = Files.writeString(dir.resolve(".e.labcanvas.999999999-1.tmp"), "another file's");
        Path mine = Files.writeString(dir.resolve("notes.tmp"), "the user's");
        ProjectFile.save(SmallDesign.project(), f);
        assertThat(abandoned).doesNotExist();
        assertThat(abandonedBak).doesNotExist();
        assertThat(legacy).doesNotExist();
        assertThat(running).exists();
        assertThat(others).exists();
        assertThat(mine).exists();
    }

    @Test
    void loadingRemovesTemporaryFilesAKilledSaveLeft() throws IOException {
        Path f = dir.resolve("d.labcanvas");
        ProjectFile.save(SmallDesign.project(), f);
        Path abandoned = Files.writeString(dir.resolve(".d.labcanvas.999999999-5.tmp"), "half");
        assertEquals(SmallDesign.project(), ProjectFile.load(f));
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("d.labcanvas");
        }
        assertThat(abandoned).doesNotExist();
    }
}
