package org.labcanvas.model.sim.ospf;

import java.util.Queue;
import org.labcanvas.model.sim.core.EventLog;
import org.labcanvas.model.sim.core.Scheduler;
import org.labcanvas.model.sim.overlay.TunnelDelivery;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.topology.OspfNetworkType;

/**
 * The neighbor state machine (RFC 2328 10.3) as this simulation needs it: whether hellos from one
 * interface reach another, the hellos that change something (Down to Init, Init to 2-Way and back),
 * the dead timer when hellos stop arriving, the adjacency decision (AdjOK?: FULL on point-to-point
 * and point-to-multipoint, with the DR or BDR only on broadcast and non-broadcast networks), and the
 * {@code %OSPF-5-ADJCHG} log lines of IOS's default {@code log-adjacency-changes} (to FULL and to
 * DOWN).
 *
 * <p>A change in 2-Way queues an election on the interface ({@link InterfaceStateMachine}) and an
 * adjacency decision; the engine runs both queues until nothing changes. Holds no state of its own:
 * it works on the neighbor records of the interfaces and on the engine's adjacency queue.
 */
final class NeighborStateMachine {
    private final Scheduler clock;
    private final EventLog log;
    private final TunnelDelivery delivery;
    private final LsaOrigination lsa;
    private final InterfaceStateMachine ism;
    private final Queue<OspfNbr> adjQueue;

    NeighborStateMachine(Scheduler clock, EventLog log, TunnelDelivery delivery, LsaOrigination lsa,
                         InterfaceStateMachine ism, Queue<OspfNbr> adjQueue) {
        this.clock = clock;
        this.log = log;
        this.delivery = delivery;
        this.lsa = lsa;
        this.ism = ism;
        this.adjQueue = adjQueue;
    }

    // ------------------------------------------------------------------ hellos and dead timers

    private boolean deliverable(OspfIface from, OspfIface to) {
        if (!from.up || !to.up || !from.router.up || !to.router.up) {
            return false;
        }
        if (from.net.isTunnel() && to.net.isTunnel()) {
            return delivery.canSend(from.net, to.net, clock.now());
        }
        return delivery.underlay().lineUp(from.net) && delivery.underlay().lineUp(to.net);
    }

    private static boolean sendsTo(OspfIface from, OspfIface to) {
        if (from.type != OspfNetworkType.NON_BROADCAST) {
            return true;
        }
        if (from.configuredNeighbors.contains(to.net.address())) {
            return true;
        }
        OspfNbr known = from.nbrs.get(to);
        return known != null && known.state != NbrState.DOWN;
    }

    /** Re-checks whether hellos from {@code from} reach {@code to}. */
    void evaluateChannel(OspfIface from, OspfIface to) {
        boolean ok = deliverable(from, to);
        OspfNbr rec = to.nbrs.get(from);
        if (rec == null) {
            if (!ok) {
                return;
            }
            rec = to.nbr(from);
        }
        if (ok == rec.hears) {
            return;
        }
        long now = clock.now();
        rec.hears = ok;
        rec.helloGeneration++;
        rec.helloPending = false;
        if (ok) {
            // Hellos arrive again only if the neighbor sends them; the first one cancels the dead timer.
            if (sendsTo(from, to)) {
                scheduleHello(from, to, from.nextTick(now));
            }
        } else if (rec.state != NbrState.DOWN && rec.deadAt == Long.MAX_VALUE) {
            scheduleDead(rec, from.lastTick(now) + to.deadSeconds * 1000L);
        }
    }

    private void scheduleDead(OspfNbr rec, long at) {
        long deadAt = Math.max(clock.now(), at);
        int gen = ++rec.deadGeneration;
        rec.deadAt = deadAt;
        clock.at(deadAt, new OspfEngine.DeadTimer(rec.owner.net.index(), rec.remote.net.index(), gen));
    }

    private void scheduleHello(OspfIface from, OspfIface to, long at) {
        OspfNbr rec = to.nbr(from);
        if (rec.helloPending) {
            return;
        }
        rec.helloPending = true;
        int gen = rec.helloGeneration;
        clock.at(at, new OspfEngine.HelloTimer(from.net.index(), to.net.index(), gen));
    }

    /** HelloReceived at {@code to} from {@code from}, for the hello timer of generation {@code gen}. */
    void helloArrives(OspfIface from, OspfIface to, int gen) {
        OspfNbr rec = to.nbr(from);
        if (gen != rec.helloGeneration) {
            return;
        }
        rec.helloPending = false;
        if (!rec.hears || !sendsTo(from, to)) {
            return;
        }
        long now = clock.now();
        rec.lastHeard = now;
        rec.deadGeneration++;
        rec.deadAt = Long.MAX_VALUE;
        OspfNbr back = from.nbrs.get(to);
        boolean listsMe = back != null && back.state != NbrState.DOWN;
        if (rec.state == NbrState.DOWN) {
            setState(rec, NbrState.INIT, null);
            if (to.type == OspfNetworkType.NON_BROADCAST && !to.configuredNeighbors.contains(from.net.address())) {
                OspfNbr rev = from.nbrs.get(to);
                if (rev != null && rev.hears) {
                    scheduleHello(to, from, now);
                } else if (deliverable(to, from)) {
                    evaluateChannel(to, from);
                }
            }
        }
        if (listsMe) {
            if (rec.state == NbrState.INIT) {
                setState(rec, NbrState.TWO_WAY, null);
                neighborChanged(to, rec);
            }
        } else {
            if (rec.state.atLeast(NbrState.TWO_WAY)) {
                setState(rec, NbrState.INIT, null);
                neighborChanged(to, rec);
            }
            scheduleHello(from, to, now + from.helloMs());
        }
        if (to.state == IfState.WAITING && (from.bdr == from || (from.dr == from && from.bdr == null))) {
            ism.endWait(to);
        }
    }

