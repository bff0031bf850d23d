package org.labcanvas.app.ui.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.labcanvas.app.ui.canvas.OverlayLine;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.topology.Topology;

/** The canvas state and the consoles of ACE modules and 6in4 hosts, without a screen. */
class AceAndSixInFourStateTest {
    private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

    private static Topology load(String name) throws Exception {
        return ProjectFile.load(SAMPLES.resolve(name)).topology();
    }

    private static List<String> ft(CanvasState c, String device) {
        return c.devices().get(device).ft().stream().map(g -> g.id() + " " + g.state()).toList();
    }

    @Test
    void eachAceModuleShowsTheStateOfEveryFtGroupAndASwitchoverTypedAtItsConsoleSwapsThem() throws Exception {
        Topology ace = load("ace-ft-upgrade.labcanvas");
        SimulationViewModel vm = SimulationViewModel.synchronous();
        vm.start(ace, List.of(), Duration.ofMinutes(5));
        assertEquals(List.of("1 ACTIVE", "2 ACTIVE", "3 ACTIVE"), ft(vm.canvasState(), "ACE_1"));
        assertEquals(List.of("1 STANDBY_HOT", "2 STANDBY_COLD", "3 STANDBY_HOT"), ft(vm.canvasState(), "ACE_2"));
        assertEquals("1 STANDBY_HOT \u00b7 2 STANDBY_COLD \u00b7 3 STANDBY_HOT", vm.canvasState().devices().get("ACE_2").summary());

        ConsoleViewModel console = new ConsoleViewModel(ace.require("ACE_1"), vm::state, vm::inject);
        assertEquals("ACE_1/Admin#", console.prompt());
        console.enter("conf t");
        assertEquals("ACE_1/Admin(config)#", console.prompt());
        console.enter("ft group 1");
        assertEquals("ACE_1/Admin(config-ft-group)#", console.prompt());
        console.enter("no preempt");
        console.enter("end");
        assertEquals("ACE_1/Admin#", console.prompt());
        console.enter("ft switchover 1");
        assertEquals(2, vm.scenario().size());
        vm.jumpTo(Duration.ofMinutes(6));
        // The old active bulk-syncs from the new one first (two minutes).
        assertEquals(List.of("1 STANDBY_BULK", "2 ACTIVE", "3 ACTIVE"), ft(vm.canvasState(), "ACE_1"));
        vm.jumpTo(Duration.ofMinutes(8));
        assertEquals(List.of("1 STANDBY_HOT", "2 ACTIVE", "3 ACTIVE"), ft(vm.canvasState(), "ACE_1"));
        assertEquals(List.of("1 ACTIVE", "2 STANDBY_COLD", "3 STANDBY_HOT"), ft(vm.canvasState(), "ACE_2"));
        console.enter("show ft group 1 brief");
        // A configuration line in exec mode is refused the way the ACE refuses it, and is no event.
        console.enter("ft group 1");
        String transcript = console.transcript();
        assertEquals("""
                ACE_1/Admin#show ft group 1 brief
                FT Group ID: 1  My State:FSM_FT_STATE_STANDBY_HOT  Peer State:FSM_FT_STATE_ACTIVE
                    Context Name: Admin  Context Id: 0

                ACE_1/Admin#ft group 1
                                ^
                % invalid command detected at '^' marker.
                """, transcript.substring(transcript.indexOf("ACE_1/Admin#show")));
        assertEquals(2, vm.scenario().size());
    }

    @Test
    void aNewPublicIpTakesTheTunnelDownWithItsReasonAndTheUpdaterBringsItBack() throws Exception {
        Topology six = load("6in4-tunnelbroker.labcanvas");
        SimulationViewModel vm = SimulationViewModel.synchronous();
        vm.start(six, List.of(), Duration.ofMinutes(5));
        OverlayLine tunnel = vm.canvasState().tunnels().keySet().stream()
                .filter(o -> o.kind() == OverlayLine.Kind.SIX_IN_FOUR).findFirst().orElseThrow();
        assertEquals(Map.of(tunnel, CanvasState.TunnelState.FULL), vm.canvasState().tunnels());
        assertEquals("6in4 up", vm.canvasState().devices().get("MAC").summary());

        vm.inject(EventScriptParser.forTopology(six).parse("""
                events:
                  - at: 0
                    device: MAC
                    action: public-ip-change
                    address: 198.51.100.7
                """).events().get(0));
        CanvasState down = vm.canvasState();
        assertEquals(Map.of(tunnel, CanvasState.TunnelState.DOWN), down.tunnels());
        assertEquals("6in4 down", down.devices().get("MAC").summary());
        assertEquals(vm.state().view(org.labcanvas.model.sim.sixinfour.SixInFourState.class).tunnelOf("MAC")
                .orElseThrow().failure(), down.devices().get("MAC").sixInFour().failure());

        ConsoleViewModel mac = new ConsoleViewModel(six.require("MAC"), vm::state, vm::inject);
        assertEquals("mac$ ", mac.prompt());
        mac.enter("ifconfig gif0");
        assertEquals(true, mac.transcript().startsWith("mac$ ifconfig gif0\ngif0: "), mac.transcript());

        vm.inject(EventScriptParser.forTopology(six).parse("""
                events:
                  - at: 0
                    device: MAC
                    action: updater-run
                """).events().get(0));
        vm.jumpTo(Duration.ofMinutes(5).plusSeconds(1));
        assertEquals(Map.of(tunnel, CanvasState.TunnelState.FULL), vm.canvasState().tunnels());
        assertEquals("6in4 up", vm.canvasState().devices().get("MAC").summary());
    }

    @Test
    void theIpChangeScenarioPlaysDownAtSevenUpAfterTheUpdaterDownUnderNatAndWhenTheBrokerBlocksProtocol41()
            throws Exception {
        Topology six = load("6in4-tunnelbroker.labcanvas");
        List<ScriptEvent> events = EventScriptParser.forTopology(six)
                .parse(Files.readString(SAMPLES.resolve("6in4-ip-change.yaml"))).events();
        SimulationViewModel vm = SimulationViewModel.synchronous();
        vm.start(six, events, Duration.ZERO);
        List<String> seen = new ArrayList<>();
        for (int m : new int[] {6, 8, 11, 21, 23, 26}) {
            vm.jumpTo(Duration.ofMinutes(m));
            seen.add(m + "m " + vm.canvasState().devices().get("MAC").summary());
        }
        assertEquals(List.of("6m 6in4 up", "8m 6in4 down", "11m 6in4 up", "21m 6in4 down", "23m 6in4 up", "26m 6in4 down"),
                seen);
    }
}
