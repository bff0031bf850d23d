package org.labcanvas.model.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.topology.Device;

/** Real-format terminal captures of the samples checked against the simulation. */
class FactCheckTest {
    private static final Path CAPTURES = Path.of("src/test/resources/verify/captures");

    @TempDir
    Path dir;

    private static FactCheck.Report check(Project p, List<Path> captured) throws CaptureException {
        return check(p.topology(), captured);
    }

    private static FactCheck.Report check(org.labcanvas.model.topology.Topology t, List<Path> captured) throws CaptureException {
        Set<String> names = new LinkedHashSet<>();
        Set<String> hosts = new LinkedHashSet<>();
        t.devices().forEach(d -> names.add(d.name()));
        t.devices().stream().filter(d -> d.kind() == org.labcanvas.model.topology.DeviceKind.HOST).forEach(d -> hosts.add(d.name()));
        List<CapturedOutput> outs = new CaptureReader(names, hosts).read(captured);
        NetworkState state = Simulation.stateAt(t, EventScript.EMPTY, Simulation.CONVERGED);
        Set<String> covered = new LinkedHashSet<>();
        for (Device d : t.devices()) {
            if (VerificationRoles.of(d).isPresent() && outs.stream().anyMatch(o -> o.device().equals(d.name()))) {
                covered.add(d.name());
            }
        }
        return FactCheck.check(Expectations.facts(state), covered, outs);
    }

    private static List<String> failures(FactCheck.Report r) {
        return r.results().stream().filter(x -> x.verdict() == FactCheck.Verdict.FAIL).map(FactCheck.Result::text).toList();
    }

    @Test
    void dualHubTerminalCapturesPassFactByFact() throws Exception {
        FactCheck.Report r = check(ReferenceDesigns.dmvpnDualHub(), List.of(CAPTURES.resolve("dmvpn-dual-hub")));
        assertEquals(List.of(), failures(r));
        assertEquals(List.of(), r.unread());
        // (each spoke tunnel carries the SA to its own hub only, as show crypto ipsec sa lists it: 52 facts)
        // R0's log shows its NHRP cache with show ip nhrp brief and R2's with show ip nhrp: their DMVPN peer
        // states (show dmvpn) are not covered.
        assertEquals(List.of(52L, 4L), List.of(r.count(FactCheck.Verdict.PASS), r.count(FactCheck.Verdict.NOT_COVERED)));
        assertEquals(List.of("R0 show dmvpn: DMVPN peer 10.0.0.2 on Tunnel0: expected UP",
                        "R0 show dmvpn: DMVPN peer 10.0.0.3 on Tunnel0: expected UP",
                        "R2 show dmvpn: DMVPN peer 10.0.0.1 on Tunnel0: expected UP",
                        "R2 show dmvpn: DMVPN peer 10.1.1.1 on Tunnel1: expected UP"),
                r.results().stream().filter(x -> x.verdict() == FactCheck.Verdict.NOT_COVERED).map(FactCheck.Result::text).toList());
        assertTrue(r.passed());
    }

    @Test
    void singleHubTwelveFourCapturesPass() throws Exception {
        FactCheck.Report r = check(ReferenceDesigns.dmvpnSingleHub(), List.of(CAPTURES.resolve("dmvpn-single-hub")));
        assertEquals(List.of(), failures(r));
        assertEquals(18L, r.count(FactCheck.Verdict.PASS));
        assertTrue(r.passed());
    }

    @Test
    void aChangedRouteMetricFailsNamingTheRoute() throws Exception {
        FactCheck.Report r = check(ReferenceDesigns.dmvpnDualHub(), List.of(CAPTURES.resolve("dmvpn-dual-hub-wrong/R2.log")));
        String where = CAPTURES.resolve("dmvpn-dual-hub-wrong/R2.log") + ":16";
        assertEquals(List.of("FAIL R2 show ip route ospf: route 3.3.3.3/32: expected O [110/11] via 10.0.0.3 Tunnel0, seen"
                + " O [110/21] via 10.0.0.3 Tunnel0 (" + where + ")"), failures(r));
        assertTrue(!r.passed());
    }

