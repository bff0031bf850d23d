package org.labcanvas.model.sim.events;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.sim.core.DeviceAction;
import org.labcanvas.model.topology.Topology;

/** The 6in4 events of a script: public-ip-change, updater-run, cpe-nat and block-proto41. */
class SixInFourEventsTest {
    private static final Topology SIX = ReferenceDesigns.sixInFourTunnelBroker().topology();
    private static final EventScriptParser PARSER = EventScriptParser.forTopology(SIX);

    @Test
    void eachActionBecomesItsTypedEvent() throws Exception {
        EventScript s = PARSER.parse("""
                events:
                  - at: 7m
                    device: MAC
                    action: public-ip-change
                    address: 198.51.100.7
                  - at: 8m
                    device: MAC
                    action: updater-run
                  - at: 9m
                    device: MAC
                    action: cpe-nat
                    enabled: true
                  - at: 10m
                    device: BROKER
                    action: block-proto41
                    enabled: false
                """);
        assertEquals(List.of(
                new ScriptEvent.Action(2, Duration.ofMinutes(7), new DeviceAction.PublicAddressChange("MAC", "198.51.100.7")),
                new ScriptEvent.Action(6, Duration.ofMinutes(8), new DeviceAction.UpdaterRun("MAC")),
                new ScriptEvent.Action(9, Duration.ofMinutes(9), new DeviceAction.CpeNat("MAC", true)),
                new ScriptEvent.Action(13, Duration.ofMinutes(10), new DeviceAction.BlockProtocol41("BROKER", false))),
                s.events());
    }

    private static void assertError(Topology t, String yaml, String message) {
        assertThatThrownBy(() -> EventScriptParser.forTopology(t).parse(yaml)).isInstanceOf(EventScriptException.class)
                .hasMessage(message);
    }

    @Test
    void aPublicIpChangeNeedsAnIpv4AddressOnA6in4Client() {
        assertError(SIX, "events:\n  - at: 1m\n    device: MAC\n    action: public-ip-change\n",
                "line 2: 'public-ip-change' needs 'address:' (the new public IPv4)");
        assertError(SIX, "events:\n  - at: 1m\n    device: MAC\n    action: public-ip-change\n    address: 2001:db8::7\n",
                "line 5: '2001:db8::7' is not an IPv4 address (write it dotted: 198.51.100.7)");
        assertError(SIX, "events:\n  - at: 1m\n    device: BROKER\n    action: public-ip-change\n    address: 198.51.100.7\n",
                "line 4: 'public-ip-change' applies to a 6in4 client; BROKER is not one (it has no 6in4 settings)");
        assertError(ReferenceDesigns.dmvpnDualHub().topology(),
                "events:\n  - at: 1m\n    device: R0\n    action: updater-run\n",
                "line 4: 'updater-run' applies to a 6in4 client; R0 is not one (it has no 6in4 settings)");
        assertError(ReferenceDesigns.dmvpnDualHub().topology(),
                "events:\n  - at: 1m\n    device: R0\n    action: block-proto41\n    enabled: true\n",
                "line 4: 'block-proto41' applies to a 6in4 client or a tunnel broker; R0 is neither");
    }

    @Test
    void enabledIsTrueOrFalseAndBelongsOnlyToTheSwitches() {
        assertError(SIX, "events:\n  - at: 1m\n    device: MAC\n    action: cpe-nat\n",
                "line 2: 'cpe-nat' needs 'enabled: true' or 'enabled: false'");
        assertError(SIX, "events:\n  - at: 1m\n    device: MAC\n    action: block-proto41\n    enabled: maybe\n",
                "line 5: 'enabled' is true or false, not 'maybe'");
        assertError(SIX, "events:\n  - at: 1m\n    device: MAC\n    action: updater-run\n    enabled: true\n",
                "line 5: 'enabled' belongs to 'action: cpe-nat' or 'action: block-proto41'");
        assertError(SIX, "events:\n  - at: 1m\n    device: MAC\n    action: down\n    address: 198.51.100.7\n",
                "line 5: 'address' belongs to 'action: public-ip-change'");
        assertError(SIX, "events:\n  - at: 1m\n    link: [Internet, MAC:en0]\n    action: cpe-nat\n    enabled: true\n",
                "line 2: 'cpe-nat' needs 'device' (the 6in4 client)");
    }

    @Test
    void anUnknownActionListsTheActions() {
        assertError(SIX, "events:\n  - at: 1m\n    device: MAC\n    action: ip-change\n",
                "line 4: unknown action 'ip-change' (down, up, reload, public-ip-change, updater-run, cpe-nat or block-proto41)");
    }
}
