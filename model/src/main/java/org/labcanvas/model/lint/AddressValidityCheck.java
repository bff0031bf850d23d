package org.labcanvas.model.lint;

import inet.ipaddr.IPAddress;
import java.util.List;
import org.labcanvas.model.addr.AddressFormatProblem;
import org.labcanvas.model.addr.HostAddress;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.FtInterface;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.OspfNeighbor;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.PreSharedKey;
import org.labcanvas.model.topology.StaticRoute;

/**
 * {@code ADDRESS_INVALID} (ERROR): every address the design types in must parse: interface
 * addresses (not the network or broadcast address of their subnet), route prefixes and next hops,
 * NHRP maps and servers, tunnel destinations, OSPF network statements, neighbors and router-ids,
 * pre-shared key peers, the ACE FT VLAN addresses and the 6in4 broker endpoint.
 */
final class AddressValidityCheck implements LintCheck {
    static final String CODE = "ADDRESS_INVALID";

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        for (Device d : ctx.topology().devices()) {
            for (Interface i : d.interfaces()) {
                boolean indexed = ctx.addresses().ipv4(org.labcanvas.model.analysis.InterfaceRef.of(d.name(), i.name())).isPresent();
                if (i.ipv4() != null && !indexed) {
                    iface(d, i, "ipv4", i.ipv4(), true, out);
                }
                for (String v6 : i.ipv6()) {
                    iface(d, i, "ipv6", v6, false, out);
                }
                if (i.tunnel() != null && i.tunnel().destination() != null) {
                    host(ctx, d, i.name(), "tunnel.destination", "tunnel destination", i.tunnel().destination(), out);
                }
                if (i.nhrp() != null) {
                    for (NhrpMap m : i.nhrp().maps()) {
                        host(ctx, d, i.name(), "nhrp.maps", "ip nhrp map protocol address", m.protocol(), out);
                        host(ctx, d, i.name(), "nhrp.maps", "ip nhrp map NBMA address", m.nbma(), out);
                    }
                    for (NhrpServer s : i.nhrp().servers()) {
                        host(ctx, d, i.name(), "nhrp.servers", "ip nhrp nhs address", s.address(), out);
                        if (s.nbma() != null) {
                            host(ctx, d, i.name(), "nhrp.servers", "ip nhrp nhs nbma address", s.nbma(), out);
                        }
                    }
                    for (String target : i.nhrp().mapMulticast()) {
                        if (!"dynamic".equals(target)) {
                            host(ctx, d, i.name(), "nhrp.mapMulticast", "ip nhrp map multicast address", target, out);
                        }
                    }
                }
            }
            for (StaticRoute r : d.staticRoutes()) {
                try {
                    if (ctx.addresses().prefix(r.prefix()).isEmpty()) {
                        HostAddress.prefix(r.prefix());
                    }
                } catch (AddressFormatProblem e) {
                    out.add(error(d, null, "staticRoutes", "route prefix: " + e.getMessage()));
                }
                if (r.nextHop() != null) {
                    host(ctx, d, null, "staticRoutes", "next hop of route " + r.prefix(), r.nextHop(), out);
                }
            }
            if (d.ospf() != null) {
                if (d.ospf().routerId() != null) {
                    ipv4(ctx, d, "ospf.routerId", "router-id", d.ospf().routerId(), out);
                }
                for (OspfNetwork n : d.ospf().networks()) {
                    String what = "network " + n.address() + " " + n.wildcard() + " area " + n.area();
                    ipv4(ctx, d, "ospf.networks", what + ": address", n.address(), out);
                    ipv4(ctx, d, "ospf.networks", what + ": wildcard", n.wildcard(), out);
                }
                for (OspfNeighbor n : d.ospf().neighbors()) {
                    ipv4(ctx, d, "ospf.neighbors", "neighbor", n.address(), out);
                }
            }
            if (d.crypto() != null) {
                for (PreSharedKey k : d.crypto().preSharedKeys()) {
                    ipv4(ctx, d, "crypto.preSharedKeys", "crypto isakmp key peer address", k.address(), out);
                    if (k.mask() != null) {
                        ipv4(ctx, d, "crypto.preSharedKeys", "crypto isakmp key peer mask", k.mask(), out);
                    }
                }
            }
            if (d.ace() != null && d.ace().ftInterface() != null) {
                FtInterface ft = d.ace().ftInterface();
                try {
                    InterfaceAddress.parse(ft.address());
                } catch (AddressFormatProblem e) {
                    out.add(error(d, null, "ace.ftInterface", "ft interface vlan " + ft.vlan() + " address: " + e.getMessage()));
                }
                ipv4(ctx, d, "ace.ftInterface", "ft interface vlan " + ft.vlan() + " peer ip address", ft.peerAddress(), out);
            }
            if (d.broker() != null) {
                ipv4(ctx, d, "broker.ipv4Endpoint", "broker IPv4 endpoint", d.broker().ipv4Endpoint(), out);
            }
        }
    }

    private static void iface(Device d, Interface i, String field, String text, boolean wantIpv4, List<Finding> out) {
        try {
            InterfaceAddress a = InterfaceAddress.parse(text);
            if (a.isIpv4() != wantIpv4) {
                out.add(error(d, i.name(), field, "'" + text + "' is not an " + (wantIpv4 ? "IPv4" : "IPv6") + " address"));
            }
        } catch (AddressFormatProblem e) {
            out.add(error(d, i.name(), field, e.getMessage()));
        }
    }

    private static void host(LintContext ctx, Device d, String iface, String field, String what, String text, List<Finding> out) {
        if (ctx.addresses().host(text).isPresent()) {
            return;
        }
        try {
            HostAddress.parse(text);
        } catch (AddressFormatProblem e) {
            out.add(error(d, iface, field, what + ": " + e.getMessage()));
        }
    }

    private static void ipv4(LintContext ctx, Device d, String field, String what, String text, List<Finding> out) {
        if (ctx.addresses().host(text).filter(IPAddress::isIPv4).isPresent()) {
            return;
        }
        try {
            IPAddress a = HostAddress.parse(text);
            if (!a.isIPv4()) {
                out.add(error(d, null, field, what + ": '" + text + "' is not an IPv4 address"));
            }
        } catch (AddressFormatProblem e) {
            out.add(error(d, null, field, what + ": " + e.getMessage()));
        }
    }

    private static Finding error(Device d, String iface, String field, String message) {
        return new Finding(Severity.ERROR, CODE, d.name(), iface, field, message);
    }
}
