package org.labcanvas.model.configs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.BrokerSettings;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.PreSharedKey;
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.UpdaterSettings;
import org.labcanvas.model.topology.VerbatimLine;

/**
 * The exporters' second line of defence: a design built in code with a line break in a key,
 * description, name or update key is refused by every writer (no file, no injected line), naming
 * the device and field but never the value.
 */
class ExportLineInjectionTest {
    private static final String INJECTED = "username evil privilege 15 secret x";
    private static final String REFUSAL = "contains a line break (U+000A); every setting is one line of the exported"
            + " config, so line breaks and control characters are not allowed";

    private static Topology singleHub() {
        return ReferenceDesigns.dmvpnSingleHub().topology();
    }

    private static Device withKey(Device d, String key) {
        CryptoSettings c = d.crypto();
        return d.withCrypto(new CryptoSettings(c.isakmpPolicies(),
                List.of(new PreSharedKey(Secret.of(key), "0.0.0.0", "0.0.0.0")), c.transformSets(), c.profiles()));
    }

    @Test
    void theIosWriterRefusesAPreSharedKeyWithALineBreak() {
        Device r1 = withKey(singleHub().require("R1"), "abc address 0.0.0.0\n" + INJECTED);
        assertThatThrownBy(() -> IosConfigWriter.write(r1))
                .isInstanceOf(ExportException.class)
                .hasMessage("R1: the secret crypto.preSharedKeys[0].key " + REFUSAL);
    }

    @Test
    void theIosAndFrrWritersRefuseADescriptionWithALineBreak() {
        Device r1 = singleHub().require("R1").withInterface("FastEthernet0/0", i -> i.withDescription("wan\n" + INJECTED));
        String expected = "R1: interfaces[1].description " + REFUSAL;
        assertThatThrownBy(() -> IosConfigWriter.write(r1)).hasMessage(expected);
        assertThatThrownBy(() -> FrrConfigWriter.conf(r1)).hasMessage(expected);
        assertThatThrownBy(() -> FrrConfigWriter.links(r1)).hasMessage(expected);
        assertThatThrownBy(() -> FrrConfigWriter.files(r1, singleHub().withDevice(r1))).hasMessage(expected);
    }

    @Test
    void theIosWriterRefusesAVerbatimLineWithALineBreak() {
        Device r1 = singleHub().require("R1");
        List<VerbatimLine> extra = List.of(new VerbatimLine(null, null, "banner motd x\n" + INJECTED, "R1.cfg:3"));
        assertThatThrownBy(() -> IosConfigWriter.write(r1, extra)).hasMessage("R1: verbatim[0].text " + REFUSAL);
    }

    @Test
    void theAceWriterRefusesAHostnameOrImageWithALineBreak() {
        Device ace = ReferenceDesigns.aceFtUpgrade().topology().require("ACE_1");
        AceSettings a = ace.ace();
        Device badImage = ace.withAce(a.withBootSystem(List.of("c6ace.bin\nusername evil password x")));
        assertThatThrownBy(() -> AceConfigWriter.write(badImage)).hasMessage("ACE_1: ace.bootSystem[0] " + REFUSAL);
        assertThatThrownBy(() -> AceConfigWriter.userContexts(badImage)).hasMessage("ACE_1: ace.bootSystem[0] " + REFUSAL);
        Device badName = ace.withName("ACE_1\nrole Admin");
        assertThatThrownBy(() -> AceConfigWriter.write(badName)).hasMessage("ACE_1\\nrole Admin: name " + REFUSAL);
    }

    @Test
    void theSixInFourScriptsUpdaterAndBrokerSummaryRefuseLineBreaks() {
        Topology six = ReferenceDesigns.sixInFourTunnelBroker().topology();
        Topology badKey = six.withDevice("MAC", d -> {
            UpdaterSettings u = d.sixInFour().updater();
            return d.withSixInFour(d.sixInFour().withUpdater(new UpdaterSettings(u.intervalMinutes(), u.username(),
                    Secret.of("k\nurl = \"http://evil\""), u.updateUrl(), u.ipCheckUrl())));
        });
        assertThatThrownBy(() -> ConfigExport.render(badKey, EnumSet.of(ExportKind.CONFIGS), Map.of()))
                .hasMessage("MAC: the secret sixInFour.updater.updateKey " + REFUSAL);
        Device mac = badKey.require("MAC");
        assertThatThrownBy(() -> SixInFourUpdater.files(mac, SixInFourTunnel.of(six, six.require("MAC")),
                mac.sixInFour().updater())).hasMessage("MAC: the secret sixInFour.updater.updateKey " + REFUSAL);
        Topology badBroker = six.withDevice("BROKER", d -> {
            BrokerSettings b = d.broker();
            return d.withBroker(new BrokerSettings(b.ipv4Endpoint(), b.tunnelId() + "\nrm -rf /", b.serverIpv6(),
                    b.clientIpv6(), b.routedPrefix()));
        });
        assertThatThrownBy(() -> SixInFourScripts.files(badBroker, badBroker.require("MAC")))
                .hasMessage("BROKER: broker.tunnelId " + REFUSAL);
        assertThatThrownBy(() -> BrokerSummary.write(badBroker, badBroker.require("BROKER")))
                .hasMessage("BROKER: broker.tunnelId " + REFUSAL);
    }

    @Test
    void aRefusedDesignWritesNothing(@TempDir Path out) throws Exception {
        Topology t = singleHub().withDevice("R1", d -> withKey(d, "k\n" + INJECTED));
        Project p = ReferenceDesigns.dmvpnSingleHub().withTopology(t);
        assertThatThrownBy(() -> ConfigExport.export(p, out, EnumSet.allOf(ExportKind.class), true))
                .isInstanceOf(ExportException.class)
                .hasMessage("R1: the secret crypto.preSharedKeys[0].key " + REFUSAL);
        try (var s = Files.list(out)) {
            assertEquals(List.of(), s.toList());
        }
    }

    @Test
    void aCurlConfigStringEscapesLineBreaksInsteadOfEndingTheLine() {
        assertEquals("\"a\\\\b\\\"c\\nurl = \\\"http://evil\\\"\\r\\t\\v\"",
                ShellText.curlQuoted("a\\b\"c\nurl = \"http://evil\"\r\t\u000b"));
        assertThat(ShellText.curlQuoted("x\ny")).doesNotContain("\n");
    }
}
