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
import org.labcanvas.model.topology.AceContext;
import org.labcanvas.model.topology.AceImage;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.FtGroup;
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
                "Static routes", "OSPF process 1", "Crypto", "ISAKMP policy 10", "Transform set mySet", "Crypto profile myDMVPN"), categories);
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

    private static Project apply(Project p, String device, String category, String name, String value) {
        return row(p.topology().require(device), null, category, name).edit(value).apply(p);
    }

    @Test
    void isakmpPolicyFieldsAreChosenFromTheIosValues() {
        Device r0 = DUAL.topology().require("R0");
        assertEquals("", row(r0, null, "ISAKMP policy 10", "Encryption").value());
        assertEquals(List.of("", "des", "3des", "aes", "aes 192", "aes 256"), row(r0, null, "ISAKMP policy 10", "Encryption").choices());
        Project p = apply(DUAL, "R0", "ISAKMP policy 10", "Encryption", "aes 256");
        p = apply(p, "R0", "ISAKMP policy 10", "Hash", "sha256");
        p = apply(p, "R0", "ISAKMP policy 10", "DH group", "14");
        p = apply(p, "R0", "ISAKMP policy 10", "Lifetime (s)", "3600");
        p = apply(p, "R0", "ISAKMP policy 10", "Priority", "20");
        CryptoSettings c = r0.crypto();
        assertEquals(r0.withCrypto(new CryptoSettings(List.of(new IsakmpPolicy(20, "aes 256", "sha256", "pre-share", 14, 3600)),
                c.preSharedKeys(), c.transformSets(), c.profiles())), p.topology().require("R0"));
        PropertyRow group = row(r0, null, "ISAKMP policy 10", "DH group");
        assertEquals(Optional.of("'3' is not one of (default), 1, 2, 5, 14"), group.problem("3"));
        assertEquals(Optional.of("59 is out of range 60-86400"), row(r0, null, "ISAKMP policy 10", "Lifetime (s)").problem("59"));
        assertEquals(Optional.of("'rsa-encr' is not one of (default), pre-share, rsa-sig"),
                row(r0, null, "ISAKMP policy 10", "Authentication").problem("rsa-encr"));
        assertEquals(Optional.of("'md4' is not one of (default), sha, md5, sha256"), row(r0, null, "ISAKMP policy 10", "Hash").problem("md4"));
    }

    @Test
    void aTransformSetTakesIosTransformsAndItsRenameFollowsIntoProfiles() {
        Device r0 = DUAL.topology().require("R0");
        Project p = apply(DUAL, "R0", "Transform set mySet", "Transforms", "esp-aes 256 esp-sha256-hmac");
        p = apply(p, "R0", "Transform set mySet", "Mode", "transport");
        p = apply(p, "R0", "Transform set mySet", "Name", "AES256");
        CryptoSettings c = r0.crypto();
        assertEquals(r0.withCrypto(new CryptoSettings(c.isakmpPolicies(), c.preSharedKeys(),
                List.of(new TransformSet("AES256", List.of("esp-aes", "256", "esp-sha256-hmac"), "transport")),
                List.of(new IpsecProfile("myDMVPN", List.of("AES256"), 120, 2)))), p.topology().require("R0"));
        Project back = apply(p, "R0", "Transform set AES256", "Mode", "tunnel");
        assertEquals(List.of(new TransformSet("AES256", List.of("esp-aes", "256", "esp-sha256-hmac"), null)),
                back.topology().require("R0").crypto().transformSets());
        PropertyRow transforms = row(r0, null, "Transform set mySet", "Transforms");
        assertThat(transforms.problem("esp-aes esp-gcm")).contains(
                "'esp-gcm' is not a transform (esp-aes, esp-3des, esp-des, esp-aes 256, esp-sha-hmac, esp-md5-hmac, esp-sha256-hmac)");
        assertEquals(Optional.of("a transform set takes one ESP encryption and one ESP authentication transform"),
                transforms.problem("esp-aes esp-3des"));
        assertEquals(Optional.of("a transform set needs at least one transform (esp-aes esp-sha-hmac)"), transforms.problem(""));
        assertEquals(Optional.of("a transform set name is one word"), row(r0, null, "Transform set mySet", "Name").problem("my set"));
    }

    @Test
    void anIpsecProfileNamesExistingTransformSetsAndIosLifetimesAndPfsGroups() {
        Device r0 = DUAL.topology().require("R0");
        Project p = apply(DUAL, "R0", "Crypto profile myDMVPN", "SA lifetime (s)", "86400");
        p = apply(p, "R0", "Crypto profile myDMVPN", "PFS group", "");
        CryptoSettings c = r0.crypto();
        assertEquals(r0.withCrypto(new CryptoSettings(c.isakmpPolicies(), c.preSharedKeys(), c.transformSets(),
                List.of(new IpsecProfile("myDMVPN", List.of("mySet"), 86400, null)))), p.topology().require("R0"));
        PropertyRow sets = row(r0, null, "Crypto profile myDMVPN", "Transform sets");
        assertEquals("mySet", sets.value());
        assertEquals(Optional.of("no transform set 'other' on R0 (mySet)"), sets.problem("mySet, other"));
        assertEquals(Optional.of("119 is out of range 120-86400"), row(r0, null, "Crypto profile myDMVPN", "SA lifetime (s)").problem("119"));
        assertEquals(Optional.of("'24' is not one of (default), 1, 2, 5, 14"), row(r0, null, "Crypto profile myDMVPN", "PFS group").problem("24"));
    }

    @Test
    void aNewPreSharedKeyReplacesTheOldOneAndNeverAppearsInTheEdit() {
        Device r0 = DUAL.topology().require("R0");
        PropertyRow psk = row(r0, null, "Crypto", "Pre-shared key (0.0.0.0)");
        EditCommand edit = psk.edit("New-Lab-Key-42x");
        assertThat(edit.toString()).doesNotContain("New-Lab-Key-42x");
        assertThat(edit.label()).doesNotContain("New-Lab-Key-42x");
        CryptoSettings c = r0.crypto();
        assertEquals(r0.withCrypto(new CryptoSettings(c.isakmpPolicies(),
                        List.of(new PreSharedKey(Secret.of("New-Lab-Key-42x"), "0.0.0.0", "0.0.0.0")), c.transformSets(), c.profiles())),
                edit.apply(DUAL).topology().require("R0"));
        assertEquals(Optional.of("a pre-shared key cannot contain spaces"), psk.problem("two words key"));
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
    void aPreSharedKeyTakesAPeerAddressAndContiguousMaskAndTheWildcard() {
        Device r0 = DUAL.topology().require("R0");
        assertThatThrownBy(() -> CryptoEdits.addPreSharedKey(r0, "Another-Key-9", "0.0.0.0", "0.0.0.0"))
                .hasMessage("R0 already has a key for 0.0.0.0 0.0.0.0");
        assertThatThrownBy(() -> CryptoEdits.addPreSharedKey(r0, "short", "10.4.2.1", "255.255.255.255"))
                .hasMessage("a pre-shared key needs at least 8 characters");
        assertThatThrownBy(() -> CryptoEdits.addPreSharedKey(r0, "Peer-Key-0042", "10.4.2.1", "255.0.255.0"))
                .hasMessage("'255.0.255.0' is not a mask (255.255.255.255, 255.255.255.0, 0.0.0.0)");
        PropertyRow address = row(r0, null, "Crypto", "Peer address of key (0.0.0.0)");
        PropertyRow mask = row(r0, null, "Crypto", "Peer mask of key (0.0.0.0)");
        assertEquals("0.0.0.0", address.value());
        assertEquals("0.0.0.0", mask.value());
        Project p = address.edit("10.4.0.0").apply(DUAL);
        p = row(p.topology().require("R0"), null, "Crypto", "Peer mask of key (10.4.0.0)").edit("255.255.0.0").apply(p);
        Secret k = r0.crypto().preSharedKeys().get(0).key();
        CryptoSettings c = r0.crypto();
        assertEquals(r0.withCrypto(new CryptoSettings(c.isakmpPolicies(), List.of(new PreSharedKey(k, "10.4.0.0", "255.255.0.0")),
                c.transformSets(), c.profiles())), p.topology().require("R0"));
        assertThat(mask.problem("255.0.255.0")).contains("'255.0.255.0' is not a mask (255.255.255.255, 255.255.255.0, 0.0.0.0)");
        assertThat(address.problem("10.4.0.300")).isPresent();
    }

    @Test
    void aTransformSetOrProfileStillInUseIsNotRemoved() {
        Device r0 = DUAL.topology().require("R0");
        assertThatThrownBy(() -> CryptoEdits.removeTransformSet(r0, "mySet")).hasMessage("transform set mySet is used by profile myDMVPN");
        assertThatThrownBy(() -> CryptoEdits.removeProfile(r0, "myDMVPN")).hasMessage("profile myDMVPN protects Tunnel0");
        assertThatThrownBy(() -> CryptoEdits.removeIsakmpPolicy(r0, 30)).hasMessage("R0 has no ISAKMP policy 30");
    }

    @Test
    void removingEveryCryptoObjectLeavesARouterWithoutCryptoThatStillShowsTheSection() {
        Device r0 = DUAL.topology().require("R0");
        List<Interface> unprotected = r0.interfaces().stream().map(i -> i.tunnel() == null ? i
                : i.withTunnel(new TunnelSettings(i.tunnel().mode(), i.tunnel().source(), i.tunnel().destination(), i.tunnel().key(), null))).toList();
        Device bare = r0.withInterfaces(unprotected);
        Project p = new EditDeviceStep(bare).apply(DUAL);
        UndoStack history = new UndoStack(p);
        history.execute(CryptoEdits.removeProfile(history.current().topology().require("R0"), "myDMVPN"));
        history.execute(CryptoEdits.removeTransformSet(history.current().topology().require("R0"), "mySet"));
        history.execute(CryptoEdits.removeIsakmpPolicy(history.current().topology().require("R0"), 10));
        history.execute(CryptoEdits.removePreSharedKey(history.current().topology().require("R0"), "0.0.0.0", "0.0.0.0"));
        Device none = history.current().topology().require("R0");
        assertEquals(bare.withCrypto(null), none);
        assertEquals("none", row(none, null, "Crypto", "Objects").value());
        history.execute(CryptoEdits.addIsakmpPolicy(none));
        assertEquals(bare.withCrypto(new CryptoSettings(List.of(IsakmpPolicy.preShare(10)), List.of(), List.of(), List.of())),
                history.current().topology().require("R0"));
        assertThatThrownBy(() -> CryptoEdits.addProfile(none)).hasMessage("R0 has no transform set for a profile; add a transform set first");
        assertThatThrownBy(() -> CryptoEdits.addIsakmpPolicy(DUAL.topology().require("LAN"))).hasMessage("LAN takes no crypto settings");
    }

    private record EditDeviceStep(Device after) {
        Project apply(Project p) {
            return new org.labcanvas.model.edit.EditDevice("test", after).apply(p);
        }
    }

    @Test
    void anOspfProcessIsCreatedAndRemovedAndItsStatementsEdited() {
        Device r2 = DUAL.topology().require("R2");
        assertThatThrownBy(() -> OspfEdits.create(r2)).hasMessage("R2 already runs OSPF process 1");
        UndoStack history = new UndoStack(DUAL);
        history.execute(OspfEdits.remove(r2));
        Device none = history.current().topology().require("R2");
        assertEquals(r2.withOspf(null), none);
        assertEquals("none", row(none, null, "OSPF", "Process").value());
        history.execute(OspfEdits.create(none));
        Project p = history.current();
        p = apply(p, "R2", "OSPF process 1", "Networks (address wildcard area)", "10.0.0.0 0.0.0.255 0");
        p = apply(p, "R2", "OSPF process 1", "Neighbors", "10.0.0.1 priority 1 poll-interval 60, 10.0.0.3");
        p = apply(p, "R2", "OSPF process 1", "Passive interfaces", "Loopback0, FastEthernet1/0");
        p = apply(p, "R2", "OSPF process 1", "Passive by default", "true");
        p = apply(p, "R2", "OSPF process 1", "Process id", "7");
        assertEquals(r2.withOspf(new org.labcanvas.model.topology.OspfProcess(7, null, null,
                        List.of(new org.labcanvas.model.topology.OspfNetwork("10.0.0.0", "0.0.0.255", 0)),
                        List.of(new org.labcanvas.model.topology.OspfNeighbor("10.0.0.1", 1, 60), org.labcanvas.model.topology.OspfNeighbor.of("10.0.0.3")),
                        List.of("Loopback0", "FastEthernet1/0"), true)),
                p.topology().require("R2"));
        assertEquals("10.0.0.1 priority 1 poll-interval 60, 10.0.0.3",
                row(p.topology().require("R2"), null, "OSPF process 7", "Neighbors").value());
        PropertyRow passive = row(r2, null, "OSPF process 1", "Passive interfaces");
        assertEquals(Optional.of("R2 has no interface Serial0/0"), passive.problem("Serial0/0"));
        PropertyRow neighbors = row(r2, null, "OSPF process 1", "Neighbors");
        assertEquals(Optional.of("256 is out of range 0-255"), neighbors.problem("10.0.0.1 priority 256"));
        assertEquals(Optional.of("unknown neighbor word 'cost' (priority, poll-interval)"), neighbors.problem("10.0.0.1 cost 5"));
        history.undo();
        history.undo();
        assertEquals(DUAL, history.current());
        assertThatThrownBy(() -> OspfEdits.create(DUAL.topology().require("LAN"))).hasMessage("LAN runs no OSPF process");
    }

    private static final Project ACE = ReferenceDesigns.aceFtUpgrade();

    @Test
    void aceContextsImagesAndBootOrderAreEditedAsText() {
        Device ace1 = ACE.topology().require("ACE_1");
        AceSettings a = ace1.ace();
        assertEquals("Admin 0, C1 4, C2 3", row(ace1, null, "ACE", "Contexts (name id)").value());
        assertEquals("image:c6ace-t1k9-mz.A2_1_4a.bin", row(ace1, null, "ACE", "Boot system (in order)").value());
        Project p = apply(ACE, "ACE_1", "ACE", "Contexts (name id)", "Admin 0, C1 4, C2 3, C3 5");
        p = apply(p, "ACE_1", "ACE", "Images (name version size)",
                "c6ace-t1k9-mz.A2_1_4a.bin A2(1.4a) 36864512, c6ace-t1k9-mz.A2_2_3.bin A2(2.3) 37000000");
        p = apply(p, "ACE_1", "ACE", "Boot system (in order)", "image:c6ace-t1k9-mz.A2_2_3.bin, c6ace-t1k9-mz.A2_1_4a.bin");
        List<AceContext> contexts = List.of(new AceContext("Admin", 0, List.of()), new AceContext("C1", 4, List.of()),
                new AceContext("C2", 3, List.of()), new AceContext("C3", 5, List.of()));
        List<AceImage> images = List.of(new AceImage("c6ace-t1k9-mz.A2_1_4a.bin", "A2(1.4a)", 36_864_512L),
                new AceImage("c6ace-t1k9-mz.A2_2_3.bin", "A2(2.3)", 37_000_000L));
        assertEquals(ace1.withAce(new AceSettings(a.peerDevice(), a.ftInterface(), a.ftPeer(), a.ftGroups(), contexts, a.tracking(),
                        images, List.of("c6ace-t1k9-mz.A2_2_3.bin", "c6ace-t1k9-mz.A2_1_4a.bin"), a.runningImage())),
                p.topology().require("ACE_1"));
    }

    @Test
    void aceEditsThatWouldBreakTheModuleAreRefused() {
        Device ace1 = ACE.topology().require("ACE_1");
        PropertyRow contexts = row(ace1, null, "ACE", "Contexts (name id)");
        assertEquals(Optional.of("FT group 3 is associated with context C2"), contexts.problem("Admin 0, C1 4"));
        assertEquals(Optional.of("the Admin context always exists, with id 0"), contexts.problem("C1 4, C2 3"));
        assertEquals(Optional.of("context id 4 is used twice"), contexts.problem("Admin 0, C1 4, C2 4"));
        assertEquals(Optional.of("boot system names image:c6ace-t1k9-mz.A2_1_4a.bin; change the boot order first"),
                row(ace1, null, "ACE", "Images (name version size)").problem("c6ace-t1k9-mz.A2_2_3.bin A2(2.3) 37000000"));
        assertEquals(Optional.of("no image c6ace-t1k9-mz.A2_2_3.bin on image: (c6ace-t1k9-mz.A2_1_4a.bin)"),
                row(ace1, null, "ACE", "Boot system (in order)").problem("image:c6ace-t1k9-mz.A2_2_3.bin"));
        assertThatThrownBy(() -> InterfaceEdits.add(ace1, InterfaceType.LOOPBACK))
                .hasMessage("ACE_1 is an ACE module: its interfaces are VLANs, configured with its contexts");
    }

    @Test
    void anFtGroupIsAssociatedWithAFreeContext() {
        Project p = apply(ACE, "ACE_1", "ACE", "Contexts (name id)", "Admin 0, C1 4, C2 3, C3 5");
        Device ace1 = p.topology().require("ACE_1");
        PropertyRow context = row(ace1, null, "FT group 3 (C2)", "Context");
        assertEquals(List.of("Admin", "C1", "C2", "C3"), context.choices());
        assertEquals(Optional.of("context C1 is already associated with FT group 2"), context.problem("C1"));
        assertEquals(Optional.of("'C9' is not one of Admin, C1, C2, C3"), context.problem("C9"));
        Project after = context.edit("C3").apply(p);
        List<FtGroup> groups = new ArrayList<>(ace1.ace().ftGroups());
        FtGroup g = groups.get(2);
        groups.set(2, new FtGroup(g.id(), g.peer(), g.priority(), g.peerPriority(), g.preempt(), "C3", g.inservice()));
        assertEquals(ace1.withAce(ace1.ace().withFtGroups(groups)), after.topology().require("ACE_1"));
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
    void theAceRunningImageContextVlansFtPeerAndFtInterfaceAreEdited() {
        Device ace1 = ACE.topology().require("ACE_1");
        AceSettings a = ace1.ace();
        PropertyRow running = row(ace1, null, "ACE", "Running image");
        assertEquals(a.images().stream().map(AceImage::name).toList(), running.choices());
        Project p = apply(ACE, "ACE_1", "ACE", "VLANs of C1", "200, 201");
        p = apply(p, "ACE_1", "FT peer", "Heartbeat interval (ms)", "100");
        p = apply(p, "ACE_1", "FT peer", "Heartbeat count", "20");
        p = apply(p, "ACE_1", "FT interface", "FT VLAN", "300");
        p = apply(p, "ACE_1", "FT interface", "Peer address", a.ftInterface().peerAddress());
        List<AceContext> contexts = new ArrayList<>(a.contexts());
        AceContext c1 = contexts.get(1);
        contexts.set(1, new AceContext(c1.name(), c1.id(), List.of(200, 201)));
        assertEquals(ace1.withAce(new AceSettings(a.peerDevice(),
                        new org.labcanvas.model.topology.FtInterface(300, a.ftInterface().address(), a.ftInterface().peerAddress()),
                        new org.labcanvas.model.topology.FtPeer(a.ftPeer().id(), 100, 20, 300), a.ftGroups(), contexts, a.tracking(),
                        a.images(), a.bootSystem(), a.runningImage())),
                p.topology().require("ACE_1"));
        Device changed = p.topology().require("ACE_1");
        assertEquals(Optional.of("VLAN 300 is the FT VLAN"), row(changed, null, "ACE", "VLANs of C2").problem("300"));
        assertEquals(Optional.of("VLAN 200 is allocated to a context"), row(changed, null, "FT interface", "FT VLAN").problem("200"));
        assertEquals(Optional.of("4095 is out of range 2-4094"), row(changed, null, "ACE", "VLANs of C2").problem("4095"));
        assertEquals(Optional.of("99 is out of range 100-1000"), row(changed, null, "FT peer", "Heartbeat interval (ms)").problem("99"));
    }

    @Test
    void ftGroupsAreAddedForAFreeContextAndRemovedInOneUndoStep() {
        Device ace1 = ACE.topology().require("ACE_1");
        assertThatThrownBy(() -> AceEdits.addFtGroup(ace1)).hasMessage("every context of ACE_1 already has an FT group; add a context first");
        UndoStack history = new UndoStack(ACE);
        history.execute(row(ace1, null, "ACE", "Contexts (name id)").edit("Admin 0, C1 4, C2 3, C3 5"));
        history.execute(AceEdits.removeFtGroup(history.current().topology().require("ACE_1"), 2));
        history.execute(AceEdits.addFtGroup(history.current().topology().require("ACE_1")));
        Device after = history.current().topology().require("ACE_1");
        List<FtGroup> groups = new ArrayList<>(ace1.ace().ftGroups());
        groups.remove(1);
        groups.add(new FtGroup(2, ace1.ace().ftPeer().id(), 100, 100, true, "C1", false));
        assertEquals(groups, after.ace().ftGroups());
        history.undo();
        history.undo();
        history.undo();
        assertEquals(ACE, history.current());
        assertThatThrownBy(() -> AceEdits.removeFtGroup(ace1, 9)).hasMessage("ACE_1 has no FT group 9");
    }

    @Test
    void contextsAreAddedWithAFreeNameAndIdAndOnlyAFreeOneIsRemoved() {
        Device ace1 = ACE.topology().require("ACE_1");
        AceSettings a = ace1.ace();
        UndoStack history = new UndoStack(ACE);
        history.execute(AceEdits.addContext(ace1));
        List<AceContext> contexts = new ArrayList<>(a.contexts());
        contexts.add(new AceContext("C3", 1, List.of()));
        assertEquals(ace1.withAce(new AceSettings(a.peerDevice(), a.ftInterface(), a.ftPeer(), a.ftGroups(), contexts, a.tracking(),
                a.images(), a.bootSystem(), a.runningImage())), history.current().topology().require("ACE_1"));
        history.execute(AceEdits.removeContext(history.current().topology().require("ACE_1"), "C3"));
        assertEquals(ace1, history.current().topology().require("ACE_1"));
        history.undo();
        history.undo();
        assertEquals(ACE, history.current());
        assertThatThrownBy(() -> AceEdits.removeContext(ace1, "C2")).hasMessage("context C2 is associated with FT group 3");
        assertThatThrownBy(() -> AceEdits.removeContext(ace1, "Admin")).hasMessage("the Admin context always exists");
    }
}
