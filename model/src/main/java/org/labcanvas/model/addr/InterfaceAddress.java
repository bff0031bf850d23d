package org.labcanvas.model.addr;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.Optional;

/**
 * An interface address with its prefix length ({@code 10.0.0.1/24}), parsed by the ipaddress
 * library. IOS refuses the network and broadcast addresses of a subnet as interface addresses
 * (except on /31 and /32), and so does {@link #parse}.
 *
 * @param address the host address, without prefix
 * @param subnet  the subnet the address is on ({@code 10.0.0.0/24})
 */
public record InterfaceAddress(IPAddress address, IPAddress subnet) {

    /** Parses {@code A.B.C.D/N} or {@code X:X::X/N}; the message says what is wrong. */
    public static InterfaceAddress parse(String text) throws AddressFormatProblem {
        if (text == null || text.isBlank()) {
            throw new AddressFormatProblem("no address");
        }
        IPAddress withPrefix;
        try {
            withPrefix = new IPAddressString(text.trim()).toAddress();
        } catch (AddressStringException e) {
            throw new AddressFormatProblem("'" + text + "' is not an IP address with prefix length (" + e.getMessage() + ")");
        }
        if (withPrefix == null) {
            // The library returns null for strings that are valid but no address ("*", "/24", an empty zone...).
            throw new AddressFormatProblem("'" + text + "' is not an IP address with prefix length");
        }
        Integer len = withPrefix.getNetworkPrefixLength();
        if (len == null) {
            throw new AddressFormatProblem("'" + text + "' has no prefix length (write it as "
                    + (withPrefix.isIPv4() ? "10.0.0.1/24" : "2001:db8::1/64") + ")");
        }
        // "10.0.0.0/24" parses as the whole prefix block; its lowest address is the one typed in.
        IPAddress host = withPrefix.getLower().withoutPrefixLength();
        IPAddress subnet = withPrefix.toPrefixBlock();
        int bits = withPrefix.getBitCount();
        if (withPrefix.isIPv4() && len < bits - 1) {
            if (host.equals(subnet.getLower().withoutPrefixLength())) {
                throw new AddressFormatProblem("'" + text + "' is the network address of " + subnet
                        + "; IOS refuses it as an interface address (Bad mask)");
            }
            if (host.equals(subnet.getUpper().withoutPrefixLength())) {
                throw new AddressFormatProblem("'" + text + "' is the broadcast address of " + subnet);
            }
        }
        return new InterfaceAddress(host, subnet);
    }

    /** Like {@link #parse} but empty on any problem. */
    public static Optional<InterfaceAddress> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (AddressFormatProblem e) {
            return Optional.empty();
        }
    }

    public int prefixLength() {
        return subnet.getNetworkPrefixLength();
    }

    public boolean isIpv4() {
        return address.isIPv4();
    }

    /** Dotted mask for IPv4 ({@code 255.255.255.0}). */
    public String mask() {
        return subnet.getNetworkMask().withoutPrefixLength().toCanonicalString();
    }

    public boolean contains(IPAddress host) {
        return subnet.contains(host);
    }

    @Override
    public String toString() {
        return address.toCanonicalString() + "/" + prefixLength();
    }
}
