package org.labcanvas.model.sim.ft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.FtSyncFault;
import org.labcanvas.model.topology.Topology;
import org.junit.jupiter.api.Test;

class FtEngineTest {
    private static final Topology ACE = ReferenceDesigns.aceFtUpgrade().topology();

    private static NetworkState at(Topology t, String events, Duration when) throws Exception {
        return Simulation.stateAt(t, EventScriptParser.forTopology(t).parse(events), when);
    }

    private static List<String> states(NetworkState s, String device) {
        return s.view(FtState.class).module(device).orElseThrow().groups().stream()
                .map(g -> g.id() + " " + g.state().replace("FSM_FT_STATE_", "") + "/" + g.peerState().replace("FSM_FT_STATE_", ""))
                .toList();
    }

    private static String lines(Topology t, String events, Duration until) throws Exception {
        return Simulation.run(t, EventScriptParser.forTopology(t).parse(events), until).text();
    }

    @Test
    void theSampleStartsWithC1ColdOnTheStandbyAndTheOthersHot() throws Exception {
        NetworkState s = at(ACE, "", Duration.ofMinutes(5));
        assertEquals(List.of("1 ACTIVE/STANDBY_HOT", "2 ACTIVE/STANDBY_COLD", "3 ACTIVE/STANDBY_HOT"), states(s, "ACE_1"));
        assertEquals(List.of("1 STANDBY_HOT/ACTIVE", "2 STANDBY_COLD/ACTIVE", "3 STANDBY_HOT/ACTIVE"), states(s, "ACE_2"));
    }

    private static final String RESET_C1 = """
            events:
              - at: 5m
                device: ACE_2
                cli: |
                  conf t
                  ft group 2
                   no inservice
            """;

    @Test
    void noInserviceTakesTheStandbyGroupToInitAndInserviceThroughBulkToHot() throws Exception {
        assertEquals(List.of("1 STANDBY_HOT/ACTIVE", "2 INIT/UNKNOWN", "3 STANDBY_HOT/ACTIVE"),
                states(at(ACE, RESET_C1, Duration.ofMinutes(6)), "ACE_2"));
        String both = RESET_C1 + "       inservice\n";
        assertEquals(List.of("1 STANDBY_HOT/ACTIVE", "2 STANDBY_BULK/ACTIVE", "3 STANDBY_HOT/ACTIVE"),
                states(at(ACE, both, Duration.ofMinutes(6)), "ACE_2"));
        assertEquals(List.of("1 STANDBY_HOT/ACTIVE", "2 STANDBY_HOT/ACTIVE", "3 STANDBY_HOT/ACTIVE"),
                states(at(ACE, both, Duration.ofMinutes(7)), "ACE_2"));
    }

    @Test
    void aPersistentSyncFaultKeepsTheGroupColdWithTheReasonInConfigError() throws Exception {
        Device ace2 = ACE.require("ACE_2");
        Topology t = ACE.withDevice(ace2.withAce(ace2.ace().withSyncFaults(List.of(new FtSyncFault("C1",
                "script file 2 test.tcl", "Unable to locate the script file 'test.tcl'", true)))));
        String script = RESET_C1 + "       inservice\n";
        NetworkState s = at(t, script, Duration.ofMinutes(10));
        assertEquals(List.of("1 STANDBY_HOT/ACTIVE", "2 STANDBY_COLD/ACTIVE", "3 STANDBY_HOT/ACTIVE"), states(s, "ACE_2"));
        assertEquals("""
                Wed Feb 03 14:07:00 UTC 2010

                `script file 2 test.tcl`
                Error: Unable to locate the script file 'test.tcl'

                """, ShowCommand.execute(s, "ACE_2", "show ft config-error"));
        assertEquals("Maintenance mode             : MAINT_MODE_PARTIAL\n",
                ShowCommand.execute(s, "ACE_2", "show ft group 2 status | include Maint"));
    }

