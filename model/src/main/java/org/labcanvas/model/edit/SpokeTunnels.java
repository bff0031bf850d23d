package org.labcanvas.model.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.NhrpSettings;
import org.labcanvas.model.topology.OspfInterfaceSettings;
import org.labcanvas.model.topology.OspfNeighbor;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

/**
 * Joins a spoke to a hub's DMVPN cloud the way scenario 2 of SCENARIOS.md does: a point-to-point
 * GRE tunnel from the spoke's WAN interface to the hub's NBMA address, with the hub's key and NHRP
 * network id, {@code ip nhrp map HUB-TUNNEL HUB-NBMA} and {@code ip nhrp nhs HUB-TUNNEL}, OSPF
 * non-broadcast with the hub's cost and priority 0 (a spoke must never become DR), a
 * {@code network} statement for the tunnel subnet in the hub's area and a {@code neighbor}
 * statement for the hub (so the hub needs no change), and the hub's IPsec profile when it has one.
 */
final class SpokeTunnels {
    static final int OSPF_PROCESS = 1;

    private SpokeTunnels() {}

    /** The spoke with one more tunnel, to {@code hub}. */
    static Device join(Device spoke, HubTunnel hub, CryptoSettings hubCrypto, DesignAddressPlan plan) {
        String source = wanInterface(spoke).orElseThrow(
                () -> new IllegalArgumentException(spoke.name() + " has no addressed interface to source a tunnel from"));
        String name = "Tunnel" + hub.number();
        for (int n = hub.number(); spoke.iface(name).isPresent(); n++) {
            name = "Tunnel" + n;
        }
        long subnet = DesignAddressPlan.subnetOf(hub.address() + "/" + hub.prefix()).orElseThrow().base();
        long address = plan.hostIn(subnet, hub.prefix(), HubTunnel.number(spoke.name()));
        OspfInterfaceSettings ospf = OspfInterfaceSettings.DEFAULTS.withNetworkType(OspfNetworkType.NON_BROADCAST)
                .withCost(hub.cost()).withPriority(0);
        boolean protect = hub.protection() != null && hubCrypto != null;
        Interface tunnel = Interface.tunnel(name, DesignAddressPlan.text(address) + "/" + hub.prefix(),
                        new TunnelSettings(TunnelMode.GRE_P2P, source, hub.nbma(), hub.key(),
                                protect ? hub.protection() : null))
                .withNhrp(NhrpSettings.of(hub.networkId())
                        .withMaps(List.of(new NhrpMap(hub.address(), hub.nbma())))
                        .withServers(List.of(NhrpServer.of(hub.address()))))
                .withOspf(ospf);
        List<Interface> interfaces = new ArrayList<>(spoke.interfaces());
        interfaces.add(tunnel);
        interfaces.sort(Comparator.comparingInt(SpokeTunnels::configOrder));
        OspfProcess process = spoke.ospf() == null ? OspfProcess.of(OSPF_PROCESS, List.of()) : spoke.ospf();
        List<OspfNetwork> networks = new ArrayList<>(process.networks());
        OspfNetwork net = new OspfNetwork(hub.subnet(), DesignAddressPlan.wildcard(hub.prefix()), hub.area());
        if (!networks.contains(net)) {
            networks.add(net);
        }
        List<OspfNeighbor> neighbors = new ArrayList<>(process.neighbors());
        neighbors.add(OspfNeighbor.of(hub.address()));
        Device out = spoke.withInterfaces(interfaces)
                .withOspf(process.withNetworks(networks).withNeighbors(neighbors));
        if (protect && (spoke.crypto() == null || spoke.crypto().profile(hub.protection()).isEmpty())) {
            out = out.withCrypto(hubCrypto);
        }
        return out;
    }

    /** IOS prints loopbacks, then tunnels, then the rest; a stable sort keeps the order within each. */
    static int configOrder(Interface i) {
        return i.type() == InterfaceType.LOOPBACK ? 0 : i.type() == InterfaceType.TUNNEL ? 1 : 2;
    }

    /** The interface an existing tunnel is sourced from, else the first addressed physical interface. */
    static Optional<String> wanInterface(Device d) {
        for (Interface i : d.interfaces()) {
            if (i.tunnel() != null && i.tunnel().source() != null && d.iface(i.tunnel().source()).isPresent()) {
                return Optional.of(i.tunnel().source());
            }
        }
        return d.interfaces().stream()
                .filter(i -> i.type() == InterfaceType.PHYSICAL && InterfaceAddress.tryParse(i.ipv4()).isPresent())
                .map(Interface::name)
                .findFirst();
    }
}
