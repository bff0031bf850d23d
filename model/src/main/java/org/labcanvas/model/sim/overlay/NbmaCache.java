package org.labcanvas.model.sim.overlay;

import org.labcanvas.model.sim.underlay.NetInterface;

/** What a multipoint tunnel has learned dynamically about its peers' NBMA (underlay) addresses. */
public interface NbmaCache {
    /** The NBMA address learned for {@code protocol} on {@code tunnel}, valid at {@code now}; 0 when none. */
    int learnedNbma(NetInterface tunnel, int protocol, long now);
}
