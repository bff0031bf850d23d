package org.labcanvas.model.configs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.Topology;

class ConfigExportTest {
    @Test
    void writesSortedFilesWithScriptAndSecretModes(@TempDir Path out) throws Exception {
        ExportReport report = ConfigExport.export(ReferenceDesigns.sixInFourTunnelBroker(), out,
                EnumSet.allOf(ExportKind.class), false);
        assertThat(report.written()).isEqualTo(List.of(
                out.resolve("configs/BROKER.txt"),
                out.resolve("configs/MAC-6in4-credentials.curlrc"),
                out.resolve("configs/MAC-6in4-update.cron"),
                out.resolve("configs/MAC-6in4-update.service"),
                out.resolve("configs/MAC-6in4-update.sh"),
                out.resolve("configs/MAC-6in4-update.timer"),
                out.resolve("configs/MAC-6in4.sh")));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                out.resolve("configs/MAC-6in4-credentials.curlrc")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                out.resolve("configs/MAC-6in4-update.sh")))).isEqualTo("rwxr-xr-x");
        try (Stream<Path> s = Files.walk(out)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()).isEmpty();
        }
    }

    @Test
    void onlyRequestedKindsAreWritten(@TempDir Path out) throws Exception {
        ExportReport report = ConfigExport.export(ReferenceDesigns.dmvpnSingleHub(), out, Set.of(ExportKind.FRR), false);
        assertThat(report.written()).allMatch(p -> out.relativize(p).toString().startsWith("frr/"));
        assertThat(report.written()).hasSize(6);
    }

    @Test
    void exportIsDeterministic() throws Exception {
        Project p = ReferenceDesigns.dmvpnDualHub();
        assertThat(ConfigExport.render(p.topology(), EnumSet.allOf(ExportKind.class), Map.of()))
                .isEqualTo(ConfigExport.render(p.topology(), EnumSet.allOf(ExportKind.class), Map.of()));
    }

    @Test
    void anAceContextFileAndADeviceWithTheSameFileNameAreNamedInTheRefusal() {
        Topology t = ReferenceDesigns.aceFtUpgrade().topology();
        Device ace1 = t.require("ACE_1");
        var a = ace1.ace();
        List<org.labcanvas.model.topology.AceContext> contexts = a.contexts().stream()
                .map(c -> c.name().equals("C1") ? new org.labcanvas.model.topology.AceContext("C1", c.id(), List.of(200)) : c).toList();
        Device withContextFile = ace1.withInterfaces(List.of(new Interface("vlan200", org.labcanvas.model.topology.InterfaceType.VLAN,
                        null, "10.200.0.1/24", List.of(), null, null, null, null, false, null, null, null)))
                .withAce(new org.labcanvas.model.topology.AceSettings(a.peerDevice(), a.ftInterface(), a.ftPeer(), a.ftGroups(),
                        contexts, a.tracking(), a.images(), a.bootSystem(), a.runningImage()));
        Device namesake = t.require("ACE_2").withName("ACE_1-C1");
        Topology clash = new Topology(List.of(withContextFile, namesake), List.of());
        assertThatThrownBy(() -> ConfigExport.render(clash, EnumSet.of(ExportKind.CONFIGS), Map.of()))
                .isInstanceOf(ExportException.class)
                .hasMessage("context C1 of ACE ACE_1 and device ACE_1-C1 both export to configs/ACE_1-C1.cfg; rename one of them");
    }

    @Test
    void aBadDesignWritesNothing(@TempDir Path out) {
        Device good = Device.of("A", DeviceKind.ROUTER, Platform.IOS_15)
                .withInterfaces(List.of(Interface.physical("FastEthernet0/0", "10.0.0.1/24")));
        Device bad = Device.of("B", DeviceKind.ROUTER, Platform.IOS_15)
                .withInterfaces(List.of(Interface.physical("FastEthernet0/0", "10.0.0.300/24")));
        Project p = Project.of("x", new Topology(List.of(good, bad), List.of()), null);
        assertThatThrownBy(() -> ConfigExport.export(p, out, EnumSet.allOf(ExportKind.class), false))
                .isInstanceOf(ExportException.class).hasMessageStartingWith("B interface FastEthernet0/0 ipv4");
        assertThat(out.toFile().list()).isEmpty();
    }
}
