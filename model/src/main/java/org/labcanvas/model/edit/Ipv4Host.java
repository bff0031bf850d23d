package org.labcanvas.model.edit;

import org.labcanvas.model.addr.AddressFormatProblem;
import org.labcanvas.model.addr.HostAddress;

/** An IPv4 host address typed by a user, without prefix, checked and put in canonical form. */
public final class Ipv4Host {
    private Ipv4Host() {
    }

    /** Returns {@code v} in canonical form; a text that is not an IPv4 host address is refused with the reason. */
    public static String parse(String v) {
        try {
            var a = HostAddress.parse(v);
            if (!a.isIPv4()) {
                throw new IllegalArgumentException("'" + v + "' is not an IPv4 address");
            }
            if (a.getNetworkPrefixLength() != null) {
                throw new IllegalArgumentException("'" + v + "' must be an address without /prefix");
            }
            return a.toCanonicalString();
        } catch (AddressFormatProblem e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
