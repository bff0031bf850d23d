package org.labcanvas.app.ui.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.labcanvas.app.ui.canvas.OverlayLine;
import org.labcanvas.model.edit.EditDevice;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.sim.core.LogLine;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.topology.Device;

class SimulationViewModelTest {
    private static final Project DUAL = ReferenceDesigns.dmvpnDualHub();
    private static final ScriptEvent R0_OFF = new ScriptEvent.Power(0, Duration.ZERO, "R0", false);

    private static SimulationViewModel r0OffAtFiveMinutes() {
        SimulationViewModel vm = SimulationViewModel.synchronous();
        vm.start(DUAL.topology(), List.of(), Duration.ofMinutes(5));
        vm.inject(R0_OFF);
        return vm;
    }

    private static List<String> ospfRoutes(SimulationViewModel vm, String device) {
        return StateFacts.of(vm.state(), DUAL.topology().require(device)).routes().stream()
                .filter(r -> r.startsWith("O ")).toList();
    }

    @Test
    void theSpokesLoseR0AfterTheDeadIntervalAndTrafficMovesToR1() {
        SimulationViewModel vm = r0OffAtFiveMinutes();
        assertEquals(List.of("O 10.10.10.0/24 [110/11] via 10.0.0.1 Tunnel0", "O 3.3.3.3/32 [110/11] via 10.0.0.3 Tunnel0"),
                ospfRoutes(vm, "R2"));
        // The dead timer fires at 7:00; the SPF it schedules runs 5 s later (IOS's SPF throttle).
        vm.jumpTo(Duration.ofSeconds(425));
        assertEquals(Duration.ofSeconds(425), vm.now());
        assertEquals(List.of("O 10.10.10.0/24 [110/101] via 10.1.1.1 Tunnel1", "O 3.3.3.3/32 [110/101] via 10.1.1.3 Tunnel1"),
                ospfRoutes(vm, "R2"));
        CanvasState c = vm.canvasState();
        assertEquals(CanvasState.Power.DOWN, c.devices().get("R0").power());
        assertEquals(new CanvasState.DeviceState(CanvasState.Power.UP, 1, false, 2, 2, 2, 1), c.devices().get("R2"));
        assertEquals(Map.of(
                // R2 still counts R0 as its registered NHS: IOS notices only when a registration goes unanswered.
                new OverlayLine("R2", "R0", OverlayLine.Kind.GRE_TUNNEL, "Tunnel0"), CanvasState.TunnelState.REGISTERED,
                new OverlayLine("R2", "R1", OverlayLine.Kind.GRE_TUNNEL, "Tunnel1"), CanvasState.TunnelState.FULL,
                new OverlayLine("R3", "R0", OverlayLine.Kind.GRE_TUNNEL, "Tunnel0"), CanvasState.TunnelState.REGISTERED,
                new OverlayLine("R3", "R1", OverlayLine.Kind.GRE_TUNNEL, "Tunnel1"), CanvasState.TunnelState.FULL), c.tunnels());
    }

    @Test
    void aStepShowsWhatChangedAtThatInstant() {
        SimulationViewModel vm = r0OffAtFiveMinutes();
        vm.stepForward();
        assertEquals(Duration.ofSeconds(340), vm.now());
        assertEquals(List.of("R1  ospf  - FastEthernet2/0 10.10.10.1 FULL/BDR"),
                vm.changes().stream().map(StepChanges.Change::line).toList());
        vm.stepForward(); // 5:45, R1's SPF
        vm.stepForward();
        assertEquals(Duration.ofMinutes(7), vm.now());
        assertEquals(List.of("R2  ospf  - Tunnel0 10.10.10.1 FULL/DR", "R3  ospf  - Tunnel0 10.10.10.1 FULL/DR"),
                vm.changes().stream().map(StepChanges.Change::line).toList());
        vm.stepForward();
        assertEquals(Duration.ofSeconds(425), vm.now());
        assertEquals(List.of(
                "R2  route  - O 3.3.3.3/32 [110/11] via 10.0.0.3 Tunnel0",
                "R2  route  + O 3.3.3.3/32 [110/101] via 10.1.1.3 Tunnel1",
                "R3  route  - O 2.2.2.2/32 [110/11] via 10.0.0.2 Tunnel0",
                "R3  route  + O 2.2.2.2/32 [110/101] via 10.1.1.2 Tunnel1"), vm.changes().stream().map(StepChanges.Change::line).toList());
    }

