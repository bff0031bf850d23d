package org.labcanvas.model.lint;

import java.util.List;
import java.util.Optional;
import org.labcanvas.model.analysis.InterfaceRef;
import org.labcanvas.model.analysis.OspfInterfaceView;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.TunnelMode;

/**
 * {@code NHRP_NO_MULTICAST_MAP} (ERROR): OSPF runs on a multipoint GRE tunnel with a network type
 * that sends multicast hellos (everything but non-broadcast, whose hellos are unicast to
 * {@code neighbor} addresses), but the tunnel has no {@code ip nhrp map multicast}: an mGRE tunnel
 * only replicates multicast to the NBMA addresses listed there ({@code dynamic} on a hub: every
 * registered spoke), so the hellos are never sent and no adjacency forms. The classic DMVPN hub
 * mistake.
 */
final class OspfMulticastCheck implements LintCheck {
    static final String CODE = "NHRP_NO_MULTICAST_MAP";

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        for (InterfaceRef t : ctx.overlay().tunnels()) {
            Interface i = ctx.addresses().iface(t).orElseThrow();
            if (i.tunnel() == null || i.tunnel().mode() != TunnelMode.GRE_MULTIPOINT) {
                continue;
            }
            Optional<OspfInterfaceView> v = ctx.ospf().on(t).filter(OspfInterfaceView::active);
            if (v.isEmpty() || v.get().type() == OspfNetworkType.NON_BROADCAST) {
                continue;
            }
            if (i.nhrp() == null || i.nhrp().mapMulticast().isEmpty()) {
                out.add(new Finding(Severity.ERROR, CODE, t.device(), t.iface(), "nhrp.mapMulticast",
                        "OSPF sends multicast hellos here (network type " + v.get().type().showName()
                                + "), but the multipoint tunnel has no ip nhrp map multicast, so they are never sent:"
                                + " add ip nhrp map multicast dynamic on a hub, or the hub's NBMA address on a spoke"));
            }
        }
    }
}
