package org.labcanvas.model.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.BrokerSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.Topology;

/**
 * Where new devices get their IPv4 addresses, so that a device dropped on the canvas never
 * collides with one already in the design. The plan continues the conventions of the dual-hub
 * reference design (SCENARIOS.md, scenario 2):
 *
 * <pre>
 * what                         candidates, first free wins
 * hub tunnel subnet (/24)      10.k.k.0 for k = tunnel number, k+1, ... (10.0.0.0, 10.1.1.0, ...)
 * router WAN to the Internet   10.4.n.0/24, router .1, gateway .2 (n = 0, 1, 2, ...)
 * LAN segment (/24)            10.10.n.0 for n = 10, 11, ... (10.10.10.0 first)
 * spoke Loopback0 (/32)        n.n.n.n for router number n (2.2.2.2 for R2), else 10.9.0.1, .2, ...
 * broker public side (/24)     216.66.n.0 for n = 80, 81, ...: broker .26, gateway .1
 * host public side (/24)       203.0.113.0/24 (TEST-NET-3) and on: host .45 + k, gateway .1
 * </pre>
 *
 * A subnet is free when it overlaps no interface subnet, FT VLAN or broker endpoint of the design
 * and nothing reserved by this plan.
 */
public final class DesignAddressPlan {
    private record Range(long lo, long hi) {
        boolean overlaps(Range o) {
            return lo <= o.hi && o.lo <= hi;
        }
    }

    private final List<Range> used = new ArrayList<>();
    private final Set<Long> hosts = new HashSet<>();

    public DesignAddressPlan(Topology topology) {
        for (Device d : topology.devices()) {
            for (Interface i : d.interfaces()) {
                use(i.ipv4());
            }
            if (d.ace() != null && d.ace().ftInterface() != null) {
                use(d.ace().ftInterface().address());
            }
            BrokerSettings b = d.broker();
            if (b != null && b.ipv4Endpoint() != null) {
                use(b.ipv4Endpoint() + "/32");
            }
        }
    }

    private void use(String ipv4) {
        Optional<InterfaceAddress> a = InterfaceAddress.tryParse(ipv4);
        if (a.isEmpty() || !a.get().isIpv4()) {
            return;
        }
        long host = a.get().address().toIPv4().longValue();
        int prefix = a.get().prefixLength();
        long lo = host & mask(prefix);
        used.add(new Range(lo, lo + size(prefix) - 1));
        hosts.add(host);
    }

    /** True when {@code base/prefix} overlaps nothing in use. */
    public boolean isFree(long base, int prefix) {
        Range r = new Range(base, base + size(prefix) - 1);
        return used.stream().noneMatch(r::overlaps);
    }

    /** Marks a subnet as used. */
    public void reserve(long base, int prefix) {
        used.add(new Range(base, base + size(prefix) - 1));
    }

    /** The first free hub tunnel /24 for tunnel number {@code k}: {@code 10.k.k.0} and on. Reserved. */
    public long hubTunnelSubnet(int k) {
        for (int n = k; n < 256; n++) {
            long base = dotted(10, n, n, 0);
            if (isFree(base, 24)) {
                reserve(base, 24);
                return base;
            }
        }
        return firstFree24(dotted(10, 200, 0, 0));
    }

    /** The first free {@code 10.4.n.0/24} for a router's WAN side. Reserved. */
    public long wanSubnet() {
        return firstFree24(dotted(10, 4, 0, 0));
    }

    /** The first free {@code 10.10.n.0/24} from 10.10.10.0 for a LAN. Reserved. */
    public long lanSubnet() {
        return firstFree24(dotted(10, 10, 10, 0));
    }

    /** The first free {@code 216.66.n.0/24} from 216.66.80.0 for a tunnel broker. Reserved. */
    public long brokerSubnet() {
        return firstFree24(dotted(216, 66, 80, 0));
    }

    /** The first free /24 from 203.0.113.0 for a host's public side. Reserved. */
    public long hostSubnet() {
        return firstFree24(dotted(203, 0, 113, 0));
    }

    /** {@code n.n.n.n} for router number n when that is a free unicast address, else the first free 10.9.0.x. Reserved. */
    public long loopback(int routerNumber) {
        int n = routerNumber;
        if (n >= 1 && n <= 223 && n != 10 && n != 127) {
            long a = dotted(n, n, n, n);
            if (isFree(a, 32)) {
                reserve(a, 32);
                return a;
            }
        }
        for (long a = dotted(10, 9, 0, 1); a < dotted(10, 9, 255, 255); a++) {
            if (isFree(a, 32)) {
                reserve(a, 32);
                return a;
            }
        }
        throw new IllegalStateException("no free loopback address in 10.9.0.0/16");
    }

    /**
     * A free host address in {@code base/prefix}: {@code base + preferred} when free, else the first
     * free one; never the network or broadcast address. Reserved.
     */
    public long hostIn(long base, int prefix, int preferred) {
        long last = base + size(prefix) - 2;
        long want = base + preferred;
        if (preferred >= 1 && want <= last && !hosts.contains(want)) {
            hosts.add(want);
            return want;
        }
        for (long a = base + 1; a <= last; a++) {
            if (!hosts.contains(a)) {
                hosts.add(a);
                return a;
            }
        }
        throw new IllegalStateException("subnet " + text(base) + "/" + prefix + " is full");
    }

    private long firstFree24(long from) {
        for (long base = from; base < dotted(224, 0, 0, 0); base += 256) {
            if (isFree(base, 24)) {
                reserve(base, 24);
                return base;
            }
        }
        throw new IllegalStateException("no free /24 left");
    }

    static long dotted(int a, int b, int c, int d) {
        return ((long) a << 24) | ((long) b << 16) | ((long) c << 8) | d;
    }

    static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
    }

    static long size(int prefix) {
        return 1L << (32 - prefix);
    }

    /** Dotted quad text. */
    public static String text(long a) {
        return ((a >>> 24) & 0xff) + "." + ((a >>> 16) & 0xff) + "." + ((a >>> 8) & 0xff) + "." + (a & 0xff);
    }

    /** The wildcard mask of a prefix length ({@code 0.0.0.255} for /24). */
    public static String wildcard(int prefix) {
        return text(size(prefix) - 1);
    }

    /** An IPv4 subnet: its network address as a number, and its prefix length. */
    public record Subnet(long base, int prefix) {}

    /** The subnet of an IPv4 interface address text; empty when it does not parse. */
    public static Optional<Subnet> subnetOf(String ipv4) {
        return InterfaceAddress.tryParse(ipv4).filter(InterfaceAddress::isIpv4).map(a -> {
            long host = a.address().toIPv4().longValue();
            int p = a.prefixLength();
            return new Subnet(host & mask(p), p);
        });
    }
}
