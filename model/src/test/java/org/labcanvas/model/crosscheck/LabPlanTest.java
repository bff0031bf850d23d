package org.labcanvas.model.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.labcanvas.model.analysis.InterfaceRef;
import org.labcanvas.model.crosscheck.LabPlan.Bridge;
import org.labcanvas.model.crosscheck.LabPlan.LabInterface;
import org.labcanvas.model.crosscheck.LabPlan.Veth;
import org.labcanvas.model.generate.DmvpnGenerator;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.topology.Topology;
import org.junit.jupiter.api.Test;

class LabPlanTest {
    static final Topology DUAL = ReferenceDesigns.dmvpnDualHub().topology();

    @Test
    void dualHubBecomesFourNamespacesAndASwitchNamespace() {
        LabPlan plan = LabPlan.of(DUAL, "lc7");
        assertEquals(List.of("lc7-0-R0", "lc7-1-R1", "lc7-2-R2", "lc7-3-R3", "lc7-sw"), plan.namespaces());
    }

    @Test
    void segmentsAndTunnelSubnetsAreBridges() {
        LabPlan plan = LabPlan.of(DUAL, "lc7");
        assertEquals(List.of(
                new Bridge("t0", "tunnel subnet 10.0.0.0/24"),
                new Bridge("b1", "LAN"),
                new Bridge("b2", "Internet"),
                new Bridge("t3", "tunnel subnet 10.1.1.0/24")), plan.bridges());
    }

    @Test
    void everyInterfaceIsAVethWithItsExportName() {
        LabPlan plan = LabPlan.of(DUAL, "lc7");
        assertEquals(List.of(
                new Veth("lc7-0-R0", "tun0", "lc7-sw", "p0", "t0", true),
                new Veth("lc7-0-R0", "fa2-0", "lc7-sw", "p1", "b1", true),
                new Veth("lc7-0-R0", "fa2-1", "lc7-sw", "p2", "b2", true)),
                plan.veths().subList(0, 3));
        assertEquals(List.of(
                new LabInterface("Loopback0", "lo0", "2.2.2.2/32", false, true, null, false),
                new LabInterface("Tunnel0", "tun0", "10.0.0.2/24", false, true, "FastEthernet1/0", true),
                new LabInterface("Tunnel1", "tun1", "10.1.1.2/24", false, true, "FastEthernet1/0", true),
                new LabInterface("FastEthernet1/0", "fa1-0", "10.4.2.1/24", false, true, null, false)),
                plan.router("R2").orElseThrow().interfaces());
        assertEquals(new Veth("lc7-2-R2", "lo0", "lc7-2-R2", "x6", null, true), plan.veths().get(6));
    }

    @Test
    void hubConfigListsTheSpokesAndWritesIosCostsAndTheRouterId() {
        LabPlan plan = LabPlan.of(DUAL, "lc7");
        assertEquals("""
                frr defaults traditional
                hostname R0
                !
                interface tun0
                 ip ospf area 10
                 ip ospf network non-broadcast
                 ip ospf hello-interval 1
                 ip ospf dead-interval 4
                 ip ospf cost 10
                 ip ospf priority 1
                exit
                !
                interface fa2-0
                 ip ospf area 10
                 ip ospf network broadcast
                 ip ospf hello-interval 1
                 ip ospf dead-interval 4
                 ip ospf cost 1
                 ip ospf priority 1
                exit
                !
                router ospf
                 ospf router-id 10.10.10.1
                 maximum-paths 4
                 timers throttle spf 0 50 200
                 timers throttle lsa all 0
                 timers lsa min-arrival 0
                 neighbor 10.0.0.2 poll-interval 1
                 neighbor 10.0.0.3 poll-interval 1
                exit
                !
                """, plan.router("R0").orElseThrow().ospfdConf());
    }

    @Test
    void spokeLoopbackIsPassiveWithIosCostOne() {
        String conf = LabPlan.of(DUAL, "lc7").router("R2").orElseThrow().ospfdConf();
        assertEquals("""
                interface lo0
                 ip ospf area 10
                 ip ospf hello-interval 1
                 ip ospf dead-interval 4
                 ip ospf cost 1
                 ip ospf priority 1
                 ip ospf passive
                exit""", conf.substring(conf.indexOf("interface lo0"), conf.indexOf("exit", conf.indexOf("interface lo0")) + 4));
    }

