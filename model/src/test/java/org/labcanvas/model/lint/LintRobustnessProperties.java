package org.labcanvas.model.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.PreSharedKey;
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;

/** Lint must survive whatever a user types, and never print a key. */
class LintRobustnessProperties {

    @Provide
    Arbitrary<String> addressText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789./:abcdef").ofMaxLength(20),
                Arbitraries.integers().between(0, 255).list().ofSize(4)
                        .map(l -> l.get(0) + "." + l.get(1) + "." + l.get(2) + "." + l.get(3)),
                Arbitraries.of("10.0.0.1/24", "10.0.0.0/24", "10.0.0.255/24", "0.0.0.0", "::1/128", "", "1.1.1.2"));
    }

    @Property(tries = 60)
    void lintNeverThrowsAndNeverPrintsTheKey(@ForAll("addressText") String a, @ForAll("addressText") String b,
                                             @ForAll("addressText") String c,
                                             @ForAll("keyText") String key) {
        Topology t = ReferenceDesigns.dualHub()
                .withDevice("R2", d -> d.withInterface("FastEthernet1/0", i -> i.withIpv4(a))
                        .withStaticRoutes(List.of(StaticRoute.via(b, c)))
                        .withOspf(d.ospf().withNetworks(List.of(new OspfNetwork(a, b, 10)))))
                .withDevice("R3", d -> d.withInterface("Tunnel0", i -> i.withNhrp(i.nhrp().withMaps(List.of(new NhrpMap(b, c)))))
                        .withInterface("Tunnel1", i -> i.withTunnel(i.tunnel().withSource(a).withDestination(c))))
                .withDevice("R0", d -> d.withCrypto(new org.labcanvas.model.topology.CryptoSettings(
                        d.crypto().isakmpPolicies(), List.of(new PreSharedKey(Secret.of(key), a, b)),
                        d.crypto().transformSets(), d.crypto().profiles())));
        List<Finding> findings = Lint.check(t);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.message()).doesNotContain(key);
            assertThat(f.line()).startsWith(f.severity() + " " + f.code() + " " + f.device());
        });
        assertThat(findings).isSortedAccordingTo(Finding.ORDER);
    }

    @Provide
    Arbitrary<String> keyText() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(12).ofMaxLength(24).map(s -> "K#" + s);
    }
}
