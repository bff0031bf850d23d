package org.labcanvas.model.lint;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.labcanvas.model.analysis.InterfaceRef;
import org.labcanvas.model.analysis.OspfInterfaceView;
import org.labcanvas.model.analysis.Segment;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;

/**
 * {@code OSPF_NOT_COVERED} (ERROR): an up, addressed interface of a router running OSPF that no
 * network statement of its own process covers, while a neighbor on its segment (or a tunnel peer,
 * or a member of its multipoint cloud) runs OSPF on the other end. The interface sends no hellos
 * and ignores the neighbor's, so that adjacency never forms.
 */
final class OspfCoverageCheck implements LintCheck {
    static final String CODE = "OSPF_NOT_COVERED";

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        Map<List<InterfaceRef>, List<InterfaceRef>> activeInCloud = new IdentityHashMap<>();
        for (Device d : ctx.topology().devices()) {
            if (d.ospf() == null) {
                continue;
            }
            for (Interface i : d.interfaces()) {
                InterfaceRef ref = InterfaceRef.of(d.name(), i.name());
                Optional<OspfInterfaceView> v = ctx.ospf().on(ref);
                if (v.isEmpty() || v.get().covered()) {
                    continue;
                }
                List<InterfaceRef> speakers = new ArrayList<>();
                if (i.isTunnel()) {
                    for (InterfaceRef p : ctx.overlay().explicitPeers(ref)) {
                        addIfActive(ctx, ref, p, speakers);
                    }
                    ctx.overlay().cloud(ref).ifPresent(c -> {
                        for (InterfaceRef p : activeInCloud.computeIfAbsent(c, k -> active(ctx, k))) {
                            if (!speakers.contains(p)) {
                                addIfActive(ctx, ref, p, speakers);
                            }
                        }
                    });
                } else {
                    Segment s = ctx.segments().segmentOf(ref);
                    if (s != null) {
                        for (InterfaceRef p : s.members()) {
                            addIfActive(ctx, ref, p, speakers);
                        }
                    }
                }
                if (speakers.isEmpty()) {
                    continue;
                }
                speakers.sort(null);
                String address = ctx.addresses().ipv4(ref).map(Object::toString).orElse("?");
                String more = speakers.size() > 1 ? " (and " + (speakers.size() - 1) + " more)" : "";
                out.add(new Finding(Severity.ERROR, CODE, d.name(), i.name(), "ospf.networks",
                        i.name() + " " + address + " is not covered by any network statement of router ospf "
                                + d.ospf().processId() + ", but " + speakers.get(0) + more
                                + " runs OSPF towards it: no adjacency can form"));
            }
        }
    }

    private static List<InterfaceRef> active(LintContext ctx, List<InterfaceRef> members) {
        List<InterfaceRef> out = new ArrayList<>();
        for (InterfaceRef m : members) {
            if (ctx.ospf().on(m).map(OspfInterfaceView::active).orElse(false)) {
                out.add(m);
            }
        }
        return out;
    }

    private static void addIfActive(LintContext ctx, InterfaceRef self, InterfaceRef peer, List<InterfaceRef> out) {
        if (!peer.device().equals(self.device()) && ctx.ospf().on(peer).map(OspfInterfaceView::active).orElse(false)) {
            out.add(peer);
        }
    }
}
