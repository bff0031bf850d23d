package org.labcanvas.model.sim.underlay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Topology;

/**
 * The design compiled for simulation: every interface with a dense index and parsed addresses,
 * and the segment (LAN node, Internet cloud or cable) each interface is plugged into.
 */
public final class Network {
    private final Topology topology;
    private final List<NetInterface> interfaces = new ArrayList<>();
    private final Map<String, List<NetInterface>> byDevice = new TreeMap<>();
    private final Map<String, Map<String, NetInterface>> byDeviceAndName = new HashMap<>();
    private final Map<Integer, List<NetInterface>> byAddress = new HashMap<>();
    private final Map<Ipv6Address, List<NetInterface>> byIpv6 = new HashMap<>();
    private final Segment[] segmentOf;
    private final Map<String, Segment> segments = new TreeMap<>();

    // Memos filled as texts are first asked for; snapshots on other threads share this network.
    private final Map<String, Integer> addressMemo = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Optional<Ipv4Prefix>> prefixMemo = new java.util.concurrent.ConcurrentHashMap<>();

    /** The IPv4 address in {@code text} (0 when it is none), parsed once per distinct text. */
    public int address(String text) {
        if (text == null) {
            return 0;
        }
        return addressMemo.computeIfAbsent(text, t -> Ipv4Prefix.address(t).orElse(0));
    }

    /** The IPv4 prefix in {@code text} (null when it is none), parsed once per distinct text. */
    public Ipv4Prefix prefix(String text) {
        if (text == null) {
            return null;
        }
        return prefixMemo.computeIfAbsent(text, Ipv4Prefix::parse).orElse(null);
    }

    public Network(Topology topology) {
        this.topology = topology;
        for (Device d : topology.devices()) {
            List<NetInterface> list = new ArrayList<>();
            Map<String, NetInterface> names = new HashMap<>();
            for (Interface i : d.interfaces()) {
                int addr = 0;
                Ipv4Prefix subnet = null;
                long fast = org.labcanvas.model.addr.Ipv4Text.cidr(i.ipv4());
                if (fast >= 0 && isHostAddress((int) (fast >>> 8), (int) (fast & 0xff))) {
                    addr = (int) (fast >>> 8);
                    subnet = Ipv4Prefix.of(addr, (int) (fast & 0xff));
                } else if (i.ipv4() != null) {
                    var parsed = org.labcanvas.model.addr.InterfaceAddress.tryParse(i.ipv4());
                    if (parsed.isPresent() && parsed.get().isIpv4()) {
                        addr = parsed.get().address().getValue().intValue();
                        subnet = Ipv4Prefix.of(addr, parsed.get().prefixLength());
                    }
                }
                List<Ipv6Interface> v6 = new ArrayList<>(i.ipv6().size());
                for (String text : i.ipv6()) {
                    Ipv6Interface.parse(text).ifPresent(v6::add);
                }
                NetInterface ni = new NetInterface(d.name(), interfaces.size(), i, addr, subnet, d.platform(), v6);
                for (Ipv6Interface a : v6) {
                    byIpv6.computeIfAbsent(a.address(), k -> new ArrayList<>(1)).add(ni);
                }
                interfaces.add(ni);
                list.add(ni);
                names.put(i.name(), ni);
                if (subnet != null) {
                    byAddress.computeIfAbsent(addr, k -> new ArrayList<>(1)).add(ni);
                }
            }
            byDevice.put(d.name(), Collections.unmodifiableList(list));
            byDeviceAndName.put(d.name(), names);
        }
        segmentOf = new Segment[interfaces.size()];
        for (Link l : topology.links()) {
            Endpoint a = l.a();
            Endpoint b = l.b();
            if (a.iface() == null && b.iface() != null) {
                attach(a.device(), b, l);
            } else if (b.iface() == null && a.iface() != null) {
                attach(b.device(), a, l);
            } else if (a.iface() != null) {
                NetInterface ia = find(a.device(), a.iface());
                NetInterface ib = find(b.device(), b.iface());
                if (ia != null && ib != null) {
                    Segment s = new Segment("cable " + l, SegmentKind.CABLE, null);
                    s.add(new Attachment(ia, l));
                    s.add(new Attachment(ib, l));
                    segmentOf[ia.index()] = s;
                    segmentOf[ib.index()] = s;
                    segments.put(s.name, s);
                }
            }
        }
    }

    /** Not the network or broadcast address of its subnet (IOS refuses those except on /31 and /32). */
    private static boolean isHostAddress(int address, int length) {
        if (length >= 31) {
            return true;
        }
        int m = Ipv4Prefix.mask(length);
        return (address & ~m) != 0 && (address | m) != -1;
    }

