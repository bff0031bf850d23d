package org.labcanvas.model.configs;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.UpdaterSettings;

/**
 * The client side of a 6in4 tunnel on a host: the setup script for its OS, systemd-networkd units
 * on Linux, and the dynamic-IP updater with its cron line, systemd service and timer and a
 * credentials file.
 *
 * <p>Commands after the tunnel broker's published client examples: macOS/FreeBSD
 * {@code ifconfig gif0 tunnel LOCAL REMOTE}, {@code ifconfig gif0 inet6 LOCAL6 REMOTE6 prefixlen 128},
 * {@code route -n add -inet6 default REMOTE6}; Linux {@code ip tunnel add NAME mode sit remote R
 * local L ttl 255}, MTU 1480 (1500 minus the 20-byte outer IPv4 header); systemd.netdev(5)
 * {@code Kind=sit} with a {@code [Tunnel]} section, and the uplink's {@code .network} naming the
 * tunnel with {@code Tunnel=}.
 */
final class SixInFourScripts {
    /** 1500-byte Ethernet MTU minus the outer IPv4 header of protocol 41. */
    static final int TUNNEL_MTU = 1480;

    private SixInFourScripts() {}

    static List<GeneratedFile> files(Topology topology, Device d) throws ExportException {
        OneLineFields.require(d);
        if (d.sixInFour() != null && d.sixInFour().broker() != null) {
            Device broker = topology.device(d.sixInFour().broker()).orElse(null);
            if (broker != null) {
                OneLineFields.require(broker);
            }
        }
        SixInFourTunnel t = SixInFourTunnel.of(topology, d);
        String base = "configs/" + ShellText.fileName(d.name());
        List<GeneratedFile> out = new ArrayList<>();
        switch (d.platform()) {
            case MACOS, FREEBSD -> out.add(GeneratedFile.script(d.name(), base + "-6in4.sh", bsd(d, t)));
            case LINUX -> {
                out.add(GeneratedFile.script(d.name(), base + "-6in4.sh", linux(d, t)));
                out.add(GeneratedFile.text(d.name(), base + "-" + ShellText.fileName(t.iface()) + ".netdev", netdev(t)));
                out.add(GeneratedFile.text(d.name(), base + "-" + ShellText.fileName(t.iface()) + ".network", network(t)));
                String uplink = uplink(d);
                if (uplink != null) {
                    out.add(GeneratedFile.text(d.name(), base + "-" + ShellText.fileName(uplink) + "-tunnel.conf",
                            uplinkDropIn(t, uplink)));
                }
            }
            default -> throw new ExportException(d.name() + ": no 6in4 client script for platform "
                    + d.platform().displayName());
        }
        UpdaterSettings u = d.sixInFour().updater();
        if (u != null) {
            out.addAll(SixInFourUpdater.files(d, t, u));
        }
        return out;
    }

    static String uplink(Device d) {
        var ts = d.iface(d.sixInFour().tunnelInterface()).map(i -> i.tunnel()).orElse(null);
        return ts == null || ts.source() == null || AddressText.isAddress(ts.source()) ? null : ts.source();
    }

    private static String header(Device d, SixInFourTunnel t, String what) {
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/sh\n");
        s.append("# ").append(what).append(" of ").append(d.name()).append(" (").append(d.platform().displayName())
                .append("): 6in4 (IPv6 in IPv4, protocol 41)\n");
        s.append("# to the tunnel broker ").append(t.remoteIpv4());
        if (t.tunnelId() != null) {
            s.append(", tunnel ").append(t.tunnelId());
        }
        s.append(".\n# Run as root. The broker must let protocol 41 through from ").append(t.localIpv4())
                .append(", and any NAT in front of\n# this host must forward protocol 41 to it.\n");
        return s.toString();
    }

    /** Finds the uplink's current IPv4 at run time when the design says the address is dynamic. */
    static boolean runtimeLocal(Device d) {
        return d.sixInFour().dynamicAddress() && uplink(d) != null;
    }

