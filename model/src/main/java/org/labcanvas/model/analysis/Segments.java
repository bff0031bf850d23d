package org.labcanvas.model.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Topology;

/**
 * The layer-2 segments of a topology, from its links (union-find, linear in devices plus links).
 *
 * <ul>
 *   <li>A cable between two interfaces joins them.</li>
 *   <li>A LAN node joins everything cabled to it (and LAN nodes cabled together are one LAN).</li>
 *   <li>An INTERNET node joins nothing: it is a routed cloud, so each attachment stays its own
 *       segment, marked {@link Segment#internetAttached()}.</li>
 *   <li>An interface without a cable (loopback, tunnel, unused port) is a stub segment of its own.</li>
 * </ul>
 * Links whose ends name no existing device or interface are ignored.
 */
public final class Segments {
    private final Map<InterfaceRef, Integer> index = new HashMap<>();
    private final List<InterfaceRef> refs = new ArrayList<>();
    private final Segment[] byIndex;
    private final List<Segment> all;

    public Segments(Topology topology) {
        Map<String, Integer> lanNodes = new HashMap<>();
        for (Device d : topology.devices()) {
            if (d.kind() != null && d.kind().isSegment()) {
                continue;
            }
            for (Interface i : d.interfaces()) {
                InterfaceRef ref = InterfaceRef.of(d.name(), i.name());
                if (index.putIfAbsent(ref, refs.size()) == null) {
                    refs.add(ref);
                }
            }
        }
        int interfaceCount = refs.size();
        for (Device d : topology.devices()) {
            if (d.kind() == DeviceKind.LAN) {
                lanNodes.putIfAbsent(d.name(), interfaceCount + lanNodes.size());
            }
        }
        int n = interfaceCount + lanNodes.size();
        UnionFind uf = new UnionFind(n);
        boolean[] internet = new boolean[n];
        for (Link l : topology.links()) {
            int a = node(topology, l.a(), lanNodes);
            int b = node(topology, l.b(), lanNodes);
            boolean aInternet = isInternet(topology, l.a());
            boolean bInternet = isInternet(topology, l.b());
            if (aInternet && b >= 0) {
                internet[b] = true;
            } else if (bInternet && a >= 0) {
                internet[a] = true;
            } else if (a >= 0 && b >= 0) {
                uf.union(a, b);
            }
        }
        Map<Integer, List<InterfaceRef>> members = new HashMap<>();
        boolean[] rootInternet = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (internet[i]) {
                rootInternet[uf.find(i)] = true;
            }
        }
        int[] firstOfRoot = new int[n];
        java.util.Arrays.fill(firstOfRoot, -1);
        for (int i = 0; i < interfaceCount; i++) {
            int root = uf.find(i);
            if (firstOfRoot[root] < 0) {
                firstOfRoot[root] = i;
            }
            members.computeIfAbsent(root, k -> new ArrayList<>()).add(refs.get(i));
        }
        byIndex = new Segment[interfaceCount];
        List<Segment> list = new ArrayList<>();
        Map<Integer, Segment> byRoot = new HashMap<>();
        for (int i = 0; i < interfaceCount; i++) {
            int root = uf.find(i);
            Segment s = byRoot.get(root);
            if (s == null) {
                List<InterfaceRef> m = members.get(root);
                m.sort(null);
                s = new Segment(firstOfRoot[root], m, rootInternet[root]);
                byRoot.put(root, s);
                list.add(s);
            }
            byIndex[i] = s;
        }
        all = List.copyOf(list);
    }

    private int node(Topology t, Endpoint e, Map<String, Integer> lanNodes) {
        if (e == null) {
            return -1;
        }
        if (e.iface() == null) {
            Integer lan = lanNodes.get(e.device());
            return lan == null ? -1 : lan;
        }
        Integer i = index.get(InterfaceRef.of(e.device(), e.iface()));
        return i == null ? -1 : i;
    }

    private static boolean isInternet(Topology t, Endpoint e) {
        return e != null && t.device(e.device()).map(d -> d.kind() == DeviceKind.INTERNET).orElse(false);
    }

    /** The segment of an interface; null for an interface that is not in the topology. */
    public Segment segmentOf(InterfaceRef ref) {
        Integer i = index.get(ref);
        return i == null ? null : byIndex[i];
    }

    /** Every segment, in topology order of their first interface. */
    public List<Segment> all() {
        return all;
    }
}
