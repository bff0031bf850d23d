package org.labcanvas.model.sim.ipsec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.sim.core.LogLine;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.Timeline;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.PreSharedKey;
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.Topology;

class IpsecScenarioTest {
    private static final Topology SINGLE = ReferenceDesigns.dmvpnSingleHub().topology();

    private static Topology withR3Key(String key) {
        return SINGLE.withDevice("R3", d -> {
            CryptoSettings c = d.crypto();
            return d.withCrypto(new CryptoSettings(c.isakmpPolicies(),
                    List.of(new PreSharedKey(Secret.of(key), PreSharedKey.ANY, PreSharedKey.ANY)),
                    c.transformSets(), c.profiles()));
        });
    }

    @Test
    void aPskMismatchLeavesNoSaAndSaysSoInTheTimeline() {
        Timeline t = Simulation.run(withR3Key("wrong-key"), EventScript.EMPTY, Duration.ofMinutes(2));
        List<String> crypto = t.lines().stream().map(LogLine::text).filter(l -> l.contains("%CRYPTO")).toList();
        assertEquals(List.of(
                "00:00:00 R1 %CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from 3.3.3.2 failed its sanity check or is malformed",
                "00:00:00 R3 %CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from 1.1.1.2 failed its sanity check or is malformed"),
                crypto);
        NetworkState s = t.finalState();
        assertEquals(List.of("R1-R2"), s.ipsec().sessionsOf("R1").stream()
                .map(x -> x.responder() + "-" + x.initiator()).toList());
        assertThat(ShowCommand.execute(s, "R3", "show ip nhrp nhs")).contains("10.10.10.1       E\n");
        assertThat(ShowCommand.execute(s, "R3", "ping 10.10.10.1")).contains("Success rate is 0 percent (0/5)");
        assertThat(ShowCommand.execute(s, "R2", "ping 10.10.10.1")).contains("Success rate is 100 percent (5/5)");
        assertThat(org.labcanvas.model.lint.Lint.check(withR3Key("wrong-key")))
                .anyMatch(f -> f.code().equals("PSK_MISMATCH"));
        // The secret never appears in the timeline.
        assertThat(t.text()).doesNotContain("wrong-key").doesNotContain("Dmvpn-Lab");
    }

    @Test
    void scriptPingsCountInTheSaCounters() throws Exception {
        EventScript script = org.labcanvas.model.sim.events.EventScriptParser.forTopology(SINGLE).parse("""
                events:
                  - at: 1m
                    device: R2
                    ping: 10.10.10.1
                    repeat: 100
                """);
        NetworkState s = Simulation.stateAt(SINGLE, script, Duration.ofMinutes(2));
        assertThat(ShowCommand.execute(s, "R2", "show crypto ipsec sa"))
                .contains("#pkts encaps: 101, #pkts encrypt: 101, #pkts digest: 101")
                .contains("#pkts decaps: 101, #pkts decrypt: 101, #pkts verify: 101");
    }

    @Test
    void sasRekeyWithNewDeterministicSpisBeforeTheLifetimeEnds() {
        NetworkState a = Simulation.stateAt(SINGLE, EventScript.EMPTY, Duration.ofSeconds(100));
        NetworkState b = Simulation.stateAt(SINGLE, EventScript.EMPTY, Duration.ofSeconds(110));
        IpsecSession x = a.ipsec().sessionsOf("R2").get(0);
        int r2 = Ipv4Prefix.address("2.2.2.2").orElseThrow();
        int r1 = Ipv4Prefix.address("1.1.1.2").orElseThrow();
        assertEquals(20, x.remainingSeconds(a.now()));
        assertEquals(118, x.remainingSeconds(b.now()));
        assertThat(x.spi(r2, r1, a.now())).isNotEqualTo(x.spi(r2, r1, b.now()));
        assertEquals(x.spi(r2, r1, b.now()), b.ipsec().sessionsOf("R2").get(0).spi(r2, r1, b.now()));
    }
}
