package org.labcanvas.model.sim;


import org.labcanvas.model.sim.ipsec.IpsecState;
import org.labcanvas.model.sim.nhrp.NhrpState;
import org.labcanvas.model.sim.ospf.OspfState;
import org.labcanvas.model.sim.overlay.TunnelDelivery;
import org.labcanvas.model.sim.rib.Rib;
import org.labcanvas.model.sim.underlay.Network;
import org.labcanvas.model.sim.underlay.UnderlayState;

/**
 * The whole network at one instant of the virtual clock, for {@code show} commands, exports and
 * the designer. A snapshot is a private copy of the engine taken at that instant that nothing runs
 * any more, seen only through read-only interfaces: it never changes under its reader, and it can
 * be read from any thread.
 */
public final class NetworkState {
    private final Engine engine;

    private NetworkState(Engine engine) {
        this.engine = engine;
    }

    /** A frozen snapshot of {@code engine} as it is now. */
    static NetworkState snapshotOf(Engine engine) {
        return new NetworkState(engine.copy());
    }

    /** A view of the running engine itself, for the engine's own use while an instant runs. */
    static NetworkState live(Engine engine) {
        return new NetworkState(engine);
    }

    /** The moment, in ms. */
    public long now() {
        return engine.now();
    }

    public Network network() {
        return engine.network();
    }

    public UnderlayState underlay() {
        return engine.underlay();
    }

    public OspfState ospf() {
        return engine.process(OspfState.class);
    }

    public NhrpState nhrp() {
        return engine.process(NhrpState.class);
    }

    public IpsecState ipsec() {
        return engine.process(IpsecState.class);
    }

    /** The read-only view of type {@code type} of a registered protocol process; null when none has one. */
    public <T> T view(Class<T> type) {
        return engine.process(type);
    }

    public boolean deviceUp(String device) {
        return engine.underlay().deviceUp(device);
    }

    /** When the device last booted (ms); for uptimes. */
    public long bootedAt(String device) {
        return engine.bootedAt(device);
    }

    /** {@code device}'s IPv4 routing table now. */
    public Rib rib(String device) {
        return Rib.build(network(), underlay(), device, engine.routes(device));
    }

    /**
     * The part of {@code device}'s IPv4 routing table that decides where a packet to {@code address}
     * goes: connected and static routes, and the routing processes' routes that contain the address
     * or a static route's next hop. Its {@code lookup(address)} is the full table's; cheaper to build
     * when one destination is asked of many devices.
     */
    public Rib ribFor(String device, int address) {
        java.util.List<org.labcanvas.model.topology.StaticRoute> statics = network().device(device).staticRoutes();
        int[] addresses = new int[1 + statics.size()];
        addresses[0] = address;
        int n = 1;
        for (org.labcanvas.model.topology.StaticRoute sr : statics) {
            int nh = sr.nextHop() == null ? 0 : network().address(sr.nextHop());
            if (nh != 0) {
                addresses[n++] = nh;
            }
        }
        return Rib.build(network(), underlay(), device, engine.routesCovering(device, java.util.Arrays.copyOf(addresses, n)));
    }

    /** {@code device}'s IPv6 routing table now. */
    public org.labcanvas.model.sim.rib.Rib6 rib6(String device) {
        return org.labcanvas.model.sim.rib.Rib6.build(network(), underlay(), device, engine.routes6(device));
    }

    /** Tunnel delivery that only looks (a view's ping or traceroute brings nothing up). */
    public TunnelDelivery readOnlyDelivery() {
        TunnelDelivery d = new TunnelDelivery(network(), underlay());
        d.attach(nhrp());
        d.attach(ipsec().readOnly());
        return d;
    }

    /**
     * The messages {@code device} logged up to this instant (IOS syslog lines: no events, no
     * warnings), oldest first; empty for a run that streamed its timeline instead of keeping it.
     */
    public java.util.List<org.labcanvas.model.sim.core.LogLine> logOf(String device) {
        java.util.List<org.labcanvas.model.sim.core.LogLine> out = new java.util.ArrayList<>();
        for (org.labcanvas.model.sim.core.LogLine l : engine.log().lines()) {
            if (l.device().equals(device) && l.kind() == org.labcanvas.model.sim.core.LogLine.Kind.LOG) {
                out.add(l);
            }
        }
        return out;
    }
}
