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
    /** The SPF result of each area as this router last ran it (IOS routes from its own last SPF run). */
    final java.util.TreeMap<Long, Spf> adoptedSpf = new java.util.TreeMap<>();
    /** SPF runs per area since the process started. */
    final java.util.TreeMap<Long, Integer> spfRuns = new java.util.TreeMap<>();
    /** When this router last ran SPF (ms), -1 if never since the process started. */
    long lastSpf = -1;
    /** When its scheduled SPF runs (ms), -1 if none is scheduled. */
    long spfDueAt = -1;
    int spfGeneration;

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
    /** When this router last ran SPF (ms since boot of the simulation), -1 if not yet since its process started. */
    public long lastSpf() { return lastSpf; }
    /** When its next SPF run is due (ms; IOS's SPF throttle), -1 if none is scheduled. */
    public long spfDueAt() { return spfDueAt; }
    /** How many times SPF ran for {@code area} since the process started. */
    public int spfRuns(long area) { return spfRuns.getOrDefault(area, 0); }

    /** The process stopped: its SPF results and throttle state are gone. */
    void resetSpf() {
        adoptedSpf.clear();
        spfRuns.clear();
        lastSpf = -1;
        spfDueAt = -1;
        spfGeneration++;
    }

    /** The scalar state; interfaces are added by the caller. */
    OspfRouter copy() {
        OspfRouter c = new OspfRouter(device);
        c.routerId = routerId;
        c.up = up;
        c.startedAt = startedAt;
        c.lsaDirty = lsaDirty;
        c.adoptedSpf.putAll(adoptedSpf); // an SPF result never changes once run
        c.spfRuns.putAll(spfRuns);
        c.lastSpf = lastSpf;
        c.spfDueAt = spfDueAt;
        c.spfGeneration = spfGeneration;
        return c;
    }
}
