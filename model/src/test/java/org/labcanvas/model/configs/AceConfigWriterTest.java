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

    @Test
    void aUserContextsVlansAndTracksGoInItsOwnConfiguration() throws Exception {
        Device ace = ReferenceDesigns.aceFtUpgrade().topology().require("ACE_1");
        AceSettings a = ace.ace();
        List<org.labcanvas.model.topology.AceContext> contexts = a.contexts().stream()
                .map(c -> c.name().equals("C1") ? new org.labcanvas.model.topology.AceContext("C1", c.id(), List.of(200)) : c).toList();
        Device edited = ace.withAce(new AceSettings(a.peerDevice(), a.ftInterface(), a.ftPeer(), a.ftGroups(), contexts,
                List.of(new FtTrack("ADMIN_GW", "host", "10.1.1.254", 1, 120, 0),
                        new FtTrack("C1_VLAN", "interface", "vlan 200", 2, 120, 90)),
                a.images(), a.bootSystem(), a.runningImage()))
                .withInterfaces(List.of(new org.labcanvas.model.topology.Interface("vlan200",
                        org.labcanvas.model.topology.InterfaceType.VLAN, "servers", "10.2.0.2/24", List.of(),
                        null, null, null, null, false, null, null, null)));
        String admin = AceConfigWriter.write(edited);
        assertThat(admin).contains("ft track host ADMIN_GW\n").contains("context C1\n  allocate-interface vlan 200\n")
                .doesNotContain("C1_VLAN").doesNotContain("\ninterface vlan 200");
        assertThat(AceConfigWriter.userContexts(edited)).isEqualTo(java.util.Map.of("C1", String.join("\n",
                "interface vlan 200",
                "  description servers",
                "  ip address 10.2.0.2 255.255.255.0",
                "  no shutdown",
                "",
                "ft track interface C1_VLAN",
                "  track-interface vlan 200",
                "  peer track-interface vlan 200",
                "  priority 120",
                "  peer priority 90",
                "")));
        var files = ConfigExport.render(new org.labcanvas.model.topology.Topology(List.of(edited), List.of()),
                java.util.EnumSet.of(ExportKind.CONFIGS), java.util.Map.of());
        assertThat(files.stream().map(GeneratedFile::path).toList()).containsExactly("configs/ACE_1-C1.cfg", "configs/ACE_1.cfg");
    }
}