    @Test
    void aChangedNextHopFailsNamingTheRoute() throws Exception {
        String log = Files.readString(CAPTURES.resolve("dmvpn-dual-hub/R2.log"), StandardCharsets.UTF_8)
                .replace("10.10.10.0/24 [110/11] via 10.0.0.1, 00:45:13, Tunnel0",
                        "10.10.10.0/24 [110/11] via 10.1.1.1, 00:45:13, Tunnel1");
        Path f = dir.resolve("R2.log");
        Files.writeString(f, log);
        assertEquals(List.of("FAIL R2 show ip route ospf: route 10.10.10.0/24: expected O [110/11] via 10.0.0.1 Tunnel0,"
                + " seen O [110/11] via 10.1.1.1 Tunnel1 (" + f + ":16)"), failures(check(ReferenceDesigns.dmvpnDualHub(), List.of(f))));
    }

    @Test
    void factsTheCaptureDoesNotShowAreListedApartAndDoNotFail() throws Exception {
        Path f = dir.resolve("R3.log");
        Files.writeString(f, """
                R3#sh ip nhrp nhs
                Legend: E=Expecting replies, R=Responding, W=Waiting
                Tunnel0:
                10.0.0.1  RE priority = 0 cluster = 0
                Tunnel1:
                10.1.1.1  RE priority = 0 cluster = 0
                R3#
                """);
        FactCheck.Report r = check(ReferenceDesigns.dmvpnDualHub(), List.of(f));
        assertEquals(List.of(), failures(r));
        assertEquals(2L, r.count(FactCheck.Verdict.PASS));
        assertEquals(List.of("show ip ospf neighbor", "show ip route ospf", "show ip nhrp", "show dmvpn",
                        "show crypto isakmp sa", "show crypto ipsec sa"),
                r.results().stream().filter(x -> x.verdict() == FactCheck.Verdict.NOT_COVERED).map(FactCheck.Result::command)
                        .distinct().toList());
        assertTrue(r.passed());
    }

    @Test
    void anUnexpectedNeighbourFailsAndAnUnreadableLineIsReported() throws Exception {
        Path f = dir.resolve("R2.log");
        Files.writeString(f, """
                R2#show ip ospf neighbor

                Neighbor ID     Pri   State           Dead Time   Address         Interface
                10.10.10.1        1   FULL/DR         00:01:47    10.0.0.1        Tunnel0
                10.10.10.2        1   FULL/DR         00:01:47    10.1.1.1        Tunnel1
                3.3.3.3           0   2WAY/DROTHER    00:01:38    10.0.0.3        Tunnel0
                this line is no neighbour
                R2#
                """);
        FactCheck.Report r = check(ReferenceDesigns.dmvpnDualHub(), List.of(f));
        assertEquals(List.of("FAIL R2 show ip ospf neighbor: neighbor 3.3.3.3 on Tunnel0: expected nothing, seen 2WAY/DROTHER ("
                + f + ":1)"), failures(r));
        assertEquals(List.of(new FactCheck.Problem("R2", "show ip ospf neighbor", f + ":7", "this line is no neighbour")),
                r.unread());
    }

    private static List<String> texts(FactCheck.Report r, FactCheck.Verdict v) {
        return r.results().stream().filter(x -> x.verdict() == v).map(FactCheck.Result::text).toList();
    }

