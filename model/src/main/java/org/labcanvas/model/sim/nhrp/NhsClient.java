package org.labcanvas.model.sim.nhrp;

import org.labcanvas.model.sim.underlay.NetInterface;

/** A spoke tunnel's registration with one next-hop server. */
public final class NhsClient {
    final long id;
    final NetInterface tunnel;
    final int nhsAddress;
    final int nbma;
    NhsState state = NhsState.E;
    int generation;
    int retries;
    long lastReply = -1;
    long requestsSent;
    long repliesReceived;
    boolean up;
    boolean pathOk;
    /** When {@link #up} last changed (ms); the creation time until it first does. */
    long changedAt;

    NhsClient(long id, NetInterface tunnel, int nhsAddress, int nbma) {
        this.id = id;
        this.tunnel = tunnel;
        this.nhsAddress = nhsAddress;
        this.nbma = nbma;
    }

    NhsClient copy() {
        NhsClient c = new NhsClient(id, tunnel, nhsAddress, nbma);
        c.state = state;
        c.generation = generation;
        c.retries = retries;
        c.lastReply = lastReply;
        c.requestsSent = requestsSent;
        c.repliesReceived = repliesReceived;
        c.up = up;
        c.pathOk = pathOk;
        c.changedAt = changedAt;
        return c;
    }

    public NetInterface tunnel() { return tunnel; }
    public int nhsAddress() { return nhsAddress; }
    /** NBMA address of the server, 0 when the spoke has no way to find it. */
    public int nbma() { return nbma; }
    public NhsState state() { return state; }
    public long requestsSent() { return requestsSent; }
    public long repliesReceived() { return repliesReceived; }
    /** Whether the last registration was answered. */
    public boolean up() { return up; }
    /** When the server last went up or down as this spoke sees it (ms): what {@code show dmvpn}'s UpDn counts from. */
    public long changedAt() { return changedAt; }

    /** Sets whether the server answers, noting the time when that changes. */
    void setUp(boolean now, long at) {
        if (up != now) {
            up = now;
            changedAt = at;
        }
    }

    /** Time of the last answered registration in ms, -1 if none. */
    public long lastReply() { return lastReply; }
}
