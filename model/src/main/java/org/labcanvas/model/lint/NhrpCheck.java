package org.labcanvas.model.lint;

import inet.ipaddr.IPAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.labcanvas.model.addr.HostAddress;
import org.labcanvas.model.analysis.InterfaceRef;
import org.labcanvas.model.analysis.Reachability;
import org.labcanvas.model.analysis.TunnelSource;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.NhrpSettings;
import org.labcanvas.model.topology.TunnelMode;

/**
 * <ul>
 *   <li>{@code NHRP_NHS_NO_MAP}: {@code ip nhrp nhs P} without {@code ip nhrp map P NBMA} (and
 *       without the 15.x {@code nbma} keyword): the router does not know where to send its
 *       registration. ERROR on multipoint GRE; WARNING on point-to-point GRE, where the packets
 *       follow {@code tunnel destination} anyway.</li>
 *   <li>{@code NHRP_NBMA_UNREACHABLE} (ERROR): a tunnel destination or NBMA address (of a map or
 *       an NHS) that the underlay cannot reach from the tunnel's router
 *       ({@link org.labcanvas.model.analysis.Underlay}); the message carries the reason.</li>
 * </ul>
 * Tunnels that are shut down, or whose source is unusable ({@link TunnelSourceCheck}), are skipped
 * for reachability.
 */
final class NhrpCheck implements LintCheck {
    static final String NO_MAP = "NHRP_NHS_NO_MAP";
    static final String UNREACHABLE = "NHRP_NBMA_UNREACHABLE";

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        for (InterfaceRef t : ctx.overlay().tunnels()) {
            Interface i = ctx.addresses().iface(t).orElseThrow();
            if (i.shutdown()) {
                continue;
            }
            TunnelMode mode = i.tunnel() == null ? TunnelMode.GRE_P2P : i.tunnel().mode();
            NhrpSettings nhrp = i.nhrp();
            if (nhrp != null) {
                for (NhrpServer s : nhrp.servers()) {
                    if (s.nbma() == null && !hasMap(nhrp, s.address())) {
                        boolean multipoint = mode == TunnelMode.GRE_MULTIPOINT;
                        out.add(new Finding(multipoint ? Severity.ERROR : Severity.WARNING, NO_MAP, t.device(), t.iface(),
                                "nhrp.servers", "ip nhrp nhs " + s.address() + " has no ip nhrp map " + s.address()
                                + " NBMA (nor an nbma keyword): " + (multipoint
                                ? "the spoke cannot reach its NHS and never registers"
                                : "registration follows the tunnel destination, but add the map so NHRP knows the NHS's NBMA address")));
                    }
                }
            }
            TunnelSource src = ctx.overlay().source(t);
            if (!src.usable()) {
                continue;
            }
            Map<IPAddress, String> targets = new LinkedHashMap<>();
            if (i.tunnel() != null && mode != TunnelMode.GRE_MULTIPOINT) {
                ctx.addresses().host(i.tunnel().destination()).filter(IPAddress::isIPv4)
                        .ifPresent(a -> targets.putIfAbsent(a, "tunnel destination " + a));
            }
            if (nhrp != null) {
                for (NhrpMap m : nhrp.maps()) {
                    ctx.addresses().host(m.nbma()).filter(IPAddress::isIPv4)
                            .ifPresent(a -> targets.putIfAbsent(a, "NBMA address " + a + " of ip nhrp map " + m.protocol()));
                }
                for (NhrpServer s : nhrp.servers()) {
                    if (s.nbma() != null) {
                        ctx.addresses().host(s.nbma()).filter(IPAddress::isIPv4)
                                .ifPresent(a -> targets.putIfAbsent(a, "NBMA address " + a + " of ip nhrp nhs " + s.address()));
                    }
                }
            }
            for (Map.Entry<IPAddress, String> e : targets.entrySet()) {
                Reachability r = src.iface() != null ? ctx.underlay().reach(src.iface(), e.getKey())
                        : ctx.underlay().reach(t.device(), e.getKey());
                if (!r.reachable()) {
                    out.add(new Finding(Severity.ERROR, UNREACHABLE, t.device(), t.iface(), "tunnel",
                            e.getValue() + " is unreachable from " + t.device() + ": " + r.reason()));
                }
            }
        }
    }

    private static boolean hasMap(NhrpSettings nhrp, String protocol) {
        if (protocol == null) {
            return false;
        }
        Optional<IPAddress> p = HostAddress.tryParse(protocol);
        for (NhrpMap m : nhrp.maps()) {
            if (p.isPresent() ? HostAddress.tryParse(m.protocol()).equals(p) : java.util.Objects.equals(protocol, m.protocol())) {
                return true;
            }
        }
        return false;
    }
}
