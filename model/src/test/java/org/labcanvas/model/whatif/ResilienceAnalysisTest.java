package org.labcanvas.model.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Topology;

class ResilienceAnalysisTest {
    static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
    static Project dual;
    static ResilienceReport dualReport;

    @BeforeAll
    static void analyseTheDualHubSample() throws Exception {
        dual = ProjectFile.load(SAMPLES.resolve("dmvpn-dual-hub.labcanvas"));
        dualReport = ResilienceAnalysis.run(dual.topology(), EventScript.EMPTY, ResilienceAnalysis.Options.defaults(), null);
    }

    /** The dual-hub sample without its backup hub R1 (and the spokes' tunnels to it). */
    static Topology withoutBackupHub(Topology t) {
        List<Device> devices = t.devices().stream().filter(d -> !d.name().equals("R1"))
                .map(d -> d.withInterfaces(d.interfaces().stream().filter(i -> !i.name().equals("Tunnel1")).toList()))
                .toList();
        return new Topology(devices, t.links().stream().filter(l -> !l.touches("R1")).toList());
    }

    @Test
    void everyDeviceTunnelAndCableOfTheDualHubSampleFails() {
        assertEquals(16, dualReport.impacts().size());
        assertEquals(List.of("R0", "R1", "R2", "R3"), dualReport.impacts().stream()
                .filter(i -> i.failure().kind() == Failure.Kind.DEVICE).map(i -> i.failure().name()).sorted().toList());
        assertEquals(6, dualReport.impacts().stream().filter(i -> i.failure().kind() == Failure.Kind.TUNNEL).count());
        assertEquals(6, dualReport.impacts().stream().filter(i -> i.failure().kind() == Failure.Kind.LINK).count());
    }

    @Test
    void thePrimaryHubAndItsTunnelRankFirst() {
        assertEquals(List.of("R0", "R0 Tunnel0"),
                dualReport.impacts().subList(0, 2).stream().map(i -> i.failure().name()).toList());
    }

    @Test
    void whenThePrimaryHubFailsTheSpokesMoveToTheBackupAfterTheDeadInterval() {
        FailureImpact r0 = dualReport.impacts().get(0);
        assertTrue(r0.isolation().isEmpty());
        assertTrue(dualReport.isolating().isEmpty());
        // Tunnel0's dead interval (non-broadcast: 120 s) and the SPF delay (5 s): traffic between the spokes is lost meanwhile.
        assertThat(r0.losses()).contains(
                new FailureImpact.PrefixLoss("R2", "3.3.3.3/32", 125_000, false, false),
                new FailureImpact.PrefixLoss("R3", "2.2.2.2/32", 125_000, false, false));
        assertEquals(125_000, r0.reroutedMs());
        assertEquals(125_000, r0.maxOutageMs());
        assertThat(r0.pathChanges()).contains(
                new FailureImpact.PathChange("R2", "3.3.3.3/32", "spoke-to-spoke",
                        "R2 > R0 Tunnel0 > R3 Tunnel0", "R2 > R1 Tunnel1 > R3 Tunnel1"),
                new FailureImpact.PathChange("R2", "10.10.10.0/24", "spoke-to-LAN", "R2 > R0 Tunnel0", "R2 > R1 Tunnel1"));
        assertEquals(List.of("R2 10.4.2.1 - R0 10.4.0.1", "R3 10.4.3.1 - R0 10.4.0.1"), r0.ipsecLost());
        assertEquals(List.of("R2 Tunnel0 to NHS 10.0.0.1", "R3 Tunnel0 to NHS 10.0.0.1"), r0.nhrpLost());
        // The spokes mark the NHS down when its registrations go unanswered: the last change.
        assertEquals(600_000, r0.reconvergeMs());
    }

    @Test
    void aSpokesOwnFailureIsItsOwnLossOnly() {
        FailureImpact r2 = dualReport.impacts().stream().filter(i -> i.failure().name().equals("R2")).findFirst().orElseThrow();
        assertThat(r2.losses()).isNotEmpty().allMatch(FailureImpact.PrefixLoss::own);
        assertTrue(r2.isolation().isEmpty());
        assertEquals(0, r2.maxOutageMs());
    }

    @Test
    void withoutTheBackupHubThePrimaryHubCutsTheSpokesOff() {
        ResilienceReport r = ResilienceAnalysis.run(withoutBackupHub(dual.topology()), EventScript.EMPTY,
                ResilienceAnalysis.Options.defaults(), null);
        FailureImpact first = r.impacts().get(0);
        assertEquals("R0", first.failure().name());
        assertThat(first.isolation()).contains(
                new FailureImpact.PrefixLoss("R2", "3.3.3.3/32", r.windowMs(), true, false),
                new FailureImpact.PrefixLoss("R3", "2.2.2.2/32", r.windowMs(), true, false));
        assertThat(r.isolating()).extracting(i -> i.failure().name()).contains("R0", "R0 Tunnel0");
        assertThat(ResilienceText.verdict(r, -1)).startsWith("ISOLATION: R0 cuts off 2.2.2.2/32 from R3; 3.3.3.3/32 from R2");
    }