    @Test
    void steppingBackShowsTheEarlierStateAgain() {
        SimulationViewModel vm = r0OffAtFiveMinutes();
        vm.jumpTo(Duration.ofSeconds(425));
        vm.stepBack();
        assertEquals(Duration.ofMinutes(7), vm.now());
        assertEquals(List.of("O 10.10.10.0/24 [110/101] via 10.1.1.1 Tunnel1", "O 3.3.3.3/32 [110/11] via 10.0.0.3 Tunnel0"),
                ospfRoutes(vm, "R2"));
        assertEquals(List.of("R2  route  - O 3.3.3.3/32 [110/101] via 10.1.1.3 Tunnel1",
                "R2  route  + O 3.3.3.3/32 [110/11] via 10.0.0.3 Tunnel0",
                "R3  route  - O 2.2.2.2/32 [110/101] via 10.1.1.2 Tunnel1",
                "R3  route  + O 2.2.2.2/32 [110/11] via 10.0.0.2 Tunnel0"), vm.changes().stream().map(StepChanges.Change::line).toList());
        vm.stepBack();
        assertEquals(Duration.ofSeconds(345), vm.now());
        assertEquals(List.of("R2  ospf  + Tunnel0 10.10.10.1 FULL/DR", "R3  ospf  + Tunnel0 10.10.10.1 FULL/DR"),
                vm.changes().stream().map(StepChanges.Change::line).toList());
        vm.jumpTo(Duration.ofMinutes(2));
        assertEquals(CanvasState.Power.UP, vm.canvasState().devices().get("R0").power());
        vm.jumpTo(Duration.ofMinutes(8));
        assertEquals(CanvasState.Power.DOWN, vm.canvasState().devices().get("R0").power());
        vm.jumpTo(Duration.ofMinutes(41));
        assertEquals(CanvasState.TunnelState.DOWN,
                vm.canvasState().tunnels().get(new OverlayLine("R2", "R0", OverlayLine.Kind.GRE_TUNNEL, "Tunnel0")));
    }

    @Test
    void iosRoutersAndAceModulesGetAStateOnTheCanvas() {
        SimulationViewModel vm = SimulationViewModel.synchronous();
        vm.start(ReferenceDesigns.aceFtUpgrade().topology(), List.of(), Duration.ofMinutes(1));
        assertEquals(List.of("ACE_1", "ACE_2"), List.copyOf(vm.canvasState().devices().keySet()));
        assertEquals("1 STANDBY_BULK \u00b7 2 STANDBY_BULK \u00b7 3 STANDBY_BULK", vm.canvasState().devices().get("ACE_2").summary());
        vm.start(DUAL.topology(), List.of(), Duration.ofMinutes(1));
        assertEquals(List.of("R0", "R1", "R2", "R3"), List.copyOf(vm.canvasState().devices().keySet()));
    }

    @Test
    void theJumpFieldTakesTheTimesTheCommandLineTakes() {
        SimulationViewModel vm = SimulationViewModel.synchronous();
        vm.start(DUAL.topology(), List.of(), Duration.ZERO);
        assertTrue(vm.jumpTo("12m30s"));
        assertEquals(Duration.ofSeconds(750), vm.now());
        assertTrue(vm.jumpTo("00:01:05"));
        assertEquals(Duration.ofSeconds(65), vm.now());
        assertFalse(vm.jumpTo("soon"));
        assertEquals("'soon' is not a time; write 12m30s, 750 (seconds) or 00:12:30, at most 30 days (720h)",
                vm.messageProperty().get());
        assertEquals(Duration.ofSeconds(65), vm.now());
    }

    @Test
    void theTimelineIsFilteredByDeviceAndProtocol() {
        SimulationViewModel vm = r0OffAtFiveMinutes();
        vm.jumpTo(Duration.ofMinutes(8));
        vm.deviceFilterProperty().set("r2");
        vm.protocolFilterProperty().set(SimulationViewModel.Protocol.OSPF);
        assertEquals(List.of(
                "00:02:00 R2 %OSPF-5-ADJCHG: Process 1, Nbr 10.10.10.1 on Tunnel0 from LOADING to FULL, Loading Done",
                "00:02:00 R2 %OSPF-5-ADJCHG: Process 1, Nbr 10.10.10.2 on Tunnel1 from LOADING to FULL, Loading Done",
                "00:07:00 R2 %OSPF-5-ADJCHG: Process 1, Nbr 10.10.10.1 on Tunnel0 from FULL to DOWN, Neighbor Down: Dead timer expired"),
                vm.shownLines().stream().map(LogLine::text).toList());
        vm.deviceFilterProperty().set("");
        vm.protocolFilterProperty().set(SimulationViewModel.Protocol.EVENTS);
        assertEquals(List.of("00:05:00 R0 event: power off (injected)"), vm.shownLines().stream().map(LogLine::text).toList());
    }

    @Test
    void editingTheDesignRestartsFromTheEditedDesignWithTheSameScenarioAndTime() {
        SimulationViewModel vm = r0OffAtFiveMinutes();
        vm.jumpTo(Duration.ofMinutes(8));
        Device r2 = DUAL.topology().require("R2");
        Project edited = new EditDevice("Shut Tunnel1", r2.withInterfaces(r2.interfaces().stream()
                .map(i -> i.name().equals("Tunnel1") ? i.withShutdown(true) : i).toList())).apply(DUAL);
        vm.designChanged(edited.topology());
        assertEquals(Duration.ofMinutes(8), vm.now());
        assertEquals(List.of(R0_OFF.at(Duration.ofMinutes(5))), vm.scenario());
        assertEquals(List.of(), StateFacts.of(vm.state(), edited.topology().require("R2")).routes().stream()
                .filter(r -> r.startsWith("O ")).toList());
        assertTrue(vm.lines().stream().anyMatch(l -> l.text().equals("00:05:00 R0 event: power off (injected)")));
    }
}
