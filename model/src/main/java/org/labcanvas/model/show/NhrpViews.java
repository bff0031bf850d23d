package org.labcanvas.model.show;

import org.labcanvas.model.sim.NetworkState;

/** {@code show ip nhrp ...} and {@code show dmvpn}. */
final class NhrpViews {
    private NhrpViews() {}

    static void register(CommandTree t, NetworkState s, String device) {
    }
}
