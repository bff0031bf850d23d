package org.labcanvas.app.ui.properties;

import org.labcanvas.model.edit.AceEdits;
import org.labcanvas.model.edit.FtEdits;
import org.labcanvas.model.edit.CryptoEdits;
import org.labcanvas.model.edit.InterfaceEdits;
import org.labcanvas.model.edit.OspfEdits;
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
import org.labcanvas.model.topology.FtInterface;
import org.labcanvas.model.topology.FtPeer;
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
    void aLineBreakIsRefusedInEveryTextKeyAndNameRow() {
        String refusal = "the value contains a line break (U+000A); every setting is one line of the exported config,"
                + " so line breaks and control characters are not allowed";
        Device r0 = DUAL.topology().require("R0");
        PropertyRow description = row(r0, "FastEthernet2/1", "Interface FastEthernet2/1", "Description");
        assertEquals(Optional.of(refusal), description.problem("wan\nusername evil privilege 15 secret x", DUAL));
        PropertyRow psk = row(r0, null, "Crypto", "Pre-shared key (0.0.0.0)");
        assertEquals(Optional.of(refusal), psk.problem("Long-Enough-Key\nusername evil privilege 15 secret x", DUAL));
        PropertyRow name = row(r0, null, "Device", "Name");
        assertEquals(Optional.of(refusal.replace("a line break (U+000A)", "a control character (U+001B)")),
                name.problem("R\u001b9", DUAL));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> description.edit("a\nb"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(refusal);
        assertEquals(Optional.empty(), description.problem("to the Internet", DUAL));
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

    /** ACE settings with the simulation settings of the sample's ACE_1 (TFTP images, client load), which edits keep. */
    private static AceSettings aceSettings(String peer, org.labcanvas.model.topology.FtInterface fi,
                                           org.labcanvas.model.topology.FtPeer fp, List<org.labcanvas.model.topology.FtGroup> groups,
                                           List<org.labcanvas.model.topology.AceContext> contexts,
                                           List<org.labcanvas.model.topology.FtTrack> tracks,
                                           List<org.labcanvas.model.topology.AceImage> images, List<String> boot, String running) {
        AceSettings sim = ACE.topology().require("ACE_1").ace();
        return new AceSettings(peer, fi, fp, groups, contexts, tracks, images, boot, running, sim.tftp(), sim.syncFaults(),
                sim.clientLoad(), sim.reloadSeconds());
    }

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
        assertEquals(ace1.withAce(aceSettings(a.peerDevice(), a.ftInterface(), a.ftPeer(), a.ftGroups(), contexts, a.tracking(),
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
        // The FT port vlan100 follows the FT VLAN, and so does its cable to the FT VLAN segment.
        assertEquals(ace1.withAce(aceSettings(a.peerDevice(),
                        new org.labcanvas.model.topology.FtInterface(300, a.ftInterface().address(), a.ftInterface().peerAddress()),
                        new org.labcanvas.model.topology.FtPeer(a.ftPeer().id(), 100, 20, 300), a.ftGroups(), contexts, a.tracking(),
                        a.images(), a.bootSystem(), a.runningImage()))
                        .withInterfaces(List.of(ace1.iface("vlan100").orElseThrow().withName("vlan300"))),
                p.topology().require("ACE_1"));
        assertThat(p.topology().links().stream().map(l -> l.a() + " " + l.b()).toList())
                .containsExactlyElementsOf(ACE.topology().links().stream()
                        .map(l -> (l.a() + " " + l.b()).replace("ACE_1:vlan100", "ACE_1:vlan300")).toList());
        Device changed = p.topology().require("ACE_1");
        assertEquals(Optional.of("VLAN 300 is the FT VLAN"), row(changed, null, "ACE", "VLANs of C2").problem("300"));
        assertEquals(Optional.of("VLAN 200 is allocated to a context"), row(changed, null, "FT interface", "FT VLAN").problem("200"));
        assertEquals(Optional.of("4095 is out of range 2-4094"), row(changed, null, "ACE", "VLANs of C2").problem("4095"));
        assertEquals(Optional.of("99 is out of range 100-1000"), row(changed, null, "FT peer", "Heartbeat interval (ms)").problem("99"));
    }

    /** ACE_1 with C1 allocated VLANs 200 and 201, interfaces vlan200 (C1) and vlan300 (Admin), and a track of VLAN 200. */
    private static Project aceWithVlanInterfaces() {
        Project p = apply(ACE, "ACE_1", "ACE", "VLANs of C1", "200, 201");
        Device ace1 = p.topology().require("ACE_1");
        List<Interface> interfaces = new ArrayList<>(ace1.interfaces());
        interfaces.add(new Interface("vlan200", InterfaceType.VLAN, null, "10.200.0.1/24", List.of(), null, null, null, null, false, null, null, null));
        interfaces.add(new Interface("vlan300", InterfaceType.VLAN, null, "10.30.0.1/24", List.of(), null, null, null, null, false, null, null, null));
        Device changed = ace1.withInterfaces(interfaces)
                .withAce(FtEdits.withTracking(ace1.ace(), List.of(new FtTrack("T1", "interface", "vlan 200", 2, 10, 0))));
        return new org.labcanvas.model.edit.EditDevice("test", changed).apply(p);
    }

    @Test
    void anAceInterfaceIsRenamedOnlyToAVlanOfItsOwnContext() {
        Device ace1 = aceWithVlanInterfaces().topology().require("ACE_1");
        PropertyRow c1 = row(ace1, "vlan200", "Interface vlan200", "Name");
        PropertyRow admin = row(ace1, "vlan300", "Interface vlan300", "Name");
        assertEquals(Optional.of("an ACE interface is a VLAN: name it vlanN with N from 2 to 4094 (vlan200)"), c1.problem("web-outside"));
        assertEquals(Optional.of("an ACE interface is a VLAN: name it vlanN with N from 2 to 4094 (vlan200)"), c1.problem("vlan4095"));
        assertEquals(Optional.of("VLAN 100 is the FT VLAN"), c1.problem("vlan100"));
        assertEquals(Optional.of("VLAN 300 is already interface vlan300"), c1.problem("vlan300"));
        assertEquals(Optional.of("VLAN 201 is allocated to context C1, and vlan300 is in context Admin"), admin.problem("vlan201"));
        assertEquals(Optional.of("vlan100 is the FT VLAN; change it under FT interface, FT VLAN"),
                row(ace1, "vlan100", "Interface vlan100", "Name").problem("vlan150"));
        assertEquals(Optional.empty(), c1.problem("vlan201"));
        assertEquals(Optional.empty(), admin.problem("vlan301"));
    }

    @Test
    void renamingAnAceInterfaceToAFreeVlanMovesItsAllocationAndTrackInOneUndoStep() throws Exception {
        Project start = aceWithVlanInterfaces();
        Device ace1 = start.topology().require("ACE_1");
        UndoStack history = new UndoStack(start);
        history.execute(row(ace1, "vlan200", "Interface vlan200", "Name").edit("Vlan250"));
        Device after = history.current().topology().require("ACE_1");
        assertEquals(List.of("vlan100", "vlan250", "vlan300"), after.interfaces().stream().map(Interface::name).toList());
        assertEquals(List.of(250, 201), after.ace().contexts().get(1).vlans());
        assertEquals(List.of(new FtTrack("T1", "interface", "vlan 250", 2, 10, 0)), after.ace().tracking());
        assertEquals("""
                interface vlan 250
                  ip address 10.200.0.1 255.255.255.0
                  no shutdown

                ft track interface T1
                  track-interface vlan 250
                  peer track-interface vlan 250
                  priority 10
                """, org.labcanvas.model.configs.AceConfigWriter.userContexts(after).get("C1"));
        history.undo();
        assertEquals(start, history.current());
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

    // ------------------------------------------------------------ FT peer, FT interface and FT tracks

    /** ACE_1 with its FT settings taken away: no ft interface, no ft peer, FT groups without peer. */
    private static Device withoutFtSettings(Device ace) {
        AceSettings a = ace.ace();
        List<FtGroup> groups = a.ftGroups().stream().map(g -> new FtGroup(g.id(), null, g.priority(), g.peerPriority(),
                g.preempt(), g.context(), g.inservice())).toList();
        return ace.withAce(aceSettings(a.peerDevice(), null, null, groups, a.contexts(), a.tracking(), a.images(),
                a.bootSystem(), a.runningImage()));
    }

    private static Project withDevice(Project p, Device d) {
        return new org.labcanvas.model.edit.EditDevice("test", d).apply(p);
    }

    private static AceSettings withTracks(AceSettings a, List<FtTrack> tracks) {
        return aceSettings(a.peerDevice(), a.ftInterface(), a.ftPeer(), a.ftGroups(), a.contexts(), tracks, a.images(),
                a.bootSystem(), a.runningImage());
    }

    @Test
    void aMissingFtInterfaceAndFtPeerAreCreatedFromThePeerModuleEachInOneUndoStep() {
        Device ace1 = ACE.topology().require("ACE_1");
        Device bare = withoutFtSettings(ace1);
        Project p = withDevice(ACE, bare);
        assertEquals(List.of("false"), DeviceProperties.rows(bare, null).stream()
                .filter(r -> r.category().equals("FT peer")).map(PropertyRow::value).toList());
        assertEquals(List.of("false"), DeviceProperties.rows(bare, null).stream()
                .filter(r -> r.category().equals("FT interface")).map(PropertyRow::value).toList());
        UndoStack history = new UndoStack(p);
        history.execute(row(bare, null, "FT interface", "Configured").edit("true"));
        // ACE_2 has ft interface vlan 100 at 192.168.100.2/24 with peer 192.168.100.1: mirrored here.
        AceSettings a = bare.ace();
        assertEquals(bare.withAce(aceSettings(a.peerDevice(), new FtInterface(100, "192.168.100.1/24", "192.168.100.2"), null,
                        a.ftGroups(), a.contexts(), a.tracking(), a.images(), a.bootSystem(), a.runningImage())),
                history.current().topology().require("ACE_1"));
        Device withInterface = history.current().topology().require("ACE_1");
        history.execute(row(withInterface, null, "FT peer", "Configured").edit("true"));
        // ft peer 1 with ACE_2's heartbeat over the FT VLAN, and the groups peer with it: the reference design again.
        assertEquals(ace1, history.current().topology().require("ACE_1"));
        assertEquals(Optional.of("Add ACE_1 ft peer"), history.undoLabel());
        history.undo();
        history.undo();
        assertEquals(p, history.current());
    }

    @Test
    void aLoneModuleGetsTheNextFreeFtVlanAndSubnetAndAnFtPeerBringsItsFtInterface() throws Exception {
        Device ace1 = ACE.topology().require("ACE_1");
        // VLAN 100 is taken by an addressed VLAN interface in 192.168.100.0/24, and there is no other ACE module.
        Device bare = withoutFtSettings(ace1).withInterface("vlan100", i -> i.withIpv4("192.168.100.5/24"));
        bare = bare.withAce(aceSettings(null, null, null, bare.ace().ftGroups(), bare.ace().contexts(), List.of(),
                bare.ace().images(), bare.ace().bootSystem(), bare.ace().runningImage()));
        Project p = new Project(ACE.name(), ACE.topology().withoutDevice("ACE_2"), ACE.layout());
        p = withDevice(p, bare);
        EditCommand add = row(bare, null, "FT peer", "Configured").edit("true");
        assertEquals("Add ACE_1 ft peer and ft interface", add.label());
        Device after = add.apply(p).topology().require("ACE_1");
        AceSettings a = bare.ace();
        assertEquals(bare.withAce(aceSettings(null, new FtInterface(101, "192.168.101.1/24", "192.168.101.2"),
                new FtPeer(1, 300, 10, 101), ace1.ace().ftGroups(), a.contexts(), a.tracking(), a.images(), a.bootSystem(),
                a.runningImage())), after);
        String config = org.labcanvas.model.configs.AceConfigWriter.write(after);
        assertThat(config).contains("ft interface vlan 101\n  ip address 192.168.101.1 255.255.255.0\n"
                + "  peer ip address 192.168.101.2 255.255.255.0\n  no shutdown\n\nft peer 1\n  ft-interface vlan 101\n");
    }

    @Test
    void theFtInterfaceAndFtPeerAreRemovedOnlyWhenNothingNeedsThem() {
        Device ace1 = ACE.topology().require("ACE_1");
        assertEquals(Optional.of("ft peer 1 is the peer of FT group 1, 2, 3"), row(ace1, null, "FT peer", "Configured").problem("false"));
        assertEquals(Optional.of("ft peer 1 runs over ft interface vlan 100; remove the FT peer first"),
                row(ace1, null, "FT interface", "Configured").problem("false"));
        UndoStack history = new UndoStack(ACE);
        for (int id = 1; id <= 3; id++) {
            history.execute(AceEdits.removeFtGroup(history.current().topology().require("ACE_1"), id));
        }
        history.execute(row(history.current().topology().require("ACE_1"), null, "FT peer", "Configured").edit("false"));
        history.execute(row(history.current().topology().require("ACE_1"), null, "FT interface", "Configured").edit("false"));
        AceSettings a = ace1.ace();
        Device none = history.current().topology().require("ACE_1");
        assertEquals(ace1.withAce(aceSettings(a.peerDevice(), null, null, List.of(), a.contexts(), a.tracking(), a.images(),
                a.bootSystem(), a.runningImage())), none);
        assertEquals(List.of("FT peer/Configured", "FT interface/Configured", "FT tracking/Add track"),
                DeviceProperties.rows(none, null).stream().filter(r -> r.category().startsWith("FT"))
                        .map(r -> r.category() + "/" + r.name()).toList());
        assertThatThrownBy(() -> FtEdits.removeFtPeer(none)).hasMessage("ACE_1 has no ft peer");
        assertThatThrownBy(() -> FtEdits.addFtPeer(ace1)).hasMessage("ACE_1 already has ft peer 1");
        assertThatThrownBy(() -> FtEdits.addFtInterface(ace1)).hasMessage("ACE_1 already has ft interface vlan 100");
        assertThatThrownBy(() -> FtEdits.addFtInterface(DUAL.topology().require("R2"))).hasMessage("R2 is not an ACE module");
        for (int k = 0; k < 5; k++) {
            history.undo();
        }
        assertEquals(ACE, history.current());
    }

    @Test
    void anFtInterfaceMirroringAVlanThatAContextHoldsIsRefused() {
        Project p = withDevice(ACE, withoutFtSettings(ACE.topology().require("ACE_1")));
        p = apply(p, "ACE_1", "ACE", "VLANs of C1", "100, 200");
        PropertyRow configured = row(p.topology().require("ACE_1"), null, "FT interface", "Configured");
        assertEquals(Optional.of("VLAN 100, the FT VLAN of ACE_2, is allocated to context C1 here"), configured.problem("true", p));
    }

    @Test
    void anFtInterfaceComesOnTheVlanThatTheFtPeerAlreadyNames() {
        Device ace1 = ACE.topology().require("ACE_1");
        AceSettings a = ace1.ace();
        Device peerOnly = ace1.withAce(aceSettings(a.peerDevice(), null, new FtPeer(1, 300, 10, 300), a.ftGroups(),
                a.contexts(), a.tracking(), a.images(), a.bootSystem(), a.runningImage()));
        Project p = withDevice(ACE, peerOnly);
        // ACE_2's FT VLAN is 100, not the 300 ft peer 1 names: nothing to mirror, a free subnet instead of ACE_2's.
        Device after = row(peerOnly, null, "FT interface", "Configured").edit("true").apply(p).topology().require("ACE_1");
        assertEquals(peerOnly.withAce(aceSettings(a.peerDevice(), new FtInterface(300, "192.168.101.1/24", "192.168.101.2"),
                new FtPeer(1, 300, 10, 300), a.ftGroups(), a.contexts(), a.tracking(), a.images(), a.bootSystem(), a.runningImage())),
                after);
    }

    @Test
    void withoutAPeerModuleSetTheAceLinkedThroughTheFtLanIsMirroredAndBecomesThePeer() {
        Device ace1 = ACE.topology().require("ACE_1");
        Device bare = withoutFtSettings(ace1);
        AceSettings b = bare.ace();
        bare = bare.withAce(aceSettings(null, null, null, b.ftGroups(), b.contexts(), b.tracking(), b.images(),
                b.bootSystem(), b.runningImage()));
        Project p = withDevice(ACE, bare);
        Device after = row(bare, null, "FT peer", "Configured").edit("true").apply(p).topology().require("ACE_1");
        assertEquals(ace1, after);
        // A second ACE module on the same LAN makes the peer ambiguous: nothing is mirrored or adopted.
        Device third = ACE.topology().require("ACE_2").withName("ACE_3");
        Project crowded = new Project(p.name(), p.topology().withDevice(third).withLink(new org.labcanvas.model.topology.Link(
                org.labcanvas.model.topology.Endpoint.node("FT_VLAN"), org.labcanvas.model.topology.Endpoint.of("ACE_3", "vlan100"))),
                p.layout());
        Device alone = row(bare, null, "FT peer", "Configured").edit("true").apply(crowded).topology().require("ACE_1");
        assertEquals(null, alone.ace().peerDevice());
        assertEquals(new FtInterface(100, "192.168.101.1/24", "192.168.101.2"), alone.ace().ftInterface());
    }

    @Test
    void thePeerModuleNamesAnotherAceModuleOfTheDesign() {
        Device ace1 = ACE.topology().require("ACE_1");
        PropertyRow peer = row(ace1, null, "ACE", "Peer module");
        assertEquals("ACE_2", peer.value());
        assertEquals(Optional.of("no device named 'R9'"), peer.problem("R9", ACE));
        assertEquals(Optional.of("FT_VLAN is not an ACE module"), peer.problem("FT_VLAN", ACE));
        assertEquals(Optional.of("a module is not its own peer"), peer.problem("ACE_1"));
        AceSettings a = ace1.ace();
        Project none = peer.edit("").apply(ACE);
        assertEquals(ace1.withAce(aceSettings(null, a.ftInterface(), a.ftPeer(), a.ftGroups(), a.contexts(), a.tracking(),
                a.images(), a.bootSystem(), a.runningImage())), none.topology().require("ACE_1"));
        assertEquals(ace1, row(none.topology().require("ACE_1"), null, "ACE", "Peer module").edit("ACE_2").apply(none)
                .topology().require("ACE_1"));
    }

    @Test
    void ftTracksAreAddedEditedWithTypedEditorsAndRemoved() throws Exception {
        Device ace1 = ACE.topology().require("ACE_1");
        UndoStack history = new UndoStack(ACE);
        history.execute(row(ace1, null, "ACE", "VLANs of Admin").edit("300"));
        history.execute(row(history.current().topology().require("ACE_1"), null, "ACE", "VLANs of C1").edit("200, 201"));
        Project start = history.current();
        PropertyRow add = row(start.topology().require("ACE_1"), null, "FT tracking", "Add track");
        assertEquals(List.of("", "interface", "host", "hsrp"), add.choices());
        history.execute(add.edit("interface"));
        history.execute(row(history.current().topology().require("ACE_1"), null, "FT tracking", "Add track").edit("host"));
        // FT group 1 (Admin, VLAN 300) is the lowest group; the decrements are its priorities (120 here, 90 on the peer).
        assertEquals(List.of(new FtTrack("TRACK1", "interface", "vlan 300", 1, 120, 90), new FtTrack("TRACK2", "host", null, 1, 120, 90)),
                history.current().topology().require("ACE_1").ace().tracking());
        java.util.function.BiConsumer<String[], String> set = (at, v) -> history.execute(
                row(history.current().topology().require("ACE_1"), null, at[0], at[1]).edit(v));
        set.accept(new String[] {"FT track TRACK1", "FT group"}, "2");
        set.accept(new String[] {"FT track TRACK1", "Tracked VLAN"}, "200");
        set.accept(new String[] {"FT track TRACK1", "Priority"}, "60");
        set.accept(new String[] {"FT track TRACK1", "Peer priority"}, "");
        set.accept(new String[] {"FT track TRACK1", "Name"}, "TRACK_VLAN200");
        set.accept(new String[] {"FT track TRACK2", "Tracked host"}, "10.1.1.254");
        set.accept(new String[] {"FT track TRACK2", "Type"}, "hsrp");
        set.accept(new String[] {"FT track TRACK2", "Tracked HSRP group"}, "HSRP_GROUP1");
        Device edited = history.current().topology().require("ACE_1");
        Device before = start.topology().require("ACE_1");
        assertEquals(before.withAce(withTracks(before.ace(), List.of(
                        new FtTrack("TRACK_VLAN200", "interface", "vlan 200", 2, 60, 0),
                        new FtTrack("TRACK2", "hsrp", "HSRP_GROUP1", 1, 120, 90)))),
                edited);
        assertEquals("200", row(edited, null, "FT track TRACK_VLAN200", "Tracked VLAN").value());
        // A host track turned into an interface track loses its address: a VLAN is asked for instead.
        Project retyped = apply(history.current(), "ACE_1", "FT track TRACK2", "Type", "interface");
        assertEquals(new FtTrack("TRACK2", "interface", null, 1, 120, 90), retyped.topology().require("ACE_1").ace().tracking().get(1));
        // TRACK_VLAN200 lowers FT group 2, which belongs to context C1: it is configured there.
        String config = org.labcanvas.model.configs.AceConfigWriter.write(edited);
        assertThat(config).contains("ft track hsrp TRACK2\n  track-hsrp HSRP_GROUP1\n  peer track-hsrp HSRP_GROUP1\n  priority 120\n"
                + "  peer priority 90\n").doesNotContain("TRACK_VLAN200");
        assertThat(org.labcanvas.model.configs.AceConfigWriter.userContexts(edited).get("C1"))
                .contains("ft track interface TRACK_VLAN200\n  track-interface vlan 200\n  peer track-interface vlan 200\n  priority 60\n");
        assertEquals(org.labcanvas.model.lint.Lint.check(start.topology()), org.labcanvas.model.lint.Lint.check(history.current().topology()));
        set.accept(new String[] {"FT track TRACK2", "Configured"}, "false");
        assertEquals(before.withAce(withTracks(before.ace(), List.of(new FtTrack("TRACK_VLAN200", "interface", "vlan 200", 2, 60, 0)))),
                history.current().topology().require("ACE_1"));
        assertEquals(Optional.of("Remove ACE_1 ft track TRACK2"), history.undoLabel());
        for (int k = 0; k < 11; k++) {
            history.undo();
        }
        assertEquals(start, history.current());
    }

    @Test
    void aTrackOfAnotherKindKeepsOnlyATargetThatKindTracks() {
        Device ace1 = ACE.topology().require("ACE_1");
        Project p = new org.labcanvas.model.edit.EditDevice("test", ace1.withAce(withTracks(ace1.ace(), List.of(
                new FtTrack("GW", "host", "10.1.1.254", 1, 10, 10), new FtTrack("HS", "hsrp", "HSRP_GROUP1", 1, 10, 10),
                new FtTrack("IF", "interface", "vlan 200", 1, 10, 10))))).apply(ACE);
        java.util.function.BiFunction<String, String, FtTrack> retyped = (track, type) -> apply(p, "ACE_1", "FT track " + track, "Type", type)
                .topology().require("ACE_1").ace().tracking().stream().filter(t -> t.name().equals(track)).findFirst().orElseThrow();
        assertEquals(List.of(new FtTrack("GW", "hsrp", null, 1, 10, 10), new FtTrack("GW", "interface", null, 1, 10, 10),
                        new FtTrack("HS", "host", null, 1, 10, 10), new FtTrack("HS", "interface", null, 1, 10, 10),
                        new FtTrack("IF", "host", null, 1, 10, 10), new FtTrack("IF", "hsrp", null, 1, 10, 10),
                        new FtTrack("GW", "host", "10.1.1.254", 1, 10, 10)),
                List.of(retyped.apply("GW", "hsrp"), retyped.apply("GW", "interface"), retyped.apply("HS", "host"),
                        retyped.apply("HS", "interface"), retyped.apply("IF", "host"), retyped.apply("IF", "hsrp"),
                        retyped.apply("GW", "host")));
        String refusal = "an HSRP group is tracked by its name, not an address; track an address with a host track";
        PropertyRow group = row(p.topology().require("ACE_1"), null, "FT track HS", "Tracked HSRP group");
        assertEquals(List.of(Optional.of(refusal), Optional.of(refusal), Optional.empty(), Optional.empty()),
                List.of(group.problem("10.1.1.254"), group.problem("2001:db8::1"), group.problem("HSRP_GROUP2"), group.problem("hsrp-10")));
    }

    @Test
    void ftTrackValuesOutsideTheAceRangesAreRefusedAndNeverStored() {
        Device ace1 = ACE.topology().require("ACE_1");
        Device tracked = ace1.withAce(withTracks(ace1.ace(), List.of(new FtTrack("T1", "interface", "vlan 200", 2, 50, 50),
                new FtTrack("GW", "host", "10.1.1.254", 1, 10, 10))));
        assertEquals(Optional.of("256 is out of range 0-255"), row(tracked, null, "FT track T1", "Priority").problem("256"));
        assertEquals(Optional.of("-1 is out of range 0-255"), row(tracked, null, "FT track T1", "Peer priority").problem("-1"));
        assertEquals(Optional.of("4095 is out of range 2-4094"), row(tracked, null, "FT track T1", "Tracked VLAN").problem("4095"));
        assertEquals(Optional.of("'x' is not a whole number"), row(tracked, null, "FT track T1", "Tracked VLAN").problem("x"));
        assertThat(row(tracked, null, "FT track GW", "Tracked host").problem("10.1.1.300")).isPresent();
        assertEquals(Optional.of("'10.1.1.0/24' must be a single address without prefix length"),
                row(tracked, null, "FT track GW", "Tracked host").problem("10.1.1.0/24"));
        assertEquals(Optional.of("'9' is not one of 1, 2, 3"), row(tracked, null, "FT track T1", "FT group").problem("9"));
        assertEquals(Optional.of("'probe' is not one of interface, host, hsrp"), row(tracked, null, "FT track T1", "Type").problem("probe"));
        assertEquals(Optional.of("a track name is one word"), row(tracked, null, "FT track T1", "Name").problem("my track"));
        assertEquals(Optional.of("ft track GW already exists"), row(tracked, null, "FT track T1", "Name").problem("GW"));
        assertEquals(Optional.of("a track name has at most 64 characters"),
                row(tracked, null, "FT track T1", "Name").problem("T".repeat(65)));
        assertEquals(Optional.of("choose the kind of track: interface, host, hsrp"),
                row(tracked, null, "FT tracking", "Add track").problem(""));
        assertThatThrownBy(() -> AceEdits.removeFtGroup(tracked, 2)).hasMessage("FT group 2 is lowered by ft track T1");
        assertThatThrownBy(() -> FtEdits.removeTrack(tracked, "T9")).hasMessage("ACE_1 has no ft track T9");
        Device noGroups = ace1.withAce(ace1.ace().withFtGroups(List.of()));
        assertThatThrownBy(() -> FtEdits.addTrack(noGroups, "host"))
                .hasMessage("ACE_1 has no FT group for a track to lower; add an FT group first");
    }

    // ------------------------------------------------------------ names in choices, defaults, and the settings added last

    @Test
    void choicesShowPlatformIdsRolesAndIosKeywordsAndParseThemBack() {
        Device r2 = DUAL.topology().require("R2");
        PropertyRow platform = row(r2, null, "Device", "Platform");
        assertEquals("ios15", platform.value());
        assertEquals(List.of("ios12.4", "ios15", "iosxe"), platform.choices());
        assertEquals(r2.withPlatform(org.labcanvas.model.topology.Platform.IOS_12_4), platform.edit("ios12.4").apply(DUAL).topology().require("R2"));
        assertEquals(Optional.of("'IOS_15' is not one of ios12.4, ios15, iosxe"), platform.problem("IOS_15"));
        assertEquals(List.of("ace-a2"), row(ACE.topology().require("ACE_1"), null, "Device", "Platform").choices());
        assertEquals(List.of("macos", "freebsd", "linux"),
                row(ReferenceDesigns.sixInFourTunnelBroker().topology().require("MAC"), null, "Device", "Platform").choices());

        PropertyRow role = row(r2, null, "Device", "Role");
        assertEquals("spoke", role.value());
        assertEquals(List.of("hub", "spoke", "other"), role.choices());
        assertEquals(r2.withRole(org.labcanvas.model.topology.RouterRole.HUB), role.edit("hub").apply(DUAL).topology().require("R2"));

        PropertyRow mode = row(r2, "Tunnel0", "Tunnel Tunnel0", "Mode");
        assertEquals("gre ip", mode.value());
        assertEquals(List.of("gre ip", "gre multipoint", "ipv6ip"), mode.choices());
        assertEquals(r2.withInterface("Tunnel0", i -> i.withTunnel(i.tunnel().withMode(TunnelMode.GRE_MULTIPOINT))),
                mode.edit("gre multipoint").apply(DUAL).topology().require("R2"));
        assertEquals(Optional.of("'GRE_MULTIPOINT' is not one of gre ip, gre multipoint, ipv6ip"), mode.problem("GRE_MULTIPOINT"));

        PropertyRow type = row(r2, "Tunnel0", "OSPF Tunnel0", "Network type");
        assertEquals("non-broadcast", type.value());
        assertEquals(List.of("", "broadcast", "non-broadcast", "point-to-point", "point-to-multipoint"), type.choices());
        assertEquals(r2.withInterface("Tunnel0", i -> i.withOspf(i.ospf().withNetworkType(org.labcanvas.model.topology.OspfNetworkType.POINT_TO_MULTIPOINT))),
                type.edit("point-to-multipoint").apply(DUAL).topology().require("R2"));
        assertEquals(r2.withInterface("Tunnel0", i -> i.withOspf(i.ospf().withNetworkType(null))),
                type.edit("").apply(DUAL).topology().require("R2"));
        assertEquals(Optional.of("'NON_BROADCAST' is not one of (default), broadcast, non-broadcast, point-to-point, point-to-multipoint"),
                type.problem("NON_BROADCAST"));
    }

    @Test
    void emptyValuesShowTheDefaultThatApplies() {
        Device r2 = DUAL.topology().require("R2");
        PropertyRow version = row(r2, null, "Device", "Version");
        assertEquals("", version.value());
        assertEquals("default: 15.4(3)M", version.hint());
        assertEquals("default: A2(1.4a)", row(ACE.topology().require("ACE_1"), null, "Device", "Version").hint());
        assertEquals("", row(DUAL.topology().require("LAN"), null, "Device", "Version").hint());
        assertEquals(r2.withVersion("15.1(4)M4"), version.edit("15.1(4)M4").apply(DUAL).topology().require("R2"));
        assertEquals("default: 7200", row(r2, "Tunnel0", "NHRP Tunnel0", "Hold time (s)").hint());
        assertEquals("default: 100", row(r2, "Tunnel0", "Interface Tunnel0", "Bandwidth (kbit/s)").hint());
        // Non-broadcast: hello 30 s, dead four times that.
        assertEquals("default: 30 (non-broadcast)", row(r2, "Tunnel0", "OSPF Tunnel0", "Hello (s)").hint());
        assertEquals("default: 120 (4 \u00d7 hello)", row(r2, "Tunnel0", "OSPF Tunnel0", "Dead (s)").hint());
        assertEquals("default: 100", row(r2, null, "OSPF process 1", "Reference bandwidth (Mbit/s)").hint());
        assertEquals("default: 86400", row(r2, null, "ISAKMP policy 10", "Lifetime (s)").hint());
    }

    @Test
    void theNhrpAuthenticationStringIsReplacedAndClearedButNeverShown() {
        Device r2 = DUAL.topology().require("R2");
        PropertyRow auth = row(r2, "Tunnel0", "NHRP Tunnel0", "Authentication");
        assertEquals(PropertyRow.Kind.SECRET, auth.kind());
        assertEquals("", auth.value());
        EditCommand set = auth.edit("Lab8key!");
        assertThat(set.label()).doesNotContain("Lab8key!");
        assertThat(set.toString()).doesNotContain("Lab8key!");
        Project p = set.apply(DUAL);
        Device with = r2.withInterface("Tunnel0", i -> i.withNhrp(i.nhrp().withAuthentication(Secret.of("Lab8key!"))));
        assertEquals(with, p.topology().require("R2"));
        PropertyRow shown = row(with, "Tunnel0", "NHRP Tunnel0", "Authentication");
        assertEquals(PropertyRow.HIDDEN, shown.value());
        assertEquals(r2, shown.edit("").apply(p).topology().require("R2"));
        assertEquals(Optional.of("an NHRP authentication string has at most 8 characters"), auth.problem("Lab9key!x"));
        assertEquals(Optional.of("an NHRP authentication string cannot contain spaces"), auth.problem("a b"));
    }

    @Test
    void nhrpServersWithNbmaMapMulticastAndThePhase3FlagsAreEdited() {
        Device r2 = DUAL.topology().require("R2");
        Project p = DUAL;
        for (String[] e : new String[][] {{"NHS", "10.0.0.1 nbma 10.4.0.1, 10.0.0.9"}, {"Map multicast", "10.4.0.1, dynamic"},
                {"Redirect", "true"}, {"Shortcut", "true"}, {"Registration no-unique", "true"}, {"Network id", "4294967295"}}) {
            p = row(p.topology().require("R2"), "Tunnel0", "NHRP Tunnel0", e[0]).edit(e[1]).apply(p);
        }
        Device after = r2.withInterface("Tunnel0", i -> i.withNhrp(new org.labcanvas.model.topology.NhrpSettings(4_294_967_295L, null, null,
                i.nhrp().maps(), List.of("10.4.0.1", "dynamic"),
                List.of(new org.labcanvas.model.topology.NhrpServer("10.0.0.1", "10.4.0.1"), org.labcanvas.model.topology.NhrpServer.of("10.0.0.9")),
                true, true, true)));
        assertEquals(after, p.topology().require("R2"));
        assertEquals("10.0.0.1 nbma 10.4.0.1, 10.0.0.9", row(after, "Tunnel0", "NHRP Tunnel0", "NHS").value());
        assertEquals("10.4.0.1, dynamic", row(after, "Tunnel0", "NHRP Tunnel0", "Map multicast").value());
        PropertyRow nhs = row(r2, "Tunnel0", "NHRP Tunnel0", "NHS");
        assertEquals(Optional.of("write an NHS as ADDRESS [nbma NBMA-ADDRESS] (10.0.0.1 nbma 10.4.0.1)"), nhs.problem("10.0.0.1 nbma"));
        assertEquals(Optional.of("NHS 10.0.0.1 is named twice"), nhs.problem("10.0.0.1, 10.0.0.1 nbma 10.4.0.1"));
        PropertyRow multicast = row(r2, "Tunnel0", "NHRP Tunnel0", "Map multicast");
        assertThat(multicast.problem("static")).get().asString().startsWith("map multicast takes 'dynamic' or an NBMA address: ");
        assertEquals(Optional.of("dynamic is named twice"), multicast.problem("dynamic, DYNAMIC"));
        assertEquals(Optional.of("4294967296 is out of range 1-4294967295"),
                row(r2, "Tunnel0", "NHRP Tunnel0", "Network id").problem("4294967296"));
    }

    @Test
    void nhrpIsTakenAwayFromAGreTunnelAndAddedBackWithNetworkIdOne() {
        Device r2 = DUAL.topology().require("R2");
        Project none = row(r2, "Tunnel0", "NHRP Tunnel0", "Configured").edit("false").apply(DUAL);
        Device bare = r2.withInterface("Tunnel0", i -> i.withNhrp(null));
        assertEquals(bare, none.topology().require("R2"));
        assertEquals(List.of("NHRP Tunnel0/Configured"), DeviceProperties.rows(bare, "Tunnel0").stream()
                .filter(r -> r.category().startsWith("NHRP")).map(r -> r.category() + "/" + r.name()).toList());
        assertEquals(r2.withInterface("Tunnel0", i -> i.withNhrp(org.labcanvas.model.topology.NhrpSettings.of(1))),
                row(bare, "Tunnel0", "NHRP Tunnel0", "Configured").edit("true").apply(none).topology().require("R2"));
        // A 6in4 tunnel takes no NHRP.
        Device mac = ReferenceDesigns.sixInFourTunnelBroker().topology().require("MAC");
        assertThat(DeviceProperties.rows(mac, "gif0").stream().map(PropertyRow::category)).doesNotContain("NHRP gif0");
    }

    @Test
    void renamingAnInterfaceCarriesItsLinksTunnelSourcesAndPassiveInterfaceAlong() {
        Device r2 = DUAL.topology().require("R2");
        Project start = apply(DUAL, "R2", "OSPF process 1", "Passive interfaces", "FastEthernet1/0");
        PropertyRow name = row(start.topology().require("R2"), "FastEthernet1/0", "Interface FastEthernet1/0", "Name");
        assertEquals("FastEthernet1/0", name.value());
        EditCommand rename = name.edit("GigabitEthernet0/0");
        assertEquals("Rename R2 FastEthernet1/0 to GigabitEthernet0/0", rename.label());
        Project p = rename.apply(start);
        Device expected = r2.withInterfaces(r2.interfaces().stream().map(i -> i.name().equals("FastEthernet1/0") ? i.withName("GigabitEthernet0/0")
                        : i.tunnel() == null ? i : i.withTunnel(i.tunnel().withSource("GigabitEthernet0/0"))).toList())
                .withOspf(r2.ospf().withPassiveInterfaces(List.of("GigabitEthernet0/0")));
        assertEquals(expected, p.topology().require("R2"));
        assertEquals(DUAL.topology().links().stream().map(l -> l.b().equals(org.labcanvas.model.topology.Endpoint.of("R2", "FastEthernet1/0"))
                ? new org.labcanvas.model.topology.Link(l.a(), org.labcanvas.model.topology.Endpoint.of("R2", "GigabitEthernet0/0")) : l).toList(),
                p.topology().links());
        assertEquals(org.labcanvas.model.lint.Lint.check(start.topology()).size(), org.labcanvas.model.lint.Lint.check(p.topology()).size());
        assertEquals(Optional.of("R2 already has an interface Loopback0"), name.problem("Loopback0", start));
        assertEquals(Optional.of("an interface name is one word without spaces"), name.problem("Gi 0/0", start));
    }

    @Test
    void renamingAnIpsecProfileCarriesTheTunnelProtectionAlong() {
        Device r0 = DUAL.topology().require("R0");
        PropertyRow name = row(r0, null, "Crypto profile myDMVPN", "Name");
        Project p = name.edit("DMVPN-PROFILE").apply(DUAL);
        CryptoSettings c = r0.crypto();
        assertEquals(r0.withInterface("Tunnel0", i -> i.withTunnel(i.tunnel().withProtection("DMVPN-PROFILE")))
                        .withCrypto(new CryptoSettings(c.isakmpPolicies(), c.preSharedKeys(), c.transformSets(),
                                List.of(new IpsecProfile("DMVPN-PROFILE", List.of("mySet"), 120, 2)))),
                p.topology().require("R0"));
        assertEquals(Optional.of("a profile name is one word"), name.problem("my profile"));
        assertEquals(Optional.of("a profile needs a name"), name.problem(""));
    }

    @Test
    void theTunnelKeySourceAndProfileTakeWhatIosTakes() {
        Device r2 = DUAL.topology().require("R2");
        PropertyRow key = row(r2, "Tunnel0", "Tunnel Tunnel0", "Key");
        assertEquals(r2.withInterface("Tunnel0", i -> i.withTunnel(i.tunnel().withKey(4_294_967_295L))),
                key.edit("4294967295").apply(DUAL).topology().require("R2"));
        assertEquals(Optional.of("4294967296 is out of range 0-4294967295"), key.problem("4294967296"));
        PropertyRow source = row(r2, "Tunnel0", "Tunnel Tunnel0", "Source");
        assertEquals(Optional.of("R2 has no interface Serial0/0; the source is an interface (FastEthernet0/0) or an IPv4 address"),
                source.problem("Serial0/0"));
        assertEquals(Optional.of("a tunnel is not its own source"), source.problem("Tunnel0"));
        assertEquals(r2.withInterface("Tunnel0", i -> i.withTunnel(i.tunnel().withSource("10.4.2.1"))),
                source.edit("10.4.2.1").apply(DUAL).topology().require("R2"));
        PropertyRow profile = row(r2, "Tunnel0", "Tunnel Tunnel0", "IPsec profile");
        assertEquals(List.of("", "myDMVPN"), profile.choices());
        assertEquals(r2.withInterface("Tunnel0", i -> i.withTunnel(i.tunnel().withProtection(null))),
                profile.edit("").apply(DUAL).topology().require("R2"));
        assertEquals(Optional.of("'other' is not one of (default), myDMVPN"), profile.problem("other"));
    }

    @Test
    void anFtGroupsNumberAndPeerAreEditedAndItsTracksFollowTheNumber() {
        Device ace1 = ACE.topology().require("ACE_1");
        Device tracked = ace1.withAce(withTracks(ace1.ace(), List.of(new FtTrack("T1", "interface", "vlan 200", 3, 50, 50))));
        Project p = withDevice(ACE, tracked);
        p = apply(p, "ACE_1", "FT group 3 (C2)", "Group id", "7");
        p = apply(p, "ACE_1", "FT group 7 (C2)", "Peer", "");
        List<FtGroup> groups = new ArrayList<>(ace1.ace().ftGroups());
        FtGroup g = groups.get(2);
        groups.set(2, new FtGroup(7, null, g.priority(), g.peerPriority(), g.preempt(), g.context(), g.inservice()));
        assertEquals(tracked.withAce(withTracks(tracked.ace().withFtGroups(groups), List.of(new FtTrack("T1", "interface", "vlan 200", 7, 50, 50)))),
                p.topology().require("ACE_1"));
        PropertyRow id = row(ace1, null, "FT group 3 (C2)", "Group id");
        assertEquals(Optional.of("FT group 1 already exists"), id.problem("1"));
        assertEquals(Optional.of("256 is out of range 1-255"), id.problem("256"));
        PropertyRow peer = row(ace1, null, "FT group 3 (C2)", "Peer");
        assertEquals(List.of("", "1"), peer.choices());
        assertEquals(Optional.of("'2' is not one of (default), 1"), peer.problem("2"));
    }

    @Test
    void aSixInFourClientsTunnelBrokerRoutedPrefixAndUpdaterAreEdited() {
        Project six = ReferenceDesigns.sixInFourTunnelBroker();
        Device mac = six.topology().require("MAC");
        org.labcanvas.model.topology.SixInFourClient c = mac.sixInFour();
        org.labcanvas.model.topology.UpdaterSettings u = c.updater();
        assertEquals(List.of("gif0"), row(mac, null, "6in4 client", "Tunnel interface").choices());
        assertEquals(PropertyRow.HIDDEN, row(mac, null, "6in4 client", "Update key").value());
        Project p = six;
        for (String[] e : new String[][] {{"Routed prefix", "2001:db8:2::/64"}, {"Broker", ""}, {"Broker", "BROKER"},
                {"Update key", "New-Upd8-Key"}, {"Update URL", "https://example.net/nic/update"}, {"IP check URL", ""},
                {"Updater user name", "lab2"}}) {
            p = row(p.topology().require("MAC"), null, "6in4 client", e[0]).edit(e[1]).apply(p);
        }
        Device after = mac.withSixInFour(new org.labcanvas.model.topology.SixInFourClient(c.tunnelInterface(), c.remoteIpv6(), "2001:db8:2::/64",
                "BROKER", true, new org.labcanvas.model.topology.UpdaterSettings(u.intervalMinutes(), "lab2", Secret.of("New-Upd8-Key"),
                "https://example.net/nic/update", null)));
        assertEquals(after, p.topology().require("MAC"));
        PropertyRow broker = row(mac, null, "6in4 client", "Broker");
        assertEquals(Optional.of("Internet is not a tunnel broker"), broker.problem("Internet", six));
        assertEquals(Optional.of("no device named 'HE'"), broker.problem("HE", six));
        assertEquals(Optional.of("the update URL must be an https:// URL (https://ipv4.tunnelbroker.net/nic/update)"),
                row(mac, null, "6in4 client", "Update URL").problem("http://ipv4.tunnelbroker.net/nic/update"));
        assertEquals(Optional.of("'10.0.0.0/8' is not an IPv6 prefix"), row(mac, null, "6in4 client", "Routed prefix").problem("10.0.0.0/8"));
        assertEquals(Optional.of("'216.66.80.26' is not an IPv6 address"), row(mac, null, "6in4 client", "Broker-side IPv6").problem("216.66.80.26"));
        assertEquals(Optional.of("'gif9' is not one of gif0"), row(mac, null, "6in4 client", "Tunnel interface").problem("gif9"));
        assertThat(row(mac, null, "6in4 client", "Update key").edit("New-Upd8-Key").label()).doesNotContain("New-Upd8-Key");
        // Without an updater only the row that adds one is left; a new one runs every 10 minutes with the default URLs.
        Device noUpdater = row(mac, null, "6in4 client", "Updater").edit("false").apply(six).topology().require("MAC");
        assertEquals(mac.withSixInFour(c.withUpdater(null)), noUpdater);
        assertThat(DeviceProperties.rows(noUpdater, null).stream().map(PropertyRow::name)).doesNotContain("Update key");
        assertEquals(mac.withSixInFour(c.withUpdater(new org.labcanvas.model.topology.UpdaterSettings(10, null, null, null, null))),
                row(noUpdater, null, "6in4 client", "Updater").edit("true").apply(six).topology().require("MAC"));
    }

    @Test
    void anUpdaterUrlWithAUserAndKeyIsRefusedWithoutRepeatingIt() {
        Device mac = ReferenceDesigns.sixInFourTunnelBroker().topology().require("MAC");
        String withKey = "https://lab:Upd8-Secret@ipv4.tunnelbroker.net/nic/update?hostname=123456";
        String refusal = "cannot carry a user name or key (USER:KEY@); put them in the Updater user name and Update key"
                + " fields and give the URL without them";
        assertEquals(Optional.of("the update URL " + refusal), row(mac, null, "6in4 client", "Update URL").problem(withKey));
        assertEquals(Optional.of("the IP check URL " + refusal), row(mac, null, "6in4 client", "IP check URL").problem(withKey));
        // not even a URL, and still with a key: the message names the field, not the text
        assertEquals(Optional.of("the update URL " + refusal),
                row(mac, null, "6in4 client", "Update URL").problem("https://lab:Upd8 Secret@ipv4.tunnelbroker.net/nic/update"));
        assertEquals(Optional.of("the update URL is not a URL: Illegal character in path"),
                row(mac, null, "6in4 client", "Update URL").problem("https://ipv4.tunnelbroker.net/nic/Upd8 Secret"));
        assertEquals(Optional.of("a broker account name has no ':'; the key goes in the Update key field"),
                row(mac, null, "6in4 client", "Updater user name").problem("lab:Upd8-Secret"));
        assertEquals(Optional.empty(), row(mac, null, "6in4 client", "Update URL")
                .problem("https://ipv4.tunnelbroker.net/nic/update?hostname=123456&note=a@b"));
    }

    @Test
    void anUpdaterUrlWithAKeyInItsQueryIsRefusedWithoutRepeatingTheKey() {
        Device mac = ReferenceDesigns.sixInFourTunnelBroker().topology().require("MAC");
        // tunnelbroker.net's older update URL carries the key and the password's hash in the query.
        String old = "https://ipv4.tunnelbroker.net/ipv4_end.php?ip=AUTO&apikey=Upd8-Secret&pass=5f4dcc3b&tid=123456";
        assertEquals(Optional.of("the update URL cannot carry a key in its query (apikey=...); put it in the Update key"
                + " field and give the URL without it"), row(mac, null, "6in4 client", "Update URL").problem(old));
        assertEquals(Optional.of("the IP check URL cannot carry a key in its query (Token=...); put it in the Update key"
                + " field and give the URL without it"),
                row(mac, null, "6in4 client", "IP check URL").problem("https://checkip.example.net/?Token=Upd8-Secret"));
        // An empty value or a parameter that only looks alike is not a key.
        assertEquals(Optional.empty(), row(mac, null, "6in4 client", "Update URL")
                .problem("https://ipv4.tunnelbroker.net/nic/update?hostname=123456&keyword=x&key="));
        Device edited = row(mac, null, "6in4 client", "Update URL").edit("https://ipv4.tunnelbroker.net/nic/update?hostname=123456")
                .apply(ReferenceDesigns.sixInFourTunnelBroker()).topology().require("MAC");
        assertEquals("https://ipv4.tunnelbroker.net/nic/update?hostname=123456", edited.sixInFour().updater().updateUrl());
    }

    @Test
    void aHostBecomesASixInFourClientOnItsIpv6ipTunnel() {
        Project six = ReferenceDesigns.sixInFourTunnelBroker();
        Device mac = six.topology().require("MAC");
        Device plain = mac.withSixInFour(null);
        assertEquals(List.of("6in4 client/Configured"), DeviceProperties.rows(plain, null).stream()
                .filter(r -> r.category().equals("6in4 client")).map(r -> r.category() + "/" + r.name()).toList());
        assertEquals(plain.withSixInFour(new org.labcanvas.model.topology.SixInFourClient("gif0", null, null, null, false, null)),
                row(plain, null, "6in4 client", "Configured").edit("true").apply(withDevice(six, plain)).topology().require("MAC"));
        // A router without an ipv6ip tunnel shows no 6in4 section.
        assertThat(DeviceProperties.rows(DUAL.topology().require("R2"), null).stream().map(PropertyRow::category)).doesNotContain("6in4 client");
    }

    @Test
    void theBrokersRoutedPrefixAndAddressesAreIpv6() {
        Project six = ReferenceDesigns.sixInFourTunnelBroker();
        Device broker = six.topology().require("BROKER");
        org.labcanvas.model.topology.BrokerSettings b = broker.broker();
        Project p = apply(six, "BROKER", "Tunnel broker", "Routed prefix", "2001:db8:5::/64");
        p = apply(p, "BROKER", "Tunnel broker", "Client IPv6", "2001:db8::3/128");
        assertEquals(broker.withBroker(new org.labcanvas.model.topology.BrokerSettings(b.ipv4Endpoint(), b.tunnelId(), b.serverIpv6(),
                "2001:db8::3/128", "2001:db8:5::/64")), p.topology().require("BROKER"));
        assertEquals(Optional.of("'10.0.0.0/8' is not an IPv6 prefix"), row(broker, null, "Tunnel broker", "Routed prefix").problem("10.0.0.0/8"));
        assertEquals(Optional.of("'10.0.0.2/24' is not an IPv6 address"), row(broker, null, "Tunnel broker", "Server IPv6").problem("10.0.0.2/24"));
        assertEquals(Optional.of("a tunnel id is one word"), row(broker, null, "Tunnel broker", "Tunnel id").problem("72 2156"));
    }

    @Test
    void linesKeptFromAnImportAreShownButNotEdited() {
        Device r2 = DUAL.topology().require("R2").withVerbatim(List.of(
                new org.labcanvas.model.topology.VerbatimLine(null, "hostname R2", "service timestamps debug uptime", "R2.cfg:3"),
                new org.labcanvas.model.topology.VerbatimLine("interface Tunnel0", " ip mtu 1400", " ip nhrp server-only", "R2.cfg:40")));
        PropertyRow kept = row(r2, null, "Device", "Imported lines kept verbatim");
        assertEquals("2 lines", kept.value());
        assertEquals(Optional.of("lines kept from the import are exported unchanged; edit them in the configuration and import it again"),
                kept.problem("0 lines"));
        assertThat(DeviceProperties.rows(DUAL.topology().require("R2"), null).stream().map(PropertyRow::name))
                .doesNotContain("Imported lines kept verbatim");
    }

    @Test
    void aStaticRoutesInterfaceMustExist() {
        Device r2 = DUAL.topology().require("R2");
        PropertyRow routes = row(r2, null, "Static routes", "Routes (prefix via next hop)");
        assertEquals(Optional.of("R2 has no interface Serial0/0"), routes.problem("10.9.0.0/16 via 10.4.2.2 dev Serial0/0"));
        assertEquals(r2.withStaticRoutes(List.of(new org.labcanvas.model.topology.StaticRoute("10.9.0.0/16", "10.4.2.2", "FastEthernet1/0", null))),
                routes.edit("10.9.0.0/16 via 10.4.2.2 dev FastEthernet1/0").apply(DUAL).topology().require("R2"));
    }

    @Test
    void aRouterWithCryptoButNoKeyShowsWhereKeysGo() {
        Device r0 = DUAL.topology().require("R0");
        CryptoSettings c = r0.crypto();
        Device keyless = r0.withCrypto(new CryptoSettings(c.isakmpPolicies(), List.of(), c.transformSets(), c.profiles()));
        PropertyRow keys = row(keyless, null, "Crypto", "Peer keys");
        assertEquals("none", keys.value());
        assertEquals(Optional.of("add a pre-shared key with the Add menu"), keys.problem("x"));
    }

    @Test
    void anAceVlanInterfaceOffersWhatTheAceExportWrites() {
        Device ace1 = ACE.topology().require("ACE_1");
        List<PropertyRow> rows = DeviceProperties.rows(ace1, "vlan100");
        assertEquals(List.of("Name", "Description", "IPv4 address", "Shutdown"),
                rows.stream().filter(r -> r.category().equals("Interface vlan100")).map(PropertyRow::name).toList());
        assertThat(rows).noneMatch(r -> r.category().equals("Static routes"));
    }
}
