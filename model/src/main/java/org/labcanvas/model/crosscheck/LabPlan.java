package org.labcanvas.model.crosscheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.analysis.AddressIndex;
import org.labcanvas.model.analysis.InterfaceRef;
import org.labcanvas.model.analysis.OspfInterfaceView;
import org.labcanvas.model.analysis.OspfView;
import org.labcanvas.model.configs.FrrTranslation;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.OspfNeighbor;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.Topology;

/**
 * A design rebuilt as a lab of Linux network namespaces running FRRouting, as data: what to
 * create, which FRR configuration each router gets, and which interfaces are up under given
 * failures. Nothing here runs a process.
 *
 * <p>Mapping (the README's Crosscheck section explains each choice):
 * <ul>
 *   <li>Every router with {@code router ospf} is a namespace {@code PREFIX-N-NAME}. A loopback is a
 *       veth pair inside it (the kernel here has no dummy devices) with the address as a /32, passive.</li>
 *   <li>A cable between two such routers is a veth pair between their namespaces. A LAN, the
 *       Internet and any other device is a Linux bridge in one switch namespace
 *       {@code PREFIX-sw}; a router's interface cabled to it is a veth whose other end is a port of
 *       that bridge. Each tunnel subnet is a bridge as well (there are no GRE devices): every
 *       tunnel interface in it is a port, which is what OSPF sees on an NBMA overlay.</li>
 *   <li>An interface without a cable is a veth whose peer stays down (no carrier), as an
 *       unplugged port is down/down in IOS. A tunnel is up only while its source interface is.</li>
 *   <li>Interfaces keep the FRR export's Linux names ({@code FastEthernet0/1} is {@code fa0-1}).</li>
 * </ul>
 */
public final class LabPlan {
    /** Hello and dead intervals of every OSPF interface in the lab, so that it converges in seconds. */
    public static final int HELLO_SECONDS = 1;
    public static final int DEAD_SECONDS = 4;
    /** IOS's default {@code maximum-paths} for OSPF. */
    public static final int MAXIMUM_PATHS = 4;

    /**
     * One interface of a lab router.
     *
     * @param iosName      the design's name
     * @param linuxName    the name in the namespace
     * @param address      IPv4 address with prefix length as configured in the lab, or null
     * @param shutdown     {@code shutdown} in the design
     * @param cabled       has a cable (or is a loopback or tunnel)
     * @param tunnelSource for tunnels, the IOS name of the source interface, else null
     * @param electsDr     OSPF runs on it with a network type that elects a DR
     */
    public record LabInterface(String iosName, String linuxName, String address, boolean shutdown, boolean cabled,
                               String tunnelSource, boolean electsDr) {}

    /**
     * A router of the lab.
     *
     * @param name       the design's name
     * @param namespace  its network namespace
     * @param interfaces its interfaces in design order
     * @param ospfdConf  the ospfd configuration
     * @param zebraConf  the zebra configuration
     */
    public record LabRouter(String name, String namespace, List<LabInterface> interfaces, String ospfdConf,
                            String zebraConf) {
        /** Linux interface name to IOS name. */
        public Map<String, String> iosNames() {
            Map<String, String> out = new LinkedHashMap<>();
            interfaces.forEach(i -> out.put(i.linuxName(), i.iosName()));
            return out;
        }

        /** Linux names of the OSPF interfaces without a DR (neighbors there have the role {@code -}). */
        public Set<String> noDrInterfaces() {
            Set<String> out = new TreeSet<>();
            interfaces.stream().filter(i -> !i.electsDr()).forEach(i -> out.add(i.linuxName()));
            return out;
        }
    }

    /**
     * A veth pair. The second end is in the switch namespace unless two routers are cabled directly.
     *
     * @param namespaceA namespace of the first end
     * @param nameA      name of the first end
     * @param namespaceB namespace of the second end
     * @param nameB      name of the second end
     * @param bridge     the bridge the second end is a port of, or null
     * @param peerUp     whether the second end is set up (false for an interface without a cable)
     */
    public record Veth(String namespaceA, String nameA, String namespaceB, String nameB, String bridge, boolean peerUp) {}

    /**
     * A bridge in the switch namespace.
     *
     * @param name    its name there
     * @param segment what it stands for: a device's name or {@code tunnel subnet 10.0.0.0/24}
     */
    public record Bridge(String name, String segment) {}