    @Test
    void uncabledSpokeLanHasAPeerThatStaysDown() {
        Topology generated = DmvpnGenerator.generate(2, 1).topology();
        LabPlan plan = LabPlan.of(generated, "lc8");
        Veth lan = plan.veths().stream().filter(v -> v.namespaceA().endsWith("SPOKE1") && v.nameA().equals("fa0-1"))
                .findFirst().orElseThrow();
        assertEquals(false, lan.peerUp());
        assertEquals(false, plan.linkStates(LabConditions.NONE).get(lan.namespaceA()).get("fa0-1"));
    }

    @Test
    void deviceDownTakesItsInterfacesDownAndItsTunnelsFollowTheirSource() throws Exception {
        LabPlan plan = LabPlan.of(DUAL, "lc7");
        EventScript script = EventScriptParser.forTopology(DUAL).parse("""
                events:
                  - at: 10m
                    device: R0
                    action: down
                  - at: 11m
                    link: [R2:FastEthernet1/0, Internet]
                    action: down
                """);
        LabConditions c = LabConditions.NONE.after(script.events().get(0)).after(script.events().get(1));
        assertEquals(new LabConditions(Set.of("R0"), Set.of(), Set.of("Internet:|R2:FastEthernet1/0")), c);
        Map<String, Map<String, Boolean>> states = plan.linkStates(c);
        assertEquals(Map.of("tun0", false, "fa2-0", false, "fa2-1", false), states.get("lc7-0-R0"));
        assertEquals(Map.of("lo0", true, "tun0", false, "tun1", false, "fa1-0", false), states.get("lc7-2-R2"));
        assertEquals(Map.of("lo0", true, "tun0", true, "tun1", true, "fa1-0", true), states.get("lc7-3-R3"));
        assertEquals(Map.of("tun1", true, "fa2-0", true, "fa2-1", true), states.get("lc7-1-R1"));
    }

    @Test
    void interfaceEventsAreUndoneByUp() throws Exception {
        EventScript script = EventScriptParser.forTopology(DUAL).parse("""
                events:
                  - at: 10m
                    device: R2
                    interface: Tunnel0
                    action: down
                  - at: 11m
                    device: R2
                    interface: Tunnel0
                    action: up
                """);
        LabConditions down = LabConditions.NONE.after(script.events().get(0));
        assertEquals(Set.of(InterfaceRef.of("R2", "Tunnel0")), down.interfacesDown());
        assertEquals(LabConditions.NONE, down.after(script.events().get(1)));
    }

    @Test
    void cliAndPingEntriesCannotBePlayed() throws Exception {
        EventScript script = EventScriptParser.forTopology(DUAL).parse("""
                events:
                  - at: 10m
                    device: R2
                    cli: |
                      interface Tunnel0
                      ip ospf cost 50
                  - at: 11m
                    device: R2
                    ping: 3.3.3.3
                """);
        assertEquals(List.of("line 2: crosscheck plays device, interface and link events only, not cli commands",
                "line 7: crosscheck plays device, interface and link events only, not pings"),
                LabConditions.unsupported(script.events()));
        assertThrows(IllegalArgumentException.class, () -> LabConditions.NONE.after(script.events().get(0)));
    }

    @Test
    void costFollowsIosBandwidthDefaults() {
        var d = DUAL.require("R2");
        assertEquals(1, LabPlan.iosCost(d, d.iface("Loopback0").orElseThrow()));
        assertEquals(1, LabPlan.iosCost(d, d.iface("FastEthernet1/0").orElseThrow()));
        assertEquals(1000, LabPlan.iosCost(d, d.iface("Tunnel0").orElseThrow().withOspf(null)));
        assertEquals(11111, LabPlan.iosCost(d.withPlatform(org.labcanvas.model.topology.Platform.IOS_12_4),
                d.iface("Tunnel0").orElseThrow().withOspf(null)));
        assertEquals(64, LabPlan.iosCost(d, d.iface("FastEthernet1/0").orElseThrow().withName("Serial0/0")));
    }
}
