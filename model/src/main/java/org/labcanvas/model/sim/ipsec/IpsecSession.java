package org.labcanvas.model.sim.ipsec;

import java.util.List;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.IpsecProfile;
import org.labcanvas.model.topology.IsakmpPolicy;

/**
 * IKE and IPsec SAs between two tunnel endpoints.
 *
 * <p>Rekeying is computed, not scheduled: IOS starts a new quick mode when the soft lifetime
 * (about 90 % of the lifetime; the exact jitter is not modelled) expires, so SA generation
 * {@code g} lives from {@code established + g * soft}. SPIs are a deterministic function of
 * direction and generation, so the same input always shows the same SPIs, and one end's outbound
 * SPI is the other end's inbound SPI.
 *
 * @param initiator         device that started IKE
 * @param initiatorAddress  its tunnel source address
 * @param responder         the other device
 * @param responderAddress  its tunnel source address
 * @param established       when phase 2 first completed (ms)
 * @param lifetimeSeconds   IPsec SA lifetime: the smaller of both profiles'
 * @param pfsGroup          PFS DH group, null without PFS
 * @param transforms        the transforms of the agreed transform set
 * @param mode              tunnel or transport
 * @param ikeLifetimeSeconds ISAKMP SA lifetime of the matched policy
 */
public record IpsecSession(String initiator, int initiatorAddress, String responder, int responderAddress,
                           long established, int lifetimeSeconds, Integer pfsGroup, List<String> transforms,
                           String mode, int ikeLifetimeSeconds) {
    public IpsecSession {
        transforms = List.copyOf(transforms);
    }

    static IpsecSession negotiated(Device a, int aAddr, String aProfile, Device b, int bAddr, String bProfile, long now) {
        CryptoSettings ca = a.crypto();
        IpsecProfile pa = ca.profile(aProfile).orElseThrow();
        IpsecProfile pb = b.crypto().profile(bProfile).orElseThrow();
        int lifetime = Math.min(pa.effectiveLifetimeSeconds(), pb.effectiveLifetimeSeconds());
        var ts = ca.transformSet(pa.transformSets().get(0)).orElseThrow();
        int ike = ca.isakmpPolicies().stream().map(IsakmpPolicy::effective).mapToInt(IsakmpPolicy::lifetime).min()
                .orElse(IsakmpPolicy.DEFAULT_LIFETIME);
        return new IpsecSession(a.name(), aAddr, b.name(), bAddr, now, lifetime, pa.pfsGroup(), ts.transforms(),
                ts.effectiveMode(), ike);
    }

    /** Soft lifetime in ms: when the next generation of SAs is negotiated. */
    public long softLifetimeMs() {
        return Math.max(1000, lifetimeSeconds * 900L);
    }

    /** The SA generation current at {@code now}. */
    public long generation(long now) {
        return Math.max(0, (now - established) / softLifetimeMs());
    }

    /** Seconds left of the current SAs' lifetime at {@code now}. */
    public long remainingSeconds(long now) {
        long start = established + generation(now) * softLifetimeMs();
        return Math.max(0, lifetimeSeconds - (now - start) / 1000);
    }

    /** The SPI of the SA carrying traffic from {@code from} to {@code to} at {@code now}. */
    public int spi(int from, int to, long now) {
        long x = ((long) from << 32) ^ (to & 0xffffffffL) ^ (generation(now) * 0x9E3779B97F4A7C15L);
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        x = x ^ (x >>> 31);
        int spi = (int) x;
        return (spi & 0xffffff00) == 0 ? spi | 0x100 : spi; // SPIs below 256 are reserved
    }

    public int peerOf(String device) {
        return device.equals(initiator) ? responderAddress : initiatorAddress;
    }

    public int localOf(String device) {
        return device.equals(initiator) ? initiatorAddress : responderAddress;
    }
}