    private final String switchNamespace;
    private final List<LabRouter> routers;
    private final List<Veth> veths;
    private final List<Bridge> bridges;
    /** Router interface (device/iface) to the device at the other end of its cable. */
    private final Map<InterfaceRef, Endpoint> cableEnds;
    /** Router interface to the links it is on (for link events). */
    private final Map<InterfaceRef, List<Link>> linksOf;

    private LabPlan(String switchNamespace, List<LabRouter> routers, List<Veth> veths, List<Bridge> bridges,
                    Map<InterfaceRef, Endpoint> cableEnds, Map<InterfaceRef, List<Link>> linksOf) {
        this.switchNamespace = switchNamespace;
        this.routers = List.copyOf(routers);
        this.veths = List.copyOf(veths);
        this.bridges = List.copyOf(bridges);
        this.cableEnds = cableEnds;
        this.linksOf = linksOf;
    }

    public String switchNamespace() {
        return switchNamespace;
    }

    public List<LabRouter> routers() {
        return routers;
    }

    public List<Veth> veths() {
        return veths;
    }

    public List<Bridge> bridges() {
        return bridges;
    }

    public Optional<LabRouter> router(String name) {
        return routers.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** Every namespace of the lab, the switch namespace last. */
    public List<String> namespaces() {
        List<String> out = new ArrayList<>();
        routers.forEach(r -> out.add(r.namespace()));
        out.add(switchNamespace);
        return out;
    }

    /**
     * Plans the lab of {@code topology}: every router with an OSPF process. Namespace names start
     * with {@code prefix} (unique per run, e.g. {@code lc4711}).
     */
    public static LabPlan of(Topology topology, String prefix) {
        AddressIndex addresses = new AddressIndex(topology);
        OspfView ospf = new OspfView(topology, addresses);
        List<Device> labRouters = topology.devices().stream()
                .filter(d -> d.kind() == DeviceKind.ROUTER && d.ospf() != null).toList();
        Set<String> routerNames = new HashSet<>();
        labRouters.forEach(d -> routerNames.add(d.name()));
        String sw = prefix + "-sw";
        Map<String, String> namespaceOf = new HashMap<>();
        int index = 0;
        for (Device d : labRouters) {
            namespaceOf.put(d.name(), prefix + "-" + index++ + "-" + d.name().replaceAll("[^A-Za-z0-9_-]", "_"));
        }

        Map<InterfaceRef, Endpoint> cableEnds = new HashMap<>();
        Map<InterfaceRef, List<Link>> linksOf = new HashMap<>();
        for (Link l : topology.links()) {
            for (Endpoint[] ends : new Endpoint[][] {{l.a(), l.b()}, {l.b(), l.a()}}) {
                if (routerNames.contains(ends[0].device()) && ends[0].iface() != null) {
                    InterfaceRef ref = InterfaceRef.of(ends[0].device(), ends[0].iface());
                    cableEnds.putIfAbsent(ref, ends[1]);
                    linksOf.computeIfAbsent(ref, k -> new ArrayList<>()).add(l);
                }
            }
        }

        List<Veth> veths = new ArrayList<>();
        Map<String, Bridge> bridgeBySegment = new LinkedHashMap<>();
        Set<InterfaceRef> done = new HashSet<>();
        int port = 0;
        List<LabRouter> routers = new ArrayList<>();
        for (Device d : labRouters) {
            String ns = namespaceOf.get(d.name());
            List<LabInterface> ifaces = new ArrayList<>();
            for (Interface i : d.interfaces()) {
                InterfaceRef ref = InterfaceRef.of(d.name(), i.name());
                String linux = FrrTranslation.interfaceName(i.name());
                Optional<InterfaceAddress> a = addresses.ipv4(ref);
                Optional<OspfInterfaceView> view = ospf.on(ref).filter(OspfInterfaceView::covered);
                boolean loopbackType = view.map(v -> v.type() == OspfNetworkType.LOOPBACK)
                        .orElse(i.type() == InterfaceType.LOOPBACK);
                String address = a.map(x -> loopbackType ? x.address().toCanonicalString() + "/32" : x.toString()).orElse(null);
                boolean electsDr = view.map(v -> v.type().electsDr()).orElse(false);
                String source = i.type() == InterfaceType.TUNNEL && i.tunnel() != null ? sourceName(d, i.tunnel().source(), addresses) : null;
                Endpoint end = cableEnds.get(ref);
                boolean cabled;
                if (i.type() == InterfaceType.LOOPBACK) {
                    veths.add(new Veth(ns, linux, ns, "x" + port++, null, true));
                    cabled = true;
                } else if (i.type() == InterfaceType.TUNNEL) {
                    String segment = a.map(x -> "tunnel subnet " + x.subnet().toCanonicalString()).orElse("tunnel " + ref);
                    Bridge b = bridgeBySegment.computeIfAbsent(segment, s -> new Bridge("t" + bridgeBySegment.size(), s));
                    veths.add(new Veth(ns, linux, sw, "p" + port++, b.name(), true));
                    cabled = true;
                } else if (end == null) {
                    veths.add(new Veth(ns, linux, sw, "u" + port++, null, false));
                    cabled = false;
                } else if (routerNames.contains(end.device()) && end.iface() != null) {
                    InterfaceRef other = InterfaceRef.of(end.device(), end.iface());
                    if (done.add(ref) && done.add(other)) {
                        veths.add(new Veth(ns, linux, namespaceOf.get(end.device()),
                                FrrTranslation.interfaceName(end.iface()), null, true));
                    }
                    cabled = true;
                } else {
                    String segment = end.device();
                    Bridge b = bridgeBySegment.computeIfAbsent(segment, s -> new Bridge("b" + bridgeBySegment.size(), s));
                    veths.add(new Veth(ns, linux, sw, "p" + port++, b.name(), true));
                    cabled = true;
                }
                ifaces.add(new LabInterface(i.name(), linux, address, i.shutdown(), cabled, source, electsDr));
            }
            routers.add(new LabRouter(d.name(), ns, ifaces, ospfdConf(d, topology, ospf), "hostname " + d.name() + "\n"));
        }
        return new LabPlan(sw, routers, veths, new ArrayList<>(bridgeBySegment.values()), cableEnds, linksOf);
    }

    private static String sourceName(Device d, String source, AddressIndex addresses) {
        if (source == null) {
            return null;
        }
        if (d.iface(source).isPresent()) {
            return source;
        }
        for (Interface i : d.interfaces()) {
            Optional<InterfaceAddress> a = addresses.ipv4(InterfaceRef.of(d.name(), i.name()));
            if (a.isPresent() && a.get().address().toCanonicalString().equals(source.trim())) {
                return i.name();
            }
        }
        return null;
    }

    /**
     * The ospfd configuration of a lab router. IOS behaviours FRR lacks or does differently get an
     * equivalent setting: the covering network statement is resolved IOS's way (most specific
     * first) and written as {@code ip ospf area} on the interface; costs are IOS's (configured, or
     * reference bandwidth / interface bandwidth with IOS's default bandwidths, at least 1, loopbacks
     * included where FRR would advertise 0); the router ID is IOS's choice; DR-eligible routers on
     * non-broadcast networks list their neighbors; neighbors are polled every second; timers are
     * short.
     */
    static String ospfdConf(Device d, Topology topology, OspfView ospf) {
        OspfProcess p = d.ospf();
        List<String> out = new ArrayList<>();
        out.add("frr defaults traditional");
        out.add("hostname " + d.name());
        out.add("!");
        for (OspfInterfaceView v : ospf.interfacesOf(d)) {
            if (!v.covered()) {
                continue;
            }
            Interface i = d.iface(v.ref().iface()).orElseThrow();
            out.add("interface " + FrrTranslation.interfaceName(i.name()));
            out.add(" ip ospf area " + v.network().area());
            switch (v.type()) {
                case BROADCAST -> out.add(" ip ospf network broadcast");
                case NON_BROADCAST -> out.add(" ip ospf network non-broadcast");
                case POINT_TO_POINT -> out.add(" ip ospf network point-to-point");
                case POINT_TO_MULTIPOINT -> out.add(" ip ospf network point-to-multipoint");
                case LOOPBACK -> { }
            }
            out.add(" ip ospf hello-interval " + HELLO_SECONDS);
            out.add(" ip ospf dead-interval " + DEAD_SECONDS);
            out.add(" ip ospf cost " + iosCost(d, i));
            out.add(" ip ospf priority " + v.priority());
            if (v.passive() || v.type() == OspfNetworkType.LOOPBACK) {
                out.add(" ip ospf passive");
            }
            out.add("exit");
            out.add("!");
        }
        out.add("router ospf");
        ospf.routerId(d.name()).ifPresent(id -> out.add(" ospf router-id " + id.toCanonicalString()));
        out.add(" maximum-paths " + MAXIMUM_PATHS);
        out.add(" timers throttle spf 0 50 200");
        out.add(" timers throttle lsa all 0");
        out.add(" timers lsa min-arrival 0");
        for (OspfNeighbor n : p.neighbors()) {
            out.add(" neighbor " + n.address().trim() + (n.priority() == null ? "" : " priority " + n.priority())
                    + " poll-interval " + HELLO_SECONDS);
        }
        for (String n : FrrTranslation.impliedNeighbors(d, topology)) {
            out.add(" neighbor " + n + " poll-interval " + HELLO_SECONDS);
        }
        out.add("exit");
        out.add("!");
        return String.join("\n", out) + "\n";
    }

    /**
     * IOS's OSPF cost of an interface: {@code ip ospf cost}, else reference bandwidth (kbit/s) over
     * the interface bandwidth, truncated, between 1 and 65535. FRR rounds instead of truncating and
     * advertises loopbacks with cost 0, so the lab always writes the cost out.
     */
    static int iosCost(Device d, Interface i) {
        if (i.ospf() != null && i.ospf().cost() != null) {
            return i.ospf().cost();
        }
        long ref = d.ospf().effectiveReferenceBandwidthMbps() * 1000L;
        long bw = i.bandwidth() != null ? i.bandwidth() : iosDefaultBandwidthKbps(i, d.platform());
        return (int) Math.max(1, Math.min(65535, ref / Math.max(1, bw)));
    }

    /**
     * IOS's default {@code bandwidth} (kbit/s) of an interface: tunnels 9 on 12.4 and 100 on 15.x
     * and IOS-XE, loopbacks 8,000,000, Ethernet by speed, serial 1544.
     */
    static long iosDefaultBandwidthKbps(Interface i, Platform platform) {
        String n = i.name().toLowerCase(java.util.Locale.ROOT);
        return switch (i.type()) {
            case TUNNEL -> platform == Platform.IOS_12_4 ? 9 : 100;
            case LOOPBACK -> 8_000_000;
            default -> n.startsWith("tengigabit") ? 10_000_000
                    : n.startsWith("gigabit") ? 1_000_000
                    : n.startsWith("fastethernet") ? 100_000
                    : n.startsWith("ethernet") ? 10_000
                    : n.startsWith("serial") ? 1544
                    : 100_000;
        };
    }

    /**
     * Which interface of which namespace is up under {@code conditions}: namespace to Linux name to
     * up. An interface is up when its router is up, it is not shut down or failed, it has a cable,
     * the device at the other end is up (and, for a cable between routers, that end is up too),
     * and, for a tunnel, its source interface is up.
     */
    public Map<String, Map<String, Boolean>> linkStates(LabConditions conditions) {
        Map<String, Map<String, Boolean>> out = new TreeMap<>();
        for (LabRouter r : routers) {
            Map<String, Boolean> states = new TreeMap<>();
            for (LabInterface i : r.interfaces()) {
                states.put(i.linuxName(), up(r, i, conditions, true));
            }
            out.put(r.namespace(), states);
        }
        return out;
    }

    private boolean up(LabRouter r, LabInterface i, LabConditions c, boolean followPeer) {
        InterfaceRef ref = InterfaceRef.of(r.name(), i.iosName());
        if (c.devicesDown().contains(r.name()) || i.shutdown() || !i.cabled() || c.interfacesDown().contains(ref)) {
            return false;
        }
        for (Link l : linksOf.getOrDefault(ref, List.of())) {
            if (c.linksDown().contains(LabConditions.key(l))) {
                return false;
            }
        }
        Endpoint end = cableEnds.get(ref);
        if (end != null) {
            if (c.devicesDown().contains(end.device())) {
                return false;
            }
            if (followPeer && end.iface() != null) {
                Optional<LabRouter> peer = router(end.device());
                Optional<LabInterface> peerIface = peer.flatMap(p -> p.interfaces().stream()
                        .filter(x -> x.iosName().equals(end.iface())).findFirst());
                if (peerIface.isPresent() && !up(peer.get(), peerIface.get(), c, false)) {
                    return false;
                }
                if (peer.isEmpty() && c.interfacesDown().contains(InterfaceRef.of(end.device(), end.iface()))) {
                    return false;
                }
            }
        }
        if (i.tunnelSource() != null) {
            return r.interfaces().stream().filter(x -> x.iosName().equals(i.tunnelSource()))
                    .findFirst().map(src -> src != i && up(r, src, c, true)).orElse(false);
        }
        return true;
    }
}
