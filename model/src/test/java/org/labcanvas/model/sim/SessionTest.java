package org.labcanvas.model.sim;

import org.labcanvas.model.sim.core.LogLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.DmvpnGenerator;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Topology;

/**
 * A session gives the same timeline and the same {@code show} output whether it runs in one go,
 * steps instant by instant, or jumps back and forth through its checkpoints.
 */
class SessionTest {
    private static final Topology DUAL = ReferenceDesigns.dmvpnDualHub().topology();
    private static final Topology SINGLE = ReferenceDesigns.dmvpnSingleHub().topology();
    private static final Duration END = Duration.ofMinutes(30);
    private static final List<String> COMMANDS = List.of("show ip route", "show ip ospf neighbor", "show ip nhrp",
            "show ip nhrp nhs", "show ip nhrp traffic", "show dmvpn", "show crypto ipsec sa", "show interfaces",
            "ping 10.10.10.1", "traceroute 10.10.10.1");

    private static EventScript r0Fails() throws Exception {
        return EventScriptParser.forTopology(DUAL).parse(Files.readString(Path.of("../samples/r0-fails.yaml")));
    }

    private static EventScript singleHubScript() throws Exception {
        return EventScriptParser.forTopology(SINGLE).parse("""
                events:
                  - at: 6m
                    device: R2
                    ping: 10.10.10.3
                  - at: 8m
                    device: R1
                    action: reload
                  - at: 12m
                    device: R3
                    cli: |
                      conf t
                      int tu0
                      shut
                      end
                  - at: 14m
                    link: [Internet, R2:FastEthernet0/0]
                    action: down
                """);
    }

    /** Every device's answer to every command, one text. */
    private static String shows(NetworkState s, Topology t) {
        StringBuilder b = new StringBuilder();
        for (Device d : t.devices()) {
            if (d.kind() != DeviceKind.ROUTER) {
                continue;
            }
            if (!s.deviceUp(d.name())) {
                b.append("== ").append(d.name()).append(" is off\n");
                continue;
            }
            for (String c : COMMANDS) {
                b.append("== ").append(d.name()).append(' ').append(c).append('\n');
                b.append(ShowCommand.execute(s, d.name(), c));
            }
        }
        return b.toString();
    }

    @Test
    void theDualHubFailoverIsTheSameInOneGoStepByStepAndJumpingAround() throws Exception {
        sameThreeWays(DUAL, r0Fails(), List.of(Duration.ofMinutes(5), Duration.ofSeconds(610), Duration.ofMinutes(13),
                Duration.ofMinutes(21), END));
    }

    @Test
    void theSingleHubScenarioIsTheSameInOneGoStepByStepAndJumpingAround() throws Exception {
        sameThreeWays(SINGLE, singleHubScript(), List.of(Duration.ofMinutes(7), Duration.ofMinutes(9),
                Duration.ofMinutes(13), Duration.ofMinutes(15), END));
    }

    private static void sameThreeWays(Topology t, EventScript script, List<Duration> looks) {
        // In one go: a fresh run to each time.
        List<String> oneGo = new ArrayList<>();
        for (Duration at : looks) {
            oneGo.add(shows(Simulation.stateAt(t, script, at), t));
        }
        String timeline = Simulation.run(t, script, END).text();

        // Instant by instant.
        Session stepped = new Session(t, script);
        List<String> steppedShows = new ArrayList<>();
        for (Duration at : looks) {
            while (stepped.nextEventAt().isPresent() && stepped.nextEventAt().get().compareTo(at) <= 0) {
                assertTrue(stepped.step());
            }
            stepped.runTo(at);
            steppedShows.add(shows(stepped.state(), t));
        }
        assertEquals(oneGo, steppedShows);
        assertEquals(timeline, text(stepped.lines()));

        // Jumping: to the end first, then back and forth.
        Session jumping = new Session(t, script);
        jumping.runTo(END);
        List<Integer> order = List.of(3, 0, 4, 1, 2, 0, 3);
        for (int k : order) {
            assertEquals(oneGo.get(k), shows(jumping.stateAt(looks.get(k)), t), "jumped to " + looks.get(k));
        }
        jumping.runTo(END);
        assertEquals(timeline, text(jumping.lines()));
    }

