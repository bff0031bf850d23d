package org.labcanvas.model.show;

import org.labcanvas.model.sim.NetworkState;

/** {@code show crypto isakmp sa} and {@code show crypto ipsec sa [peer X]}. */
final class CryptoViews {
    private CryptoViews() {}

    static void register(CommandTree t, NetworkState s, String device) {
    }
}
