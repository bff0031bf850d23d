package org.labcanvas.model.project;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;

class AceSimulationSettingsTest {
    private static String sample() throws Exception {
        return ProjectFile.toJson(ReferenceDesigns.aceFtUpgrade());
    }

    @Test
    void theSampleRoundTripsWithItsTftpImagesSyncFaultsAndClientLoad() throws Exception {
        String json = sample();
        assertEquals(ReferenceDesigns.aceFtUpgrade(), ProjectFile.parse(json, "ace.labcanvas"));
    }

    @Test
    void clientLoadOfAContextTheModuleDoesNotHaveIsRefusedWithItsPlace() throws Exception {
        String json = sample().replaceFirst("\"context\"\\s*:\\s*\"C2\",\\s*\"connections\"", "\"context\": \"C9\", \"connections\"");
        assertThatThrownBy(() -> ProjectFile.parse(json, "ace.labcanvas"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("$.topology.devices[0].ace.clientLoad[1].context: no context 'C9' on ACE_1");
    }

    @Test
    void aReloadTimeOutOfRangeIsRefused() throws Exception {
        String json = sample().replaceFirst("\"runningImage\"\\s*:\\s*\"c6ace-t1k9-mz.A2_1_4a.bin\",",
                "\"runningImage\": \"c6ace-t1k9-mz.A2_1_4a.bin\", \"reloadSeconds\": 0,");
        assertThatThrownBy(() -> ProjectFile.parse(json, "ace.labcanvas"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("$.topology.devices[0].ace.reloadSeconds: reloadSeconds 0 is out of range");
    }
}
