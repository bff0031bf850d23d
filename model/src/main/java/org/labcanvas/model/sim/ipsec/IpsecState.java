package org.labcanvas.model.sim.ipsec;

import java.util.List;
import java.util.Optional;
import org.labcanvas.model.sim.overlay.TunnelProtection;

/** IPsec at one instant, read-only: the SAs up, their traffic, and configured negotiation failures. */
public interface IpsecState {
    /** The SAs a device takes part in, oldest first. */
    List<IpsecSession> sessionsOf(String device);

    /** Every SA pair up now, in no particular order (one pass for analyses over the whole network). */
    java.util.Collection<IpsecSession> sessions();

    /** Packets of simulated traffic sent from tunnel source {@code from} to {@code to}. */
    long traffic(int from, int to);

    /** When the SAs between the two peers came up; empty when they are not up. */
    Optional<Long> establishedAt(String devA, int a, String devB, int b);

    /** The configured outcome for the pair, for diagnostics (never reveals keys). */
    Optional<IkeNegotiation.Failure> failure(String devA, int a, String devB, int b);

    /** Whether protected tunnels may talk, answered without setting anything up (for views: ping, traceroute). */
    TunnelProtection readOnly();
}
