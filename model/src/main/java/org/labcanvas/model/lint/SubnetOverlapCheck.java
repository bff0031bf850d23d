package org.labcanvas.model.lint;

import inet.ipaddr.IPAddress;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.analysis.InterfaceRef;
import org.labcanvas.model.analysis.Segment;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Interface;

/**
 * {@code SUBNET_OVERLAP} (ERROR), two rules:
 * <ul>
 *   <li>Across devices: two interfaces on different segments whose subnets overlap (equal or
 *       nested) make the addresses ambiguous for routing. Tunnel interfaces in the same subnet
 *       form one overlay segment, so a DMVPN subnet shared by hub and spokes is fine.</li>
 *   <li>On one router: IOS refuses an address whose subnet overlaps another interface's
 *       ({@code % 10.0.0.0 overlaps with FastEthernet0/0}), whatever the segments.</li>
 * </ul>
 * Subnets are CIDR blocks, so two of them overlap only when one contains the other: sorting them
 * by first address and prefix length and keeping a stack of enclosing blocks finds every overlap
 * in O(n log n). Each interface is reported once, naming the first conflicting interface.
 */
final class SubnetOverlapCheck implements LintCheck {
    static final String CODE = "SUBNET_OVERLAP";

    private record Entry(InterfaceRef ref, InterfaceAddress address, String segmentKey) {}

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        Map<InterfaceRef, Finding> reported = new LinkedHashMap<>();
        sameDevice(ctx, reported);
        acrossSegments(ctx, reported);
        out.addAll(reported.values());
    }

    private static void sameDevice(LintContext ctx, Map<InterfaceRef, Finding> reported) {
        for (Device d : ctx.topology().devices()) {
            if (d.kind() != DeviceKind.ROUTER) {
                continue;
            }
            List<Entry> entries = new ArrayList<>();
            for (Interface i : d.interfaces()) {
                InterfaceRef ref = InterfaceRef.of(d.name(), i.name());
                ctx.addresses().ipv4(ref).ifPresent(a -> entries.add(new Entry(ref, a, null)));
                ctx.addresses().ipv6(ref).forEach(a -> entries.add(new Entry(ref, a, null)));
            }
            for (int x = 0; x < entries.size(); x++) {
                for (int y = 0; y < x; y++) {
                    Entry later = entries.get(x);
                    Entry earlier = entries.get(y);
                    if (!later.ref().equals(earlier.ref()) && overlaps(later.address().subnet(), earlier.address().subnet())) {
                        reported.putIfAbsent(later.ref(), finding(later, later.address() + " overlaps " + earlier.ref().iface()
                                + " " + earlier.address() + " on the same router; IOS refuses overlapping subnets"
                                + " on two interfaces"));
                    }
                }
            }
        }
    }

    private static void acrossSegments(LintContext ctx, Map<InterfaceRef, Finding> reported) {
        Map<IPAddress, List<Entry>> bySubnet = new HashMap<>();
        for (InterfaceRef ref : ctx.addresses().refs()) {
            Interface i = ctx.addresses().iface(ref).orElseThrow();
            List<InterfaceAddress> all = new ArrayList<>();
            ctx.addresses().ipv4(ref).ifPresent(all::add);
            all.addAll(ctx.addresses().ipv6(ref));
            for (InterfaceAddress a : all) {
                String key;
                if (i.isTunnel()) {
                    key = "tunnel " + a.subnet();
                } else {
                    Segment s = ctx.segments().segmentOf(ref);
                    key = s == null ? "none " + ref : "segment " + s.id();
                }
                bySubnet.computeIfAbsent(a.subnet(), k -> new ArrayList<>()).add(new Entry(ref, a, key));
            }
        }
        record SortKey(boolean ipv6, BigInteger first, int length, IPAddress subnet) {}
        List<SortKey> keys = new ArrayList<>(bySubnet.size());
        for (IPAddress subnet : bySubnet.keySet()) {
            keys.add(new SortKey(subnet.isIPv6(), subnet.getLower().getValue(), subnet.getNetworkPrefixLength(), subnet));
        }
        keys.sort(Comparator.comparing(SortKey::ipv6).thenComparing(SortKey::first).thenComparingInt(SortKey::length));
        Deque<IPAddress> enclosing = new ArrayDeque<>();
        for (SortKey sk : keys) {
            IPAddress subnet = sk.subnet();
            List<Entry> here = bySubnet.get(subnet);
            here.sort(Comparator.comparing(Entry::ref));
            conflicts(here, here, reported);
            while (!enclosing.isEmpty() && !overlaps(enclosing.peek(), subnet)) {
                enclosing.pop();
            }
            for (IPAddress outer : enclosing) {
                conflicts(here, bySubnet.get(outer), reported);
                conflicts(bySubnet.get(outer), here, reported);
            }
            enclosing.push(subnet);
        }
    }

    /**
     * Reports each entry of {@code targets} against the first entry of {@code others} on another
     * segment and device. Returns quickly when {@code others} lie on the targets' single segment.
     */
    private static void conflicts(List<Entry> targets, List<Entry> others, Map<InterfaceRef, Finding> reported) {
        String onlyOtherKey = others.get(0).segmentKey();
        for (Entry o : others) {
            if (!o.segmentKey().equals(onlyOtherKey)) {
                onlyOtherKey = null;
                break;
            }
        }
        for (Entry t : targets) {
            if (reported.containsKey(t.ref()) || t.segmentKey().equals(onlyOtherKey)) {
                continue;
            }
            for (Entry o : others) {
                if (!o.segmentKey().equals(t.segmentKey()) && !o.ref().device().equals(t.ref().device())) {
                    reported.put(t.ref(), finding(t, t.address() + " overlaps " + o.address() + " on " + o.ref()
                            + ", which is on another segment"));
                    break;
                }
            }
        }
    }

    private static boolean overlaps(IPAddress a, IPAddress b) {
        return a.isIPv4() == b.isIPv4() && (a.contains(b) || b.contains(a));
    }

    private static Finding finding(Entry e, String message) {
        return new Finding(Severity.ERROR, CODE, e.ref().device(), e.ref().iface(),
                e.address().isIpv4() ? "ipv4" : "ipv6", message);
    }
}
