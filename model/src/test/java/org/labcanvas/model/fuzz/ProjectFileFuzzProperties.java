package org.labcanvas.model.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.labcanvas.model.configs.ConfigExport;
import org.labcanvas.model.configs.ExportException;
import org.labcanvas.model.configs.ExportKind;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.lint.Lint;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.project.ProjectFileException;

/**
 * Mutated project files (characters inserted, removed, repeated; strings and numbers replaced with
 * control characters, escapes, huge numbers; other encodings): loading either succeeds or fails
 * with one located message that quotes no secret and names no Java class; a design that loads
 * lints and exports without any other kind of failure.
 */
class ProjectFileFuzzProperties {
    private static final List<Project> DESIGNS = List.of(ReferenceDesigns.dmvpnSingleHub(), ReferenceDesigns.dmvpnDualHub(),
            ReferenceDesigns.aceFtUpgrade(), ReferenceDesigns.sixInFourTunnelBroker());
    private static final List<String> SECRETS = List.of("Dmvpn-Lab-7qR2xK9wT4mZ", "Tb-Upd8-9fK2qW7xR4zL3nP6");
    private static final Pattern LOCATED = Pattern.compile("^f\\.labcanvas(:\\d+(:\\d+)?)?: .+", Pattern.DOTALL);

    @Provide
    Arbitrary<List<FuzzInputs.Mutation>> mutations() {
        return FuzzInputs.mutations().list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 1000)
    void aMutatedProjectLoadsOrFailsWithOneLocatedMessageWithoutSecrets(
            @ForAll @IntRange(min = 0, max = 3) int design, @ForAll("mutations") List<FuzzInputs.Mutation> ms,
            @ForAll @IntRange(min = 0, max = 5) int encoding) {
        String json = FuzzInputs.mutate(ProjectFile.toJson(DESIGNS.get(design)), ms);
        Project p;
        try {
            p = ProjectFile.parse(FuzzInputs.bytes(json, encoding > 2 ? 0 : encoding), "f.labcanvas");
        } catch (ProjectFileException e) {
            assertThat(e.getMessage()).matches(LOCATED).doesNotContain("\n").doesNotContainPattern(FuzzInputs.JAVA_TRACES);
            for (String secret : SECRETS) {
                assertThat(e.getMessage()).doesNotContain(secret);
            }
            return;
        }
        Lint.check(p.topology()).forEach(f -> {
            assertThat(f.line()).doesNotContain("\n");
            SECRETS.forEach(secret -> assertThat(f.line()).doesNotContain(secret));
        });
        try {
            ConfigExport.render(p.topology(), EnumSet.allOf(ExportKind.class), Map.of());
        } catch (ExportException e) {
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContainPattern(FuzzInputs.JAVA_TRACES);
            SECRETS.forEach(secret -> assertThat(e.getMessage()).doesNotContain(secret));
        }
    }

    @Property(tries = 200)
    void anyTextOrBytesFailCleanly(@ForAll @Size(max = 200) byte[] bytes) {
        try {
            ProjectFile.parse(bytes, "f.labcanvas");
        } catch (ProjectFileException e) {
            assertThat(e.getMessage()).matches(LOCATED).doesNotContain("\n").doesNotContainPattern(FuzzInputs.JAVA_TRACES);
        }
    }
}
