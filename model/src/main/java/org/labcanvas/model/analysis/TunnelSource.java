package org.labcanvas.model.analysis;

import inet.ipaddr.IPAddress;
import java.util.Optional;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.TunnelSettings;

/**
 * What {@code tunnel source} of a tunnel interface resolves to: an interface of the same device
 * (named, or owning the given address) and the IPv4 address the tunnel is sourced from.
 *
 * @param iface   the source interface; null when missing
 * @param address the source IPv4 address; null when the interface has none or the source is missing
 * @param problem why the source is unusable, for people; null when it is usable
 * @param down    true when the source interface exists but is shut down or has no address
 */
public record TunnelSource(InterfaceRef iface, IPAddress address, String problem, boolean down) {

    public boolean usable() {
        return problem == null;
    }

    /** Resolves {@code tunnel source} of {@code tunnel} on {@code device}. */
    public static TunnelSource of(Device device, Interface tunnel, AddressIndex addresses) {
        TunnelSettings t = tunnel.tunnel();
        if (t == null || t.source() == null || t.source().isBlank()) {
            return new TunnelSource(null, null, "no tunnel source is configured", false);
        }
        String source = t.source().trim();
        Optional<Interface> named = device.iface(source);
        if (named.isPresent()) {
            return fromInterface(device, named.get(), addresses);
        }
        Optional<IPAddress> literal = addresses.host(source).filter(IPAddress::isIPv4);
        if (literal.isEmpty()) {
            return new TunnelSource(null, null, "tunnel source " + source + " is no interface of " + device.name(), false);
        }
        for (InterfaceRef owner : addresses.owners(literal.get())) {
            if (owner.device().equals(device.name())) {
                return fromInterface(device, device.iface(owner.iface()).orElseThrow(), addresses);
            }
        }
        return new TunnelSource(null, literal.get(), "tunnel source " + source + " is no address of " + device.name(), false);
    }

    private static TunnelSource fromInterface(Device device, Interface i, AddressIndex addresses) {
        InterfaceRef ref = InterfaceRef.of(device.name(), i.name());
        Optional<InterfaceAddress> a = addresses.ipv4(ref);
        if (i.shutdown()) {
            return new TunnelSource(ref, a.map(InterfaceAddress::address).orElse(null),
                    "tunnel source " + i.name() + " is shut down", true);
        }
        if (a.isEmpty()) {
            return new TunnelSource(ref, null, "tunnel source " + i.name() + " has no IPv4 address", true);
        }
        return new TunnelSource(ref, a.get().address(), null, false);
    }
}
