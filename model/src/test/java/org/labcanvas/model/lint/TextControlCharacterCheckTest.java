package org.labcanvas.model.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.PreSharedKey;
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.UpdaterSettings;

/** A design built in code can carry line breaks the project file refuses; validate reports them as errors. */
class TextControlCharacterCheckTest {
    private static final String EVIL = "abc address 0.0.0.0\nusername evil privilege 15 secret x";
    private static final String REFUSAL = "every setting is one line of the exported config, so line breaks and"
            + " control characters are not allowed";

    @Test
    void aLineBreakInAPreSharedKeyIsAnErrorThatNamesTheFieldButNotTheKey() {
        Topology t = ReferenceDesigns.dmvpnSingleHub().topology().withDevice("R1", d -> {
            CryptoSettings c = d.crypto();
            return d.withCrypto(new CryptoSettings(c.isakmpPolicies(),
                    List.of(new PreSharedKey(Secret.of(EVIL), "0.0.0.0", "0.0.0.0")), c.transformSets(), c.profiles()));
        });
        List<Finding> findings = LintRun.findings(t, "TEXT_CONTROL_CHARACTER");
        assertEquals(List.of(new Finding(Severity.ERROR, "TEXT_CONTROL_CHARACTER", "R1", null,
                "crypto.preSharedKeys[0].key", "the secret crypto.preSharedKeys[0].key contains a line break (U+000A); "
                        + REFUSAL)), findings);
        assertThat(Lint.check(t)).allSatisfy(f -> assertThat(f.line()).doesNotContain("evil").doesNotContain("\n"));
    }

    @Test
    void aDescriptionUpdateKeyAndHostnameWithControlCharactersAreErrors() {
        int ifIndex = ReferenceDesigns.dmvpnDualHub().topology().require("R2").interfaces().stream()
                .map(i -> i.name()).toList().indexOf("FastEthernet1/0");
        Topology dual = ReferenceDesigns.dmvpnDualHub().topology()
                .withDevice("R2", d -> d.withInterface("FastEthernet1/0", i -> i.withDescription("wan\r\nexit")))
                .withDevice("R3", d -> d.withName("R3\nR4"));
        assertEquals(List.of(
                "ERROR TEXT_CONTROL_CHARACTER R2/FastEthernet1/0: interfaces[" + ifIndex + "].description contains a carriage return"
                        + " (U+000D); " + REFUSAL,
                "ERROR TEXT_CONTROL_CHARACTER R3\\nR4: name contains a line break (U+000A); " + REFUSAL),
                LintRun.lines(dual, "TEXT_CONTROL_CHARACTER").stream().filter(l -> !l.contains("links[")).toList());
        Topology six = ReferenceDesigns.sixInFourTunnelBroker().topology().withDevice("MAC", d -> {
            UpdaterSettings u = d.sixInFour().updater();
            return d.withSixInFour(d.sixInFour().withUpdater(new UpdaterSettings(u.intervalMinutes(), u.username(),
                    Secret.of("key\nurl = \"http://evil\""), u.updateUrl(), u.ipCheckUrl())));
        });
        assertEquals(List.of("ERROR TEXT_CONTROL_CHARACTER MAC: the secret sixInFour.updater.updateKey contains a line"
                + " break (U+000A); " + REFUSAL), LintRun.lines(six, "TEXT_CONTROL_CHARACTER"));
    }

    @Test
    void theReferenceDesignsHaveNoSuchFinding() {
        for (var p : List.of(ReferenceDesigns.dmvpnSingleHub(), ReferenceDesigns.dmvpnDualHub(),
                ReferenceDesigns.aceFtUpgrade(), ReferenceDesigns.sixInFourTunnelBroker())) {
            assertEquals(List.of(), LintRun.findings(p.topology(), "TEXT_CONTROL_CHARACTER"));
        }
    }
}
