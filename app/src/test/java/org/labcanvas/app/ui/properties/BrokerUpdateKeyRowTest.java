package org.labcanvas.app.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.BrokerSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Secret;

/** The broker's expected update key: masked, set and cleared from its row, and kept when other broker settings change. */
class BrokerUpdateKeyRowTest {
    private static PropertyRow row(Device d, String name) {
        return DeviceProperties.rows(d, null).stream()
                .filter(r -> r.category().equals("Tunnel broker") && r.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name));
    }

    private static Project apply(Project p, String name, String value) {
        return row(p.topology().require("BROKER"), name).edit(value).apply(p);
    }

    @Test
    void theExpectedKeyIsSetMaskedAndSurvivesEditsOfTheOtherSettings() {
        Project six = ReferenceDesigns.sixInFourTunnelBroker();
        assertEquals("", row(six.topology().require("BROKER"), "Expected update key").value());
        Project p = apply(six, "Expected update key", "Broker-Key-77");
        p = apply(p, "Tunnel id", "722157");
        BrokerSettings b = p.topology().require("BROKER").broker();
        assertEquals(new BrokerSettings("216.66.80.26", "722157", "2001:db8::1/128", "2001:db8::2/128", "2001:db8:1::/64",
                Secret.of("Broker-Key-77")), b);
        assertEquals(PropertyRow.HIDDEN, row(p.topology().require("BROKER"), "Expected update key").value());
        assertEquals(null, apply(p, "Expected update key", "").topology().require("BROKER").broker().updateKey());
        assertEquals(Optional.of("an update key cannot contain spaces"),
                row(p.topology().require("BROKER"), "Expected update key").problem("a b"));
    }
}
