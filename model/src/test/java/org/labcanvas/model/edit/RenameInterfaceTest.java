package org.labcanvas.model.edit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Link;
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
    void aMissingInterfaceATakenNameOrANameWithSpacesIsRefused() {
        assertThatThrownBy(() -> new RenameInterface("MAC", "en9", "en1").apply(SIX)).hasMessage("MAC has no interface en9");
        assertThatThrownBy(() -> new RenameInterface("MAC", "en0", "gif0").apply(SIX)).hasMessage("MAC already has an interface gif0");
        assertThatThrownBy(() -> new RenameInterface("MAC", "en0", "en 1").apply(SIX)).hasMessage("an interface name is one word without spaces");
        assertThatThrownBy(() -> new RenameInterface("R9", "en0", "en1").apply(SIX)).hasMessage("no device named 'R9'");
    }
}