    @Test
    void aSwitchoverWithPreemptLeftOnIsRefusedAndAForcedOneIsTakenBack() throws Exception {
        String refused = """
                events:
                  - at: 5m
                    device: ACE_1
                    cli: ft switchover 1
                """;
        assertEquals("""
                00:05:00 ACE_1 event: configuration (1 command) (line 2)
                00:05:00 ACE_1 warning ACE_COMMAND_REFUSED: line 4: 'ft switchover 1': Error: FT group 1: preempt is enabled and this member has the higher priority (120 over 90), so it would take the group back; configure 'no preempt' first (or use 'force')
                """, lines(ACE, refused, Duration.ofMinutes(6)).lines()
                .filter(l -> l.startsWith("00:05")).map(l -> l + "\n").reduce("", String::concat));
        String forced = refused.replace("ft switchover 1", "ft switchover 1 force");
        assertEquals(List.of("1 STANDBY_BULK/ACTIVE", "2 ACTIVE/STANDBY_COLD", "3 ACTIVE/STANDBY_HOT"),
                states(at(ACE, forced, Duration.ofSeconds(301)), "ACE_1"));
        assertEquals(List.of("1 ACTIVE/STANDBY_BULK", "2 ACTIVE/STANDBY_COLD", "3 ACTIVE/STANDBY_HOT"),
                states(at(ACE, forced, Duration.ofMinutes(8)), "ACE_1"));
    }

    @Test
    void theBootStringReachesTheStandbyAfterWriteMemoryAllAndItsReloadRunsTheNewImage() throws Exception {
        String script = """
                events:
                  - at: 5m
                    device: ACE_2
                    cli: "copy tftp://10.1.1.1/c6ace-t1k9-mz.A2_2_3.bin image:"
                  - at: 6m
                    device: ACE_1
                    cli: |
                      conf t
                      no boot system image:c6ace-t1k9-mz.A2_1_4a.bin
                      boot system image:c6ace-t1k9-mz.A2_2_3.bin
                      end
                      wr mem all
                  - at: 7m
                    device: ACE_2
                    cli: reload
                """;
        NetworkState before = at(ACE, script, Duration.ofSeconds(390));
        assertEquals(List.of("c6ace-t1k9-mz.A2_2_3.bin"),
                before.view(FtState.class).module("ACE_2").orElseThrow().startupBootSystem());
        NetworkState after = at(ACE, script, Duration.ofMinutes(18));
        assertEquals("  system:    Version A2(2.3) [build 3.0(0)A2(2.3)]\n",
                ShowCommand.execute(after, "ACE_2", "show version | include system:"));
        assertEquals(List.of("1 STANDBY_WARM/ACTIVE", "2 STANDBY_WARM/ACTIVE", "3 STANDBY_WARM/ACTIVE"), states(after, "ACE_2"));
    }

    @Test
    void aReloadWithoutTheBootImageOnImageFailsWithAWarning() throws Exception {
        String script = """
                events:
                  - at: 5m
                    device: ACE_2
                    cli: |
                      conf t
                      ft group 1
                       no inservice
                      end
                  - at: 6m
                    device: ACE_1
                    cli: |
                      conf t
                      no boot system image:c6ace-t1k9-mz.A2_1_4a.bin
                      boot system image:c6ace-t1k9-mz.A2_2_3.bin
                      end
                      reload
                """;
        String text = lines(ACE, script, Duration.ofMinutes(20));
        assertEquals(List.of("00:14:00 ACE_1 warning ACE_BOOT_FAILED: the module did not boot: no image of the boot system"
                        + " list (c6ace-t1k9-mz.A2_2_3.bin) is on image:; copy the image to image: before reloading"),
                text.lines().filter(l -> l.contains("ACE_BOOT_FAILED")).toList());
    }

