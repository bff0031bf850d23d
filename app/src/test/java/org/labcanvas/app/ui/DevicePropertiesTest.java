package org.labcanvas.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.edit.EditCommand;
import org.labcanvas.model.edit.RenameDevice;
import org.labcanvas.model.edit.UndoStack;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

class DevicePropertiesTest {
    private static final Project DUAL = ReferenceDesigns.dmvpnDualHub();

    private static PropertyRow row(Device d, String iface, String category, String name) {
        return DeviceProperties.rows(d, iface).stream()
                .filter(r -> r.category().equals(category) && r.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(category + "/" + name));
    }

    @Test
    void aSpokeShowsSectionsForItsTunnelNhrpOspfAndCrypto() {
        List<String> categories = DeviceProperties.rows(DUAL.topology().require("R2"), "Tunnel0").stream()
                .map(PropertyRow::category).distinct().toList();
        assertEquals(List.of("Device", "Interface Tunnel0", "Tunnel Tunnel0", "NHRP Tunnel0", "OSPF Tunnel0",
                "Static routes", "OSPF process 1", "Crypto", "Crypto profile myDMVPN"), categories);
    }

    @Test
    void anInvalidAddressIsRefusedWithTheParsersReason() {
        PropertyRow ipv4 = row(DUAL.topology().require("R2"), "Tunnel0", "Interface Tunnel0", "IPv4 address");
        assertEquals("10.0.0.2/24", ipv4.value());
        assertEquals(Optional.of("'10.0.0.0/24' is the network address of 10.0.0.0/24; IOS refuses it as an interface address (Bad mask)"),
                ipv4.problem("10.0.0.0/24"));
        assertThat(ipv4.problem("10.0.0.300/24")).isPresent();
        assertThat(ipv4.problem("2001:db8::1/64")).contains("'2001:db8::1/64' is not an IPv4 address");
        assertThat(ipv4.problem("10.0.0.9/24")).isEmpty();
        Project after = ipv4.edit("10.0.0.9/24").apply(DUAL);
        assertEquals("10.0.0.9/24", after.topology().require("R2").iface("Tunnel0").orElseThrow().ipv4());
    }

    @Test
    void numbersAreCheckedAgainstTheirRange() {
        PropertyRow prio = row(DUAL.topology().require("R2"), "Tunnel0", "OSPF Tunnel0", "Priority");
        assertEquals("0", prio.value());
        assertEquals(Optional.of("256 is out of range 0-255"), prio.problem("256"));
        assertEquals(Optional.of("'x' is not a whole number"), prio.problem("x"));
    }

    @Test
    void nhrpMapsAndOspfNetworksAreEditedAsText() {
        Device r2 = DUAL.topology().require("R2");
        assertEquals("10.0.0.1=10.4.0.1", row(r2, "Tunnel0", "NHRP Tunnel0", "Static maps (tunnel=nbma)").value());
        PropertyRow nets = row(r2, "Tunnel0", "OSPF process 1", "Networks (address wildcard area)");
        assertEquals("2.2.2.2 0.0.0.0 10, 10.0.0.0 0.0.0.255 10, 10.1.1.0 0.0.0.255 10", nets.value());
        assertEquals(Optional.of("write a network as ADDRESS WILDCARD AREA (10.0.0.0 0.0.0.255 10)"), nets.problem("10.0.0.0"));
    }

    @Test
    void theNameRowRenamesThroughTheRenameCommand() {
        PropertyRow name = row(DUAL.topology().require("R2"), null, "Device", "Name");
        assertEquals(new RenameDevice("R2", "SPOKE2"), name.edit("SPOKE2"));
        assertEquals(Optional.of("a device named 'R3' already exists"), name.problem("R3", DUAL));
        assertEquals(Optional.empty(), name.problem("SPOKE2", DUAL));
    }

    @Test
    void thePreSharedKeyIsNeverShown() {
        PropertyRow psk = row(DUAL.topology().require("R0"), null, "Crypto", "Pre-shared key (0.0.0.0)");
        assertEquals("", psk.value());
        assertEquals(Optional.of("a pre-shared key needs at least 8 characters"), psk.problem("short"));
    }

