package org.labcanvas.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Platform;

class ProjectFileTest {
    @TempDir
    Path dir;

    @Test
    void savedProjectLoadsBackEqual() throws IOException {
        Project p = SmallDesign.project();
        Path f = dir.resolve("small.labcanvas");
        ProjectFile.save(p, f);
        assertEquals(p, ProjectFile.load(f));
    }

    @Test
    void fileStartsWithFormatAndVersion() {
        String json = ProjectFile.toJson(SmallDesign.project());
        assertThat(json).startsWith("{\n  \"format\": \"labcanvas\",\n  \"version\": 1,\n  \"name\": \"small\",");
        assertThat(json).endsWith("}\n");
    }

    @Test
    void outputIsByteIdenticalForEqualProjects() {
        assertEquals(ProjectFile.toJson(SmallDesign.project()), ProjectFile.toJson(SmallDesign.project()));
    }

    @Test
    void savingKeepsThePreviousVersionAsBak() throws IOException {
        Path f = dir.resolve("d.labcanvas");
        Project first = SmallDesign.project();
        Project second = first.withTopology(first.topology().withDevice(Device.of("LAN1", DeviceKind.LAN, Platform.GENERIC)));
        ProjectFile.save(first, f);
        ProjectFile.save(second, f);
        assertEquals(second, ProjectFile.load(f));
        assertEquals(first, ProjectFile.load(ProjectFile.backupPath(f)));
    }

