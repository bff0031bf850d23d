package org.labcanvas.model.configs;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.topology.BrokerSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.UpdaterSettings;

/** The broker side of 6in4 tunnels as a text: what to request from the tunnel broker. */
final class BrokerSummary {
    private BrokerSummary() {}

    static String write(Topology topology, Device broker) throws ExportException {
        OneLineFields.require(broker);
        BrokerSettings b = broker.broker();
        if (b == null) {
            throw new ExportException(broker.name() + ": a broker needs its broker settings");
        }
        List<Device> clients = new ArrayList<>();
        for (Device d : topology.devices()) {
            if (d.sixInFour() != null && broker.name().equals(d.sixInFour().broker())) {
                clients.add(d);
            }
        }
        clients.sort((x, y) -> x.name().compareTo(y.name()));
        StringBuilder s = new StringBuilder();
        String title = "6in4 tunnel broker " + broker.name();
        s.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
        s.append("What to request from the broker (a regular IPv6-in-IPv4 tunnel, protocol 41):\n\n");
        row(s, "Server IPv4 endpoint", b.ipv4Endpoint());
        row(s, "Tunnel id", b.tunnelId());
        row(s, "Server IPv6 address", b.serverIpv6());
        row(s, "Client IPv6 address", b.clientIpv6());
        row(s, "Routed prefix", b.routedPrefix());
        for (Device c : clients) {
            SixInFourTunnel t = SixInFourTunnel.of(topology, c);
            s.append("\nClient ").append(c.name()).append(" (").append(c.platform().displayName()).append(")\n");
            row(s, "Client IPv4 endpoint", t.localIpv4() + (c.sixInFour().dynamicAddress()
                    ? " (dynamic: the updater reports changes)" : ""));
            row(s, "Tunnel interface", t.iface());
            row(s, "Client IPv6 address", t.localIpv6().toString());
            row(s, "IPv6 default route via", t.remoteIpv6());
            UpdaterSettings u = c.sixInFour().updater();
            if (u != null) {
                row(s, "Update URL", SixInFourUpdater.updateUrl(u));
                row(s, "Update account", u.username());
                row(s, "Update interval", u.intervalMinutes() + " min");
            }
        }
        s.append("\nThe client's IPv4 endpoint must answer ICMP echo when the tunnel is created, and protocol 41\n")
                .append("must pass every firewall and NAT between client and broker. The update key is kept in\n")
                .append("the client's credentials file only.\n");
        return s.toString();
    }

    private static void row(StringBuilder s, String label, String value) {
        if (value != null) {
            s.append(String.format("  %-24s %s%n", label + ":", value).replace("\r\n", "\n"));
        }
    }
}
