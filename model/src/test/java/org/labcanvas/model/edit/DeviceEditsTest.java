package org.labcanvas.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.AceContext;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.FtGroup;
import org.labcanvas.model.topology.FtTrack;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.IpsecProfile;
import org.labcanvas.model.topology.IsakmpPolicy;
import org.labcanvas.model.topology.PreSharedKey;
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.TransformSet;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

/** The design edits behind the properties sheet, without a screen. */
class DeviceEditsTest {
    private static final Project DUAL = ReferenceDesigns.dmvpnDualHub();
    private static final Project ACE = ReferenceDesigns.aceFtUpgrade();

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
    void cryptoObjectsAreAddedWithTheNextFreePriorityAndNameEachInOneUndoStep() {
        Device r0 = DUAL.topology().require("R0");
        CryptoSettings c = r0.crypto();
        UndoStack history = new UndoStack(DUAL);
        history.execute(CryptoEdits.addIsakmpPolicy(r0));
        history.execute(CryptoEdits.addTransformSet(history.current().topology().require("R0")));
        history.execute(CryptoEdits.addProfile(history.current().topology().require("R0")));
        EditCommand key = CryptoEdits.addPreSharedKey(history.current().topology().require("R0"), "Peer-Key-0042", "10.4.2.1", "255.255.255.255");
        assertThat(key.toString()).doesNotContain("Peer-Key-0042");
        assertThat(key.label()).doesNotContain("Peer-Key-0042");
        history.execute(key);
        assertEquals(r0.withCrypto(new CryptoSettings(
                        List.of(c.isakmpPolicies().get(0), IsakmpPolicy.preShare(20)),
                        List.of(c.preSharedKeys().get(0), new PreSharedKey(Secret.of("Peer-Key-0042"), "10.4.2.1", "255.255.255.255")),
                        List.of(c.transformSets().get(0), new TransformSet("set1", List.of("esp-aes", "esp-sha-hmac"), null)),
                        List.of(c.profiles().get(0), new IpsecProfile("profile1", List.of("mySet"), null, null)))),
                history.current().topology().require("R0"));
        history.undo();
        assertThat(history.current().topology().require("R0").crypto().preSharedKeys()).hasSize(1);
        history.undo();
        history.undo();
        history.undo();
        assertEquals(DUAL, history.current());
    }

    @Test
    void aTransformSetOrProfileStillInUseIsNotRemoved() {
        Device r0 = DUAL.topology().require("R0");
        assertThatThrownBy(() -> CryptoEdits.removeTransformSet(r0, "mySet")).hasMessage("transform set mySet is used by profile myDMVPN");
        assertThatThrownBy(() -> CryptoEdits.removeProfile(r0, "myDMVPN")).hasMessage("profile myDMVPN protects Tunnel0");
        assertThatThrownBy(() -> CryptoEdits.removeIsakmpPolicy(r0, 30)).hasMessage("R0 has no ISAKMP policy 30");
    }

    @Test
    void anAceModuleTakesTheNextVlanInterfaceAndNothingElse() {
        Device ace1 = ACE.topology().require("ACE_1");
        Project after = InterfaceEdits.add(ace1, InterfaceType.VLAN).apply(ACE);
        List<Interface> expected = new ArrayList<>(ace1.interfaces());
        expected.add(new Interface("vlan101", InterfaceType.VLAN, null, null, List.of(), null, null, null, null, false, null, null, null));
        assertEquals(ace1.withInterfaces(expected), after.topology().require("ACE_1"));
        assertThatThrownBy(() -> InterfaceEdits.add(DUAL.topology().require("R2"), InterfaceType.VLAN))
                .hasMessage("only an ACE module takes VLAN interfaces");
    }

    @Test
    void contextsAreAddedWithAFreeNameAndIdAndOnlyAFreeOneIsRemoved() {
        Device ace1 = ACE.topology().require("ACE_1");
        AceSettings a = ace1.ace();
        UndoStack history = new UndoStack(ACE);
        history.execute(AceEdits.addContext(ace1));
        List<AceContext> contexts = new ArrayList<>(a.contexts());
        contexts.add(new AceContext("C3", 1, List.of()));
        assertEquals(ace1.withAce(a.withContexts(contexts)), history.current().topology().require("ACE_1"));
        history.execute(AceEdits.removeContext(history.current().topology().require("ACE_1"), "C3"));
        assertEquals(ace1, history.current().topology().require("ACE_1"));
        history.undo();
        history.undo();
        assertEquals(ACE, history.current());
        assertThatThrownBy(() -> AceEdits.removeContext(ace1, "C2")).hasMessage("context C2 is associated with FT group 3");
        assertThatThrownBy(() -> AceEdits.removeContext(ace1, "Admin")).hasMessage("the Admin context always exists");
    }
}
