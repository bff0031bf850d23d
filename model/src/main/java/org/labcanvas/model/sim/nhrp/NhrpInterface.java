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

    /**
     * Whether {@code show dmvpn} shows the peer of entry {@code e} up, as the router knows it and
     * never sooner: a next-hop server is up while its last registration was answered; a registered
     * spoke, a resolved peer or a static map that is no server is up while its entry lives.
     */
    public boolean peerUp(NhrpEntry e) {
        NhsClient c = serverOf(e);
        return c == null || c.up();
    }

    /** Since when the peer of entry {@code e} has the state {@link #peerUp} gives (its UpDn time). */
    public long peerSince(NhrpEntry e) {
        NhsClient c = serverOf(e);
        return c == null ? e.created() : c.changedAt();
    }

    /** The next-hop server client whose server is the peer of entry {@code e}; null when the peer is no server. */
    private NhsClient serverOf(NhrpEntry e) {
        for (NhsClient c : clients) {
            if (c.nhsAddress() == e.protocol()) {
                return c;
            }
        }
        return null;
    }

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
