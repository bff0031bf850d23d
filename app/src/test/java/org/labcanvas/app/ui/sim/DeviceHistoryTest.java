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

    @Test
    void anAceModulesFtStatesAreSampledGroupByGroupAndItsPeerTakesOverWhenItLosesPower() {
        Topology ace = ReferenceDesigns.aceFtUpgrade().topology();
        List<ScriptEvent> off = List.of(new ScriptEvent.Power(0, Duration.ofMinutes(6), "ACE_1", false));
        List<DeviceHistory.Sample> ace2 = DeviceHistory.of(ace, off, "ACE_2", Duration.ofMinutes(8), Duration.ofMinutes(2));
        // Booting, bulk sync, C1 left COLD by the sample's sync fault; at 6:00 ACE_1 has just gone
        // (its peer notices after the missed heartbeats, 3 s), so by 8:00 ACE_2 is active everywhere.
        assertEquals(List.of("1 INIT 2 INIT", "1 STANDBY_BULK 2 STANDBY_BULK", "1 STANDBY_HOT 2 STANDBY_COLD",
                        "1 STANDBY_HOT 2 STANDBY_COLD", "1 ACTIVE 2 ACTIVE"),
                ace2.stream().map(x -> String.join(" ", x.ft().stream().filter(g -> g.id() < 3)
                        .map(g -> g.id() + " " + g.state()).toList())).toList());
        assertEquals(List.of(), DeviceHistory.of(ace, off, "ACE_1", Duration.ofMinutes(8), Duration.ofMinutes(8)).get(1).ft());
    }
}