    @Test
    void staticRoutesAreEditedAsText() {
        Device r2 = DUAL.topology().require("R2");
        PropertyRow routes = row(r2, null, "Static routes", "Routes (prefix via next hop)");
        assertEquals("0.0.0.0/0 via 10.4.2.2", routes.value());
        Project after = routes.edit("0.0.0.0/0 via 10.4.2.9, 10.99.0.0/16 via 10.4.2.2 distance 200").apply(DUAL);
        assertEquals(List.of(org.labcanvas.model.topology.StaticRoute.via("0.0.0.0/0", "10.4.2.9"),
                        new org.labcanvas.model.topology.StaticRoute("10.99.0.0/16", "10.4.2.2", null, 200)),
                after.topology().require("R2").staticRoutes());
        assertThat(routes.problem("0.0.0.0/0 to 10.4.2.2")).contains("unknown route word 'to' (via, dev, distance)");
    }

    @Test
    void theSixInFourClientAndBrokerHaveTheirSections() {
        Project six = ReferenceDesigns.sixInFourTunnelBroker();
        assertEquals("2001:db8::1", row(six.topology().require("MAC"), "gif0", "6in4 client", "Broker-side IPv6").value());
        PropertyRow endpoint = row(six.topology().require("BROKER"), null, "Tunnel broker", "IPv4 endpoint");
        assertEquals("216.66.80.26", endpoint.value());
        assertThat(endpoint.problem("216.66.80.300")).isPresent();
    }

    @Test
    void addingInterfacesUsesTheNextFreeNameInTheDevicesStyle() {
        Device r2 = DUAL.topology().require("R2");
        Project after = InterfaceEdits.add(r2, InterfaceType.LOOPBACK).apply(DUAL);
        after = InterfaceEdits.add(after.topology().require("R2"), InterfaceType.TUNNEL).apply(after);
        after = InterfaceEdits.add(after.topology().require("R2"), InterfaceType.PHYSICAL).apply(after);
        List<Interface> expected = new ArrayList<>(r2.interfaces());
        expected.add(Interface.loopback("Loopback1", null));
        expected.add(Interface.tunnel("Tunnel2", null, new TunnelSettings(TunnelMode.GRE_P2P, null, null, null, null)));
        expected.add(Interface.physical("FastEthernet1/1", null));
        assertEquals(r2.withInterfaces(expected), after.topology().require("R2"));
        assertEquals(DUAL.topology().links(), after.topology().links());
    }

    @Test
    void aHostGetsOsStyleInterfaceNames() {
        Device mac = Device.of("MAC", org.labcanvas.model.topology.DeviceKind.HOST, org.labcanvas.model.topology.Platform.MACOS)
                .withInterfaces(List.of(Interface.physical("en0", null)));
        assertEquals("lo0", InterfaceEdits.nextName(mac, InterfaceType.LOOPBACK));
        assertEquals("gif0", InterfaceEdits.nextName(mac, InterfaceType.TUNNEL));
        assertEquals("en1", InterfaceEdits.nextName(mac, InterfaceType.PHYSICAL));
    }

    @Test
    void aSegmentNodeTakesNoInterfaces() {
        assertThatThrownBy(() -> InterfaceEdits.add(DUAL.topology().require("LAN"), InterfaceType.LOOPBACK))
                .hasMessage("LAN is a lan node and has no interfaces");
    }

    @Test
    void removingAnInterfaceRemovesItsLinksInOneUndoStep() {
        Device r2 = DUAL.topology().require("R2");
        EditCommand remove = InterfaceEdits.remove(DUAL.topology(), "R2", "FastEthernet1/0");
        Project after = remove.apply(DUAL);
        assertEquals(r2.withInterfaces(r2.interfaces().stream().filter(i -> !i.name().equals("FastEthernet1/0")).toList()),
                after.topology().require("R2"));
        assertEquals(DUAL.topology().links().stream().filter(l -> !l.touches("R2")).toList(), after.topology().links());
        UndoStack history = new UndoStack(DUAL);
        history.execute(remove);
        history.undo();
        assertEquals(DUAL, history.current());
        assertThatThrownBy(() -> InterfaceEdits.remove(DUAL.topology(), "R2", "Serial0/0"))
                .hasMessage("R2 has no interface Serial0/0");
    }
}
