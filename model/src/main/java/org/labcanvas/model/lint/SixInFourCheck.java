package org.labcanvas.model.lint;

import java.util.List;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.SixInFourClient;

/**
 * 6in4 clients:
 * <ul>
 *   <li>{@code SIXINFOUR_NO_UPDATER} (WARNING): the public IPv4 is dynamic but no updater tells
 *       the broker when it changes; the broker keeps sending protocol 41 to the old address and
 *       IPv6 stops until someone updates the endpoint by hand.</li>
 *   <li>{@code SIXINFOUR_BROKER_MISSING} (ERROR): the client names a broker that is not a broker
 *       device of the design.</li>
 *   <li>{@code SIXINFOUR_TUNNEL_MISSING} (ERROR): the client names a tunnel interface it does not have.</li>
 * </ul>
 */
final class SixInFourCheck implements LintCheck {
    static final String NO_UPDATER = "SIXINFOUR_NO_UPDATER";
    static final String BROKER_MISSING = "SIXINFOUR_BROKER_MISSING";
    static final String TUNNEL_MISSING = "SIXINFOUR_TUNNEL_MISSING";

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        for (Device d : ctx.topology().devices()) {
            SixInFourClient c = d.sixInFour();
            if (c == null) {
                continue;
            }
            if (c.dynamicAddress() && c.updater() == null) {
                out.add(new Finding(Severity.WARNING, NO_UPDATER, d.name(), c.tunnelInterface(), "sixInFour.updater",
                        "the public IPv4 address is dynamic but no updater is configured: when it changes, the broker"
                                + " keeps sending to the old address and IPv6 stops"));
            }
            if (c.broker() == null || ctx.topology().device(c.broker()).map(b -> b.kind() != DeviceKind.BROKER).orElse(true)) {
                out.add(new Finding(Severity.ERROR, BROKER_MISSING, d.name(), null, "sixInFour.broker",
                        "6in4 broker " + c.broker() + " is not a tunnel broker in the design"));
            }
            if (c.tunnelInterface() == null || d.iface(c.tunnelInterface()).isEmpty()) {
                out.add(new Finding(Severity.ERROR, TUNNEL_MISSING, d.name(), null, "sixInFour.tunnelInterface",
                        "6in4 tunnel interface " + c.tunnelInterface() + " does not exist on " + d.name()));
            }
        }
    }
}
