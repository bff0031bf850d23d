package org.labcanvas.model.sim.ospf;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.topology.Device;

/** The OSPF process of one router. */
public final class OspfRouter {
    final Device device;
    final List<OspfIface> ifaces = new ArrayList<>();
    int routerId;
    boolean up;
    long startedAt;
    boolean lsaDirty;

    OspfRouter(Device device) {
        this.device = device;
    }

    public Device device() { return device; }
    public String name() { return device.name(); }
    public int processId() { return device.ospf().processId(); }
    public int routerId() { return routerId; }
    public boolean up() { return up; }
    public long startedAt() { return startedAt; }
    public List<OspfIface> interfaces() { return java.util.Collections.unmodifiableList(ifaces); }

    /** The scalar state; interfaces are added by the caller. */
    OspfRouter copy() {
        OspfRouter c = new OspfRouter(device);
        c.routerId = routerId;
        c.up = up;
        c.startedAt = startedAt;
        c.lsaDirty = lsaDirty;
        return c;
    }
}
