package org.labcanvas.model.lint;

import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.labcanvas.model.topology.Device;

/**
 * {@code OSPF_DUPLICATE_ROUTER_ID} (ERROR): two OSPF routers with the same router-id (configured,
 * or chosen the IOS way, {@link org.labcanvas.model.analysis.OspfView#routerId}); neighbors refuse
 * the duplicate ({@code %OSPF-4-DUP_RTRID_NBR}) and LSAs of one overwrite the other's.
 * {@code OSPF_NO_ROUTER_ID} (ERROR): no router-id configured and no up interface with an IPv4
 * address, so IOS cannot start the process ({@code %OSPF-4-NORTRID}).
 */
final class OspfRouterIdCheck implements LintCheck {
    static final String DUPLICATE = "OSPF_DUPLICATE_ROUTER_ID";
    static final String NONE = "OSPF_NO_ROUTER_ID";

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        Map<IPAddress, List<String>> byId = new HashMap<>();
        for (Device d : ctx.topology().devices()) {
            if (d.ospf() == null) {
                continue;
            }
            Optional<IPAddress> id = ctx.ospf().routerId(d.name());
            if (id.isEmpty()) {
                out.add(new Finding(Severity.ERROR, NONE, d.name(), null, "ospf.routerId",
                        "router ospf " + d.ospf().processId() + " has no router-id and no up interface with an IPv4"
                                + " address to take one from: the process cannot start"));
                continue;
            }
            byId.computeIfAbsent(id.get(), k -> new ArrayList<>()).add(d.name());
        }
        byId.forEach((id, devices) -> {
            if (devices.size() < 2) {
                return;
            }
            List<String> sorted = devices.stream().sorted().toList();
            for (String d : sorted) {
                String other = sorted.get(0).equals(d) ? sorted.get(1) : sorted.get(0);
                String more = sorted.size() > 2 ? " (and " + (sorted.size() - 2) + " more)" : "";
                out.add(new Finding(Severity.ERROR, DUPLICATE, d, null, "ospf.routerId",
                        "OSPF router-id " + id.toCanonicalString() + " is also the router-id of " + other + more
                                + ": neighbors reject the duplicate and its LSAs overwrite each other"));
            }
        });
    }
}