    @Test
    void aPowerLossIsNoticedAfterHeartbeatIntervalTimesCount() throws Exception {
        String script = """
                events:
                  - at: 5m
                    device: ACE_1
                    action: down
                """;
        List<String> lines = lines(ACE, script, Duration.ofMinutes(6)).lines()
                .filter(l -> l.startsWith("00:05:03") && l.contains("ACE_2")).toList();
        assertEquals(List.of(
                "00:05:03 ACE_2 %ACE-2-FT_PEER: FT peer 1 down: no heartbeat for 3000 ms",
                "00:05:03 ACE_2 %ACE-6-FT_STATE: FT group 1 (Admin) state FSM_FT_STATE_STANDBY_HOT -> FSM_FT_STATE_ACTIVE",
                "00:05:03 ACE_2 %ACE-6-FT_STATE: FT group 2 (C1) state FSM_FT_STATE_STANDBY_COLD -> FSM_FT_STATE_ACTIVE",
                "00:05:03 ACE_2 sessions: FT group 2 (C1) heartbeats lost: 0 of 20000 client connections kept (the new active was STANDBY_COLD); new connections refused for 3000 ms (about 1500)",
                "00:05:03 ACE_2 %ACE-6-FT_STATE: FT group 3 (C2) state FSM_FT_STATE_STANDBY_HOT -> FSM_FT_STATE_ACTIVE",
                "00:05:03 ACE_2 sessions: FT group 3 (C2) heartbeats lost: 8000 of 8000 client connections kept (stateful: the new active was STANDBY_HOT); new connections refused for 3000 ms (about 600)"),
                lines);
    }

    @Test
    void configurationOnTheStandbyIsRefusedButItsFtGroupsCanBeChanged() throws Exception {
        String script = """
                events:
                  - at: 5m
                    device: ACE_2
                    cli: |
                      conf t
                      boot system image:c6ace-t1k9-mz.A2_2_3.bin
                      ft group 3
                       priority 95
                """;
        assertEquals(List.of("00:05:00 ACE_2 warning ACE_COMMAND_REFUSED: line 6: 'boot system image:c6ace-t1k9-mz.A2_2_3.bin':"
                        + " Error: Configuration mode is disabled on the standby; configure the active member (the"
                        + " configuration syncs to the standby)"),
                lines(ACE, script, Duration.ofMinutes(6)).lines().filter(l -> l.contains("warning")).toList());
        assertEquals("My Config Priority           : 95\n",
                ShowCommand.execute(at(ACE, script, Duration.ofMinutes(6)), "ACE_2", "show ft group 3 detail | include My Config"));
    }

    @Test
    void noInserviceOnTheActiveHandsTheGroupToAHotStandby() throws Exception {
        String script = """
                events:
                  - at: 5m
                    device: ACE_1
                    cli: |
                      conf t
                      ft group 3
                       no inservice
                """;
        assertEquals(List.of("1 STANDBY_HOT/ACTIVE", "2 STANDBY_COLD/ACTIVE", "3 ACTIVE/INIT"),
                states(at(ACE, script, Duration.ofMinutes(6)), "ACE_2"));
    }

    @Test
    void aCutFtVlanMakesBothActiveAndItsRepairMakesTheLowerPriorityStandbyAgain() throws Exception {
        String script = """
                events:
                  - at: 5m
                    link: [FT_VLAN, ACE_2:vlan100]
                    action: down
                  - at: 6m
                    link: [FT_VLAN, ACE_2:vlan100]
                    action: up
                """;
        assertEquals(List.of("1 ACTIVE/UNKNOWN", "2 ACTIVE/UNKNOWN", "3 ACTIVE/UNKNOWN"),
                states(at(ACE, script, Duration.ofSeconds(304)), "ACE_2"));
        assertEquals(List.of("1 STANDBY_BULK/ACTIVE", "2 STANDBY_BULK/ACTIVE", "3 STANDBY_BULK/ACTIVE"),
                states(at(ACE, script, Duration.ofSeconds(361)), "ACE_2"));
        assertEquals(List.of("1 ACTIVE/STANDBY_HOT", "2 ACTIVE/STANDBY_HOT", "3 ACTIVE/STANDBY_HOT"),
                states(at(ACE, script, Duration.ofMinutes(9)), "ACE_1"));
    }
}
