package org.labcanvas.model.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.topology.Topology;

class ReferenceDesignsLintTest {

    @Test
    void singleHubDmvpnHasOnlyWildcardKeyWarnings() {
        assertThat(LintRun.lines(ReferenceDesigns.singleHub())).containsExactly(
                "WARNING PSK_WILDCARD R1: crypto isakmp key ... address 0.0.0.0 0.0.0.0 is a wildcard key that matches every peer: anyone who learns it can authenticate; prefer per-peer keys or certificates",
                "WARNING PSK_WILDCARD R2: crypto isakmp key ... address 0.0.0.0 0.0.0.0 is a wildcard key that matches every peer: anyone who learns it can authenticate; prefer per-peer keys or certificates",
                "WARNING PSK_WILDCARD R3: crypto isakmp key ... address 0.0.0.0 0.0.0.0 is a wildcard key that matches every peer: anyone who learns it can authenticate; prefer per-peer keys or certificates");
    }

    @Test
    void dualHubDmvpnHasOnlyWildcardKeyWarnings() {
        assertThat(LintRun.findings(ReferenceDesigns.dualHub())).extracting(Finding::code)
                .containsOnly("PSK_WILDCARD").hasSize(4);
    }

    @Test
    void emptyDesignHasNoFinding() {
        assertThat(Lint.check(Topology.EMPTY)).isEmpty();
    }

    @Test
    void phaseTwoVariantWithMultipointSpokesHasNoError() {
        Topology t = ReferenceDesigns.singleHub();
        for (String spoke : List.of("R2", "R3")) {
            t = t.withDevice(spoke, d -> d.withInterface("Tunnel0", i -> i.withTunnel(i.tunnel()
                    .withMode(org.labcanvas.model.topology.TunnelMode.GRE_MULTIPOINT).withDestination(null))));
        }
        assertThat(Lint.hasErrors(Lint.check(t))).isFalse();
    }

    @Test
    void aceFtPairIsClean() {
        assertThat(LintRun.lines(ReferenceDesigns.aceFtPair())).isEmpty();
    }

    @Test
    void sixInFourIsClean() {
        assertThat(LintRun.lines(ReferenceDesigns.sixInFour())).isEmpty();
    }

    @Test
    void generatedDualHubWithFiveThousandSpokesHasNoError() {
        Topology big = ReferenceDesigns.generated(2, 5000);
        List<Finding> findings = Lint.check(big);
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertThat(findings).extracting(Finding::code).containsOnly("PSK_WILDCARD");
    }
}
