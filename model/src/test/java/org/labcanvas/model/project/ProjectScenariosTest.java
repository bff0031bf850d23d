package org.labcanvas.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.model.generate.ReferenceDesigns;

class ProjectScenariosTest {
    private static final Project DUAL = ReferenceDesigns.dmvpnDualHub();
    private static final Scenario R0_FAILS = new Scenario("R0 fails",
            "events:\n  - at: 10m\n    device: R0\n    action: down\n");

    @Test
    void scenariosAreSavedAsVersion2AndReadBack(@TempDir Path dir) throws Exception {
        Project with = DUAL.withScenarios(List.of(R0_FAILS));
        Path file = dir.resolve("d.labcanvas");
        ProjectFile.save(with, file);
        String json = Files.readString(file);
        assertThat(json).startsWith("{\n  \"format\": \"labcanvas\",\n  \"version\": 2,");
        assertThat(json).endsWith("  \"scenarios\": [\n    {\n      \"name\": \"R0 fails\",\n      \"events\": "
                + "\"events:\\n  - at: 10m\\n    device: R0\\n    action: down\\n\"\n    }\n  ]\n}\n");
        assertEquals(with, ProjectFile.load(file));
    }

    @Test
    void aDesignWithoutScenariosStaysVersion1(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.labcanvas");
        ProjectFile.save(DUAL, file);
        String json = Files.readString(file);
        assertThat(json).startsWith("{\n  \"format\": \"labcanvas\",\n  \"version\": 1,");
        assertThat(json).doesNotContain("scenarios");
        assertEquals(List.of(), ProjectFile.load(file).scenarios());
    }

    @Test
    void editsKeepTheScenarios() {
        Project with = DUAL.withScenarios(List.of(R0_FAILS));
        assertEquals(List.of(R0_FAILS), with.withTopology(DUAL.topology()).withLayout(DUAL.layout()).scenarios());
    }

    @Test
    void twoScenariosOfOneNameAreRefusedWithThePath() {
        String json = ProjectFile.toJson(DUAL.withScenarios(List.of(R0_FAILS, R0_FAILS)));
        assertThatThrownBy(() -> ProjectFile.parse(json, "d.labcanvas"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("$.scenarios[1].name")
                .hasMessageContaining("duplicate scenario name 'R0 fails'; names must be unique");
    }
}
