package org.labcanvas.app.ui.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.topology.Topology;

class DeviceHistoryTest {
    private static final Topology DUAL = ReferenceDesigns.dmvpnDualHub().topology();
    private static final List<ScriptEvent> R0_OFF_AT_10M = List.of(new ScriptEvent.Power(0, Duration.ofMinutes(10), "R0", false));

    @Test
    void r2sFullNeighboursDropFromTwoToOneOneDeadIntervalAfterR0Fails() {
        List<DeviceHistory.Sample> r2 = DeviceHistory.of(DUAL, R0_OFF_AT_10M, "R2", Duration.ofMinutes(14), Duration.ofMinutes(2));
        assertEquals(List.of(0, 2, 2, 2, 2, 2, 1, 1), r2.stream().map(DeviceHistory.Sample::fullNeighbors).toList());
        assertEquals(List.of(Duration.ZERO, Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(6),
                Duration.ofMinutes(8), Duration.ofMinutes(10), Duration.ofMinutes(12), Duration.ofMinutes(14)),
                r2.stream().map(DeviceHistory.Sample::at).toList());
    }

    @Test
    void theFailedHubsNhrpCacheEmptiesWhenItLosesPower() {
        List<DeviceHistory.Sample> r0 = DeviceHistory.of(DUAL, R0_OFF_AT_10M, "R0", Duration.ofMinutes(12), Duration.ofMinutes(4));
        assertEquals(List.of(2, 2, 2, 0), r0.stream().map(DeviceHistory.Sample::nhrpEntries).toList());
        assertEquals(List.of(true, true, true, false), r0.stream().map(DeviceHistory.Sample::up).toList());
    }
}
