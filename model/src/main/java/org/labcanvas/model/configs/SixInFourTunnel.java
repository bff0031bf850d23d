package org.labcanvas.model.configs;

import inet.ipaddr.IPAddress;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.BrokerSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.SixInFourClient;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TunnelSettings;

/**
 * A 6in4 client's tunnel with every address resolved: what the client scripts need.
 *
 * @param device       client device name
 * @param iface        the tunnel interface name ({@code gif0}, {@code he-ipv6})
 * @param localIpv4    the client's own IPv4 endpoint (the tunnel source's address)
 * @param remoteIpv4   the broker's IPv4 endpoint
 * @param localIpv6    the client side of the point-to-point link, with prefix length
 * @param remoteIpv6   the broker side, without prefix length
 * @param routedPrefix the delegated prefix, or null
 * @param tunnelId     the broker's tunnel id, or null when the design names no broker settings
 * @param client       the client settings (updater, dynamic address)
 * @param broker       the broker settings, or null
 */
record SixInFourTunnel(String device, String iface, String localIpv4, String remoteIpv4, InterfaceAddress localIpv6,
                       String remoteIpv6, String routedPrefix, String tunnelId, SixInFourClient client,
                       BrokerSettings broker) {

    static SixInFourTunnel of(Topology t, Device d) throws ExportException {
        SixInFourClient c = d.sixInFour();
        Interface tun = d.iface(c.tunnelInterface()).orElseThrow(() -> new ExportException(
                d.name() + ": the 6in4 tunnel interface " + c.tunnelInterface() + " does not exist"));
        BrokerSettings broker = c.broker() == null ? null
                : t.device(c.broker()).map(Device::broker).orElse(null);
        TunnelSettings ts = tun.tunnel();
        String remote4 = ts != null && ts.destination() != null ? ts.destination()
                : broker != null ? broker.ipv4Endpoint() : null;
        if (remote4 == null) {
            throw new ExportException(d.name() + " " + tun.name() + ": no tunnel destination and no broker endpoint");
        }
        AddressText.host(d.name(), tun.name() + " tunnel destination", remote4);
        String local4 = null;
        if (ts != null && ts.source() != null) {
            if (AddressText.isAddress(ts.source())) {
                local4 = ts.source();
            } else {
                Interface src = d.iface(ts.source()).orElseThrow(() -> new ExportException(
                        d.name() + " " + tun.name() + ": tunnel source " + ts.source() + " does not exist"));
                if (src.ipv4() != null) {
                    local4 = AddressText.iface(d.name(), src.name() + " ipv4", src.ipv4()).address().toCanonicalString();
                }
            }
        }
        if (local4 == null) {
            throw new ExportException(d.name() + " " + tun.name() + ": the tunnel source has no IPv4 address");
        }
        String v6 = !tun.ipv6().isEmpty() ? tun.ipv6().get(0) : broker != null ? broker.clientIpv6() : null;
        if (v6 == null) {
            throw new ExportException(d.name() + " " + tun.name() + ": no IPv6 address on the tunnel");
        }
        InterfaceAddress local6 = AddressText.iface(d.name(), tun.name() + " ipv6", v6);
        IPAddress remote6 = AddressText.host(d.name(), "6in4 remote IPv6", c.remoteIpv6());
        String routed = c.routedPrefix() != null ? c.routedPrefix() : broker != null ? broker.routedPrefix() : null;
        return new SixInFourTunnel(d.name(), tun.name(), local4, remote4, local6, remote6.toCanonicalString(), routed,
                broker == null ? null : broker.tunnelId(), c, broker);
    }
}
