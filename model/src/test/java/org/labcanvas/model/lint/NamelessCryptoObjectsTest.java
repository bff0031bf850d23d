package org.labcanvas.model.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.IpsecProfile;
import org.labcanvas.model.topology.Topology;

/** A profile read from a file without its name (a fuzz case) is a missing profile to lint, not a crash. */
class NamelessCryptoObjectsTest {
    @Test
    void aProfileWithoutANameMatchesNoProtection() {
        Topology t = ReferenceDesigns.singleHub().withDevice("R2", d -> d.withCrypto(new CryptoSettings(
                d.crypto().isakmpPolicies(), d.crypto().preSharedKeys(), d.crypto().transformSets(),
                List.of(new IpsecProfile(null, List.of("mySet"), 120, 2)))));
        assertThat(LintRun.lines(t, "CRYPTO_PROFILE_MISSING")).containsExactly(
                "ERROR CRYPTO_PROFILE_MISSING R2/Tunnel0: tunnel protection ipsec profile myDMVPN names a profile that R2"
                        + " does not have");
    }
}
