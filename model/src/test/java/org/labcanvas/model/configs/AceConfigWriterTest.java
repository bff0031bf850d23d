package org.labcanvas.model.configs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.FtGroup;
import org.labcanvas.model.topology.FtTrack;

class AceConfigWriterTest {
    @Test
    void noPreemptAndDefaultPrioritiesAreWrittenTheAceWay() throws Exception {
        Device ace = ReferenceDesigns.aceFtUpgrade().topology().require("ACE_1");
        Device edited = ace.withAce(ace.ace().withFtGroups(List.of(
                new FtGroup(2, 1, FtGroup.DEFAULT_PRIORITY, 90, false, "C1", true))));
        String config = AceConfigWriter.write(edited);
        assertThat(config.substring(config.indexOf("ft group 2")).lines().toList()).isEqualTo(List.of(
                "ft group 2",
                "  peer 1",
                "  no preempt",
                "  peer priority 90",
                "  associate-context C1",
                "  inservice"));
    }

    @Test
    void contextsComeBeforeTheGroupsThatAssociateThem() throws Exception {
        String config = AceConfigWriter.write(ReferenceDesigns.aceFtUpgrade().topology().require("ACE_2"));
        assertThat(config.indexOf("context C2")).isLessThan(config.indexOf("associate-context C2"));
        assertThat(config).startsWith("boot system image:c6ace-t1k9-mz.A2_1_4a.bin\n\nhostname ACE_2\n");
        assertThat(config).doesNotContain("\ninterface vlan 100");
    }

    @Test
    void ftTracksAreWrittenWithTheirItemAndNonDefaultPriorities() throws Exception {
        Device ace = ReferenceDesigns.aceFtUpgrade().topology().require("ACE_1");
        AceSettings a = ace.ace();
        Device edited = ace.withAce(new AceSettings(a.peerDevice(), a.ftInterface(), a.ftPeer(), a.ftGroups(), a.contexts(),
                List.of(new FtTrack("TRACK1", "interface", "vlan 200", 1, 120, 90),
                        new FtTrack("GW", "host", "10.1.1.254", 1, 50, 0),
                        new FtTrack("NEW", "hsrp", null, 1, 0, 0)),
                a.images(), a.bootSystem(), a.runningImage()));
        String config = AceConfigWriter.write(edited);
        assertThat(config.substring(config.indexOf("ft track"), config.indexOf("context C1")).lines().toList()).isEqualTo(List.of(
                "ft track interface TRACK1",
                "  track-interface vlan 200",
                "  peer track-interface vlan 200",
                "  priority 120",
                "  peer priority 90",
                "",
                "ft track host GW",
                "  track-host 10.1.1.254",
                "  peer track-host 10.1.1.254",
                "  priority 50",
                "",
                "ft track hsrp NEW",
                ""));
    }
}
