package org.labcanvas.model.edit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.configs.ConfigExport;
import org.labcanvas.model.configs.ExportKind;
import org.labcanvas.model.configs.GeneratedFile;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.ios.IosImport;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.SixInFourClient;
import org.labcanvas.model.topology.StaticRoute;

class RenameInterfaceTest {
    private static final Project SIX = ReferenceDesigns.sixInFourTunnelBroker();

    @Test
    void theSixInFourTunnelStaticRoutesAndLinksFollowTheNewName() {
        Device mac = SIX.topology().require("MAC").withStaticRoutes(List.of(new StaticRoute("::/0", null, "gif0", null)));
        Project start = new EditDevice("test", mac).apply(SIX);
        Project p = new RenameInterface("MAC", "gif0", "he-ipv6").apply(start);
        SixInFourClient c = mac.sixInFour();
        assertEquals(mac.withInterface("gif0", i -> i.withName("he-ipv6"))
                        .withStaticRoutes(List.of(new StaticRoute("::/0", null, "he-ipv6", null)))
                        .withSixInFour(new SixInFourClient("he-ipv6", c.remoteIpv6(), c.routedPrefix(), c.broker(), c.dynamicAddress(), c.updater())),
                p.topology().require("MAC"));
        Project q = new RenameInterface("MAC", "en0", "en1").apply(start);
        assertEquals(SIX.topology().links().stream().map(l -> l.b().equals(Endpoint.of("MAC", "en0"))
                ? new Link(l.a(), Endpoint.of("MAC", "en1")) : l.a().equals(Endpoint.of("MAC", "en0")) ? new Link(Endpoint.of("MAC", "en1"), l.b()) : l)
                .toList(), q.topology().links());
        assertEquals("en1", q.topology().require("MAC").iface("gif0").orElseThrow().tunnel().source());
        assertEquals(start, new RenameInterface("MAC", "en0", "en0").apply(start));
    }

    @Test
    void keptVerbatimLinesFollowTheRenamedInterfaceIntoTheExport() throws Exception {
        String text = "hostname R9\n!\ninterface Tunnel0\n ip address 10.0.0.1 255.255.255.0\n ip pim sparse-mode\n"
                + " tunnel source FastEthernet0/0\n!\ninterface FastEthernet0/0\n ip address 192.0.2.1 255.255.255.0\n!\n"
                + "router eigrp 1\n passive-interface Tunnel0\n passive-interface Tunnel01\n!\n"
                + "ip nat inside source list 1 interface Tunnel0 overload\n!\nend\n";
        Project imported = IosImport.importTexts(Map.of("R9.cfg", text), Platform.IOS_15).project();
        Project renamed = new RenameInterface("R9", "Tunnel0", "Tunnel5").apply(imported);
        List<GeneratedFile> files = ConfigExport.render(renamed.topology(), EnumSet.of(ExportKind.CONFIGS), Map.of());
        assertEquals("""
                !
                hostname R9
                !
                interface Tunnel5
                 ip address 10.0.0.1 255.255.255.0
                 ip pim sparse-mode
                 tunnel source FastEthernet0/0
                !
                interface FastEthernet0/0
                 ip address 192.0.2.1 255.255.255.0
                 no shutdown
                !
                router eigrp 1
                 passive-interface Tunnel5
                 passive-interface Tunnel01
                !
                ip nat inside source list 1 interface Tunnel5 overload
                !
                end
                """, files.get(0).content());
    }

    @Test
    void aSubinterfaceIsNotAMentionOfItsParent() throws Exception {
        String text = "hostname R9\n!\ninterface FastEthernet0/0\n ip address 192.0.2.1 255.255.255.0\n!\n"
                + "interface FastEthernet0/0.100\n encapsulation dot1Q 100\n ip address 192.0.3.1 255.255.255.0\n!\n"
                + "ip nat inside source list 1 interface FastEthernet0/0.100 overload\n!\nend\n";
        Project imported = IosImport.importTexts(Map.of("R9.cfg", text), Platform.IOS_15).project();
        Device before = imported.topology().require("R9");
        Device after = new RenameInterface("R9", "FastEthernet0/0", "GigabitEthernet0/0").apply(imported).topology().require("R9");
        assertEquals(before.verbatim(), after.verbatim());
    }

    @Test
    void aMissingInterfaceATakenNameOrANameWithSpacesIsRefused() {
        assertThatThrownBy(() -> new RenameInterface("MAC", "en9", "en1").apply(SIX)).hasMessage("MAC has no interface en9");
        assertThatThrownBy(() -> new RenameInterface("MAC", "en0", "gif0").apply(SIX)).hasMessage("MAC already has an interface gif0");
        assertThatThrownBy(() -> new RenameInterface("MAC", "en0", "en 1").apply(SIX)).hasMessage("an interface name is one word without spaces");
        assertThatThrownBy(() -> new RenameInterface("R9", "en0", "en1").apply(SIX)).hasMessage("no device named 'R9'");
    }
}
