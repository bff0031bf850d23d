package org.labcanvas.model.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.IpsecProfile;
import org.labcanvas.model.topology.IsakmpPolicy;
import org.labcanvas.model.topology.PreSharedKey;
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TransformSet;

class CryptoChecksTest {
    private static final String[] CRYPTO_CODES = {"CRYPTO_PROFILE_MISSING", "IPSEC_PROTECTION_ONE_SIDED",
            "IPSEC_TRANSFORM_MISMATCH", "IPSEC_PFS_MISMATCH", "ISAKMP_POLICY_MISMATCH", "PSK_MISSING", "PSK_MISMATCH", "PSK_WEAK"};

    private static Topology crypto(Topology t, String device, UnaryOperator<CryptoSettings> edit) {
        return t.withDevice(device, d -> d.withCrypto(edit.apply(d.crypto())));
    }

    private static CryptoSettings keys(CryptoSettings c, PreSharedKey... keys) {
        return new CryptoSettings(c.isakmpPolicies(), List.of(keys), c.transformSets(), c.profiles());
    }

    @Test
    void protectionNamingAMissingProfileIsReported() {
        Topology t = ReferenceDesigns.singleHub().withDevice("R2", d -> d.withInterface("Tunnel0",
                i -> i.withTunnel(i.tunnel().withProtection("otherProfile"))));
        assertThat(LintRun.lines(t, "CRYPTO_PROFILE_MISSING")).containsExactly(
                "ERROR CRYPTO_PROFILE_MISSING R2/Tunnel0: tunnel protection ipsec profile otherProfile names a profile that R2 does not have");
    }

    @Test
    void profileNamingAMissingTransformSetIsReported() {
        Topology t = crypto(ReferenceDesigns.singleHub(), "R3", c -> new CryptoSettings(c.isakmpPolicies(), c.preSharedKeys(),
                c.transformSets(), List.of(new IpsecProfile("myDMVPN", List.of("noSuchSet"), 120, 2))));
        assertThat(LintRun.findings(t, "CRYPTO_PROFILE_MISSING")).containsExactly(new Finding(Severity.ERROR,
                "CRYPTO_PROFILE_MISSING", "R3", null, "crypto.profiles",
                "crypto ipsec profile myDMVPN sets transform-set noSuchSet, which does not exist"));
    }

    @Test
    void transformSetsWithoutCommonProposalAreAMismatch() {
        Topology t = crypto(ReferenceDesigns.singleHub(), "R3", c -> new CryptoSettings(c.isakmpPolicies(), c.preSharedKeys(),
                List.of(new TransformSet("mySet", List.of("esp-3des", "esp-md5-hmac"), null)), c.profiles()));
        assertThat(LintRun.lines(t, CRYPTO_CODES)).containsExactly(
                "ERROR IPSEC_TRANSFORM_MISMATCH R1/Tunnel0: transform sets (esp-aes esp-sha-hmac) share none with its peer R3/Tunnel0 (esp-3des esp-md5-hmac): IPsec negotiation finds no proposal",
                "ERROR IPSEC_TRANSFORM_MISMATCH R3/Tunnel0: transform sets (esp-3des esp-md5-hmac) share none with its peer R1/Tunnel0 (esp-aes esp-sha-hmac): IPsec negotiation finds no proposal");
    }

    @Test
    void pfsOnOneSideOnlyIsAMismatch() {
        Topology t = crypto(ReferenceDesigns.singleHub(), "R3", c -> new CryptoSettings(c.isakmpPolicies(), c.preSharedKeys(),
                c.transformSets(), List.of(new IpsecProfile("myDMVPN", List.of("mySet"), 120, null))));
        assertThat(LintRun.lines(t, CRYPTO_CODES)).containsExactly(
                "ERROR IPSEC_PFS_MISMATCH R1/Tunnel0: set pfs group2, but its peer R3/Tunnel0 has no PFS: the side with PFS rejects a proposal without it, so SAs come up only when that side initiates",
                "ERROR IPSEC_PFS_MISMATCH R3/Tunnel0: no PFS, but its peer R1/Tunnel0 has set pfs group2: the side with PFS rejects a proposal without it, so SAs come up only when that side initiates");
    }

    @Test
    void unprotectedSpokeFacingAProtectedHubIsOneSided() {
        Topology t = ReferenceDesigns.singleHub().withDevice("R2", d -> d.withInterface("Tunnel0",
                i -> i.withTunnel(i.tunnel().withProtection(null))));
        assertThat(LintRun.lines(t, CRYPTO_CODES)).containsExactly(
                "ERROR IPSEC_PROTECTION_ONE_SIDED R1/Tunnel0: tunnel protection ipsec profile myDMVPN, but its peer R2/Tunnel0 sends clear GRE: each side drops the other's packets",
                "ERROR IPSEC_PROTECTION_ONE_SIDED R2/Tunnel0: no tunnel protection, but its peer R1/Tunnel0 encrypts with IPsec: each side drops the other's packets");
    }

    @Test
    void isakmpPoliciesWithoutACommonProposalAreAMismatch() {
        // R1 keeps the defaults (des, sha, group 1); R3 only offers aes 256 with group 14.
        Topology t = crypto(ReferenceDesigns.singleHub(), "R3", c -> new CryptoSettings(
                List.of(new IsakmpPolicy(10, "aes 256", "sha", "pre-share", 14, null)), c.preSharedKeys(), c.transformSets(), c.profiles()));
        assertThat(LintRun.lines(t, CRYPTO_CODES)).containsExactly(
                "ERROR ISAKMP_POLICY_MISMATCH R1/Tunnel0: R1 and its peer R3 have no ISAKMP policy in common (encryption, hash, authentication and DH group, IOS defaults filled in): IKE phase 1 fails",
                "ERROR ISAKMP_POLICY_MISMATCH R3/Tunnel0: R3 and its peer R1 have no ISAKMP policy in common (encryption, hash, authentication and DH group, IOS defaults filled in): IKE phase 1 fails");
    }

