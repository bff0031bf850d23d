package org.labcanvas.model.analysis;

import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.NhrpSettings;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

/**
 * Which tunnel interfaces talk to each other (the overlay), built with hash maps in time linear in
 * the number of tunnels plus their NHRP entries.
 *
 * <p>Explicit peerings (kept in both directions):
 * <ul>
 *   <li>a point-to-point GRE tunnel with {@code tunnel destination D} peers with the GRE tunnels of
 *       the device owning D whose tunnel source resolves to D (by interface name or address) and
 *       whose IPv4 subnet equals its own;</li>
 *   <li>a GRE tunnel (point-to-point or multipoint) peers with the tunnel owning each protocol
 *       address of its {@code ip nhrp nhs} and {@code ip nhrp map} entries, when that tunnel is in
 *       the same IPv4 subnet;</li>
 *   <li>an {@code ipv6ip} (6in4) tunnel peers with the 6in4 tunnels sourced from its destination,
 *       and a 6in4 client ({@link org.labcanvas.model.topology.SixInFourClient}) peers with its
 *       broker: the broker's {@code ipv6ip} tunnel interface, or the broker device itself
 *       ({@code InterfaceRef(broker, null)}) when it has none. A tunnel whose destination is a
 *       broker's IPv4 endpoint peers with that broker too.</li>
 * </ul>
 * Multipoint GRE tunnels with NHRP in the same IPv4 subnet with the same {@code tunnel key} also form a
 * <em>cloud</em>: after NHRP resolution (DMVPN phase 2/3) every member can build a tunnel to every
 * other one. Clouds are kept as groups rather than as all pairs, so that a phase-2 design with
 * thousands of spokes stays linear; {@link #peers} expands them on request.
 */
public final class TunnelOverlay {
    /** An explicit peering, {@code a < b}. */
    public record Edge(InterfaceRef a, InterfaceRef b) {}

    private final Map<InterfaceRef, TunnelSource> sources = new LinkedHashMap<>();
    private final Map<InterfaceRef, SortedSet<InterfaceRef>> explicit = new HashMap<>();
    private final Map<InterfaceRef, List<InterfaceRef>> clouds = new HashMap<>();
    private final Map<InterfaceRef, List<InterfaceRef>> components = new HashMap<>();
    private final List<Edge> edges;

