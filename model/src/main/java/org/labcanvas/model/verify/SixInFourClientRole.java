package org.labcanvas.model.verify;

import java.util.List;
import org.labcanvas.model.show.host.HostConsole;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.sixinfour.TunnelStatus;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Platform;

/**
 * A host (macOS, FreeBSD, Linux) with a 6in4 tunnel to a tunnel broker: the tunnel's endpoints, the
 * IPv6 default route through it, and a ping to the broker's end of the tunnel.
 */
final class SixInFourClientRole implements VerificationRole {
    @Override
    public String name() {
        return "6in4 client";
    }

    @Override
    public boolean appliesTo(Device device) {
        return device.kind() == DeviceKind.HOST && device.sixInFour() != null && HostConsole.answers(device);
    }

    private static boolean linux(Device d) {
        return d.platform() == Platform.LINUX;
    }

    @Override
    public List<VerificationStep> steps(NetworkState s, Device d) {
        TunnelStatus t = SixInFourFacts.tunnelOf(s, d.name());
        if (t == null) {
            return List.of();
        }
        String endpoints = "the tunnel's local IPv4 end is the address the broker sends to (the public one, or the"
                + " private one behind a NAT that forwards protocol 41) and its remote end the broker's IPv4 endpoint";
        String wrongEnds = "a remote end other than the broker's endpoint: the tunnel script names another server;"
                + " a local end that is no longer the public address: the provider changed it and the updater has not"
                + " told the broker yet (run it, check its credentials)";
        VerificationStep tunnel = linux(d)
                ? new VerificationStep("ip tunnel show", endpoints + " (mode ipv6/ip)", wrongEnds)
                : new VerificationStep("ifconfig " + t.tunnelInterface(),
                        "flags UP,RUNNING; `tunnel inet LOCAL --> REMOTE`: " + endpoints, wrongEnds
                        + "; no UP flag: the interface was not brought up (`ifconfig " + t.tunnelInterface() + " up`)");
        VerificationStep route = new VerificationStep(linux(d) ? "ip -6 route" : "netstat -rn -f inet6",
                "a default route via the broker's IPv6 end of the tunnel, out of " + t.tunnelInterface(),
                "no default route: the tunnel script did not add it, or another default (Wi-Fi router advertisements,"
                        + " a VPN) took its place");
        VerificationStep ping = new VerificationStep(SixInFourFacts.pingCommand(linux(d), t),
                "replies from the broker's IPv6 address " + t.serverIpv6(),
                "no replies while the tunnel is set up as expected: protocol 41 does not cross the way; the broker's"
                        + " endpoint for this tunnel is an old address (the updater), a box in front of the client"
                        + " does NAT without forwarding protocol 41, or a firewall drops protocol 41 (IP protocol"
                        + " number 41, not a TCP or UDP port)");
        return List.of(tunnel, route, ping);
    }

    @Override
    public List<Fact> facts(NetworkState s, Device d) {
        return SixInFourFacts.facts(s, d.name(), linux(d));
    }

    @Override
    public String nothingToVerify() {
        return "Nothing to verify: the host names no broker the design holds.";
    }
}
