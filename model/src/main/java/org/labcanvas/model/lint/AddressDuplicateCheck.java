package org.labcanvas.model.lint;

import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Map;
import org.labcanvas.model.analysis.InterfaceRef;

/**
 * {@code ADDRESS_DUPLICATE} (ERROR): the same host address on two interfaces (IPv4 or IPv6), shut
 * down or not. Each interface is reported once, naming the first other owner.
 */
final class AddressDuplicateCheck implements LintCheck {
    static final String CODE = "ADDRESS_DUPLICATE";

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        for (Map.Entry<IPAddress, List<InterfaceRef>> e : ctx.addresses().duplicates().entrySet()) {
            List<InterfaceRef> owners = e.getValue();
            String address = e.getKey().toCanonicalString();
            for (InterfaceRef r : owners) {
                InterfaceRef other = owners.get(0).equals(r) ? owners.get(1) : owners.get(0);
                String more = owners.size() > 2 ? " and " + (owners.size() - 2) + " more" : "";
                out.add(new Finding(Severity.ERROR, CODE, r.device(), r.iface(), e.getKey().isIPv4() ? "ipv4" : "ipv6",
                        address + " is also configured on " + other + more));
            }
        }
    }
}
