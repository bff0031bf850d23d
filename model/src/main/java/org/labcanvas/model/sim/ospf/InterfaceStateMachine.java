package org.labcanvas.model.sim.ospf;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import org.labcanvas.model.sim.core.Scheduler;

/**
 * The interface state machine (RFC 2328 9.3): an interface comes up (loopback, point-to-point, or
 * Waiting on a network with a DR, for the wait timer = dead interval; a priority-0 interface goes
 * straight to DROTHER and a passive one is its own DR), goes down, ends Waiting on the wait timer
 * or on BackupSeen, and elects the DR and BDR (RFC 2328 9.4) on its own view, with no preemption:
 * a declared DR stays DR.
 *
 * <p>Elections are queued ({@link #queueElection}) and run by the engine until nothing changes;
 * when one changes the DR or BDR, the router re-originates its LSAs and every neighbor in 2-Way or
 * above is queued for the adjacency decision (AdjOK?). Holds no state of its own: it works on the
 * interfaces and on the engine's queues.
 */
final class InterfaceStateMachine {
    private final Scheduler clock;
    private final LsaOrigination lsa;
    private final Queue<OspfIface> electQueue;
    private final Set<OspfIface> electQueued;
    private final Queue<OspfNbr> adjQueue;

    InterfaceStateMachine(Scheduler clock, LsaOrigination lsa, Queue<OspfIface> electQueue,
                          Set<OspfIface> electQueued, Queue<OspfNbr> adjQueue) {
        this.clock = clock;
        this.lsa = lsa;
        this.electQueue = electQueue;
        this.electQueued = electQueued;
        this.adjQueue = adjQueue;
    }

    /** InterfaceUp: the line came up with the router running. */
    void bringUp(OspfIface oi) {
        long now = clock.now();
        oi.up = true;
        oi.upAt = now;
        oi.dr = null;
        oi.bdr = null;
        switch (oi.type) {
            case LOOPBACK -> oi.state = IfState.LOOPBACK;
            case POINT_TO_POINT, POINT_TO_MULTIPOINT -> oi.state = IfState.POINT_TO_POINT;
            default -> {
                if (oi.passive) {
                    oi.state = IfState.DR;
                    oi.dr = oi;
                } else if (oi.priority == 0) {
                    oi.state = IfState.DROTHER;
                } else {
                    oi.state = IfState.WAITING;
                    int gen = ++oi.waitGeneration;
                    clock.at(now + oi.deadSeconds * 1000L, new OspfEngine.WaitTimer(oi.net.index(), gen));
                }
            }
        }
        lsa.markDirty(oi.router);
    }

    /** InterfaceDown, once its neighbors were killed ({@link NeighborStateMachine#killNeighbors}). */
    void takeDown(OspfIface oi) {
        oi.up = false;
        oi.waitGeneration++;
        oi.state = IfState.DOWN;
        oi.dr = null;
        oi.bdr = null;
        lsa.markDirty(oi.router);
    }

    /** WaitTimer: the wait timer of generation {@code gen} ran out. */
    void waitTimer(OspfIface oi, int gen) {
        if (gen != oi.waitGeneration) {
            return;
        }
        endWait(oi);
    }

    /** Waiting ends (wait timer or BackupSeen): the interface elects. */
    void endWait(OspfIface oi) {
        if (oi.state != IfState.WAITING) {
            return;
        }
        oi.state = IfState.DROTHER;
        oi.waitGeneration++;
        queueElection(oi);
    }

    /** NeighborChange: {@code oi} elects again (once however often it is queued). */
    void queueElection(OspfIface oi) {
        if (electQueued.add(oi)) {
            electQueue.add(oi);
        }
    }

    /** RFC 2328 9.4 from {@code oi}'s point of view; true when its DR or BDR changed. */
    boolean elect(OspfIface oi) {
        if (!oi.up || !oi.type.electsDr() || oi.state == IfState.WAITING || oi.passive) {
            return false;
        }
        OspfIface oldDr = oi.dr;
        OspfIface oldBdr = oi.bdr;
        List<OspfIface> cands = new ArrayList<>();
        if (oi.priority > 0) {
            cands.add(oi);
        }
        for (OspfNbr n : oi.nbrs.values()) {
            if (n.state.atLeast(NbrState.TWO_WAY) && n.remote.priority > 0) {
                cands.add(n.remote);
            }
        }
        OspfIface dr = null;
        OspfIface bdr = null;
        for (int round = 0; round < 2; round++) {
            List<OspfIface> bdrPool = new ArrayList<>();
            List<OspfIface> bdrDeclared = new ArrayList<>();
            List<OspfIface> drDeclared = new ArrayList<>();
            for (OspfIface c : cands) {
                if (c.dr == c) {
                    drDeclared.add(c);
                } else {
                    bdrPool.add(c);
                    if (c.bdr == c) {
                        bdrDeclared.add(c);
                    }
                }
            }
            bdr = best(bdrDeclared.isEmpty() ? bdrPool : bdrDeclared);
            dr = drDeclared.isEmpty() ? bdr : best(drDeclared);
            boolean wasDr = oi.dr == oi;
            boolean wasBdr = oi.bdr == oi;
            boolean isDr = dr == oi;
            boolean isBdr = bdr == oi;
            oi.dr = dr;
            oi.bdr = bdr;
            if (dr != null && dr == bdr) {
                oi.bdr = null;
                bdr = null;
            }
            if (wasDr == isDr && wasBdr == (oi.bdr == oi)) {
                break;
            }
        }
        oi.state = oi.dr == oi ? IfState.DR : oi.bdr == oi ? IfState.BACKUP : IfState.DROTHER;
        return oldDr != oi.dr || oldBdr != oi.bdr;
    }

    private static OspfIface best(List<OspfIface> pool) {
        OspfIface best = null;
        for (OspfIface c : pool) {
            if (best == null || c.priority > best.priority
                    || (c.priority == best.priority && Integer.compareUnsigned(c.router.routerId, best.router.routerId) > 0)) {
                best = c;
            }
        }
        return best;
    }

    /**
     * {@code oi}'s DR or BDR changed: its router re-originates, every neighbor in 2-Way or above
     * is queued for AdjOK?, and a neighbor that lists this router back elects again on its side.
     */
    void drChanged(OspfIface oi) {
        lsa.markDirty(oi.router);
        for (OspfNbr n : oi.nbrs.values()) {
            if (n.state.atLeast(NbrState.TWO_WAY)) {
                adjQueue.add(n);
                OspfNbr back = n.remote.nbrs.get(oi);
                if (back != null && back.state.atLeast(NbrState.TWO_WAY) && n.remote.type.electsDr()
                        && n.remote.state != IfState.WAITING) {
                    queueElection(n.remote);
                }
            }
        }
    }
}