    private void attach(String node, Endpoint e, Link l) {
        NetInterface i = find(e.device(), e.iface());
        Device n = topology.device(node).orElse(null);
        if (i == null || n == null) {
            return;
        }
        Segment s = segments.computeIfAbsent(node, k -> new Segment(node,
                n.kind() == DeviceKind.INTERNET ? SegmentKind.INTERNET : SegmentKind.LAN, node));
        s.add(new Attachment(i, l));
        segmentOf[i.index()] = s;
    }

    public Topology topology() {
        return topology;
    }

    public List<NetInterface> interfaces() {
        return interfaces;
    }

    public List<NetInterface> interfacesOf(String device) {
        return byDevice.getOrDefault(device, List.of());
    }

    public NetInterface find(String device, String iface) {
        Map<String, NetInterface> m = byDeviceAndName.get(device);
        return m == null ? null : m.get(iface);
    }

    /**
     * The device's interface a typed name designates ({@code tu0}, {@code fa2/0}, {@code Tunnel 0}):
     * the typed letters start the interface's type and the numbers are equal, case and spaces
     * ignored; the first such interface in configuration order, empty when none.
     */
    public Optional<NetInterface> findTyped(String device, String typed) {
        List<NetInterface> ifs = interfacesOf(device);
        return org.labcanvas.model.ios.TypedInterfaceName.resolve(ifs.stream().map(NetInterface::name).toList(), typed)
                .map(n -> find(device, n));
    }

    /** Interfaces that carry IPv6 address {@code a}. */
    public List<NetInterface> owners6(Ipv6Address a) {
        return byIpv6.getOrDefault(a, List.of());
    }

    /** The tunnel source address as configured, whether or not it is up (0 when unknown). */
    public int configuredTunnelSource(NetInterface t) {
        var ts = t.config().tunnel();
        if (ts == null || ts.source() == null) {
            return 0;
        }
        NetInterface src = find(t.device(), ts.source());
        if (src != null) {
            return src.address();
        }
        return address(ts.source());
    }

    /**
     * Whether tunnel {@code t} carries the traffic between {@code local} and {@code peer}: it starts
     * at the tunnel's source, and a point-to-point tunnel's peer is its destination (two tunnels
     * sourced on one interface each have their own peer; a multipoint tunnel has them all).
     */
    public boolean tunnelCarries(NetInterface t, int local, int peer) {
        if (t.config().tunnel() == null || local != configuredTunnelSource(t)) {
            return false;
        }
        String dst = t.config().tunnel().destination();
        return dst == null || address(dst) == peer;
    }

    /** Interfaces configured with exactly this address (normally one). */
    public List<NetInterface> owners(int address) {
        return byAddress.getOrDefault(address, List.of());
    }

    /** The segment the interface is plugged into; null when unplugged (or a loopback/tunnel). */
    public Segment segmentOf(NetInterface i) {
        return segmentOf[i.index()];
    }

    public Device device(String name) {
        return topology.require(name);
    }

    /** What kind of medium joins the members. */
    public enum SegmentKind { LAN, INTERNET, CABLE }

    /** One interface plugged into a segment, through a link. */
    public record Attachment(NetInterface iface, Link link) {}

    /** A broadcast segment, the Internet cloud, or a cable between two interfaces. */
    public static final class Segment {
        private final String name;
        private final SegmentKind kind;
        private final String node;
        private final List<Attachment> members = new ArrayList<>();

        Segment(String name, SegmentKind kind, String node) {
            this.name = name;
            this.kind = kind;
            this.node = node;
        }

        public String name() { return name; }
        public SegmentKind kind() { return kind; }
        /** The LAN/Internet device name; null for a cable. */
        public String node() { return node; }
        public List<Attachment> members() { return members; }

        private final Map<Integer, List<NetInterface>> byAddress = new HashMap<>();
    private final Map<Ipv6Address, List<NetInterface>> byIpv6 = new HashMap<>();
        private final Map<Ipv4Prefix, List<NetInterface>> bySubnet = new HashMap<>();
        private final Map<NetInterface, Attachment> byIface = new HashMap<>();

        void add(Attachment a) {
            members.add(a);
            byIface.put(a.iface(), a);
            if (a.iface().hasAddress()) {
                byAddress.computeIfAbsent(a.iface().address(), k -> new ArrayList<>(1)).add(a.iface());
                bySubnet.computeIfAbsent(a.iface().subnet(), k -> new ArrayList<>(1)).add(a.iface());
            }
        }

        /** Members configured with this address. */
        public List<NetInterface> withAddress(int address) {
            return byAddress.getOrDefault(address, List.of());
        }

        /** Members whose connected subnet is exactly {@code p}. */
        public List<NetInterface> withSubnet(Ipv4Prefix p) {
            return bySubnet.getOrDefault(p, List.of());
        }

        public Attachment attachmentOf(NetInterface i) {
            return byIface.get(i);
        }
    }
}
