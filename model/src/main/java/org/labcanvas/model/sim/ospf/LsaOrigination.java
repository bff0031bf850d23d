package org.labcanvas.model.sim.ospf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Router and network LSAs (RFC 2328 12.4.1, 12.4.2) and their MaxAge. A router whose adjacencies or
 * interfaces changed is marked; at the end of the instant each marked router re-originates its
 * router LSA per area, and as DR with a full neighbor its network LSAs (flushing the ones it no
 * longer originates). Database exchange takes no time: what a router originates is in its area's
 * database at once. Holds no state of its own: it works on the engine's databases, marked routers
 * and live router IDs.
 */
final class LsaOrigination {
    private final Map<Long, Lsdb> lsdbs;
    private final Set<OspfRouter> dirtyRouters;
    private final Set<Integer> aliveRouterIds;

    LsaOrigination(Map<Long, Lsdb> lsdbs, Set<OspfRouter> dirtyRouters, Set<Integer> aliveRouterIds) {
        this.lsdbs = lsdbs;
        this.dirtyRouters = dirtyRouters;
        this.aliveRouterIds = aliveRouterIds;
    }

    /** {@code r}'s LSAs must be originated again at the end of the instant. */
    void markDirty(OspfRouter r) {
        r.lsaDirty = true;
        dirtyRouters.add(r);
    }

    /** Originates the LSAs of every marked router that is up, in router-name order. */
    void originateMarked(long now) {
        for (OspfRouter r : dirtyRouters) {
            r.lsaDirty = false;
            if (!r.up) {
                continue;
            }
            originate(r, now);
        }
        dirtyRouters.clear();
    }

    /**
     * MaxAge: LSAs of routers that are no longer running leave {@code db} an hour after they were
     * originated (a router that loses power flushes nothing).
     */
    void ageOut(Lsdb db, long now) {
        db.age(now, aliveRouterIds::contains);
    }

    private void originate(OspfRouter r, long now) {
        Map<Long, List<LsaLink>> byArea = new TreeMap<>();
        for (OspfIface oi : r.ifaces) {
            List<LsaLink> links = byArea.computeIfAbsent(oi.area, k -> new ArrayList<>());
            Lsdb db = lsdbs.computeIfAbsent(oi.area, Lsdb::new);
            if (!oi.up) {
                db.flushNetwork(oi.net.address(), r.routerId);
                continue;
            }
            int mask = oi.net.subnet().maskInt();
            LsaLink stub = new LsaLink(LsaLink.Type.STUB, oi.net.subnet().network(), mask, oi.cost, oi.name());
            boolean isDrWithFull = false;
            switch (oi.type) {
                case LOOPBACK -> links.add(new LsaLink(LsaLink.Type.STUB, oi.net.address(), -1, oi.cost, oi.name()));
                case POINT_TO_POINT -> {
                    for (OspfNbr n : oi.sortedNeighbors()) {
                        if (n.state == NbrState.FULL) {
                            links.add(new LsaLink(LsaLink.Type.POINT_TO_POINT, n.routerId(), oi.net.address(), oi.cost, oi.name()));
                        }
                    }
                    links.add(stub);
                }
                case POINT_TO_MULTIPOINT -> {
                    for (OspfNbr n : oi.sortedNeighbors()) {
                        if (n.state == NbrState.FULL) {
                            links.add(new LsaLink(LsaLink.Type.POINT_TO_POINT, n.routerId(), oi.net.address(), oi.cost, oi.name()));
                        }
                    }
                    links.add(new LsaLink(LsaLink.Type.STUB, oi.net.address(), -1, 0, oi.name()));
                }
                default -> {
                    boolean transit = false;
                    if (oi.dr == oi) {
                        for (OspfNbr n : oi.nbrs.values()) {
                            if (n.state == NbrState.FULL) {
                                transit = true;
                                break;
                            }
                        }
                        isDrWithFull = transit;
                    } else if (oi.dr != null) {
                        OspfNbr toDr = oi.nbrs.get(oi.dr);
                        transit = toDr != null && toDr.state == NbrState.FULL;
                    }
                    if (transit && !oi.passive) {
                        links.add(new LsaLink(LsaLink.Type.TRANSIT, oi.dr.net.address(), oi.net.address(), oi.cost, oi.name()));
                    } else {
                        links.add(stub);
                    }
                }
            }
            if (isDrWithFull) {
                List<Integer> attached = new ArrayList<>();
                attached.add(r.routerId);
                for (OspfNbr n : oi.nbrs.values()) {
                    if (n.state == NbrState.FULL) {
                        attached.add(n.routerId());
                    }
                }
                attached.sort(Integer::compareUnsigned);
                db.installNetwork(oi.net.address(), mask, r.routerId, attached, now);
            } else {
                db.flushNetwork(oi.net.address(), r.routerId);
            }
        }
        for (Map.Entry<Long, List<LsaLink>> e : byArea.entrySet()) {
            lsdbs.get(e.getKey()).install(r.routerId, e.getValue(), now);
        }
    }
}
