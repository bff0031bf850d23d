package org.labcanvas.model.configs;

import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;

/** The one golden runner: every file the four reference designs export. */
class ExportGoldenTest {
    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("dmvpn-single-hub", ReferenceDesigns.dmvpnSingleHub()),
                Arguments.of("dmvpn-dual-hub", ReferenceDesigns.dmvpnDualHub()),
                Arguments.of("ace-ft-upgrade", ReferenceDesigns.aceFtUpgrade()),
                Arguments.of("six-in-four", ReferenceDesigns.sixInFourTunnelBroker()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void exportMatchesGoldenFiles(String scenario, Project project) throws Exception {
        GoldenFiles.check(scenario, ConfigExport.render(project.topology(), EnumSet.allOf(ExportKind.class), Map.of()));
    }
}
