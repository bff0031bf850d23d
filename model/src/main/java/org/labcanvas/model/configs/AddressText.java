package org.labcanvas.model.configs;

import inet.ipaddr.IPAddress;
import java.util.Locale;
import org.labcanvas.model.addr.AddressFormatProblem;
import org.labcanvas.model.addr.HostAddress;
import org.labcanvas.model.addr.InterfaceAddress;

/** Addresses as device configurations spell them; every problem names the device and field. */
final class AddressText {
    private AddressText() {}

    static InterfaceAddress iface(String device, String field, String text) throws ExportException {
        try {
            return InterfaceAddress.parse(text);
        } catch (AddressFormatProblem e) {
            throw new ExportException(device + " " + field + ": " + e.getMessage());
        }
    }

    static IPAddress host(String device, String field, String text) throws ExportException {
        try {
            return HostAddress.parse(text);
        } catch (AddressFormatProblem e) {
            throw new ExportException(device + " " + field + ": " + e.getMessage());
        }
    }

    static IPAddress prefix(String device, String field, String text) throws ExportException {
        try {
            return HostAddress.prefix(text);
        } catch (AddressFormatProblem e) {
            throw new ExportException(device + " " + field + ": " + e.getMessage());
        }
    }

    /** {@code 10.0.0.1/24} as IOS writes it: {@code 10.0.0.1 255.255.255.0}. */
    static String addressMask(InterfaceAddress a) {
        return a.address().toCanonicalString() + " " + a.mask();
    }

    /** A prefix block's network and dotted mask: {@code 0.0.0.0 0.0.0.0}. */
    static String networkMask(IPAddress prefix) {
        return prefix.getLower().withoutPrefixLength().toCanonicalString() + " "
                + prefix.getNetworkMask().withoutPrefixLength().toCanonicalString();
    }

    /** The dotted mask of a prefix length ({@code 24} gives {@code 255.255.255.0}). */
    static String mask(InterfaceAddress a) {
        return a.mask();
    }

    /** IOS prints IPv6 addresses in upper case ({@code 2001:DB8::2/64}). */
    static String iosIpv6(String canonical) {
        return canonical.toUpperCase(Locale.ROOT);
    }

    /** Whether the text is a single address (rather than an interface name). */
    static boolean isAddress(String text) {
        return HostAddress.tryParse(text).isPresent();
    }

    static String canonical(IPAddress a) {
        return a.toCanonicalString();
    }

    /** {@code 2001:db8::/64} with the prefix length, canonical lower case. */
    static String prefixText(IPAddress prefix) {
        return prefix.getLower().withoutPrefixLength().toCanonicalString() + "/" + prefix.getNetworkPrefixLength();
    }
}
