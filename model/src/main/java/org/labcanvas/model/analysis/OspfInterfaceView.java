package org.labcanvas.model.analysis;

import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfNetworkType;

/**
 * How OSPF runs on one interface, with IOS defaults filled in.
 *
 * @param ref         the interface
 * @param processId   the {@code router ospf} process
 * @param network     the network statement that covers the interface; null when none does
 * @param type        effective network type
 * @param hello       effective hello interval (s)
 * @param dead        effective dead interval (s)
 * @param priority    effective priority
 * @param passive     {@code passive-interface} applies
 */
public record OspfInterfaceView(InterfaceRef ref, int processId, OspfNetwork network, OspfNetworkType type,
                                int hello, int dead, int priority, boolean passive) {
    /** Covered by a network statement. */
    public boolean covered() {
        return network != null;
    }

    /** Covered and not passive: the interface sends and accepts hellos. */
    public boolean active() {
        return network != null && !passive;
    }

    public long area() {
        return network == null ? -1 : network.area();
    }
}
