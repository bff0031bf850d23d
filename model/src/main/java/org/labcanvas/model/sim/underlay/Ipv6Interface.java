package org.labcanvas.model.sim.underlay;

import java.util.Optional;
import org.labcanvas.model.addr.InterfaceAddress;

/**
 * An IPv6 address configured on an interface, with its prefix ({@code 2001:db8::2/128}).
 *
 * @param address the address
 * @param subnet  the prefix it is on
 */
public record Ipv6Interface(Ipv6Address address, Ipv6Prefix subnet) {
    /** {@code 2001:db8::2/64}; empty when it is not an IPv6 interface address. */
    public static Optional<Ipv6Interface> parse(String text) {
        return InterfaceAddress.tryParse(text).filter(a -> !a.isIpv4()).map(a -> {
            Ipv6Address host = Ipv6Address.of(a.address().getBytes());
            return new Ipv6Interface(host, new Ipv6Prefix(host, a.prefixLength()));
        });
    }

    @Override
    public String toString() {
        return address + "/" + subnet.length();
    }
}