    @Test
    void aceSessionLogsOfBothModulesPassGroupByGroup() throws Exception {
        Path ace1 = CAPTURES.resolve("ace-ft-upgrade/ACE_1.log");
        Path ace2 = CAPTURES.resolve("ace-ft-upgrade/ACE_2.log");
        FactCheck.Report r = check(ReferenceDesigns.aceFtUpgrade(), List.of(CAPTURES.resolve("ace-ft-upgrade")));
        assertEquals(List.of(), failures(r));
        assertEquals(List.of(), r.unread());
        assertEquals(List.of(
                "PASS ACE_1 show ft group brief: FT group 1: expected ACTIVE, peer STANDBY_HOT, seen ACTIVE, peer STANDBY_HOT (" + ace1 + ":61)",
                "PASS ACE_1 show ft group brief: FT group 2: expected ACTIVE, peer STANDBY_COLD, seen ACTIVE, peer STANDBY_COLD (" + ace1 + ":61)",
                "PASS ACE_1 show ft group brief: FT group 3: expected ACTIVE, peer STANDBY_HOT, seen ACTIVE, peer STANDBY_HOT (" + ace1 + ":61)",
                "PASS ACE_1 show ft peer detail: FT peer 1: expected COMPATIBLE, seen COMPATIBLE (" + ace1 + ":35)",
                "PASS ACE_1 show version: system version: expected A2(1.4a), seen A2(1.4a) (" + ace1 + ":2)",
                // the status output is ACE_2's last one showing the groups: it is the one compared
                "PASS ACE_2 show ft group status: FT group 1: expected STANDBY_HOT, peer ACTIVE, seen STANDBY_HOT, peer ACTIVE (" + ace2 + ":105)",
                "PASS ACE_2 show ft group status: FT group 2: expected STANDBY_COLD, peer ACTIVE, seen STANDBY_COLD, peer ACTIVE (" + ace2 + ":105)",
                "PASS ACE_2 show ft group status: FT group 3: expected STANDBY_HOT, peer ACTIVE, seen STANDBY_HOT, peer ACTIVE (" + ace2 + ":105)",
                "PASS ACE_2 show ft peer detail: FT peer 1: expected COMPATIBLE, seen COMPATIBLE (" + ace2 + ":77)"),
                texts(r, FactCheck.Verdict.PASS));
        // ACE_2's show version was filtered (| include): its version is not covered
        assertEquals(List.of("ACE_2 show version: system version: expected A2(1.4a)"), texts(r, FactCheck.Verdict.NOT_COVERED));
        assertTrue(r.skipped().contains(ace2 + ":103: ACE_2 'show version | include system:' is not a command check reads (filtered output)"),
                r.skipped().toString());
        assertTrue(r.passed());
    }

    @Test
    void aStandbyShowingHotWhereTheDesignIsColdFailsNamingTheGroup() throws Exception {
        Path f = CAPTURES.resolve("ace-ft-upgrade-wrong/ACE_2.log");
        FactCheck.Report r = check(ReferenceDesigns.aceFtUpgrade(), List.of(f));
        assertEquals(List.of("FAIL ACE_2 show ft group detail: FT group 2: expected STANDBY_COLD, peer ACTIVE, seen STANDBY_HOT,"
                + " peer ACTIVE (" + f + ":1)"), failures(r));
        assertTrue(!r.passed());
    }

    @Test
    void macOsSessionLogOfTheSixInFourClientPasses() throws Exception {
        Path f = CAPTURES.resolve("6in4-tunnelbroker/MAC.log");
        FactCheck.Report r = check(ReferenceDesigns.sixInFourTunnelBroker(), List.of(f));
        assertEquals(List.of(), r.unread());
        assertEquals(List.of(
                "PASS MAC ifconfig gif0: 6in4 tunnel gif0: expected local 203.0.113.45, remote 216.66.80.26, seen local 203.0.113.45,"
                        + " remote 216.66.80.26 (" + f + ":2)",
                "PASS MAC netstat -rn -f inet6: IPv6 default route: expected via 2001:db8::1 gif0, seen via 2001:db8::1 gif0 (" + f + ":8)",
                "PASS MAC ping6 2001:db8::1: ping 2001:db8::1: expected answered, seen answered (" + f + ":38)"),
                r.results().stream().map(FactCheck.Result::text).toList());
        assertTrue(r.passed());
    }

