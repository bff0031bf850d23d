package org.labcanvas.model.lint;

import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.labcanvas.model.analysis.InterfaceRef;
import org.labcanvas.model.analysis.OspfInterfaceView;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.OspfNeighbor;
import org.labcanvas.model.topology.OspfNetworkType;

/**
 * Non-broadcast OSPF networks ({@code ip ospf network non-broadcast}), per domain (a layer-2
 * segment or an overlay component, {@link org.labcanvas.model.analysis.OspfNeighborhoods#domains()}):
 * <ul>
 *   <li>{@code OSPF_NBMA_NO_DR} (ERROR): every router has priority 0, so no DR is elected and no
 *       adjacency gets past 2-WAY.</li>
 *   <li>{@code OSPF_NBMA_NO_NEIGHBOR} (ERROR): hellos are unicast, only to {@code neighbor}
 *       addresses. IOS answers a hello from an unlisted router and learns it dynamically
 *       (networklessons.com, "OSPF - manual neighbor configuration": an adjacency forms with the
 *       neighbor command on one side only), so a router is fine when it lists, or is listed by,
 *       another router on the domain and at least one of the two is DR-eligible (priority above 0;
 *       two priority-0 routers never become adjacent). A router with no such contact never hears
 *       a hello. The dual-hub DMVPN design, with {@code neighbor} statements on the priority-0
 *       spokes only, passes.</li>
 * </ul>
 */
final class OspfNbmaCheck implements LintCheck {
    static final String NO_DR = "OSPF_NBMA_NO_DR";
    static final String NO_NEIGHBOR = "OSPF_NBMA_NO_NEIGHBOR";

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        for (List<InterfaceRef> domain : ctx.ospfNeighborhoods().domains()) {
            // Interfaces that are configured for OSPF but not covered by a network statement count
            // as members here (their router meant to take part); OSPF_NOT_COVERED reports them, and
            // the findings below are only given to covered interfaces, so one mistake gives one finding.
            Map<InterfaceRef, OspfInterfaceView> members = new LinkedHashMap<>();
            Set<String> devices = new HashSet<>();
            for (InterfaceRef r : domain) {
                Optional<OspfInterfaceView> v = ctx.ospf().on(r)
                        .filter(x -> !x.passive())
                        .filter(x -> x.type() == OspfNetworkType.NON_BROADCAST);
                if (v.isPresent()) {
                    members.put(r, v.get());
                    devices.add(r.device());
                }
            }
            if (devices.size() < 2) {
                continue;
            }
            if (members.values().stream().allMatch(v -> v.priority() == 0)) {
                for (OspfInterfaceView v : members.values()) {
                    if (v.covered()) {
                        out.add(new Finding(Severity.ERROR, NO_DR, v.ref().device(), v.ref().iface(), "ospf.priority",
                                "every router on this non-broadcast network (" + devices.size()
                                        + " routers) has OSPF priority 0: no DR is elected and no adjacency becomes FULL"));
                    }
                }
                continue;
            }
            Map<InterfaceRef, Set<InterfaceRef>> contacts = contacts(ctx, members);
            for (Map.Entry<InterfaceRef, OspfInterfaceView> m : members.entrySet()) {
                if (!m.getValue().covered()) {
                    continue;
                }
                boolean eligible = m.getValue().priority() > 0;
                boolean heard = false;
                for (InterfaceRef c : contacts.getOrDefault(m.getKey(), Set.of())) {
                    if (eligible || members.get(c).priority() > 0) {
                        heard = true;
                        break;
                    }
                }
                if (!heard) {
                    InterfaceRef r = m.getKey();
                    out.add(new Finding(Severity.ERROR, NO_NEIGHBOR, r.device(), r.iface(), "ospf.neighbors",
                            "on a non-broadcast network hellos go only to configured neighbors, and " + r
                                    + " neither lists nor is listed by a" + (eligible ? "nother router" : " DR-eligible router")
                                    + " there: it never hears a hello"));
                }
            }
        }
    }

    /** Undirected "one of the two lists the other" relation between members of the domain. */
    private static Map<InterfaceRef, Set<InterfaceRef>> contacts(LintContext ctx, Map<InterfaceRef, OspfInterfaceView> members) {
        Map<String, List<InterfaceRef>> byDevice = new HashMap<>();
        for (InterfaceRef r : members.keySet()) {
            byDevice.computeIfAbsent(r.device(), k -> new ArrayList<>()).add(r);
        }
        Map<InterfaceRef, Set<InterfaceRef>> out = new HashMap<>();
        for (Map.Entry<String, List<InterfaceRef>> e : byDevice.entrySet()) {
            Device d = ctx.topology().require(e.getKey());
            for (OspfNeighbor n : d.ospf().neighbors()) {
                Optional<IPAddress> a = ctx.addresses().host(n.address());
                if (a.isEmpty()) {
                    continue;
                }
                for (InterfaceRef listed : ctx.addresses().owners(a.get())) {
                    if (!members.containsKey(listed) || listed.device().equals(d.name())) {
                        continue;
                    }
                    InterfaceRef lister = listerInterface(ctx, e.getValue(), a.get());
                    out.computeIfAbsent(lister, k -> new HashSet<>()).add(listed);
                    out.computeIfAbsent(listed, k -> new HashSet<>()).add(lister);
                }
            }
        }
        return out;
    }

    /** The lister's interface in the domain whose subnet holds the neighbor address, else its first one. */
    private static InterfaceRef listerInterface(LintContext ctx, List<InterfaceRef> own, IPAddress neighbor) {
        for (InterfaceRef r : own) {
            if (ctx.addresses().ipv4(r).map(x -> x.contains(neighbor)).orElse(false)) {
                return r;
            }
        }
        return own.get(0);
    }
}
