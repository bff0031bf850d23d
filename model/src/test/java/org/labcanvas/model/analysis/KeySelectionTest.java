package org.labcanvas.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.addr.HostAddress;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.PreSharedKey;
import org.labcanvas.model.topology.Secret;

class KeySelectionTest {
    private final PreSharedKey wildcard = new PreSharedKey(Secret.of("w"), "0.0.0.0", "0.0.0.0");
    private final PreSharedKey subnet = new PreSharedKey(Secret.of("s"), "10.4.0.0", "255.255.0.0");
    private final PreSharedKey host = new PreSharedKey(Secret.of("h"), "10.4.2.1", null);
    private final CryptoSettings crypto = new CryptoSettings(List.of(), List.of(wildcard, host, subnet), List.of(), List.of());

    @Test
    void mostSpecificMatchWinsAndTheWildcardComesLast() {
        assertThat(KeySelection.select(crypto, HostAddress.tryParse("10.4.2.1").orElseThrow())).contains(host);
        assertThat(KeySelection.select(crypto, HostAddress.tryParse("10.4.3.1").orElseThrow())).contains(subnet);
        assertThat(KeySelection.select(crypto, HostAddress.tryParse("1.1.1.2").orElseThrow())).contains(wildcard);
    }

    @Test
    void noMatchingKeyIsEmpty() {
        CryptoSettings onlyHost = new CryptoSettings(List.of(), List.of(host), List.of(), List.of());
        assertThat(KeySelection.select(onlyHost, HostAddress.tryParse("1.1.1.2").orElseThrow())).isEmpty();
        assertThat(KeySelection.select(null, HostAddress.tryParse("1.1.1.2").orElseThrow())).isEmpty();
    }
}