    public TunnelOverlay(Topology topology, AddressIndex addresses) {
        Map<String, List<InterfaceRef>> greBySourceAndSubnet = new HashMap<>();
        Map<IPAddress, List<InterfaceRef>> sixInFourBySource = new HashMap<>();
        Map<String, List<InterfaceRef>> cloudMembers = new LinkedHashMap<>();
        Map<IPAddress, String> brokersByEndpoint = new HashMap<>();
        for (Device d : topology.devices()) {
            if (d.kind() == DeviceKind.BROKER && d.broker() != null) {
                addresses.host(d.broker().ipv4Endpoint()).ifPresent(a -> brokersByEndpoint.putIfAbsent(a, d.name()));
            }
            for (Interface i : d.interfaces()) {
                if (!i.isTunnel()) {
                    continue;
                }
                InterfaceRef ref = InterfaceRef.of(d.name(), i.name());
                TunnelSource src = TunnelSource.of(d, i, addresses);
                sources.put(ref, src);
                explicit.put(ref, new TreeSet<>());
                TunnelMode mode = i.tunnel() == null ? TunnelMode.GRE_P2P : i.tunnel().mode();
                Optional<InterfaceAddress> own = addresses.ipv4(ref);
                if (mode == TunnelMode.IPV6IP) {
                    if (src.address() != null) {
                        sixInFourBySource.computeIfAbsent(src.address(), k -> new ArrayList<>()).add(ref);
                    }
                    continue;
                }
                if (src.address() != null && own.isPresent()) {
                    greBySourceAndSubnet.computeIfAbsent(key(src.address(), own.get()), k -> new ArrayList<>()).add(ref);
                }
                if (mode == TunnelMode.GRE_MULTIPOINT && own.isPresent() && i.nhrp() != null) {
                    Long tunnelKey = i.tunnel() == null ? null : i.tunnel().key();
                    cloudMembers.computeIfAbsent(own.get().subnet() + "|" + tunnelKey, k -> new ArrayList<>()).add(ref);
                }
            }
        }
        for (Device d : topology.devices()) {
            for (Interface i : d.interfaces()) {
                if (!i.isTunnel()) {
                    continue;
                }
                InterfaceRef ref = InterfaceRef.of(d.name(), i.name());
                TunnelSettings t = i.tunnel();
                TunnelMode mode = t == null ? TunnelMode.GRE_P2P : t.mode();
                Optional<InterfaceAddress> own = addresses.ipv4(ref);
                Optional<IPAddress> destination = t == null ? Optional.empty()
                        : addresses.host(t.destination()).filter(IPAddress::isIPv4);
                if (mode == TunnelMode.IPV6IP) {
                    destination.ifPresent(dst -> {
                        for (InterfaceRef other : sixInFourBySource.getOrDefault(dst, List.of())) {
                            connect(ref, other);
                        }
                        String broker = brokersByEndpoint.get(dst);
                        if (broker != null) {
                            connectToBroker(topology, ref, broker);
                        }
                    });
                    if (d.sixInFour() != null && i.name().equals(d.sixInFour().tunnelInterface())
                            && d.sixInFour().broker() != null && topology.contains(d.sixInFour().broker())) {
                        connectToBroker(topology, ref, d.sixInFour().broker());
                    }
                    continue;
                }
                if (own.isEmpty()) {
                    continue;
                }
                if (TunnelPeering.destination(i) != null && destination.isPresent()) {
                    for (InterfaceRef other : greBySourceAndSubnet.getOrDefault(key(destination.get(), own.get()), List.of())) {
                        connect(ref, other);
                    }
                }
                for (IPAddress protocol : protocolAddresses(i.nhrp(), addresses)) {
                    for (InterfaceRef other : addresses.owners(protocol)) {
                        if (sources.containsKey(other)
                                && addresses.ipv4(other).map(a -> a.subnet().equals(own.get().subnet())).orElse(false)) {
                            connect(ref, other);
                        }
                    }
                }
            }
        }
        for (List<InterfaceRef> members : cloudMembers.values()) {
            if (members.size() > 1) {
                Collections.sort(members);
                List<InterfaceRef> shared = List.copyOf(members);
                for (InterfaceRef m : shared) {
                    clouds.put(m, shared);
                }
            }
        }
        List<Edge> list = new ArrayList<>();
        explicit.forEach((a, peers) -> {
            for (InterfaceRef b : peers) {
                if (a.compareTo(b) < 0) {
                    list.add(new Edge(a, b));
                }
            }
        });
        list.sort((x, y) -> {
            int c = x.a().compareTo(y.a());
            return c != 0 ? c : x.b().compareTo(y.b());
        });
        edges = List.copyOf(list);
        buildComponents();
    }

    private static String key(IPAddress source, InterfaceAddress tunnelAddress) {
        return source.toCanonicalString() + "|" + tunnelAddress.subnet();
    }

    private static List<IPAddress> protocolAddresses(NhrpSettings nhrp, AddressIndex addresses) {
        List<IPAddress> out = new ArrayList<>();
        for (String a : TunnelPeering.nhrpPeers(nhrp)) {
            addresses.host(a).ifPresent(out::add);
        }
        return out;
    }

    private void connectToBroker(Topology topology, InterfaceRef client, String broker) {
        Device b = topology.require(broker);
        boolean any = false;
        for (Interface bi : b.interfaces()) {
            if (bi.isTunnel() && bi.tunnel() != null && bi.tunnel().mode() == TunnelMode.IPV6IP) {
                connect(client, InterfaceRef.of(broker, bi.name()));
                any = true;
            }
        }
        if (!any) {
            connect(client, InterfaceRef.of(broker, null));
        }
    }

