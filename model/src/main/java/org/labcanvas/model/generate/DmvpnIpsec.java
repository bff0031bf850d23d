package org.labcanvas.model.generate;

import java.util.List;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.IpsecProfile;
import org.labcanvas.model.topology.IsakmpPolicy;
import org.labcanvas.model.topology.PreSharedKey;
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.TransformSet;

/**
 * The IPsec configuration every DMVPN router of the reference designs carries (SCENARIOS.md,
 * scenario 1):
 *
 * <pre>
 * crypto isakmp policy 10
 *  authentication pre-share
 * crypto isakmp key PSK address 0.0.0.0 0.0.0.0
 * crypto ipsec transform-set mySet esp-aes esp-sha-hmac
 * crypto ipsec profile myDMVPN
 *  set security-association lifetime seconds 120
 *  set transform-set mySet
 *  set pfs group2
 * </pre>
 *
 * The ISAKMP policy leaves encryption, hash, group and lifetime at the IOS defaults, as the
 * scenario does.
 */
public final class DmvpnIpsec {
    public static final String PROFILE = "myDMVPN";
    static final String TRANSFORM_SET = "mySet";
    static final int ISAKMP_POLICY = 10;
    static final int LIFETIME_SECONDS = 120;
    static final int PFS_GROUP = 2;
    /** The lab's pre-shared key: 22 characters of mixed classes, the same on every router. */
    public static final Secret LAB_PSK = Secret.of("Dmvpn-Lab-7qR2xK9wT4mZ");

    private DmvpnIpsec() {}

    /** Policy 10 with pre-shared keys, the wildcard key, {@code mySet} and {@code myDMVPN}. */
    public static CryptoSettings settings(Secret psk) {
        return new CryptoSettings(
                List.of(IsakmpPolicy.preShare(ISAKMP_POLICY)),
                List.of(new PreSharedKey(psk, PreSharedKey.ANY, PreSharedKey.ANY)),
                List.of(new TransformSet(TRANSFORM_SET, List.of("esp-aes", "esp-sha-hmac"), null)),
                List.of(new IpsecProfile(PROFILE, List.of(TRANSFORM_SET), LIFETIME_SECONDS, PFS_GROUP)));
    }
}
