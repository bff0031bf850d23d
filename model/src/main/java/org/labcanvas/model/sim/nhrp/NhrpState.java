package org.labcanvas.model.sim.nhrp;

import java.util.List;
import org.labcanvas.model.sim.overlay.NbmaCache;
import org.labcanvas.model.sim.underlay.NetInterface;

/** NHRP at one instant, read-only: caches, registrations and counters per tunnel. */
public interface NhrpState extends NbmaCache {
    /** NHRP on {@code tunnel}; null when it runs none. */
    NhrpInterface of(NetInterface tunnel);

    /** NHRP tunnels of {@code device}, in interface order. */
    List<NhrpInterface> onDevice(String device);
}
