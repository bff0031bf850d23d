package org.labcanvas.model.crosscheck;

import inet.ipaddr.IPAddress;
import org.labcanvas.model.addr.HostAddress;

/** Sort keys for dotted-quad addresses and prefixes (text that does not parse sorts first). */
final class Ipv4Text {
    private Ipv4Text() {}

    static long value(String address) {
        if (address == null) {
            return -1;
        }
        return HostAddress.tryParse(address).filter(IPAddress::isIPv4).map(a -> a.getValue().longValue()).orElse(-1L);
    }

    static long prefixValue(String prefix) {
        int slash = prefix.indexOf('/');
        return value(slash < 0 ? prefix : prefix.substring(0, slash));
    }

    static int prefixLength(String prefix) {
        int slash = prefix.indexOf('/');
        try {
            return slash < 0 ? 32 : Integer.parseInt(prefix.substring(slash + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
