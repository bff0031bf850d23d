package org.labcanvas.model.whatif;

import java.util.List;

/**
 * What one single failure does, as the simulation played it from the converged network. Counts and
 * sums cover every (router, prefix) pair followed; the lists keep the first {@link #DETAIL_LIMIT}
 * entries (the most severe losses first), so that a report on a thousand spokes stays readable.
 *
 * @param failure        what failed
 * @param reroutedMs     from the failure to the last change of a followed path (traffic is where it
 *                       will stay from then on); -1 when no followed path changed
 * @param reconvergeMs   from the failure to the last change it caused (a path, an adjacency, an NHRP
 *                       registration or cache entry, an IPsec SA, a log line), within the window
 * @param cutOff         pairs of other sites that lose traffic for good (the failure isolates them)
 * @param lost           pairs of other sites that lose traffic at some time
 * @param ownLost        pairs of the failed element's own site that lose traffic (expected)
 * @param outageSumMs    traffic time lost by other sites, summed over their pairs
 * @param maxOutageMs    the longest outage a pair of another site sees (the window when cut off)
 * @param losses         lost pairs, most severe first (at most {@link #DETAIL_LIMIT})
 * @param moved          pairs whose path differs once the network has settled
 * @param pathChanges    those paths (at most {@link #DETAIL_LIMIT})
 * @param ipsecLost      IPsec sessions up before the failure and not after it (to be re-established)
 * @param nhrpLost       NHRP registrations up before and not after
 * @param aceDropped     ACE client connections dropped for certain
 * @param aceBestEffort  ACE client connections kept at best (the new active was STANDBY_WARM)
 * @param aceRefused     new ACE client connections refused while no module served
 */
public record FailureImpact(Failure failure, long reroutedMs, long reconvergeMs, int cutOff, int lost, int ownLost,
                            long outageSumMs, long maxOutageMs, List<PrefixLoss> losses, int moved,
                            List<PathChange> pathChanges, List<String> ipsecLost, List<String> nhrpLost,
                            long aceDropped, long aceBestEffort, long aceRefused) {
    /** Entries kept in each list. */
    public static final int DETAIL_LIMIT = 200;

    public FailureImpact {
        losses = List.copyOf(losses);
        pathChanges = List.copyOf(pathChanges);
        ipsecLost = List.copyOf(ipsecLost);
        nhrpLost = List.copyOf(nhrpLost);
    }

    /**
     * A device that could not reach a prefix.
     *
     * @param device    the device sending
     * @param prefix    the prefix it lost
     * @param outageMs  how long it could not reach it within the window
     * @param permanent still unreachable once the network has settled (until the failed element returns)
     * @param own       an expected loss: the sender or every owner of the prefix is the failed element's own site
     */
    public record PrefixLoss(String device, String prefix, long outageMs, boolean permanent, boolean own) {}

    /**
     * A path that moved.
     *
     * @param device   the device sending
     * @param prefix   the destination prefix
     * @param category {@code spoke-to-spoke}, {@code spoke-to-LAN} or {@code other}
     * @param before   the path in the converged network
     * @param after    the path once the network has settled after the failure
     */
    public record PathChange(String device, String prefix, String category, String before, String after) {}

    /** The listed losses of other sites that last: the failure cuts a site off. */
    public List<PrefixLoss> isolation() {
        return losses.stream().filter(l -> l.permanent() && !l.own()).toList();
    }

    /** Whether anything happens beyond the failed element itself going away. */
    public boolean changesAnything() {
        return lost + ownLost + moved + ipsecLost.size() + nhrpLost.size() > 0 || aceDropped + aceBestEffort + aceRefused > 0;
    }
}
