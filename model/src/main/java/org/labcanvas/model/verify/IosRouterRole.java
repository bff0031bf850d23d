package org.labcanvas.model.verify;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.RouterRole;

/**
 * IOS routers: DMVPN hubs, spokes and other routers. The commands depend on what the router runs:
 * OSPF commands when it has an OSPF process, NHRP commands when a tunnel runs NHRP, crypto commands
 * when a tunnel is protected.
 */
final class IosRouterRole implements VerificationRole {
    private final RouterRole role;

    IosRouterRole(RouterRole role) {
        this.role = role;
    }

    @Override
    public String name() {
        return switch (role) {
            case HUB -> "hub";
            case SPOKE -> "spoke";
            case OTHER -> "router";
        };
    }

    @Override
    public boolean appliesTo(Device device) {
        return device.kind() == DeviceKind.ROUTER && device.role() == role;
    }

    private static boolean runsOspf(NetworkState s, Device d) {
        return s.ospf() != null && s.ospf().router(d.name()) != null;
    }

    private static boolean runsNhrp(NetworkState s, Device d) {
        return s.nhrp() != null && !s.nhrp().onDevice(d.name()).isEmpty();
    }

    private static boolean hasNhs(NetworkState s, Device d) {
        return runsNhrp(s, d) && s.nhrp().onDevice(d.name()).stream().anyMatch(n -> !n.clients().isEmpty());
    }

    private static boolean protectsTunnels(NetworkState s, Device d) {
        return s.network().interfacesOf(d.name()).stream()
                .anyMatch(t -> t.isTunnel() && t.config().tunnel() != null && t.config().tunnel().protection() != null);
    }

    @Override
    public List<VerificationStep> steps(NetworkState s, Device d) {
        List<VerificationStep> out = new ArrayList<>();
        boolean hub = role == RouterRole.HUB;
        if (runsNhrp(s, d)) {
            out.add(new VerificationStep("show dmvpn",
                    hub ? "one row per registered spoke, state UP, attribute D (dynamic)"
                            : "one row per hub, state UP, attribute S (static)",
                    hub ? "a missing spoke has not registered: check its NHS and NBMA map, the tunnel key and network-id,"
                            + " and that the underlay reaches the hub's tunnel source"
                            : "NHRP (not UP): the hub does not answer registrations; check the underlay route to the hub's"
                            + " NBMA address, tunnel key, network-id and IPsec"));
        }
        if (hasNhs(s, d)) {
            out.add(new VerificationStep("show ip nhrp nhs",
                    "each next-hop server in state RE (registration answered)",
                    "E (expecting replies) means requests go unanswered: underlay, tunnel destination, IPsec or a wrong"
                            + " NBMA map; W means the server stopped answering"));
        }
        if (runsNhrp(s, d)) {
            out.add(new VerificationStep("show ip nhrp",
                    hub ? "a dynamic entry per spoke with the spoke's NBMA (public) address"
                            : "a static entry per hub with the hub's NBMA address",
                    "a wrong NBMA address points at a NAT or a wrong tunnel source; no entry means no registration"));
        }
        if (protectsTunnels(s, d)) {
            out.add(new VerificationStep("show crypto isakmp sa",
                    "an SA in QM_IDLE with every tunnel peer",
                    "MM_NO_STATE or no SA: pre-shared key, ISAKMP policy or UDP 500 blocked on the way"));
            out.add(new VerificationStep("show crypto ipsec sa",
                    "for every peer, inbound and outbound ESP SAs with Status ACTIVE, and encaps/decaps counters rising",
                    "no SA or no decaps: transform set or PFS group mismatch, or ESP (IP 50) filtered on the way"));
        }
        org.labcanvas.model.sim.sixinfour.TunnelStatus t = SixInFourFacts.tunnelOf(s, d.name());
        if (t != null) {
            out.add(new VerificationStep("show interfaces " + t.tunnelInterface(),
                    "up, line protocol up; `Tunnel source` the address the broker sends to, `destination` the broker's"
                            + " IPv4 endpoint; `Tunnel protocol/transport IPv6/IP`",
                    "a destination other than the broker's endpoint: the tunnel names another server; a source that is no"
                            + " longer the public address: the provider changed it and the broker was not told (the"
                            + " updater); line protocol down: no route to the destination"));
            out.add(new VerificationStep("show ipv6 interface brief",
                    t.tunnelInterface() + " [up/up] with the tunnel's IPv6 address " + t.clientIpv6().toString().toUpperCase(java.util.Locale.ROOT),
                    "no address: `ipv6 address` missing on the tunnel; down: see the tunnel's line protocol"));
            out.add(new VerificationStep("show ipv6 route",
                    "a default route (::/0) through " + t.tunnelInterface(),
                    "no default: `ipv6 route ::/0 " + t.tunnelInterface() + "` is missing; `ipv6 unicast-routing` off"));
            out.add(new VerificationStep("ping ipv6 " + t.serverIpv6(),
                    "!!!!! (success rate 100 percent) from the broker's IPv6 address",
                    "no replies with the tunnel up: protocol 41 does not cross the way (a firewall, a NAT without"
                            + " protocol 41 forwarding) or the broker sends to an old address"));
        }
        if (runsOspf(s, d)) {
            out.add(new VerificationStep("show ip ospf neighbor",
                    hub ? "every spoke FULL (the spokes are DROTHER, priority 0)"
                            : "each hub FULL/DR on its tunnel",
                    "stuck in INIT or ATTEMPT: hellos one way only (NBMA neighbor statement, NHRP multicast map);"
                            + " EXSTART/EXCHANGE: MTU mismatch; missing: network type, area or timers differ"));
            out.add(new VerificationStep("show ip route ospf",
                    "the OSPF routes below with these costs, next hops and outgoing interfaces",
                    "a different next hop or cost means the preferred path is not the designed one: check ip ospf cost"
                            + " on the tunnels and which hub is DR"));
        }
        return out;
    }

    @Override
    public List<Fact> facts(NetworkState s, Device d) {
        String n = d.name();
        List<Fact> out = new ArrayList<>();
        out.addAll(IosFacts.dmvpnPeers(s, n));
        out.addAll(IosFacts.nhrpEntries(s, n));
        out.addAll(IosFacts.nextHopServers(s, n));
        if (protectsTunnels(s, d)) {
            out.addAll(IosFacts.isakmpSas(s, n));
            out.addAll(IosFacts.ipsecSas(s, n));
        }
        out.addAll(IosFacts.ospfNeighbors(s, n));
        out.addAll(IosFacts.ospfRoutes(s, n));
        out.addAll(SixInFourFacts.iosFacts(s, n));
        return out;
    }
}
