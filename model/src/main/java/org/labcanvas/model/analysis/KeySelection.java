package org.labcanvas.model.analysis;

import inet.ipaddr.IPAddress;
import java.util.Optional;
import java.util.function.Function;
import org.labcanvas.model.addr.HostAddress;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.PreSharedKey;

/**
 * Which {@code crypto isakmp key KEY address A M} a router uses for a peer.
 *
 * <p>A key matches a peer when the peer address and A agree in every bit set in M (a key without
 * mask is a host key, 255.255.255.255). Among matching keys the most specific (longest mask) is
 * chosen, so a per-peer key beats a subnet key, which beats the wildcard {@code 0.0.0.0 0.0.0.0}.
 * This is how IOS keyrings look up pre-shared keys (best match on the peer address); the search
 * found no primary source for the global key table, so it is taken to behave the same (a guess).
 * Among equally specific keys the first configured wins.
 */
public final class KeySelection {
    private KeySelection() {}

    public static Optional<PreSharedKey> select(CryptoSettings crypto, IPAddress peer) {
        return select(crypto, peer, HostAddress::tryParse);
    }

    /** Like {@link #select(CryptoSettings, IPAddress)} with a (caching) address parser. */
    public static Optional<PreSharedKey> select(CryptoSettings crypto, IPAddress peer,
                                                Function<String, Optional<IPAddress>> parse) {
        if (crypto == null || !peer.isIPv4()) {
            return Optional.empty();
        }
        PreSharedKey best = null;
        int bestBits = -1;
        long p = peer.getValue().longValue();
        for (PreSharedKey k : crypto.preSharedKeys()) {
            Optional<IPAddress> a = parse.apply(k.address()).filter(IPAddress::isIPv4);
            Optional<IPAddress> m = k.mask() == null ? parse.apply("255.255.255.255")
                    : parse.apply(k.mask()).filter(IPAddress::isIPv4);
            if (a.isEmpty() || m.isEmpty() || k.key() == null) {
                continue;
            }
            long mask = m.get().getValue().longValue();
            if (((a.get().getValue().longValue() ^ p) & mask) == 0) {
                int bits = Long.bitCount(mask);
                if (bits > bestBits) {
                    best = k;
                    bestBits = bits;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
