package org.labcanvas.model.whatif;

import java.util.List;

/**
 * What one single failure does, as the simulation played it from the converged network.
 *
 * @param failure        what failed
 * @param reroutedMs     from the failure to the last change of a followed path (traffic is where it
 *                       will stay from then on)
 * @param reconvergeMs   from the failure to the last change it caused (a path, an adjacency, a
 *                       registration, a log line), within the window
 * @param losses         each device that could not reach a prefix at some time, and for how long
 * @param pathChanges    each device whose path to a prefix differs once the network has settled
 * @param ipsecLost      IPsec sessions up before the failure and not after it (to be re-established)
 * @param nhrpLost       NHRP registrations up before and not after
 * @param aceDropped     ACE client connections dropped for certain
 * @param aceBestEffort  ACE client connections kept at best (the new active was STANDBY_WARM)
 * @param aceRefused     new ACE client connections refused while no module served
 */
public record FailureImpact(Failure failure, long reroutedMs, long reconvergeMs, List<PrefixLoss> losses, List<PathChange> pathChanges,
                            List<String> ipsecLost, List<String> nhrpLost, long aceDropped, long aceBestEffort,
                            long aceRefused) {
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

    /** Losses of other sites that last: the failure cuts a site off. */
    public List<PrefixLoss> isolation() {
        return losses.stream().filter(l -> l.permanent() && !l.own()).toList();
    }

    /** The longest outage a site other than the failed element's own sees (0 when none). */
    public long maxOutageMs() {
        return losses.stream().filter(l -> !l.own()).mapToLong(PrefixLoss::outageMs).max().orElse(0);
    }

    /** Outage summed over every (device, prefix) of other sites, in ms: how much traffic time the failure costs. */
    public long outageSumMs() {
        return losses.stream().filter(l -> !l.own()).mapToLong(PrefixLoss::outageMs).sum();
    }
}
