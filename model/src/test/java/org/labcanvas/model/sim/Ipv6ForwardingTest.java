package org.labcanvas.model.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.ios.IosImport;
import org.labcanvas.model.sim.core.PacketTrace;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.sim.rib.Route6;
import org.labcanvas.model.sim.underlay.Ipv6Address;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.Topology;

/** IPv6 in the routing tables and forwarding: two IOS routers joined by a 6in4 tunnel over IPv4. */
class Ipv6ForwardingTest {
    private static final String R1 = """
            hostname R1
            interface FastEthernet0/0
             ip address 1.1.1.2 255.255.255.0
            interface Loopback0
             ipv6 address 2001:DB8:1::1/64
            interface Tunnel0
             ipv6 address 2001:DB8::1/64
             tunnel source FastEthernet0/0
             tunnel destination 2.2.2.2
             tunnel mode ipv6ip
            ip route 0.0.0.0 0.0.0.0 1.1.1.1
            ipv6 route 2001:DB8:2::/64 2001:DB8::2
            """;
    private static final String R2 = """
            hostname R2
            interface FastEthernet0/0
             ip address 2.2.2.2 255.255.255.0
            interface Loopback0
             ipv6 address 2001:DB8:2::1/64
            interface Tunnel0
             ipv6 address 2001:DB8::2/64
             tunnel source FastEthernet0/0
             tunnel destination 1.1.1.2
             tunnel mode ipv6ip
            ip route 0.0.0.0 0.0.0.0 2.2.2.1
            ipv6 route ::/0 Tunnel0
            """;

    private static Topology design() throws Exception {
        return IosImport.importTexts(Map.of("r1.cfg", R1, "r2.cfg", R2), Platform.IOS_15).project().topology();
    }

    private static Ipv6Address v6(String text) {
        return Ipv6Address.parse(text).orElseThrow();
    }

    @Test
    void addressesPrintAsRfc5952() {
        assertEquals("2001:db8:1::1", v6("2001:DB8:1:0:0:0:0:1").toString());
        assertEquals("::", v6("::").toString());
        assertEquals("2001:db8::1:0:0:1", v6("2001:db8:0:0:1:0:0:1").toString());
        assertEquals("fe80::1", v6("fe80:0:0:0:0:0:0:1").toString());
    }

    @Test
    void theRoutingTableHoldsConnectedLocalAndStaticIpv6Routes() throws Exception {
        NetworkState s = Simulation.stateAt(design(), EventScript.EMPTY, Duration.ofMinutes(1));
        List<String> routes = s.rib6("R1").routes().stream().map(Ipv6ForwardingTest::text).toList();
        assertEquals(List.of(
                "C 2001:db8::/64 Tunnel0",
                "L 2001:db8::1/128 Tunnel0",
                "C 2001:db8:1::/64 Loopback0",
                "L 2001:db8:1::1/128 Loopback0",
                "S 2001:db8:2::/64 via 2001:db8::2"), routes);
    }

    private static String text(Route6 r) {
        var h = r.nextHops().get(0);
        return r.source().code() + " " + r.prefix() + (h.address() != null ? " via " + h.address() : "")
                + (h.iface() != null ? " " + h.iface() : "");
    }

    @Test
    void ipv6CrossesTheIpv4UnderlayInThe6in4TunnelAndStopsWhenTheUnderlayBreaks() throws Exception {
        Topology t = design();
        NetworkState up = Simulation.stateAt(t, EventScript.EMPTY, Duration.ofMinutes(1));
        PacketTrace there = PacketPath6.forward(up, "R1", v6("2001:db8:2::1"));
        assertTrue(there.delivered());
        assertEquals(List.of("R2:Tunnel0"), there.hops().stream().map(Object::toString).toList());
        assertTrue(PacketPath6.forward(up, "R2", v6("2001:db8:1::1")).delivered());
        assertFalse(PacketPath6.forward(up, "R1", v6("2001:db8:3::1")).delivered());

        String link = t.links().stream().filter(l -> l.toString().contains("R2")).findFirst().orElseThrow().toString();
        assertThat(link).contains("Internet");
        EventScript cut = EventScriptParser.forTopology(t).parse(
                "events:\n  - at: 2m\n    device: R2\n    interface: FastEthernet0/0\n    action: down\n");
        NetworkState down = Simulation.stateAt(t, cut, Duration.ofMinutes(3));
        assertFalse(PacketPath6.forward(down, "R1", v6("2001:db8:2::1")).delivered());
    }
}
