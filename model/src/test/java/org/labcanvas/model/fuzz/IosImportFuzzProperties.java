package org.labcanvas.model.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.labcanvas.model.configs.ConfigExport;
import org.labcanvas.model.configs.ExportException;
import org.labcanvas.model.configs.ExportKind;
import org.labcanvas.model.ios.ImportNote;
import org.labcanvas.model.ios.ImportResult;
import org.labcanvas.model.ios.IosImport;
import org.labcanvas.model.ios.IosImportException;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.topology.Platform;

/**
 * Running-configs of real and broken IOS commands with credentials in them: the import either
 * gives a design that saves, loads back equal and exports, or fails with {@code FILE:LINE:}; no
 * note or message quotes a secret or names a Java class.
 */
class IosImportFuzzProperties {
    private static final Pattern LOCATED = Pattern.compile("^R9\\.cfg(:\\d+(:\\d+)?)?: .+", Pattern.DOTALL);

    @Provide
    Arbitrary<FuzzInputs.Config> configs() {
        return FuzzInputs.configs();
    }

    @Property(tries = 1000)
    void aRunningConfigImportsOrFailsWithFileAndLineAndNoSecret(@ForAll("configs") FuzzInputs.Config c) throws Exception {
        ImportResult r;
        try {
            r = IosImport.importTexts(Map.of("R9.cfg", c.text()), Platform.IOS_15);
        } catch (IosImportException e) {
            assertThat(e.getMessage()).matches(LOCATED).doesNotContain("\n").doesNotContainPattern(FuzzInputs.JAVA_TRACES);
            c.secrets().forEach(s -> assertThat(e.getMessage()).doesNotContain(s));
            return;
        }
        for (ImportNote n : r.notes()) {
            assertThat(n.text()).doesNotContain("\n").doesNotContainPattern(FuzzInputs.JAVA_TRACES);
            c.secrets().forEach(s -> assertThat(n.text()).as("note %s", n.text()).doesNotContain(s));
        }
        // what import writes must load again, equal
        assertThat(ProjectFile.parse(ProjectFile.toJson(r.project()), "imported.labcanvas"))
                .as("the design of %s", c.text().codePoints().mapToObj(cp -> cp < 0x20 || cp > 0x7e
                        ? String.format("\\u%04X", cp) : Character.toString(cp)).collect(java.util.stream.Collectors.joining()))
                .isEqualTo(r.project());
        try {
            ConfigExport.render(r.project().topology(), EnumSet.allOf(ExportKind.class), r.verbatim());
        } catch (ExportException e) {
            assertThat(e.getMessage()).doesNotContainPattern(FuzzInputs.JAVA_TRACES);
            c.secrets().forEach(s -> assertThat(e.getMessage()).doesNotContain(s));
        }
    }
}
