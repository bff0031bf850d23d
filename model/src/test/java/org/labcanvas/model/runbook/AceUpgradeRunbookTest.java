package org.labcanvas.model.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.sim.ft.FtState;
import org.labcanvas.model.topology.Topology;

class AceUpgradeRunbookTest {
    private static final Topology ACE = ReferenceDesigns.aceFtUpgrade().topology();
    private static final String IMAGE = ReferenceDesigns.NEW_IMAGE;

    private static List<String> states(NetworkState s, String device) {
        return s.view(FtState.class).module(device).orElseThrow().groups().stream()
                .map(g -> g.id() + " " + g.state().replace("FSM_FT_STATE_", "")).toList();
    }

    @Test
    void theSampleRunbookRunsCleanAndEndsWithBothModulesOnTheNewImageAndTheOriginalRoles() throws Exception {
        AceUpgradeRunbook.Runbook rb = AceUpgradeRunbook.build(ACE, "ACE_1", "ACE_2", IMAGE);
        EventScript script = EventScriptParser.forTopology(ACE).parse(rb.yaml());
        assertEquals(List.of(), rb.problems());
        assertEquals(List.of(), AceUpgradeRunbook.check(ACE, script));
        Duration end = rb.steps().get(rb.steps().size() - 1).at().plusMinutes(3);
        String timeline = Simulation.run(ACE, script, end).text();
        assertEquals(List.of(), timeline.lines().filter(l -> l.contains(" warning ")).toList());
        NetworkState s = Simulation.stateAt(ACE, script, end);
        assertEquals(List.of("1 ACTIVE", "2 ACTIVE", "3 ACTIVE"), states(s, "ACE_1"));
        assertEquals(List.of("1 STANDBY_HOT", "2 STANDBY_HOT", "3 STANDBY_HOT"), states(s, "ACE_2"));
        assertEquals("A2(2.3)", s.view(FtState.class).module("ACE_1").orElseThrow().version());
        assertEquals("A2(2.3)", s.view(FtState.class).module("ACE_2").orElseThrow().version());
    }

    @Test
    void aRunbookWithoutNoPreemptIsFlaggedAtTheSwitchover() throws Exception {
        String yaml = AceUpgradeRunbook.build(ACE, "ACE_1", "ACE_2", IMAGE).yaml();
        String edited = yaml.substring(0, yaml.indexOf("  # 2. no preempt")) + yaml.substring(yaml.indexOf("  # 3. copy"));
        EventScript script = EventScriptParser.forTopology(ACE).parse(edited);
        List<String> flags = AceUpgradeRunbook.check(ACE, script).stream().map(f -> f.line() + " " + f.text()).toList();
        assertEquals(List.of(
                "75 00:23:00 ACE_1: switchover of FT group 1 (Admin) with preempt left on (no preempt forgotten); impact: the switchover is refused",
                "75 00:23:00 ACE_1: switchover of FT group 2 (C1) with preempt left on (no preempt forgotten); impact: the switchover is refused",
                "75 00:23:00 ACE_1: switchover of FT group 3 (C2) with preempt left on (no preempt forgotten); impact: the switchover is refused",
                "80 00:26:00 ACE_1: reload of the active module; impact: every context fails over to the peer; switch over first so the reload hits the standby"),
                flags);
    }

    @Test
    void aSwitchoverWhileC1IsColdAndABootOfAnImageNeverCopiedAreFlagged() throws Exception {
        String yaml = """
                events:
                  - at: 5m
                    device: ACE_1
                    cli: |
                      conf t
                      ft group 2
                       no preempt
                      end
                      ft switchover 2
                  - at: 6m
                    device: ACE_2
                    cli: |
                      reload
                """;
        EventScript script = EventScriptParser.forTopology(ACE).parse(yaml);
        // Both modules boot an image that is on neither (the active's boot list syncs to the standby).
        Topology noImage = ACE.withDevice("ACE_1", d -> d.withAce(d.ace().withBootSystem(List.of(IMAGE))))
                .withDevice("ACE_2", d -> d.withAce(d.ace().withBootSystem(List.of(IMAGE))));
        assertEquals(List.of(
                "9 00:05:00 ACE_1: switchover of FT group 2 (C1) while its standby is STANDBY_COLD; impact: the switchover is refused",
                "13 00:06:00 ACE_2: reload boots c6ace-t1k9-mz.A2_2_3.bin, which was never copied to image:; impact: the module stays in ROM monitor; its contexts have no standby"),
                AceUpgradeRunbook.check(noImage, script).stream().map(f -> f.line() + " " + f.text()).toList());
    }
}
