package org.labcanvas.model.show;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.topology.Topology;

/** What an engineer reads must be what the router prints: 12.4 and 15.x forms and flags that follow traffic. */
class IosOutputFidelityTest {
    private static final Topology SINGLE = ReferenceDesigns.dmvpnSingleHub().topology();
    private static final Topology DUAL = ReferenceDesigns.dmvpnDualHub().topology();

    private static NetworkState at(Topology t, String events, Duration when) throws Exception {
        EventScript script = events.isEmpty() ? EventScript.EMPTY : EventScriptParser.forTopology(t).parse(events);
        return Simulation.stateAt(t, script, when);
    }

    private static final String PING_R2_TO_R3_AT_6M = """
            events:
              - at: 6m
                device: R2
                ping: 10.10.10.3
            """;

    @Test
    void transitTrafficThroughTheHubSetsUsedOnItsEntriesForAMinute() throws Exception {
        NetworkState during = at(SINGLE, PING_R2_TO_R3_AT_6M, Duration.ofSeconds(6 * 60 + 30));
        assertEquals("""
                10.10.10.2/32 via 10.10.10.2, Tunnel0 created 00:06:30, expire 01:53:30
                  Type: dynamic, Flags: authoritative unique registered used\s
                  NBMA address: 2.2.2.2\s
                10.10.10.3/32 via 10.10.10.3, Tunnel0 created 00:06:30, expire 01:53:30
                  Type: dynamic, Flags: authoritative unique registered used\s
                  NBMA address: 3.3.3.2\s
                """, ShowCommand.execute(during, "R1", "show ip nhrp"));
        assertEquals("""
                10.10.10.1/32 via 10.10.10.1, Tunnel0 created 00:06:30, never expire\s
                  Type: static, Flags: authoritative used\s
                  NBMA address: 1.1.1.2\s
                """, ShowCommand.execute(during, "R2", "show ip nhrp"));
        NetworkState after = at(SINGLE, PING_R2_TO_R3_AT_6M, Duration.ofSeconds(7 * 60 + 1));
        assertEquals("""
                10.10.10.2/32 via 10.10.10.2, Tunnel0 created 00:07:01, expire 01:52:59
                  Type: dynamic, Flags: authoritative unique registered\s
                  NBMA address: 2.2.2.2\s
                10.10.10.3/32 via 10.10.10.3, Tunnel0 created 00:07:01, expire 01:52:59
                  Type: dynamic, Flags: authoritative unique registered\s
                  NBMA address: 3.3.3.2\s
                """, ShowCommand.execute(after, "R1", "show ip nhrp"));
    }

    private static final String HUB_R1_FAILS_AT_6M = """
            events:
              - at: 6m
                device: R1
                action: down
            """;

    @Test
    void aServerThatStoppedAnsweringIsExpectingRepliesOn124AndWaitingOn15() throws Exception {
        // The spoke registers every 40 minutes (hold time 2 h / 3); the one at 40:00 goes unanswered.
        NetworkState v12 = at(SINGLE, HUB_R1_FAILS_AT_6M, Duration.ofMinutes(41));
        assertEquals("""
                Legend:
                E=Expecting replies
                R=Responding
                Tunnel0:
                10.10.10.1       E
                """, ShowCommand.execute(v12, "R2", "show ip nhrp nhs"));
        NetworkState v15 = at(DUAL, """
                events:
                  - at: 6m
                    device: R0
                    action: down
                """, Duration.ofMinutes(41));
        assertEquals("""
                Legend: E=Expecting replies, R=Responding, W=Waiting
                Tunnel0:
                10.0.0.1  W priority = 0 cluster = 0
                Tunnel1:
                10.1.1.1  RE priority = 0 cluster = 0
                """, ShowCommand.execute(v15, "R2", "show ip nhrp nhs"));
    }