    private static String text(List<LogLine> lines) {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(l.text()).append('\n'));
        return b.toString();
    }

    @Test
    void steppingBackShowsTheEarlierStateAgain() throws Exception {
        Session s = new Session(DUAL, r0Fails());
        s.runTo(Duration.ofMinutes(11));
        String before = shows(s.state(), DUAL);
        s.runTo(Duration.ofMinutes(13));
        String after = shows(s.state(), DUAL);
        assertThat(after).isNotEqualTo(before);
        s.runTo(Duration.ofMinutes(11));
        assertEquals(before, shows(s.state(), DUAL));
        Duration now = s.now();
        assertTrue(s.stepBack());
        assertThat(s.now()).isLessThan(now);
    }

    @Test
    void anInjectedFailureActsLikeAScriptedOne() throws Exception {
        Session injected = new Session(DUAL, EventScript.EMPTY);
        injected.runTo(Duration.ofMinutes(10));
        injected.inject(new ScriptEvent.Power(0, Duration.ZERO, "R0", false));
        injected.runTo(Duration.ofMinutes(13));
        EventScript scripted = EventScriptParser.forTopology(DUAL).parse(
                "events:\n  - at: 10m\n    device: R0\n    action: down\n");
        Timeline run = Simulation.run(DUAL, scripted, Duration.ofMinutes(13));
        assertEquals(run.text().replace("power off (line 2)", "power off (injected)"), text(injected.lines()));
        assertEquals(shows(run.finalState(), DUAL), shows(injected.state(), DUAL));
        assertThat(text(injected.lines())).contains("00:10:00 R0 event: power off (injected)\n");
    }

    @Test
    void goingBackBeforeAnInjectionAndForwardAgainReplaysIt() throws Exception {
        Session s = new Session(DUAL, EventScript.EMPTY);
        s.runTo(Duration.ofMinutes(10));
        s.inject(new ScriptEvent.Power(0, Duration.ZERO, "R0", false));
        s.runTo(Duration.ofMinutes(14));
        String at14 = shows(s.state(), DUAL);
        String lines = text(s.lines());
        s.runTo(Duration.ofMinutes(3));
        assertThat(text(s.lines())).doesNotContain("power off");
        s.runTo(Duration.ofMinutes(14));
        assertEquals(at14, shows(s.state(), DUAL));
        assertEquals(lines, text(s.lines()));
    }

    @Test
    void injectingDiscardsTheOldFuture() throws Exception {
        Session s = new Session(DUAL, r0Fails());
        s.runTo(END);
        s.runTo(Duration.ofMinutes(5));
        assertThat(text(s.computedLines())).contains("00:10:00 R0 event: power off");
        s.inject(new ScriptEvent.Power(0, Duration.ZERO, "R1", false));
        assertThat(text(s.computedLines())).doesNotContain("00:10:00 R0 event: power off");
        s.runTo(END);
        assertThat(text(s.lines())).contains("00:05:00 R1 event: power off (injected)", "00:10:00 R0 event: power off (line 5)");
    }

    @Test
    void theStateOfAnInstantNeverChangesUnderItsReader() throws Exception {
        Session s = new Session(DUAL, r0Fails());
        NetworkState at5 = s.stateAt(Duration.ofMinutes(5));
        String before = shows(at5, DUAL);
        s.runTo(Duration.ofMinutes(15));
        assertEquals(before, shows(at5, DUAL));
        assertFalse(s.state() == at5);
    }

    @Test
    void checkpointsStayBoundedOnALongRun() {
        Topology t = DmvpnGenerator.generate(2, 20).topology();
        Session s = new Session(t, EventScript.EMPTY);
        s.runTo(Duration.ofHours(24));
        assertThat(s.checkpointCount()).isLessThanOrEqualTo(Session.MAX_CHECKPOINTS + 1);
        String late = shows(s.stateAt(Duration.ofHours(23)), t);
        assertEquals(shows(Simulation.stateAt(t, EventScript.EMPTY, Duration.ofHours(23)), t), late);
    }

    @Test
    void streamingGivesTheSameLinesAsARunThatKeepsThem() throws Exception {
        List<LogLine> streamed = new ArrayList<>();
        Simulation.stream(DUAL, r0Fails(), END, streamed::add);
        assertEquals(Simulation.run(DUAL, r0Fails(), END).lines(), streamed);
    }
}