    static String bsd(Device d, SixInFourTunnel t) {
        StringBuilder s = new StringBuilder(header(d, t, "Tunnel setup"));
        s.append("set -eu\n\n");
        String gif = t.iface();
        if (runtimeLocal(d)) {
            s.append("# The public IPv4 is dynamic: use the address ").append(uplink(d)).append(" has now.\n");
            s.append("local4=$(ifconfig ").append(uplink(d))
                    .append(" | awk '$1 == \"inet\" { print $2; exit }')\n");
            s.append("[ -n \"$local4\" ] || { echo \"").append(uplink(d))
                    .append(" has no IPv4 address\" >&2; exit 1; }\n\n");
        } else {
            s.append("local4=").append(t.localIpv4()).append("\n\n");
        }
        if (d.platform() == Platform.FREEBSD) {
            s.append("ifconfig ").append(gif).append(" create 2>/dev/null || true\n");
        }
        s.append("ifconfig ").append(gif).append(" tunnel \"$local4\" ").append(t.remoteIpv4()).append('\n');
        s.append("ifconfig ").append(gif).append(" inet6 ").append(t.localIpv6().address().toCanonicalString())
                .append(' ').append(t.remoteIpv6()).append(" prefixlen 128\n");
        s.append("ifconfig ").append(gif).append(" mtu ").append(TUNNEL_MTU).append('\n');
        s.append("ifconfig ").append(gif).append(" up\n");
        s.append("route -n add -inet6 default ").append(t.remoteIpv6()).append('\n');
        return s.toString();
    }

    static String linux(Device d, SixInFourTunnel t) {
        StringBuilder s = new StringBuilder(header(d, t, "Tunnel setup (iproute2)"));
        s.append("set -eu\n\n");
        String dev = t.iface();
        if (runtimeLocal(d)) {
            s.append("# The public IPv4 is dynamic: use the address ").append(uplink(d)).append(" has now.\n");
            s.append("local4=$(ip -4 -o addr show dev ").append(uplink(d))
                    .append(" | awk '{ split($4, a, \"/\"); print a[1]; exit }')\n");
            s.append("[ -n \"$local4\" ] || { echo \"").append(uplink(d))
                    .append(" has no IPv4 address\" >&2; exit 1; }\n\n");
        } else {
            s.append("local4=").append(t.localIpv4()).append("\n\n");
        }
        s.append("ip tunnel add ").append(dev).append(" mode sit remote ").append(t.remoteIpv4())
                .append(" local \"$local4\" ttl 255\n");
        s.append("ip link set ").append(dev).append(" mtu ").append(TUNNEL_MTU).append('\n');
        s.append("ip link set ").append(dev).append(" up\n");
        s.append("ip -6 addr add ").append(t.localIpv6()).append(" dev ").append(dev).append('\n');
        s.append("ip -6 route add default via ").append(t.remoteIpv6()).append(" dev ").append(dev)
                .append(" onlink\n");
        return s.toString();
    }

    static String netdev(SixInFourTunnel t) {
        return "# /etc/systemd/network/" + ShellText.fileName(t.iface()) + ".netdev: the 6in4 tunnel of "
                + t.device() + " (systemd.netdev(5))\n"
                + "[NetDev]\n"
                + "Name=" + t.iface() + "\n"
                + "Kind=sit\n"
                + "MTUBytes=" + TUNNEL_MTU + "\n"
                + "\n"
                + "[Tunnel]\n"
                + "Local=" + t.localIpv4() + "\n"
                + "Remote=" + t.remoteIpv4() + "\n"
                + "TTL=255\n";
    }

    static String network(SixInFourTunnel t) {
        return "# /etc/systemd/network/" + ShellText.fileName(t.iface()) + ".network: addresses and the IPv6 default route\n"
                + "[Match]\n"
                + "Name=" + t.iface() + "\n"
                + "\n"
                + "[Network]\n"
                + "Address=" + t.localIpv6() + "\n"
                + "\n"
                + "[Route]\n"
                + "Destination=::/0\n"
                + "Gateway=" + t.remoteIpv6() + "\n"
                + "GatewayOnLink=yes\n";
    }

    static String uplinkDropIn(SixInFourTunnel t, String uplink) {
        return "# Drop-in for the .network file that manages " + uplink
                + ": put it in /etc/systemd/network/<that file>.network.d/6in4.conf\n"
                + "[Network]\n"
                + "Tunnel=" + t.iface() + "\n";
    }
}