    @Test
    void aDottedQuadWithAnOctetOver255IsNoAddress() throws Exception {
        NetworkState s = at(SINGLE, "", Simulation.CONVERGED);
        assertEquals(new ShowCommand.Answer("% Unrecognized host or address, or protocol not running.\n\n",
                ShowCommand.Outcome.IOS_ERROR), ShowCommand.answer(s, "R2", "ping 999.1.1.1"));
        assertEquals(new ShowCommand.Answer("% Unrecognized host or address, or protocol not running.\n\n",
                ShowCommand.Outcome.IOS_ERROR), ShowCommand.answer(s, "R2", "traceroute 10.1.1.256"));
        assertEquals(new ShowCommand.Answer("% Unrecognized host or address, or protocol not running.\n\n",
                ShowCommand.Outcome.IOS_ERROR), ShowCommand.answer(s, "R2", "ping 999.1.1.1 source Tunnel0 repeat 3"));
        // "R2#show ip route " is 17 columns: the caret goes under the 3 of 300.
        assertEquals(new ShowCommand.Answer(" ".repeat(17) + "^\n% Invalid input detected at '^' marker.\n\n",
                ShowCommand.Outcome.IOS_ERROR), ShowCommand.answer(s, "R2", "show ip route 300.1.1.1"));
        assertEquals("Routing entry for 10.10.10.0/24\n",
                ShowCommand.execute(s, "R2", "show ip route 10.10.10.255").lines().findFirst().orElseThrow() + "\n");
    }

    @Test
    void aFilteredRouteTableOn124HasNoLegendAndNoGatewayLine() throws Exception {
        NetworkState s = at(SINGLE, "", Simulation.CONVERGED);
        assertEquals("S*   0.0.0.0/0 [1/0] via 2.2.2.1\n", ShowCommand.execute(s, "R2", "show ip route static"));
        NetworkState dual = at(DUAL, "", Simulation.CONVERGED);
        assertEquals(true, ShowCommand.execute(dual, "R2", "show ip route static").startsWith("Codes: L - local"));
    }

    @Test
    void neighborsAreListedInTheOrderOfTheInterfaceBrief() throws Exception {
        NetworkState s = at(DUAL, "", Simulation.CONVERGED);
        assertEquals("""

                Neighbor ID     Pri   State           Dead Time   Address         Interface
                10.10.10.2        1   FULL/DR         00:02:00    10.1.1.1        Tunnel1
                10.10.10.1        1   FULL/DR         00:02:00    10.0.0.1        Tunnel0
                """, ShowCommand.execute(s, "R2", "show ip ospf neighbor"));
        assertEquals("""
                Interface    PID   Area            IP Address/Mask    Cost  State Nbrs F/C
                Tu1          1     10              10.1.1.2/24        100   DROTH 1/1
                Tu0          1     10              10.0.0.2/24        10    DROTH 1/1
                Lo0          1     10              2.2.2.2/32         1     LOOP  0/0
                """, ShowCommand.execute(s, "R2", "show ip ospf interface brief"));
    }

    @Test
    void aSpokeSeesItsServerGoOnlyWhenARegistrationGoesUnansweredAndUpDnRestartsThen() throws Exception {
        String events = """
                events:
                  - at: 10m
                    device: R0
                    action: down
                """;
        // R0 died at 10:00; R2 last registered at 00:00 and does not know yet at 13:00.
        String row13 = ShowCommand.execute(at(DUAL, events, Duration.ofMinutes(13)), "R2", "show dmvpn | include 10.0.0.1");
        assertEquals("     1 10.4.0.1               10.0.0.1    UP 00:13:00     S\n", row13);
        // The registration at 40:00 goes unanswered: the peer is down from then on.
        String row41 = ShowCommand.execute(at(DUAL, events, Duration.ofMinutes(41)), "R2", "show dmvpn | include 10.0.0.1");
        assertEquals("     1 10.4.0.1               10.0.0.1  NHRP 00:01:00     S\n", row41);
    }

