package org.labcanvas.model.lint;

import java.util.List;
import org.labcanvas.model.analysis.InterfaceRef;
import org.labcanvas.model.analysis.TunnelSource;

/**
 * {@code TUNNEL_SOURCE_MISSING} (ERROR): a tunnel without {@code tunnel source}, or one naming an
 * interface or address the device does not have. {@code TUNNEL_SOURCE_DOWN} (ERROR): the source
 * interface is shut down or has no IPv4 address. Either way IOS keeps the tunnel line protocol
 * down. Tunnels that are shut down themselves are not checked.
 */
final class TunnelSourceCheck implements LintCheck {
    static final String MISSING = "TUNNEL_SOURCE_MISSING";
    static final String DOWN = "TUNNEL_SOURCE_DOWN";

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        for (InterfaceRef t : ctx.overlay().tunnels()) {
            if (!ctx.addresses().isUp(t)) {
                continue;
            }
            TunnelSource s = ctx.overlay().source(t);
            if (!s.usable()) {
                out.add(new Finding(Severity.ERROR, s.down() ? DOWN : MISSING, t.device(), t.iface(), "tunnel.source",
                        s.problem() + "; the tunnel stays down"));
            }
        }
    }
}
