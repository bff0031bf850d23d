package org.labcanvas.model.sim.overlay;

import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.Device;

/** Whether tunnel protection (IPsec) lets GRE between two tunnel endpoints through. */
public interface TunnelProtection {
    /**
     * Whether packets from {@code a} to {@code b} may flow: no protection on either end, or the
     * negotiation succeeds. A live run may record what this sets up (SAs, failure logs); a
     * read-only view must not.
     */
    boolean permits(NetInterface aTunnel, Device a, int aAddr, String aProfile, NetInterface bTunnel, Device b, int bAddr,
                    String bProfile, long now);
}
