package org.labcanvas.model.sim;

import org.labcanvas.model.sim.ipsec.IpsecSessions;
import org.labcanvas.model.sim.nhrp.NhrpEngine;
import org.labcanvas.model.sim.ospf.OspfEngine;
import org.labcanvas.model.sim.underlay.Network;
import org.labcanvas.model.sim.underlay.UnderlayState;

/**
 * The whole network at one moment of the virtual clock, for {@code show} commands: read it, do
 * not change it.
 */
public final class NetworkState {
    private final Engine engine;

    NetworkState(Engine engine) {
        this.engine = engine;
    }

    /** The moment, in ms. */
    public long now() {
        return engine.clock().now();
    }

    public Network network() {
        return engine.network();
    }

    public UnderlayState underlay() {
        return engine.underlay();
    }

    public OspfEngine ospf() {
        return engine.ospf();
    }

    public NhrpEngine nhrp() {
        return engine.nhrp();
    }

    public IpsecSessions ipsec() {
        return engine.ipsec();
    }

    public boolean deviceUp(String device) {
        return engine.underlay().deviceUp(device);
    }

    /** When the device last booted (ms); for uptimes. */
    public long bootedAt(String device) {
        return engine.bootedAt(device);
    }
}
