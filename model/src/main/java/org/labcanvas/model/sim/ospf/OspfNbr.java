package org.labcanvas.model.sim.ospf;

/** What an interface knows of one neighbor interface. */
public final class OspfNbr {
    final OspfIface owner;
    final OspfIface remote;
    NbrState state = NbrState.DOWN;
    long since;
    boolean hears;
    long lastHeard;
    int helloGeneration;
    boolean helloPending;
    int deadGeneration;
    long deadAt = Long.MAX_VALUE;
    int stateChanges;

    OspfNbr(OspfIface owner, OspfIface remote) {
        this.owner = owner;
        this.remote = remote;
    }

    OspfNbr copy(OspfIface newOwner, OspfIface newRemote) {
        OspfNbr c = new OspfNbr(newOwner, newRemote);
        c.state = state;
        c.since = since;
        c.hears = hears;
        c.lastHeard = lastHeard;
        c.helloGeneration = helloGeneration;
        c.helloPending = helloPending;
        c.deadGeneration = deadGeneration;
        c.deadAt = deadAt;
        c.stateChanges = stateChanges;
        return c;
    }

    public OspfIface owner() { return owner; }
    public OspfIface remote() { return remote; }
    public NbrState state() { return state; }
    /** How many times the state changed (the "N state changes" of the detail view). */
    public int stateChanges() { return stateChanges; }
    /** When the state last changed (ms). */
    public long since() { return since; }
    /** Whether hellos from the neighbor currently arrive. */
    public boolean hears() { return hears; }

    /**
     * The neighbor's role as this router sees it ({@code DR}, {@code BDR}, {@code DROTHER}), or
     * {@code -} on networks without DR, as after the slash in {@code show ip ospf neighbor}.
     */
    public String role() {
        if (!owner.type.electsDr()) {
            return "-";
        }
        if (owner.dr == remote) return "DR";
        if (owner.bdr == remote) return "BDR";
        return "DROTHER";
    }

    /** The neighbor's router ID. */
    public int routerId() { return remote.router.routerId; }

    /** Dead time left at {@code now} in ms (what the Dead Time column shows). */
    public long deadTimeLeft(long now) {
        if (hears) {
            long last = remote.lastTick(now);
            return Math.max(0, last + owner.deadSeconds * 1000L - now);
        }
        return deadAt == Long.MAX_VALUE ? 0 : Math.max(0, deadAt - now);
    }
}
