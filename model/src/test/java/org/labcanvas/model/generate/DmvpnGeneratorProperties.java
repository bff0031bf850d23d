package org.labcanvas.model.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.project.ProjectFileException;

class DmvpnGeneratorProperties {

    @Property(tries = 60)
    void generatedProjectSurvivesTheProjectFile(@ForAll @IntRange(min = 1, max = 4) int hubs,
                                                @ForAll @IntRange(min = 0, max = 40) int spokes)
            throws ProjectFileException {
        Project p = DmvpnGenerator.generate(hubs, spokes);
        assertEquals(p, ProjectFile.parse(ProjectFile.toJson(p), "generated.labcanvas"));
    }

    @Property(tries = 30)
    void deviceCountIsHubsPlusSpokesPlusTheTwoSegments(@ForAll @IntRange(min = 1, max = 4) int hubs,
                                                      @ForAll @IntRange(min = 0, max = 300) int spokes) {
        Project p = DmvpnGenerator.generate(hubs, spokes);
        assertEquals(hubs + spokes + 2, p.topology().devices().size());
        assertEquals(2 * hubs + spokes, p.topology().links().size());
    }
}
