package org.labcanvas.model.sim.sixinfour;

import java.util.List;
import java.util.Optional;

/** What the 6in4 process knows at one instant, read-only (for {@code show} and the designer). */
public interface SixInFourState {
    /** Every 6in4 tunnel of the design whose client names an existing broker, by client name. */
    List<TunnelStatus> tunnels();

    /** The tunnel of {@code client}; empty when it is no simulated 6in4 client. */
    default Optional<TunnelStatus> tunnelOf(String client) {
        return tunnels().stream().filter(t -> t.client().equals(client)).findFirst();
    }

    /** The tunnels that end at {@code broker}. */
    default List<TunnelStatus> tunnelsAt(String broker) {
        return tunnels().stream().filter(t -> t.broker().equals(broker)).toList();
    }
}