    private void connect(InterfaceRef a, InterfaceRef b) {
        if (a.equals(b) || a.device().equals(b.device())) {
            return;
        }
        explicit.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
        explicit.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
    }

    private void buildComponents() {
        List<InterfaceRef> nodes = new ArrayList<>(explicit.keySet());
        Collections.sort(nodes);
        Map<InterfaceRef, Integer> idx = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            idx.put(nodes.get(i), i);
        }
        UnionFind uf = new UnionFind(nodes.size());
        for (Edge e : edges) {
            uf.union(idx.get(e.a()), idx.get(e.b()));
        }
        for (List<InterfaceRef> cloud : new java.util.HashSet<>(clouds.values())) {
            for (InterfaceRef m : cloud) {
                uf.union(idx.get(cloud.get(0)), idx.get(m));
            }
        }
        Map<Integer, List<InterfaceRef>> byRoot = new HashMap<>();
        for (InterfaceRef n : nodes) {
            byRoot.computeIfAbsent(uf.find(idx.get(n)), k -> new ArrayList<>()).add(n);
        }
        for (List<InterfaceRef> members : byRoot.values()) {
            List<InterfaceRef> shared = List.copyOf(members);
            for (InterfaceRef m : shared) {
                components.put(m, shared);
            }
        }
    }

    /** Every tunnel interface of the topology, in topology order. */
    public Iterable<InterfaceRef> tunnels() {
        return sources.keySet();
    }

    /** How the tunnel's source resolves; null for something that is not a tunnel interface. */
    public TunnelSource source(InterfaceRef tunnel) {
        return sources.get(tunnel);
    }

    /** Peers by destination, NHRP entries or 6in4 broker, sorted; both directions are present. */
    public SortedSet<InterfaceRef> explicitPeers(InterfaceRef tunnel) {
        SortedSet<InterfaceRef> s = explicit.get(tunnel);
        return s == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(s);
    }

    /** The multipoint cloud (same subnet and key, at least two members, sorted) the tunnel is in. */
    public Optional<List<InterfaceRef>> cloud(InterfaceRef tunnel) {
        return Optional.ofNullable(clouds.get(tunnel));
    }

    /** Every distinct cloud, sorted by first member. */
    public List<List<InterfaceRef>> clouds() {
        TreeSet<List<InterfaceRef>> set = new TreeSet<>((x, y) -> x.get(0).compareTo(y.get(0)));
        set.addAll(clouds.values());
        return List.copyOf(set);
    }

    /**
     * Explicit peers and cloud co-members, sorted. This materialises a cloud's members: callers
     * that look at every tunnel of a large phase-2 cloud should use {@link #cloud} instead.
     */
    public SortedSet<InterfaceRef> peers(InterfaceRef tunnel) {
        SortedSet<InterfaceRef> out = new TreeSet<>(explicitPeers(tunnel));
        cloud(tunnel).ifPresent(c -> c.stream().filter(m -> !m.device().equals(tunnel.device())).forEach(out::add));
        return Collections.unmodifiableSortedSet(out);
    }

    public boolean arePeers(InterfaceRef a, InterfaceRef b) {
        return explicitPeers(a).contains(b)
                || (!a.device().equals(b.device()) && cloud(a).map(c -> Objects.equals(clouds.get(b), c)).orElse(false));
    }

    /** Explicit peerings, each once with {@code a < b}, sorted. */
    public List<Edge> edges() {
        return edges;
    }

    /**
     * The overlay segment of a tunnel: every tunnel (and bare broker) connected to it through
     * explicit peerings and clouds, sorted. A tunnel without peers is alone in its component.
     */
    public List<InterfaceRef> component(InterfaceRef tunnel) {
        List<InterfaceRef> c = components.get(tunnel);
        return c == null ? List.of(tunnel) : c;
    }
}