    @Test
    void showDmvpnDetailOn124PrintsTheInterfaceAndTheTargetNetworks() throws Exception {
        NetworkState s = at(SINGLE, "", Simulation.CONVERGED);
        assertEquals("""
                Legend: Attrb --> S - Static, D - Dynamic, I - Incompletea
                        N - NATed, L - Local, X - No Socket
                        # Ent --> Number of NHRP entries with same NBMA peer

                -------------- Interface Tunnel0 info: --------------
                Intf. is up, Line Protocol is up, Addr. is 10.10.10.2
                   Source addr: 2.2.2.2, Dest addr: 1.1.1.2
                  Protocol/Transport: "GRE/IP", Protect "myDMVPN",\s
                Tunnel VRF ""

                IPv4 NHS: 10.10.10.1 RE
                Type:Spoke, Total NBMA Peers (v4/v6): 1
                # Ent  Peer NBMA Addr Peer Tunnel Add State  UpDn Tm Attrb    Target Network
                ----- --------------- --------------- ----- -------- ----- -----------------
                    1         1.1.1.2      10.10.10.1    UP 00:05:00     S     10.10.10.1/32

                """, ShowCommand.execute(s, "R2", "show dmvpn detail"));
    }

    private static java.util.List<String> lines(NetworkState s, String device, String regex) {
        return ShowCommand.execute(s, device, "show crypto ipsec sa | include " + regex).lines().map(String::strip).toList();
    }

    @Test
    void connAndFlowIdsChangeWithEachRekeyAsTheSpisDo() throws Exception {
        // Lifetime 120 s: the spoke's SAs are renegotiated every 108 s (90 %), at 0, 108, 216, 324 s.
        NetworkState before = at(SINGLE, "", Duration.ofSeconds(320));
        NetworkState after = at(SINGLE, "", Duration.ofSeconds(330));
        assertEquals(java.util.List.of("conn id: 2005, flow_id: SW:5, crypto map: Tunnel0-head-0",
                "conn id: 2006, flow_id: SW:6, crypto map: Tunnel0-head-0"), lines(before, "R2", "conn id"));
        assertEquals(java.util.List.of("conn id: 2007, flow_id: SW:7, crypto map: Tunnel0-head-0",
                "conn id: 2008, flow_id: SW:8, crypto map: Tunnel0-head-0"), lines(after, "R2", "conn id"));
        assertEquals(false, lines(before, "R2", "spi:").equals(lines(after, "R2", "spi:")));
        // 15.x numbers from 1 and keeps sibling_flags and the PFS line.
        String v15 = ShowCommand.execute(at(DUAL, "", Duration.ofSeconds(330)), "R2", "show crypto ipsec sa");
        assertEquals(true, v15.contains("conn id: 13, flow_id: SW:13, sibling_flags 80000040, crypto map: Tunnel0-head-0"), v15);
        assertEquals(true, v15.contains("     PFS (Y/N): Y, DH group: group2\n"));
    }

    @Test
    void tunnelCountersCountHellosAndRegistrationsWithTheirLastTimes() throws Exception {
        String cmd = "show interfaces Tunnel0 | include Last input|packets (in|out)put";
        // R2 sends one OSPF hello every 30 s to R0 (68 bytes, listing R0) and receives one from it (72 bytes,
        // listing both spokes), and registered once with it at boot (104 bytes each way).
        assertEquals("""
                  Last input 00:00:15, output 00:00:15, output hang never
                     12 packets input, 896 bytes, 0 no buffer
                     12 packets output, 852 bytes, 0 underruns
                """, ShowCommand.execute(at(DUAL, "", Duration.ofSeconds(315)), "R2", cmd));
        assertEquals("""
                  Last input 00:00:00, output 00:00:00, output hang never
                     13 packets input, 968 bytes, 0 no buffer
                     13 packets output, 920 bytes, 0 underruns
                """, ShowCommand.execute(at(DUAL, "", Duration.ofSeconds(330)), "R2", cmd));
        // A tunnel without OSPF carries the registration only.
        assertEquals("""
                  Last input 00:05:00, output 00:05:00, output hang never
                     1 packets input, 104 bytes, 0 no buffer
                     1 packets output, 104 bytes, 0 underruns
                """, ShowCommand.execute(at(SINGLE, "", Simulation.CONVERGED), "R2", cmd));
    }

