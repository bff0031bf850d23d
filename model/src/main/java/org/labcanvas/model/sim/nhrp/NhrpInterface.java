package org.labcanvas.model.sim.nhrp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.NhrpSettings;

/** NHRP on one tunnel interface: its cache, its next-hop server registrations, its counters. */
public final class NhrpInterface {
    private static final Comparator<Integer> UNSIGNED = Integer::compareUnsigned;

    final NetInterface tunnel;
    final NhrpSettings settings;
    final TreeMap<Integer, NhrpEntry> cache = new TreeMap<>(UNSIGNED);
    final List<NhsClient> clients = new ArrayList<>();
    final NhrpTraffic traffic = new NhrpTraffic();

    NhrpInterface(NetInterface tunnel, NhrpSettings settings) {
        this.tunnel = tunnel;
        this.settings = settings;
    }

    public NetInterface tunnel() { return tunnel; }
    public NhrpSettings settings() { return settings; }
    /** Entries in protocol-address order. */
    public Map<Integer, NhrpEntry> cache() { return java.util.Collections.unmodifiableMap(cache); }
    public List<NhsClient> clients() { return java.util.Collections.unmodifiableList(clients); }

    NhrpInterface copy() {
        NhrpInterface c = new NhrpInterface(tunnel, settings);
        for (Map.Entry<Integer, NhrpEntry> e : cache.entrySet()) {
            c.cache.put(e.getKey(), e.getValue().copy());
        }
        for (NhsClient x : clients) {
            c.clients.add(x.copy());
        }
        c.traffic.copyFrom(traffic);
        return c;
    }
    public NhrpTraffic traffic() { return traffic; }
}