    @Test
    void linuxSessionLogOfTheSixInFourClientPasses() throws Exception {
        Path f = CAPTURES.resolve("6in4-tunnelbroker-linux/MAC.log");
        FactCheck.Report r = check(org.labcanvas.model.show.host.SixInFourDesigns.on(org.labcanvas.model.topology.Platform.LINUX),
                List.of(f));
        assertEquals(List.of(), r.unread());
        assertEquals(List.of(
                "PASS MAC ip tunnel show: 6in4 tunnel gif0: expected local 203.0.113.45, remote 216.66.80.26, seen local 203.0.113.45,"
                        + " remote 216.66.80.26 (" + f + ":1)",
                "PASS MAC ip -6 route: IPv6 default route: expected via 2001:db8::1 gif0, seen via 2001:db8::1 gif0 (" + f + ":4)",
                "PASS MAC ping6 2001:db8::1: ping 2001:db8::1: expected answered, seen answered (" + f + ":10)"),
                r.results().stream().map(FactCheck.Result::text).toList());
        assertTrue(r.passed());
    }

    @Test
    void aTunnelToAnotherBrokerEndpointFailsNamingTheTunnel() throws Exception {
        Path f = CAPTURES.resolve("6in4-tunnelbroker-wrong/MAC.log");
        FactCheck.Report r = check(ReferenceDesigns.sixInFourTunnelBroker(), List.of(f));
        assertEquals(List.of("FAIL MAC ifconfig gif0: 6in4 tunnel gif0: expected local 203.0.113.45, remote 216.66.80.26, seen"
                + " local 203.0.113.45, remote 216.66.80.30 (" + f + ":2)"), failures(r));
        assertEquals(List.of("MAC netstat -rn -f inet6: IPv6 default route: expected via 2001:db8::1 gif0",
                "MAC ping6 -c 3 2001:db8::1: ping 2001:db8::1: expected answered"), texts(r, FactCheck.Verdict.NOT_COVERED));
        assertTrue(!r.passed());
    }

    @Test
    void aPlainOutputFileNamedAfterTheHostIsToldByItsContents() throws Exception {
        Path f = dir.resolve("MAC.txt");
        Files.writeString(f, """
                PING6(56=40+8+8 bytes) 2001:db8::2 --> 2001:db8::1
                Request timeout for icmp_seq 0
                Request timeout for icmp_seq 1

                --- 2001:db8::1 ping6 statistics ---
                3 packets transmitted, 0 packets received, 100.0% packet loss
                """);
        FactCheck.Report r = check(ReferenceDesigns.sixInFourTunnelBroker(), List.of(f));
        assertEquals(List.of("FAIL MAC ping6 2001:db8::1: ping 2001:db8::1: expected answered, seen not answered (" + f + ":1)"),
                failures(r));
    }

    @Test
    void iosRouterSessionLogOfASixInFourTunnelPasses() throws Exception {
        Path f = CAPTURES.resolve("6in4-ios-router/HOME.log");
        FactCheck.Report r = check(org.labcanvas.model.show.host.SixInFourDesigns.iosRouter(), List.of(f));
        assertEquals(List.of(), r.unread());
        assertEquals(List.of(
                "PASS HOME show interfaces Tunnel0: 6in4 tunnel Tunnel0: expected local 203.0.113.45, remote 216.66.80.26,"
                        + " seen local 203.0.113.45, remote 216.66.80.26 (" + f + ":4)",
                "PASS HOME show ipv6 route: IPv6 default route: expected via Tunnel0, seen via Tunnel0 (" + f + ":47)",
                "PASS HOME ping6 2001:db8::1: ping 2001:db8::1: expected answered, seen answered (" + f + ":65)"),
                r.results().stream().map(FactCheck.Result::text).toList());
        assertTrue(r.passed());
    }
}
