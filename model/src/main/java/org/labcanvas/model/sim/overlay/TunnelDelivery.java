package org.labcanvas.model.sim.overlay;

import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.sim.underlay.Network;
import org.labcanvas.model.sim.underlay.UnderlayState;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpSettings;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;
import java.util.Objects;

/**
 * Whether a packet sent into tunnel {@code a} for the tunnel address of {@code b} comes out of
 * {@code b}: both line protocols up, matching tunnel keys, an NBMA address for b known to a
 * (point-to-point destination, static {@code ip nhrp map}, or a valid dynamic cache entry), that
 * NBMA address being b's tunnel source, b accepting GRE from a's source (multipoint accepts any;
 * point-to-point only its destination), the underlay carrying it, and IPsec permitting it.
 */
public final class TunnelDelivery {
    private final Network network;
    private TunnelProtection protection = (at, a, aAddr, aProfile, bt, b, bAddr, bProfile, now) -> true;
    private NbmaCache nhrp;
    private UnderlayState underlay;

    public TunnelDelivery(Network network, UnderlayState underlay) {
        this.network = network;
        this.underlay = underlay;
    }

    /** Reads learned NBMA mappings from {@code cache} (NHRP). */
    public void attach(NbmaCache cache) {
        this.nhrp = cache;
    }

    /** Asks {@code p} (IPsec) whether protected tunnels may talk. */
    public void attach(TunnelProtection p) {
        this.protection = p;
    }

    public void setUnderlay(UnderlayState u) {
        this.underlay = u;
    }

    public UnderlayState underlay() {
        return underlay;
    }

    /** The NBMA address {@code a} would send to for tunnel address {@code protocol}; 0 when unknown. */
    public int nbmaFor(NetInterface a, int protocol, long now) {
        TunnelSettings ts = a.config().tunnel();
        if (ts == null) {
            return 0;
        }
        if (ts.mode() != TunnelMode.GRE_MULTIPOINT) {
            return network.address(ts.destination());
        }
        NhrpSettings n = a.config().nhrp();
        if (n != null) {
            for (NhrpMap m : n.maps()) {
                if (network.address(m.protocol()) == protocol) {
                    return network.address(m.nbma());
                }
            }
        }
        return nhrp == null ? 0 : nhrp.learnedNbma(a, protocol, now);
    }

    public boolean canSend(NetInterface a, NetInterface b, long now) {
        int nbma = nbmaFor(a, b.address(), now);
        return nbma != 0 && deliversTo(a, b, nbma, now);
    }

    /** Whether GRE from {@code a} addressed to {@code nbma} arrives at and is accepted by {@code b}. */
    public boolean deliversTo(NetInterface a, NetInterface b, int nbma, long now) {
        if (!underlay.lineUp(a) || !underlay.lineUp(b)) {
            return false;
        }
        TunnelSettings ta = a.config().tunnel();
        TunnelSettings tb = b.config().tunnel();
        if (ta == null || tb == null || !Objects.equals(ta.key(), tb.key())) {
            return false;
        }
        int aSrc = underlay.tunnelSourceAddress(a);
        int bSrc = underlay.tunnelSourceAddress(b);
        if (aSrc == 0 || bSrc == 0 || nbma != bSrc) {
            return false;
        }
        if (tb.mode() != TunnelMode.GRE_MULTIPOINT) {
            int bDst = network.address(tb.destination());
            if (bDst != aSrc) {
                return false;
            }
        }
        if (!underlay.reaches(a.device(), bSrc)) {
            return false;
        }
        if ((ta.protection() != null || tb.protection() != null) && !underlay.reaches(b.device(), aSrc)) {
            return false; // IKE needs both directions
        }
        return protection.permits(a, network.device(a.device()), aSrc, ta.protection(), b, network.device(b.device()), bSrc,
                tb.protection(), now);
    }
}