    @Test
    void theClockRunsFromIosDateWithoutCalendarAndTheLogBufferStartsAtTheLastBoot() throws Exception {
        assertEquals("*02:00:00.000 UTC Tue Mar 2 1993\n",
                ShowCommand.execute(at(SINGLE, "", Duration.ofHours(26)), "R2", "show clock"));
        NetworkState s = at(SINGLE, """
                events:
                  - at: 6m
                    device: R2
                    action: reload
                """, Duration.ofMinutes(8));
        assertEquals("""
                Log Buffer (4096 bytes):
                *Mar  1 00:07:00.000: %LINK-3-UPDOWN: Interface FastEthernet0/0, changed state to up
                *Mar  1 00:07:00.000: %LINEPROTO-5-UPDOWN: Line protocol on Interface FastEthernet0/0, changed state to up
                *Mar  1 00:07:00.000: %LINK-3-UPDOWN: Interface Tunnel0, changed state to up
                *Mar  1 00:07:00.000: %LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to up
                """, ShowCommand.execute(s, "R2", "show logging | begin Log Buffer"));
    }

    @Test
    void theDailyCommandsAnswerInsteadOfSayingTheyAreNotSimulated() throws Exception {
        NetworkState s = at(DUAL, "", Simulation.CONVERGED);
        for (String cmd : java.util.List.of("show crypto session", "show crypto session detail", "show crypto isakmp sa detail",
                "show crypto map", "show ip nhrp 10.0.0.1", "show ip nhrp multicast", "show ip protocols", "show ip cef",
                "show ip cef 3.3.3.3", "show arp", "show clock", "show logging")) {
            assertEquals(ShowCommand.Outcome.OUTPUT, ShowCommand.answer(s, "R2", cmd).outcome(), cmd);
        }
        assertEquals("""
                3.3.3.3/32
                  nexthop 10.0.0.3 Tunnel0
                """, ShowCommand.execute(s, "R2", "show ip cef 3.3.3.3"));
        assertEquals("""
                10.0.0.1/32 via 10.0.0.1
                   Tunnel0 created 00:05:00, never expire\s
                   Type: static, Flags: used\s
                   NBMA address: 10.4.0.1\s
                """, ShowCommand.execute(s, "R2", "show ip nhrp 10.0.0.1"));
    }

    @Test
    void showVersionNamesTheImageOfThePlatformTheDesignNames() throws Exception {
        Topology xe = DUAL.withDevice("R2", d -> d.withPlatform(org.labcanvas.model.topology.Platform.IOS_XE));
        String v = ShowCommand.execute(at(xe, "", Simulation.CONVERGED), "R2", "show version");
        assertEquals(java.util.List.of(
                "Cisco IOS XE Software, Version 16.09.05",
                "Cisco IOS Software [Fuji], ISR Software (X86_64_LINUX_IOSD-UNIVERSALK9-M), Version 16.9.5, RELEASE SOFTWARE (fc1)"),
                v.lines().limit(2).toList());
        assertEquals(true, v.contains("System image file is \"bootflash:isr4300-universalk9.16.09.05.SPA.bin\"\n"), v);
        String v12 = ShowCommand.execute(at(SINGLE, """
                events:
                  - at: 6m
                    device: R2
                    action: reload
                """, Duration.ofMinutes(10)), "R2", "show version");
        assertEquals(java.util.List.of(
                "R2 uptime is 3 minutes",
                "System returned to ROM by reload at 00:06:00 UTC Mon Mar 1 1993",
                "System image file is \"flash:c2800nm-advipservicesk9-mz.124-24.T8.bin\""),
                v12.lines().skip(6).limit(3).toList());
    }
}