    @Test
    void savingLeavesNoTemporaryFiles() throws IOException {
        Path f = dir.resolve("d.labcanvas");
        ProjectFile.save(SmallDesign.project(), f);
        ProjectFile.save(SmallDesign.project(), f);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("d.labcanvas", "d.labcanvas.bak");
        }
    }

    @Test
    void failedSaveLeavesTheOldFileUntouched() throws IOException {
        Path f = dir.resolve("d.labcanvas");
        ProjectFile.save(SmallDesign.project(), f);
        byte[] before = Files.readAllBytes(f);
        Path blocked = dir.resolve("sub");
        Files.writeString(blocked, "a file where a folder is expected");
        assertThatThrownBy(() -> ProjectFile.save(SmallDesign.project(), blocked.resolve("x.labcanvas")))
                .isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
    }

    @Test
    void truncatedFileFailsWithLineAndColumn() {
        String json = ProjectFile.toJson(SmallDesign.project());
        String cut = json.substring(0, json.indexOf("\"links\""));
        assertThatThrownBy(() -> ProjectFile.parse(cut, "cut.labcanvas"))
                .isInstanceOf(ProjectFileException.class)
                .satisfies(e -> {
                    ProjectFileException p = (ProjectFileException) e;
                    assertThat(p.line()).isGreaterThan(1);
                    assertThat(p.column()).isGreaterThan(0);
                    assertThat(p.getMessage()).startsWith("cut.labcanvas:" + p.line() + ":" + p.column() + ": ");
                });
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        String json = "{\n  \"format\": \"labcanvas\",\n  \"version\": 1,\n  \"name\": \"x\" \"topology\": {}\n}\n";
        assertThatThrownBy(() -> ProjectFile.parse(json, "bad.labcanvas"))
                .hasMessage("bad.labcanvas:4:15: $.name: malformed JSON: Unexpected character '\"': expected a comma"
                        + " between two entries");
    }

    @Test
    void unknownFieldIsReportedWithItsPath() {
        String json = """
                {"format": "labcanvas", "version": 1, "topology": {"devices": [
                  {"name": "R1", "kind": "router", "colour": "red"}
                ]}}
                """;
        assertThatThrownBy(() -> ProjectFile.parse(json, "f.labcanvas"))
                .hasMessageStartingWith("f.labcanvas:2:")
                .hasMessageContaining("$.topology.devices[0].colour: unknown field \"colour\"");
    }

    @Test
    void badEnumValueListsTheAllowedOnes() {
        String json = """
                {"format": "labcanvas", "version": 1, "topology": {"devices": [
                  {"name": "R1", "kind": "router", "platform": "ios99"}
                ]}}
                """;
        assertThatThrownBy(() -> ProjectFile.parse(json, "f.labcanvas"))
                .hasMessage("f.labcanvas:2:48: $.topology.devices[0].platform: \"ios99\" is not allowed here; "
                        + "expected one of: ios12.4, ios15, iosxe, ace-a2, macos, freebsd, linux, generic");
    }

    @Test
    void newerVersionIsRefusedClearly() {
        String json = "{\"format\": \"labcanvas\", \"version\": 7, \"future\": {\"x\": 1}}";
        assertThatThrownBy(() -> ProjectFile.parse(json, "new.labcanvas"))
                .hasMessage("new.labcanvas:1:36: $.version: this project was saved by a newer LabCanvas "
                        + "(file format version 7); this release reads versions up to 2. Update LabCanvas to open it.");
    }

    @Test
    void otherJsonIsNotAProject() {
        assertThatThrownBy(() -> ProjectFile.parse("{\"devices\": []}", "x.json"))
                .hasMessage("x.json:1:1: $.format: not a LabCanvas project: expected \"format\": \"labcanvas\"");
        assertThatThrownBy(() -> ProjectFile.parse("[1, 2]", "x.json"))
                .hasMessageContaining("a LabCanvas project is a JSON object");
        assertThatThrownBy(() -> ProjectFile.parse("", "empty.labcanvas"))
                .hasMessage("empty.labcanvas:1:1: the file is empty");
    }

    @Test
    void duplicateDeviceNameIsLocated() {
        String json = """
                {"format": "labcanvas", "version": 1, "topology": {"devices": [
                  {"name": "R1", "kind": "router"},
                  {"name": "R1", "kind": "lan"}
                ]}}
                """;
        assertThatThrownBy(() -> ProjectFile.parse(json, "dup.labcanvas"))
                .hasMessage("dup.labcanvas:3:4: $.topology.devices[1].name: duplicate device name 'R1' "
                        + "(also devices[0]); names must be unique");
    }

    @Test
    void linkToMissingDeviceIsLocated() {
        String json = """
                {"format": "labcanvas", "version": 1, "topology": {
                  "devices": [{"name": "R1", "kind": "router", "interfaces": [{"name": "Fa0/0"}]}],
                  "links": [{"a": {"device": "R1", "iface": "Fa0/0"},
                             "b": {"device": "R9"}}]
                }}
                """;
        assertThatThrownBy(() -> ProjectFile.parse(json, "l.labcanvas"))
                .hasMessage("l.labcanvas:4:20: $.topology.links[0].b.device: link end names device 'R9', which does not exist");
    }

    @Test
    void duplicateJsonKeysAreRefused() {
        String json = "{\"format\": \"labcanvas\", \"version\": 1, \"version\": 1}";
        assertThatThrownBy(() -> ProjectFile.parse(json, "k.labcanvas"))
                .hasMessageContaining("Duplicate field 'version'");
    }

    @Test
    void fileCannotNameJavaClasses() {
        String json = """
                {"format": "labcanvas", "version": 1, "topology": {"devices": [
                  {"@class": "java.lang.ProcessBuilder", "name": "R1", "kind": "router"}
                ]}}
                """;
        assertThatThrownBy(() -> ProjectFile.parse(json, "evil.labcanvas"))
                .hasMessageContaining("unknown field \"@class\"");
    }

    @Test
    void deeplyNestedInputIsRefusedByTheStreamLimits() {
        String json = "{\"format\": \"labcanvas\", \"version\": 1, \"name\": " + "[".repeat(200) + "]".repeat(200) + "}";
        assertThatThrownBy(() -> ProjectFile.parse(json, "deep.labcanvas"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageStartingWith("deep.labcanvas:1:111: $.name[0][0]")
                .hasMessageEndingWith(": nested deeper than 64 levels (a LabCanvas project needs far fewer); the limit is hit here");
    }

    @Test
    void secretsNeverAppearInErrorMessages() {
        String psk = "TopSecretKey-12345";
        List<String> broken = List.of(
                // a secret where a string is expected but given as an object
                "{\"format\":\"labcanvas\",\"version\":1,\"topology\":{\"devices\":[{\"name\":\"R1\",\"kind\":\"router\","
                        + "\"crypto\":{\"preSharedKeys\":[{\"key\":{\"v\":\"" + psk + "\"},\"address\":\"0.0.0.0\",\"mask\":\"0.0.0.0\"}]}}]}}",
                // a secret given as a number
                "{\"format\":\"labcanvas\",\"version\":1,\"topology\":{\"devices\":[{\"name\":\"R1\",\"kind\":\"router\","
                        + "\"crypto\":{\"preSharedKeys\":[{\"key\":12345678901234,\"address\":\"0.0.0.0\",\"mask\":\"0.0.0.0\"}]}}]}}",
                // a valid secret, then a structural error in the same device
                "{\"format\":\"labcanvas\",\"version\":1,\"topology\":{\"devices\":[{\"name\":\"R1\",\"kind\":\"router\","
                        + "\"crypto\":{\"preSharedKeys\":[{\"key\":\"" + psk + "\",\"address\":\"0.0.0.0\",\"mask\":\"0.0.0.0\"}]},"
                        + "\"bogus\":1}]}}");
        for (String json : broken) {
            assertThatThrownBy(() -> ProjectFile.parse(json, "s.labcanvas"))
                    .isInstanceOf(ProjectFileException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(psk).doesNotContain("12345678901234"));
        }
    }

    @Test
    void secretsDoNotLeakThroughToString() {
        Project p = SmallDesign.project();
        assertThat(p.topology().devices().get(0).toString()).doesNotContain(SmallDesign.PSK).contains("key=******");
    }

    @Test
    void missingFileIsReported() {
        assertThatThrownBy(() -> ProjectFile.load(dir.resolve("nope.labcanvas")))
                .hasMessageEndingWith("nope.labcanvas: no such file");
    }

    @Test
    void loadingABrokenFileLeavesItUntouched() throws IOException {
        Path f = dir.resolve("broken.labcanvas");
        Files.writeString(f, "{\"format\": \"labcanvas\", \"version\": 1, \"topology\": {", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(f);
        assertThatThrownBy(() -> ProjectFile.load(f)).isInstanceOf(ProjectFileException.class);
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.count()).isEqualTo(1);
        }
    }
}
