package org.labcanvas.model.ios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.configs.ConfigExport;
import org.labcanvas.model.configs.ExportKind;
import org.labcanvas.model.configs.GeneratedFile;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Topology;

/** The DMVPN reference designs come back from their exported configs: routers equal, same cabling. */
class ReferenceDesignImportTest {
    static Topology roundTrip(Project p) throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        for (GeneratedFile f : ConfigExport.render(p.topology(), EnumSet.of(ExportKind.CONFIGS), Map.of())) {
            texts.put(f.fileName(), f.content());
        }
        Device any = p.topology().devices().stream().filter(d -> d.kind() == DeviceKind.ROUTER).findFirst().orElseThrow();
        return IosImport.importTexts(texts, any.platform()).project().topology();
    }

    static List<Device> routers(Topology t) {
        return t.devices().stream().filter(d -> d.kind() == DeviceKind.ROUTER)
                .sorted(Comparator.comparing(Device::name)).toList();
    }

    /** Links as text with segment nodes named by kind, so LAN names may differ. */
    static Set<String> cabling(Topology t) {
        return t.links().stream().map(l -> end(t, l.a()) + " -- " + end(t, l.b())).collect(Collectors.toSet());
    }

    private static String end(Topology t, org.labcanvas.model.topology.Endpoint e) {
        Device d = t.require(e.device());
        return d.kind().isSegment() ? d.kind().name() : e.toString();
    }

    @Test
    void singleHubRoutersAndCablingSurviveExportAndImport() throws Exception {
        Project p = ReferenceDesigns.dmvpnSingleHub();
        Topology back = roundTrip(p);
        assertThat(routers(back)).isEqualTo(routers(p.topology()));
        assertThat(cabling(back)).isEqualTo(cabling(p.topology()));
    }

    @Test
    void dualHubRoutersAndCablingSurviveExportAndImport() throws Exception {
        Project p = ReferenceDesigns.dmvpnDualHub();
        Topology back = roundTrip(p);
        assertThat(routers(back)).isEqualTo(routers(p.topology()));
        assertThat(cabling(back)).isEqualTo(cabling(p.topology()));
    }
}