    @Test
    void isakmpPolicyMatchesWhenDefaultsAreWrittenOut() {
        Topology t = crypto(ReferenceDesigns.singleHub(), "R3", c -> new CryptoSettings(
                List.of(new IsakmpPolicy(20, "des", "sha", "pre-share", 1, 86400)), c.preSharedKeys(), c.transformSets(), c.profiles()));
        assertThat(LintRun.lines(t, CRYPTO_CODES)).isEmpty();
    }

    @Test
    void differentWildcardKeysAreAMismatchAndTheKeyIsNeverPrinted() {
        String secret = "Another-long-key-77";
        Topology t = crypto(ReferenceDesigns.singleHub(), "R3", c -> keys(c, new PreSharedKey(Secret.of(secret), "0.0.0.0", "0.0.0.0")));
        List<Finding> findings = LintRun.findings(t, CRYPTO_CODES);
        assertThat(findings).extracting(Finding::line).containsExactly(
                "ERROR PSK_MISMATCH R1/Tunnel0: the key R1 selects for 3.3.3.3 (crypto isakmp key ... address 0.0.0.0 0.0.0.0) differs from the key R3 selects for it: IKE main mode fails",
                "ERROR PSK_MISMATCH R3/Tunnel0: the key R3 selects for 1.1.1.2 (crypto isakmp key ... address 0.0.0.0 0.0.0.0) differs from the key R1 selects for it: IKE main mode fails");
        assertThat(Lint.check(t)).allSatisfy(f -> {
            assertThat(f.message()).doesNotContain(secret).doesNotContain(ReferenceDesigns.PSK);
        });
    }

    @Test
    void mostSpecificKeyWinsOverTheWildcard() {
        // R1 has the shared wildcard key and a host key for R3 with another value: R1 uses the host key for R3.
        Topology t = crypto(ReferenceDesigns.singleHub(), "R1", c -> keys(c, c.preSharedKeys().get(0),
                new PreSharedKey(Secret.of("Per-peer-key-for-R3"), "3.3.3.3", "255.255.255.255")));
        assertThat(LintRun.lines(t, "PSK_MISMATCH")).containsExactly(
                "ERROR PSK_MISMATCH R1/Tunnel0: the key R1 selects for 3.3.3.3 (crypto isakmp key ... address 3.3.3.3 255.255.255.255) differs from the key R3 selects for it: IKE main mode fails",
                "ERROR PSK_MISMATCH R3/Tunnel0: the key R3 selects for 1.1.1.2 (crypto isakmp key ... address 0.0.0.0 0.0.0.0) differs from the key R1 selects for it: IKE main mode fails");
        Topology fixed = crypto(t, "R3", c -> keys(c, c.preSharedKeys().get(0),
                new PreSharedKey(Secret.of("Per-peer-key-for-R3"), "1.1.1.0", "255.255.255.0")));
        assertThat(LintRun.lines(fixed, "PSK_MISMATCH", "PSK_MISSING")).isEmpty();
    }

    @Test
    void noKeyForThePeerAddressIsMissing() {
        Topology t = crypto(ReferenceDesigns.singleHub(), "R3", c -> keys(c,
                new PreSharedKey(Secret.of(ReferenceDesigns.PSK), "9.9.9.9", null)));
        assertThat(LintRun.lines(t, CRYPTO_CODES)).containsExactly(
                "ERROR PSK_MISSING R3/Tunnel0: no crypto isakmp key matches 1.1.1.2, the NBMA address of its peer R1/Tunnel0: IKE authentication fails");
    }

    @Test
    void shortGuessableAndWildcardKeysAreWarnings() {
        Topology t = crypto(ReferenceDesigns.singleHub(), "R2", c -> keys(c,
                new PreSharedKey(Secret.of("cisco"), "1.1.1.2", null),
                new PreSharedKey(Secret.of("password"), "0.0.0.0", "0.0.0.0")));
        assertThat(LintRun.lines(t, "PSK_WEAK", "PSK_WILDCARD")).filteredOn(l -> l.contains(" R2:")).containsExactly(
                "WARNING PSK_WEAK R2: the pre-shared key of crypto isakmp key ... address 0.0.0.0 0.0.0.0 is a commonly guessed word: use a long random key",
                "WARNING PSK_WEAK R2: the pre-shared key of crypto isakmp key ... address 1.1.1.2 has only 5 characters: use a long random key",
                "WARNING PSK_WILDCARD R2: crypto isakmp key ... address 0.0.0.0 0.0.0.0 is a wildcard key that matches every peer: anyone who learns it can authenticate; prefer per-peer keys or certificates");
    }

    @Test
    void weaknessIsExplainedWithoutTheKey() {
        assertThat(PreSharedKeyStrengthCheck.weakness("12345678")).isEqualTo("is a run of consecutive characters");
        assertThat(PreSharedKeyStrengthCheck.weakness("zzzzzzzzzz")).isEqualTo("repeats one character");
        assertThat(PreSharedKeyStrengthCheck.weakness("Cisco123")).isEqualTo("is a commonly guessed word");
        assertThat(PreSharedKeyStrengthCheck.weakness(ReferenceDesigns.PSK)).isNull();
    }

    @Test
    void referenceDmvpnDesignsHaveNoCryptoError() {
        for (Topology t : List.of(ReferenceDesigns.singleHub(), ReferenceDesigns.dualHub())) {
            assertThat(LintRun.lines(t, CRYPTO_CODES)).isEmpty();
        }
    }
}