    @Test
    void theSameDesignGivesTheSameReportOnOneThreadOrMany() {
        ResilienceReport one = ResilienceAnalysis.run(dual.topology(), EventScript.EMPTY,
                ResilienceAnalysis.Options.defaults().withThreads(1), null);
        ResilienceReport four = ResilienceAnalysis.run(dual.topology(), EventScript.EMPTY,
                ResilienceAnalysis.Options.defaults().withThreads(4), null);
        assertEquals(one, four);
        assertEquals(ResilienceText.table("d", one) + ResilienceText.details(one),
                ResilienceText.table("d", four) + ResilienceText.details(four));
    }

    @Test
    void followingOnlyThePairsThroughTheFailedElementFindsWhatFollowingEveryPairFinds() {
        ResilienceReport indexed = ResilienceAnalysis.run(dual.topology(), EventScript.EMPTY,
                ResilienceAnalysis.Options.defaults().withExhaustiveLimit(0), null);
        assertEquals(false, indexed.exhaustive());
        assertEquals(dualReport.impacts().stream().map(i -> i.failure().name() + " " + i.isolation() + " " + i.maxOutageMs()).toList(),
                indexed.impacts().stream().map(i -> i.failure().name() + " " + i.isolation() + " " + i.maxOutageMs()).toList());
    }

    @Test
    void onlyTheKindsAskedForFail() {
        ResilienceReport r = ResilienceAnalysis.run(dual.topology(), EventScript.EMPTY,
                ResilienceAnalysis.Options.defaults().withKinds(EnumSet.of(Failure.Kind.LINK)), null);
        assertThat(r.impacts()).hasSize(6).allMatch(i -> i.failure().kind() == Failure.Kind.LINK);
    }

    @Test
    void anAceModuleFailureCostsClientConnections() throws Exception {
        Project ace = ProjectFile.load(SAMPLES.resolve("ace-ft-upgrade.labcanvas"));
        ResilienceReport r = ResilienceAnalysis.run(ace.topology(), EventScript.EMPTY,
                ResilienceAnalysis.Options.defaults().withKinds(EnumSet.of(Failure.Kind.DEVICE)), null);
        FailureImpact first = r.impacts().get(0);
        assertEquals("ACE_1", first.failure().name());
        assertThat(first.aceDropped() + first.aceBestEffort()).isPositive();
        // Heartbeats every 300 ms, 10 missed: the standby takes over after 3 s.
        assertEquals(3_000, first.reconvergeMs());
    }

    @Test
    void theHtmlReportColoursTheCanvasAndEscapesNames() {
        String html = ResilienceHtml.render("a<b>.labcanvas", dual.topology(), dual.layout(), dualReport, -1);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "Resilience of a&lt;b&gt;.labcanvas",
                "R0 Tunnel0", "#ff7f0e", "No single failure cuts off a site other than its own.").doesNotContain("a<b>");
    }

    @Test
    void durationsReadAsAnEngineerWritesThem() {
        assertEquals(List.of("0s", "3.3s", "45s", "2m05s", "2h01m00s"), List.of(ResilienceText.duration(0),
                ResilienceText.duration(3_300), ResilienceText.duration(45_000), ResilienceText.duration(125_000),
                ResilienceText.duration(7_260_000)));
    }

    @Test
    void aBareOverlayIsFollowedByItsTunnelAddressesAndItsSingleHubCutsTheSpokesApart() throws Exception {
        Project single = ProjectFile.load(SAMPLES.resolve("dmvpn-single-hub.labcanvas"));
        ResilienceReport r = ResilienceAnalysis.run(single.topology(), EventScript.EMPTY, ResilienceAnalysis.Options.defaults(), null);
        assertTrue(r.overlayOnly());
        assertEquals(6, r.pairs());
        assertThat(r.isolating()).extracting(i -> i.failure().name()).containsExactly("R1", "R1 Tunnel0",
                "Internet -- R1:FastEthernet0/0");
        assertThat(ResilienceText.table("single", r)).contains(
                "The routers route no LAN or loopback to each other: their tunnel addresses are followed instead.");
    }

    @Test
    void failuresInjectedBeforeOspfHasConvergedAreFlagged() {
        ResilienceReport r = ResilienceAnalysis.run(dual.topology(), EventScript.EMPTY, ResilienceAnalysis.Options.defaults()
                .withAt(java.time.Duration.ofMinutes(1)).withKinds(EnumSet.of(Failure.Kind.DEVICE)), null);
        assertThat(ResilienceText.table("dual", r)).contains("Warning: the design runs OSPF, but at 00:01:00 no router has a "
                + "route to another's LAN or loopback (has OSPF converged by then? see --at)");
    }
}
