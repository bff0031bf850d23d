package org.labcanvas.model.lint;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.labcanvas.model.analysis.InterfaceRef;
import org.labcanvas.model.analysis.TunnelOverlay;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.TunnelMode;

/**
 * Between explicit tunnel peers ({@link TunnelOverlay#edges()}), reported on both ends:
 * <ul>
 *   <li>{@code TUNNEL_KEY_MISMATCH} (ERROR): GRE drops packets whose key differs from its own
 *       (a missing key on one side is a mismatch too).</li>
 *   <li>{@code NHRP_NETWORK_ID_MISMATCH} (WARNING): IOS treats {@code ip nhrp network-id} as
 *       locally significant (it only groups NHRP interfaces on one router and is not carried in
 *       NHRP packets), so different ids still work; they usually reveal a copy-paste slip.</li>
 * </ul>
 * Members of a multipoint cloud share subnet and key by construction, so clouds need no check here.
 *
 * <p>{@code TUNNEL_PEER_MISSING} (ERROR): a point-to-point GRE tunnel whose destination belongs
 * to a device of the design, but no GRE tunnel of that device is sourced from that address in the
 * same IPv4 subnet: the far end decapsulates nothing for it (a wrong destination, source or subnet).
 * Destinations outside the design are left to {@code NHRP_NBMA_UNREACHABLE}.
 */
final class TunnelPeerCheck implements LintCheck {
    static final String KEY = "TUNNEL_KEY_MISMATCH";
    static final String NETWORK_ID = "NHRP_NETWORK_ID_MISMATCH";
    static final String PEER_MISSING = "TUNNEL_PEER_MISSING";

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        missingPeers(ctx, out);
        for (TunnelOverlay.Edge e : ctx.overlay().edges()) {
            Optional<Interface> a = ctx.addresses().iface(e.a());
            Optional<Interface> b = ctx.addresses().iface(e.b());
            if (a.isEmpty() || b.isEmpty() || a.get().tunnel() == null || b.get().tunnel() == null
                    || a.get().tunnel().mode() == TunnelMode.IPV6IP || b.get().tunnel().mode() == TunnelMode.IPV6IP) {
                continue;
            }
            Long ka = a.get().tunnel().key();
            Long kb = b.get().tunnel().key();
            if (!Objects.equals(ka, kb)) {
                out.add(key(e.a(), ka, e.b(), kb));
                out.add(key(e.b(), kb, e.a(), ka));
            }
            if (a.get().nhrp() != null && b.get().nhrp() != null && a.get().nhrp().networkId() != b.get().nhrp().networkId()) {
                out.add(networkId(e.a(), a.get().nhrp().networkId(), e.b(), b.get().nhrp().networkId()));
                out.add(networkId(e.b(), b.get().nhrp().networkId(), e.a(), a.get().nhrp().networkId()));
            }
        }
    }

    private static void missingPeers(LintContext ctx, List<Finding> out) {
        for (InterfaceRef t : ctx.overlay().tunnels()) {
            Interface i = ctx.addresses().iface(t).orElseThrow();
            if (i.shutdown() || i.tunnel() == null || i.tunnel().mode() != TunnelMode.GRE_P2P
                    || ctx.addresses().ipv4(t).isEmpty()) {
                continue;
            }
            Optional<inet.ipaddr.IPAddress> dst = ctx.addresses().host(i.tunnel().destination());
            if (dst.isEmpty()) {
                continue;
            }
            List<InterfaceRef> owners = ctx.addresses().owners(dst.get());
            if (owners.isEmpty() || owners.get(0).device().equals(t.device())) {
                continue;
            }
            String farDevice = owners.get(0).device();
            boolean peered = ctx.overlay().explicitPeers(t).stream().anyMatch(p -> p.device().equals(farDevice));
            if (!peered) {
                out.add(new Finding(Severity.ERROR, PEER_MISSING, t.device(), t.iface(), "tunnel.destination",
                        "tunnel destination " + dst.get() + " is " + owners.get(0) + ", but no GRE tunnel of " + farDevice
                                + " is sourced there in subnet " + ctx.addresses().ipv4(t).get().subnet()
                                + ": the tunnel has no far end"));
            }
        }
    }

    private static String describe(Long key) {
        return key == null ? "no tunnel key" : "tunnel key " + key;
    }

    private static Finding key(InterfaceRef self, Long own, InterfaceRef peer, Long theirs) {
        return new Finding(Severity.ERROR, KEY, self.device(), self.iface(), "tunnel.key",
                describe(own) + ", but its peer " + peer + " has " + describe(theirs)
                        + "; GRE drops packets whose key does not match");
    }

    private static Finding networkId(InterfaceRef self, long own, InterfaceRef peer, long theirs) {
        return new Finding(Severity.WARNING, NETWORK_ID, self.device(), self.iface(), "nhrp.networkId",
                "ip nhrp network-id " + own + ", but its peer " + peer + " uses " + theirs
                        + "; IOS treats the network-id as locally significant, so this works, but equal ids are less confusing");
    }
}
