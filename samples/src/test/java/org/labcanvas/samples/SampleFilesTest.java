package org.labcanvas.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.lint.Finding;
import org.labcanvas.model.lint.Lint;
import org.labcanvas.model.lint.Severity;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;

/**
 * The sample files on disk are exactly what {@link ReferenceDesigns} builds. Run with
 * {@code -Dgolden.update=true} to rewrite them from the builders, then read the diff.
 */
class SampleFilesTest {
    private static final Map<String, Supplier<Project>> BUILDERS = builders();

    private static Map<String, Supplier<Project>> builders() {
        Map<String, Supplier<Project>> m = new LinkedHashMap<>();
        m.put(Samples.DMVPN_SINGLE_HUB, ReferenceDesigns::dmvpnSingleHub);
        m.put(Samples.DMVPN_DUAL_HUB, ReferenceDesigns::dmvpnDualHub);
        m.put(Samples.ACE_FT_UPGRADE, ReferenceDesigns::aceFtUpgrade);
        m.put(Samples.SIX_IN_FOUR_TUNNEL_BROKER, ReferenceDesigns::sixInFourTunnelBroker);
        return m;
    }

    static Stream<String> sampleNames() {
        return Samples.NAMES.stream();
    }

    private static Path samplesDir() {
        String dir = System.getProperty("samples.dir");
        assertThat(dir).as("system property samples.dir (set by the samples pom)").isNotBlank();
        return Path.of(dir);
    }

    @Test
    void everySampleHasABuilder() {
        assertEquals(List.copyOf(BUILDERS.keySet()), Samples.NAMES);
    }

    @ParameterizedTest
    @MethodSource("sampleNames")
    void fileOnDiskIsTheBuildersOutput(String name) throws IOException {
        Path file = samplesDir().resolve(name);
        String expected = ProjectFile.toJson(BUILDERS.get(name).get());
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(file).as("%s (rewrite with -Dgolden.update=true)", file).exists();
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8),
                file + " differs from the builder; rewrite with -Dgolden.update=true and review the diff");
    }

    @ParameterizedTest
    @MethodSource("sampleNames")
    void sampleLoadsAndHasNoLintErrors(String name) throws Exception {
        Project p = ProjectFile.load(samplesDir().resolve(name));
        List<Finding> errors = Lint.check(p.topology()).stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
        assertEquals(List.of(), errors, name + " has lint errors");
    }

    @ParameterizedTest
    @MethodSource("sampleNames")
    void bundledResourceEqualsTheFileOnDisk(String name) throws IOException {
        // The resources were copied before this run could rewrite the files.
        assumeFalse(Boolean.getBoolean("golden.update"), "files are being rewritten");
        String bundled = new String(Samples.bytes(name), StandardCharsets.UTF_8);
        assertEquals(Files.readString(samplesDir().resolve(name), StandardCharsets.UTF_8), bundled,
                "the jar's copy of " + name + " differs from the file on disk");
    }

    @Test
    void defaultSampleIsTheDualHubDesign() {
        assertEquals("dmvpn-dual-hub.labcanvas", Samples.DEFAULT);
        assertThat(Samples.NAMES).contains(Samples.DEFAULT);
    }

    @Test
    void unknownSampleNameIsRefusedWithTheList() {
        assertThatThrownBy(() -> Samples.open("nope.labcanvas"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope.labcanvas")
                .hasMessageContaining(Samples.DEFAULT);
    }
}
