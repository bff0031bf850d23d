package org.labcanvas.model.sim.ipsec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.IpsecProfile;
import org.labcanvas.model.topology.IsakmpPolicy;
import org.labcanvas.model.topology.PreSharedKey;
import org.labcanvas.model.topology.TransformSet;

/**
 * Whether IKE phase 1 and 2 succeed between two tunnel endpoints with {@code tunnel protection}.
 *
 * <p>Phase 1 (main mode): some ISAKMP policy of the initiator must equal one of the responder's in
 * encryption, hash, authentication and DH group (IOS also accepts a responder lifetime that is
 * not longer; lifetimes are not compared here), and with pre-shared keys both ends must hold the same key
 * for each other's address (the most specific {@code crypto isakmp key ... address} wins, the
 * 0.0.0.0 0.0.0.0 wildcard last). Phase 2 (quick mode): a common transform set (same transforms and mode)
 * and the same PFS group on both ends, or PFS on neither.
 *
 * <p>A failure comes back as the log line IOS prints for it: a wrong PSK makes the peer's
 * encrypted main-mode message 5 undecryptable, which IOS reports as
 * {@code %CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from X failed its sanity check or is malformed};
 * a policy or quick-mode mismatch is reported as {@code %CRYPTO-6-IKMP_MODE_FAILURE}.
 */
public final class IkeNegotiation {
    private IkeNegotiation() {}

    /** The outcome for one direction of negotiation: empty on success, else the failure. */
    public record Failure(String phase, String reason, String logMessage) {}

    /** True when either end protects the tunnel (then both must, and negotiation must succeed). */
    public static boolean protectedPair(String protectionA, String protectionB) {
        return protectionA != null || protectionB != null;
    }

    /**
     * Negotiates between {@code a} (initiator, address {@code aAddr}, profile {@code aProfile}) and
     * {@code b}. Empty when SAs come up.
     */
    public static Optional<Failure> negotiate(Device a, int aAddr, String aProfile, Device b, int bAddr,
                                              String bProfile) {
        String peerB = Ipv4Prefix.format(bAddr);
        String peerA = Ipv4Prefix.format(aAddr);
        if (aProfile == null || bProfile == null) {
            return Optional.of(new Failure("phase 1", "only one end has tunnel protection",
                    "%CRYPTO-4-RECVD_PKT_NOT_IPSEC: Rec'd packet not an IPSEC packet. (ip) vrf/dest_addr= /"
                            + (aProfile == null ? peerB : peerA) + ", src_addr= " + (aProfile == null ? peerA : peerB)
                            + ", prot= 47"));
        }
        CryptoSettings ca = a.crypto();
        CryptoSettings cb = b.crypto();
        if (ca == null || cb == null) {
            return Optional.of(modeFailure("Main", "no crypto configuration", peerB));
        }
        IpsecProfile pa = ca.profile(aProfile).orElse(null);
        IpsecProfile pb = cb.profile(bProfile).orElse(null);
        if (pa == null || pb == null) {
            return Optional.of(modeFailure("Main", "IPsec profile missing", peerB));
        }
        List<IsakmpPolicy> common = new ArrayList<>();
        for (IsakmpPolicy x : ca.isakmpPolicies()) {
            for (IsakmpPolicy y : cb.isakmpPolicies()) {
                IsakmpPolicy ex = x.effective();
                IsakmpPolicy ey = y.effective();
                if (ex.encryption().equals(ey.encryption()) && ex.hash().equals(ey.hash())
                        && ex.authentication().equals(ey.authentication()) && ex.group().equals(ey.group())) {
                    common.add(ex);
                }
            }
        }
        if (common.isEmpty()) {
            return Optional.of(modeFailure("Main", "no matching ISAKMP policy", peerB));
        }
        if (common.stream().anyMatch(p -> p.authentication().equals("pre-share"))) {
            var ka = keyFor(ca, bAddr);
            var kb = keyFor(cb, aAddr);
            if (ka.isEmpty() || kb.isEmpty()) {
                return Optional.of(new Failure("phase 1", "no pre-shared key for the peer",
                        "%CRYPTO-4-IKMP_NO_SA: IKE message from " + peerB + " has no SA and is not an initialization offer"));
            }
            if (!ka.get().key().equals(kb.get().key())) {
                return Optional.of(new Failure("phase 1", "pre-shared keys differ",
                        "%CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from " + peerB
                                + " failed its sanity check or is malformed"));
            }
        }
        boolean ts = false;
        for (String na : pa.transformSets()) {
            for (String nb : pb.transformSets()) {
                TransformSet x = ca.transformSet(na).orElse(null);
                TransformSet y = cb.transformSet(nb).orElse(null);
                if (x != null && y != null && x.transforms().equals(y.transforms())
                        && x.effectiveMode().equals(y.effectiveMode())) {
                    ts = true;
                }
            }
        }
        if (!ts) {
            return Optional.of(modeFailure("Quick", "no common transform set", peerB));
        }
        if (!java.util.Objects.equals(pa.pfsGroup(), pb.pfsGroup())) {
            return Optional.of(modeFailure("Quick", "PFS groups differ", peerB));
        }
        return Optional.empty();
    }

    private static Failure modeFailure(String mode, String reason, String peer) {
        return new Failure(mode.equals("Main") ? "phase 1" : "phase 2", reason,
                "%CRYPTO-6-IKMP_MODE_FAILURE: Processing of " + mode + " mode failed with peer at " + peer);
    }

    /** The most specific {@code crypto isakmp key} covering {@code peer}. */
    static Optional<PreSharedKey> keyFor(CryptoSettings c, int peer) {
        PreSharedKey best = null;
        int bestLen = -1;
        for (PreSharedKey k : c.preSharedKeys()) {
            Integer addr = Ipv4Prefix.address(k.address()).orElse(null);
            Integer mask = k.mask() == null ? Integer.valueOf(-1) : Ipv4Prefix.address(k.mask()).orElse(null);
            if (addr == null || mask == null) {
                continue;
            }
            if ((peer & mask) == (addr & mask)) {
                int len = Integer.bitCount(mask);
                if (len > bestLen) {
                    best = k;
                    bestLen = len;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
