package org.labcanvas.app.ui.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.ipsec.IpsecSession;
import org.labcanvas.model.sim.nhrp.NhrpEntry;
import org.labcanvas.model.sim.nhrp.NhrpInterface;
import org.labcanvas.model.sim.ospf.NbrState;
import org.labcanvas.model.sim.ospf.OspfIface;
import org.labcanvas.model.sim.ospf.OspfNbr;
import org.labcanvas.model.sim.ospf.OspfRouter;
import org.labcanvas.model.sim.rib.RibNextHop;
import org.labcanvas.model.sim.rib.Route;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.topology.Device;

/**
 * The facts about one device at one instant that "what changed" compares: its routes, its OSPF
 * neighbours with their state, its NHRP cache entries and its IPsec SAs, each as one line of text
 * in IOS's words. Two instants' facts differ exactly where the network changed for that device.
 */
record StateFacts(String device, boolean up, SortedSet<String> routes, SortedMap<String, String> neighbors,
                  SortedSet<String> nhrp, SortedSet<String> sas) {

    static StateFacts of(NetworkState s, Device d) {
        String name = d.name();
        boolean up = s.deviceUp(name);
        SortedSet<String> routes = new TreeSet<>();
        SortedMap<String, String> neighbors = new TreeMap<>();
        SortedSet<String> nhrp = new TreeSet<>();
        SortedSet<String> sas = new TreeSet<>();
        if (s.network().interfacesOf(name).isEmpty()) {
            return new StateFacts(name, up, routes, neighbors, nhrp, sas);
        }
        for (Route r : s.rib(name).routes()) {
            routes.add(route(r));
        }
        OspfRouter ospf = s.ospf().router(name);
        if (ospf != null) {
            for (OspfIface i : ospf.interfaces()) {
                for (OspfNbr n : i.sortedNeighbors()) {
                    if (n.state() == NbrState.DOWN) {
                        continue;
                    }
                    neighbors.put(i.name() + " " + Ipv4Prefix.format(n.routerId()), n.state().text()
                            + (n.role().equals("-") ? "" : "/" + n.role()));
                }
            }
        }
        for (NhrpInterface t : s.nhrp().onDevice(name)) {
            for (Map.Entry<Integer, NhrpEntry> e : t.cache().entrySet()) {
                NhrpEntry entry = e.getValue();
                if (!entry.validAt(s.now())) {
                    continue;
                }
                nhrp.add(t.tunnel().name() + " " + Ipv4Prefix.format(entry.protocol()) + " via NBMA "
                        + Ipv4Prefix.format(entry.nbma()) + " " + entry.type().name().toLowerCase());
            }
        }
        for (IpsecSession session : s.ipsec().sessionsOf(name)) {
            sas.add(Ipv4Prefix.format(session.localOf(name)) + " <-> " + Ipv4Prefix.format(session.peerOf(name)));
        }
        return new StateFacts(name, up, routes, neighbors, nhrp, sas);
    }

    /** {@code O 1.1.1.1/32 [110/1001] via 10.0.0.1 Tunnel0}, as {@code show ip route} would describe it. */
    static String route(Route r) {
        List<String> hops = new ArrayList<>();
        for (RibNextHop h : r.nextHops()) {
            String via = h.address() == 0 ? "" : "via " + Ipv4Prefix.format(h.address());
            hops.add(h.iface() == null ? via : (via.isEmpty() ? "" : via + " ") + h.iface());
        }
        String via = hops.isEmpty() ? "" : " " + String.join(", ", hops);
        return r.source().code() + " " + r.prefix() + " [" + r.distance() + "/" + r.metric() + "]" + via;
    }
}
