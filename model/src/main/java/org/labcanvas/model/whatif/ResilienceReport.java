package org.labcanvas.model.whatif;

import java.util.Comparator;
import java.util.List;

/**
 * Every single failure's impact, most critical first.
 *
 * @param at          when the failures happen (the converged network), ms
 * @param windowMs    how long each failure is followed
 * @param impacts     one per failure, ranked ({@link #RANKING})
 * @param devices     devices whose reachability is followed (routers up at {@code at})
 * @param pairs       (device, prefix) pairs followed in the converged network
 * @param exhaustive  whether every pair was re-traced at every instant (small designs), rather than
 *                    only the pairs whose path went through the failed element
 * @param overlayOnly the routers route no LAN or loopback to each other: the prefixes followed are the
 *                    routers' tunnel addresses
 * @param undeliveredBefore (router, prefix) pairs whose packet did not arrive before any failure (a
 *                    network not converged at {@code at}, or a broken route): not followed
 * @param ospf        whether some router of the design runs OSPF
 */
public record ResilienceReport(long at, long windowMs, List<FailureImpact> impacts, int devices, int pairs,
                               boolean exhaustive, boolean overlayOnly, int undeliveredBefore, boolean ospf) {
    public ResilienceReport {
        impacts = List.copyOf(impacts);
    }

    /**
     * Most critical first: sites cut off, then the (device, prefix) pairs of other sites that lose
     * traffic, then the traffic time lost, the longest outage, the paths that move, the sessions and
     * registrations to re-establish, ACE connections dropped, the failure's own losses; then devices
     * before tunnels before links, in design order (the order of the list handed to the ranking).
     */
    public static final Comparator<FailureImpact> RANKING = Comparator
            .comparingInt((FailureImpact i) -> -i.cutOff())
            .thenComparingInt(i -> -i.lost())
            .thenComparingLong(i -> -i.outageSumMs())
            .thenComparingLong(i -> -i.maxOutageMs())
            .thenComparingInt(i -> -i.moved())
            .thenComparingInt(i -> -(i.ipsecLost().size() + i.nhrpLost().size()))
            .thenComparingLong(i -> -(i.aceDropped() + i.aceBestEffort()))
            .thenComparingInt(i -> -i.ownLost())
            .thenComparing(i -> i.failure().kind());

    /** Failures that cut off a site other than their own. */
    public List<FailureImpact> isolating() {
        return impacts.stream().filter(i -> i.cutOff() > 0).toList();
    }

    /** Failures whose outage for another site lasts longer than {@code maxOutageMs}. */
    public List<FailureImpact> longerThan(long maxOutageMs) {
        return impacts.stream().filter(i -> i.maxOutageMs() > maxOutageMs || i.cutOff() > 0).toList();
    }
}
