package org.labcanvas.model.edit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.layout.Layout;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Topology;

class EditCommandsTest {
    private static final Project DUAL = ReferenceDesigns.dmvpnDualHub();

    private static List<String> names(Project p) {
        return p.topology().devices().stream().map(Device::name).toList();
    }

    @Test
    void removingDevicesDropsTheirLinksAndPositions() {
        Project p = new RemoveDevices(Set.of("R2", "LAN")).apply(DUAL);
        assertEquals(List.of("Internet", "R0", "R1", "R3"), names(p));
        assertEquals(List.of(
                new Link(Endpoint.node("Internet"), Endpoint.of("R0", "FastEthernet2/1")),
                new Link(Endpoint.node("Internet"), Endpoint.of("R1", "FastEthernet2/1")),
                new Link(Endpoint.node("Internet"), Endpoint.of("R3", "FastEthernet1/0"))), p.topology().links());
        assertEquals(Set.of("Internet", "R0", "R1", "R3"), p.layout().placements().keySet());
    }

    @Test
    void movingChangesOnlyTheLayout() {
        Project p = MoveDevices.to(Map.of("R2", Placement.at(10, 20))).apply(DUAL);
        assertEquals(DUAL.topology(), p.topology());
        assertEquals(DUAL.layout().with("R2", Placement.at(10, 20)), p.layout());
        assertThatThrownBy(() -> MoveDevices.to(Map.of("nope", Placement.at(0, 0))).apply(DUAL))
                .hasMessage("no device named 'nope'");
    }

    @Test
    void renamingFollowsLinksLayoutAndReferences() {
        Project ace = ReferenceDesigns.aceFtUpgrade();
        Project p = new RenameDevice("ACE_2", "STANDBY").apply(ace);
        assertEquals(List.of("ACE_1", "STANDBY", "FT_VLAN"), names(p));
        assertEquals("STANDBY", p.topology().require("ACE_1").ace().peerDevice());
        assertEquals(List.of(new Link(Endpoint.node("FT_VLAN"), Endpoint.of("ACE_1", "vlan100")),
                new Link(Endpoint.node("FT_VLAN"), Endpoint.of("STANDBY", "vlan100"))), p.topology().links());
        assertEquals(ace.layout().renamed("ACE_2", "STANDBY"), p.layout());

        Project six = new RenameDevice("BROKER", "HE").apply(ReferenceDesigns.sixInFourTunnelBroker());
        assertEquals("HE", six.topology().require("MAC").sixInFour().broker());
    }

    @Test
    void renamingRefusesTakenAndBlankNames() {
        assertThatThrownBy(() -> new RenameDevice("R2", "R3").apply(DUAL))
                .hasMessage("a device named 'R3' already exists");
        assertThatThrownBy(() -> new RenameDevice("R2", "my router").apply(DUAL))
                .hasMessage("a device name is one word without spaces");
    }

    @Test
    void linksNeedFreeExistingInterfaces() {
        Project p = new Project("x", new Topology(List.of(Device.of("A", DeviceKind.LAN, null),
                Device.of("B", DeviceKind.LAN, null)), List.of()), Layout.EMPTY);
        Link ok = new Link(Endpoint.node("A"), Endpoint.node("B"));
        assertEquals(List.of(ok), new AddLink(ok).apply(p).topology().links());
        assertThatThrownBy(() -> new AddLink(new Link(Endpoint.node("LAN"), Endpoint.of("R0", "FastEthernet2/0")))
                .apply(DUAL)).hasMessage("R0:FastEthernet2/0 is already linked");
        assertThatThrownBy(() -> new AddLink(new Link(Endpoint.node("LAN"), Endpoint.of("R0", "Gi9"))).apply(DUAL))
                .hasMessage("R0 has no interface Gi9");
        Link l = DUAL.topology().links().get(0);
        assertEquals(DUAL.topology().links().subList(1, 6), new RemoveLink(l).apply(DUAL).topology().links());
    }

    @Test
    void editingADeviceReplacesItsValue() {
        Device r2 = DUAL.topology().require("R2").withVersion("15.7(3)M");
        Project p = new EditDevice("Set R2 version", r2).apply(DUAL);
        assertEquals(r2, p.topology().require("R2"));
        assertEquals(DUAL.layout(), p.layout());
    }

    @Test
    void pastingRenamesClashesAndKeepsInnerLinks() {
        Fragment f = Fragment.copy(DUAL, Set.of("R2", "Internet"));
        assertEquals(List.of(new Link(Endpoint.node("Internet"), Endpoint.of("R2", "FastEthernet1/0"))), f.links());
        AddDevices paste = f.pasteInto(DUAL, 40, 40);
        assertEquals(List.of("Internet2", "R4"), paste.devices().stream().map(Device::name).toList());
        assertEquals(List.of(new Link(Endpoint.node("Internet2"), Endpoint.of("R4", "FastEthernet1/0"))), paste.links());
        assertEquals(Map.of("Internet2", Placement.at(640, 460), "R4", Placement.at(390, 700)), paste.placements());
        Project p = paste.apply(DUAL);
        assertEquals(8, p.topology().devices().size());
        assertEquals(7, p.topology().links().size());
    }

    @Test
    void compoundEditsApplyInOrder() {
        Project p = new CompoundEdit("two", List.of(new RenameDevice("R2", "X"), MoveDevices.to(
                Map.of("X", Placement.at(1, 1))))).apply(DUAL);
        assertEquals(Placement.at(1, 1), p.layout().of("X").orElseThrow());
    }

    @Test
    void linkingToALanAddressesTheInterfaceAndAddsOspf() {
        Project p = new RemoveDevices(Set.of("R1")).apply(DUAL);
        p = DevicePalette.create(p, PaletteItem.HUB, Placement.at(900, 200)).apply(p);
        assertEquals("FastEthernet2/0", LinkPlanner.suggestedInterface(p.topology(), "R4", "LAN").orElseThrow());
        assertEquals("FastEthernet2/1", LinkPlanner.suggestedInterface(p.topology(), "R4", "Internet").orElseThrow());
        p = LinkPlanner.link(p, Endpoint.of("R4", "FastEthernet2/0"), Endpoint.node("LAN")).apply(p);
        Device r4 = p.topology().require("R4");
        assertEquals("10.10.10.2/24", r4.iface("FastEthernet2/0").orElseThrow().ipv4());
        assertEquals("10.10.10.0", r4.ospf().networks().get(1).address());
        assertEquals(List.of("FastEthernet2/1"), LinkPlanner.freeInterfaces(p.topology(), "R4"));
    }
}
