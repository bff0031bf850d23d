package org.labcanvas.model.addr;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.Optional;

/** Parsing of single addresses (next hops, NBMA addresses, tunnel destinations) and prefixes. */
public final class HostAddress {
    private HostAddress() {}

    /** A single IPv4 or IPv6 address without prefix length. */
    public static IPAddress parse(String text) throws AddressFormatProblem {
        if (text == null || text.isBlank()) {
            throw new AddressFormatProblem("no address");
        }
        try {
            IPAddress a = new IPAddressString(text.trim()).toAddress();
            if (a == null) {
                // the library answers null for strings that are only a prefix length ("/24") or empty
                throw new AddressFormatProblem("'" + text + "' is not an IP address");
            }
            if (a.getNetworkPrefixLength() != null || a.isMultiple()) {
                throw new AddressFormatProblem("'" + text + "' must be a single address without prefix length");
            }
            return a;
        } catch (AddressStringException e) {
            throw new AddressFormatProblem("'" + text + "' is not an IP address (" + e.getMessage() + ")");
        }
    }

    public static Optional<IPAddress> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (AddressFormatProblem e) {
            return Optional.empty();
        }
    }

    /** A prefix such as {@code 0.0.0.0/0} or {@code 10.1.0.0/16}: host bits must be zero. */
    public static IPAddress prefix(String text) throws AddressFormatProblem {
        if (text == null || text.isBlank()) {
            throw new AddressFormatProblem("no prefix");
        }
        try {
            IPAddress a = new IPAddressString(text.trim()).toAddress();
            if (a == null) {
                // the library answers null for strings that are only a prefix length ("/24") or empty
                throw new AddressFormatProblem("'" + text + "' is not a prefix");
            }
            if (a.getNetworkPrefixLength() == null) {
                throw new AddressFormatProblem("'" + text + "' needs a prefix length, e.g. 10.1.0.0/16");
            }
            IPAddress block = a.toPrefixBlock();
            if (!block.getLower().withoutPrefixLength().equals(a.withoutPrefixLength().getLower())) {
                throw new AddressFormatProblem("'" + text + "' has host bits set; did you mean " + block + "?");
            }
            return block;
        } catch (AddressStringException e) {
            throw new AddressFormatProblem("'" + text + "' is not a prefix (" + e.getMessage() + ")");
        }
    }

    public static Optional<IPAddress> tryPrefix(String text) {
        try {
            return Optional.of(prefix(text));
        } catch (AddressFormatProblem e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code address} matches an OSPF/ACL style {@code base wildcard} pair: every bit that
     * is 0 in the wildcard must be equal. The wildcard need not be contiguous.
     */
    public static boolean wildcardMatches(IPAddress base, IPAddress wildcard, IPAddress address) {
        if (!base.isIPv4() || !address.isIPv4() || !wildcard.isIPv4()) {
            return false;
        }
        long b = base.getValue().longValue();
        long w = wildcard.getValue().longValue();
        long a = address.getValue().longValue();
        return ((b ^ a) & ~w & 0xffffffffL) == 0;
    }
}
