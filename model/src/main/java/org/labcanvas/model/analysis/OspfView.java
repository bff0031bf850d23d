package org.labcanvas.model.analysis;

import inet.ipaddr.IPAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.labcanvas.model.addr.HostAddress;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.OspfInterfaceSettings;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.Topology;

/**
 * OSPF as IOS would run it on each interface: which network statement covers it, the effective
 * network type, timers and priority, and each router's router-id.
 */
public final class OspfView {
    private final Topology topology;
    private final AddressIndex addresses;
    private final Map<InterfaceRef, Optional<OspfInterfaceView>> cache = new HashMap<>();
    private final Map<OspfNetwork, long[]> parsedNetworks = new HashMap<>();

    public OspfView(Topology topology, AddressIndex addresses) {
        this.topology = topology;
        this.addresses = addresses;
    }

    /**
     * OSPF on an interface; empty when the device has no OSPF process or the interface is shut
     * down or has no IPv4 address. A present view may still be uncovered ({@link OspfInterfaceView#covered()}).
     */
    public Optional<OspfInterfaceView> on(InterfaceRef ref) {
        return cache.computeIfAbsent(ref, this::compute);
    }

    private Optional<OspfInterfaceView> compute(InterfaceRef ref) {
        Optional<Device> d = topology.device(ref.device());
        if (d.isEmpty() || d.get().ospf() == null || ref.iface() == null) {
            return Optional.empty();
        }
        Optional<Interface> i = d.get().iface(ref.iface());
        Optional<InterfaceAddress> a = addresses.ipv4(ref);
        if (i.isEmpty() || i.get().shutdown() || a.isEmpty()) {
            return Optional.empty();
        }
        OspfProcess p = d.get().ospf();
        OspfInterfaceSettings s = i.get().ospfOrDefaults();
        OspfNetworkType type = effectiveType(i.get());
        int hello = s.hello() != null ? s.hello() : type.defaultHelloSeconds();
        // IOS: without ip ospf dead-interval, the dead interval is four times the hello interval,
        // also when the hello interval is configured.
        int dead = s.dead() != null ? s.dead() : hello * 4;
        return Optional.of(new OspfInterfaceView(ref, p.processId(),
                covering(p, a.get().address(), n -> parsedNetworks.computeIfAbsent(n, OspfView::parse)),
                type, hello, dead, s.effectivePriority(), p.isPassive(ref.iface())));
    }

    /**
     * The network statement of {@code process} that places {@code address} in an area, or null.
     *
     * <p>IOS (since 12.0) orders network statements from the most specific wildcard to the least
     * specific and the first match wins, whatever order they were typed in; an overlapping, more
     * specific statement moves the interface ({@code %OSPF-6-AREACHG}). Sources:
     * blog.ipspace.net/2006/11/network-statements-in-ospf-process-are.html and
     * aconaway.com/2014/07/09/summary-post-ospf-network-statement-order-and-matching/.
     * "More specific" is taken as fewer wildcard bits set (which equals the longer prefix for
     * contiguous wildcards); among equally specific statements the one configured first wins
     * (a guess: with contiguous wildcards two equally specific matches are the same statement).
     */
    public static OspfNetwork coveringNetwork(OspfProcess process, IPAddress address) {
        return covering(process, address, OspfView::parse);
    }

    /**
     * The same rule for an IPv4 address as a number, with parsed statements kept in {@code memo}
     * (for callers that place many interfaces).
     */
    public static OspfNetwork coveringNetwork(OspfProcess process, long ipv4, Map<OspfNetwork, long[]> memo) {
        return covering(process, ipv4, n -> memo.computeIfAbsent(n, OspfView::parse));
    }

    private static OspfNetwork covering(OspfProcess process, IPAddress address, Function<OspfNetwork, long[]> parsed) {
        if (!address.isIPv4()) {
            return null;
        }
        return covering(process, address.getValue().longValue(), parsed);
    }

    private static OspfNetwork covering(OspfProcess process, long a, Function<OspfNetwork, long[]> parsed) {
        OspfNetwork best = null;
        int bestBits = Integer.MAX_VALUE;
        for (OspfNetwork n : process.networks()) {
            long[] bw = parsed.apply(n);
            if (bw == null) {
                continue;
            }
            if (((bw[0] ^ a) & ~bw[1] & 0xffffffffL) == 0) {
                int bits = Long.bitCount(bw[1]);
                if (bits < bestBits) {
                    best = n;
                    bestBits = bits;
                }
            }
        }
        return best;
    }

    /** {base, wildcard} as numbers; null when either does not parse as IPv4 (lint reports it). */
    private static long[] parse(OspfNetwork n) {
        Optional<IPAddress> base = HostAddress.tryParse(n.address()).filter(IPAddress::isIPv4);
        Optional<IPAddress> wildcard = HostAddress.tryParse(n.wildcard()).filter(IPAddress::isIPv4);
        if (base.isEmpty() || wildcard.isEmpty()) {
            return null;
        }
        return new long[] {base.get().getValue().longValue(), wildcard.get().getValue().longValue()};
    }

    /**
     * The configured network type, or IOS's default: loopback on loopbacks, point-to-point on GRE
     * tunnels (multipoint GRE included; IOS needs {@code ip ospf network} to change it) and on
     * 6in4 tunnels, broadcast on Ethernet and VLAN interfaces.
     */
    public static OspfNetworkType effectiveType(Interface i) {
        if (i.ospf() != null && i.ospf().networkType() != null) {
            return i.ospf().networkType();
        }
        if (i.type() == InterfaceType.LOOPBACK) {
            return OspfNetworkType.LOOPBACK;
        }
        if (i.type() == InterfaceType.TUNNEL) {
            return OspfNetworkType.POINT_TO_POINT;
        }
        return OspfNetworkType.BROADCAST;
    }

    /**
     * IOS router-id selection: the configured {@code router-id}; else the highest IPv4 address of
     * an up loopback; else the highest IPv4 address of any up interface. Empty when the device has
     * no OSPF or no candidate (IOS then refuses to start the process).
     */
    public Optional<IPAddress> routerId(String device) {
        Optional<Device> d = topology.device(device);
        if (d.isEmpty() || d.get().ospf() == null) {
            return Optional.empty();
        }
        if (d.get().ospf().routerId() != null) {
            Optional<IPAddress> configured = HostAddress.tryParse(d.get().ospf().routerId()).filter(IPAddress::isIPv4);
            if (configured.isPresent()) {
                return configured;
            }
        }
        Optional<IPAddress> loopback = highest(d.get(), true);
        return loopback.isPresent() ? loopback : highest(d.get(), false);
    }

    private Optional<IPAddress> highest(Device d, boolean loopbacksOnly) {
        IPAddress best = null;
        for (Interface i : d.interfaces()) {
            if (i.shutdown() || (loopbacksOnly && i.type() != InterfaceType.LOOPBACK)) {
                continue;
            }
            Optional<InterfaceAddress> a = addresses.ipv4(InterfaceRef.of(d.name(), i.name()));
            if (a.isPresent() && (best == null || a.get().address().compareTo(best) > 0)) {
                best = a.get().address();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every OSPF interface view of a device, in configuration order. */
    public List<OspfInterfaceView> interfacesOf(Device d) {
        return d.interfaces().stream()
                .map(i -> on(InterfaceRef.of(d.name(), i.name())))
                .flatMap(Optional::stream)
                .toList();
    }
}
