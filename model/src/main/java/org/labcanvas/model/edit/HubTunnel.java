package org.labcanvas.model.edit;

import java.util.Optional;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.RouterRole;
import org.labcanvas.model.topology.TunnelMode;

/**
 * What a spoke needs to know about a hub's mGRE tunnel to join it.
 *
 * @param hub          the hub's name
 * @param number       the tunnel's number ({@code Tunnel1} is 1); the spoke's tunnel to this hub gets the same
 * @param address      the hub's tunnel address without prefix ({@code 10.0.0.1})
 * @param subnet       the tunnel subnet ({@code 10.0.0.0})
 * @param prefix       its prefix length
 * @param nbma         the hub's NBMA (tunnel source) address ({@code 10.4.0.1})
 * @param key          {@code tunnel key}; null when none
 * @param networkId    {@code ip nhrp network-id}
 * @param protection   the IPsec profile; null when none
 * @param cost         {@code ip ospf cost} of the hub's tunnel; null when not set
 * @param area         the OSPF area the hub runs on the tunnel subnet (10 when it has none)
 */
public record HubTunnel(String hub, int number, String address, String subnet, int prefix, String nbma, Long key,
                        long networkId, String protection, Integer cost, long area) {
    static final long DEFAULT_AREA = 10;

    /** The hub's first multipoint GRE tunnel, when the device is a hub with one whose addresses parse. */
    public static Optional<HubTunnel> of(Device hub) {
        if (hub.role() != RouterRole.HUB) {
            return Optional.empty();
        }
        for (Interface i : hub.interfaces()) {
            if (i.tunnel() == null || i.tunnel().mode() != TunnelMode.GRE_MULTIPOINT) {
                continue;
            }
            Optional<InterfaceAddress> a = InterfaceAddress.tryParse(i.ipv4()).filter(InterfaceAddress::isIpv4);
            Optional<String> nbma = nbma(hub, i.tunnel().source());
            if (a.isEmpty() || nbma.isEmpty()) {
                continue;
            }
            String subnet = a.get().subnet().getLower().withoutPrefixLength().toCanonicalString();
            long area = DEFAULT_AREA;
            if (hub.ospf() != null) {
                for (OspfNetwork n : hub.ospf().networks()) {
                    if (n.address().equals(subnet)) {
                        area = n.area();
                        break;
                    }
                }
            }
            return Optional.of(new HubTunnel(hub.name(), number(i.name()), a.get().address().toCanonicalString(),
                    subnet, a.get().prefixLength(), nbma.get(), i.tunnel().key(),
                    i.nhrp() == null ? 1 : i.nhrp().networkId(), i.tunnel().protection(),
                    i.ospf() == null ? null : i.ospf().cost(), area));
        }
        return Optional.empty();
    }

    /** The tunnel source's address: an interface name of the hub, or an address literal. */
    private static Optional<String> nbma(Device hub, String source) {
        if (source == null) {
            return Optional.empty();
        }
        Optional<Interface> named = hub.iface(source);
        if (named.isPresent()) {
            return InterfaceAddress.tryParse(named.get().ipv4()).map(a -> a.address().toCanonicalString());
        }
        return Optional.of(source);
    }

    /** The number at the end of an interface name ({@code Tunnel12} is 12), or 0. */
    static int number(String ifName) {
        int i = ifName.length();
        while (i > 0 && Character.isDigit(ifName.charAt(i - 1))) {
            i--;
        }
        return i == ifName.length() || ifName.length() - i > 6 ? 0 : Integer.parseInt(ifName.substring(i));
    }
}