    /** InactivityTimer: the dead timer of generation {@code gen} ran out. */
    void deadTimer(OspfNbr rec, int gen) {
        if (gen != rec.deadGeneration || rec.state == NbrState.DOWN) {
            return;
        }
        rec.deadAt = Long.MAX_VALUE;
        setState(rec, NbrState.DOWN, "Dead timer expired");
        neighborChanged(rec.owner, rec);
        // A router that forgets a non-broadcast neighbor it only knew from hellos stops sending to it,
        // so that neighbor declares this router dead one dead interval after its last hello.
        OspfNbr back = rec.remote.nbrs.get(rec.owner);
        if (!sendsTo(rec.owner, rec.remote) && back != null && back.state != NbrState.DOWN
                && back.deadAt == Long.MAX_VALUE) {
            scheduleDead(back, rec.owner.lastTick(clock.now()) + rec.remote.deadSeconds * 1000L);
        }
    }

    /**
     * KillNbr for every neighbor of {@code oi} as its interface goes down: hellos stop, timers are
     * cancelled, and the neighbors go DOWN (logged when {@code logIt}, silently when the whole
     * router went away).
     */
    void killNeighbors(OspfIface oi, boolean logIt) {
        for (OspfNbr n : oi.nbrs.values()) {
            n.hears = false;
            n.helloGeneration++;
            n.helloPending = false;
            n.deadGeneration++;
            n.deadAt = Long.MAX_VALUE;
            if (n.state != NbrState.DOWN) {
                setState(n, NbrState.DOWN, logIt ? "Interface down or detached" : null);
            }
        }
    }

    private void setState(OspfNbr n, NbrState s, String downReason) {
        NbrState old = n.state;
        if (old == s) {
            return;
        }
        n.state = s;
        n.since = clock.now();
        // IOS counts the intermediate ExStart/Exchange/Loading states on the way to FULL.
        n.stateChanges += s == NbrState.FULL ? 4 : 1;
        OspfRouter r = n.owner.router;
        if (s == NbrState.FULL) {
            log.log(r.name(), adjchg(n, "LOADING", "FULL", "Loading Done"));
        } else if (s == NbrState.DOWN && old.atLeast(NbrState.TWO_WAY) && downReason != null) {
            log.log(r.name(), adjchg(n, old.text(), "DOWN", "Neighbor Down: " + downReason));
        }
        if (old == NbrState.FULL || s == NbrState.FULL) {
            lsa.markDirty(r);
        }
    }

    private static String adjchg(OspfNbr n, String from, String to, String reason) {
        return "%OSPF-5-ADJCHG: Process " + n.owner.router.processId() + ", Nbr " + Ipv4Prefix.format(n.routerId())
                + " on " + n.owner.net.name() + " from " + from + " to " + to + ", " + reason;
    }

    // ------------------------------------------------------------------ adjacencies

    private void neighborChanged(OspfIface oi, OspfNbr rec) {
        if (oi.type.electsDr() && oi.state != IfState.WAITING && oi.state != IfState.DOWN
                && rec.remote.priority > 0) {
            ism.queueElection(oi);
        }
        adjQueue.add(rec);
    }

    private static boolean wantsAdjacency(OspfIface me, OspfIface other) {
        if (!me.type.electsDr()) {
            return true;
        }
        if (me.state == IfState.WAITING || me.state == IfState.DOWN) {
            return false;
        }
        return me.dr == me || me.bdr == me || me.dr == other || me.bdr == other;
    }

    /** AdjOK?: whether {@code rec} and its reverse should be FULL, and moves both there or back to 2-Way. */
    void adjacency(OspfNbr rec) {
        OspfIface me = rec.owner;
        OspfIface other = rec.remote;
        OspfNbr back = other.nbrs.get(me);
        boolean both = back != null && rec.state.atLeast(NbrState.TWO_WAY) && back.state.atLeast(NbrState.TWO_WAY);
        boolean want = both && wantsAdjacency(me, other) && wantsAdjacency(other, me);
        if (want) {
            if (rec.state != NbrState.FULL) {
                setState(rec, NbrState.FULL, null);
            }
            if (back.state != NbrState.FULL) {
                setState(back, NbrState.FULL, null);
            }
        } else if (rec.state == NbrState.FULL) {
            setState(rec, NbrState.TWO_WAY, null);
            if (back != null && back.state == NbrState.FULL) {
                setState(back, NbrState.TWO_WAY, null);
            }
        }
    }
}
