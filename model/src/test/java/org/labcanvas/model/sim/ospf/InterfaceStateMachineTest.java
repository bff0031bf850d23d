package org.labcanvas.model.sim.ospf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.sim.core.Clock;
import org.labcanvas.model.sim.core.Scheduler;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.Network;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.OspfInterfaceSettings;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.Topology;

/**
 * The interface state machine on one Ethernet LAN, without hellos: interfaces come up, wait, and
 * elect the DR and BDR (RFC 2328 9.4) from neighbors made 2-Way by hand.
 */
class InterfaceStateMachineTest {
    /** A timer the machine set. */
    private record SetTimer(long at, Clock.Timer timer) {}

    private long now;
    private final List<SetTimer> timers = new ArrayList<>();
    private final Scheduler clock = new Scheduler() {
        @Override
        public long now() {
            return now;
        }

        @Override
        public void at(long millis, Clock.Timer timer) {
            timers.add(new SetTimer(millis, timer));
        }
    };
    private final Set<OspfRouter> dirty = new TreeSet<>(Comparator.comparing(OspfRouter::name));
    private final ArrayDeque<OspfIface> electQueue = new ArrayDeque<>();
    private final Set<OspfIface> electQueued = new HashSet<>();
    private final ArrayDeque<OspfNbr> adjQueue = new ArrayDeque<>();
    private final InterfaceStateMachine ism = new InterfaceStateMachine(clock,
            new LsaOrigination(new TreeMap<>(), dirty, new HashSet<>()), electQueue, electQueued, adjQueue);
    private final Map<String, OspfRouter> routers = new TreeMap<>();

    /** R1..Rn on one LAN, 10.0.0.N/24, with the given {@code ip ospf priority}s and router ID N.N.N.N. */
    private List<OspfIface> lan(int... priorities) {
        List<Device> devices = new ArrayList<>(List.of(Device.of("LAN", DeviceKind.LAN, Platform.GENERIC)));
        List<Link> links = new ArrayList<>();
        for (int n = 1; n <= priorities.length; n++) {
            Interface gi = Interface.physical("GigabitEthernet0/0", "10.0.0." + n + "/24")
                    .withOspf(OspfInterfaceSettings.DEFAULTS.withPriority(priorities[n - 1]));
            devices.add(Device.of("R" + n, DeviceKind.ROUTER, Platform.IOS_15).withInterfaces(List.of(gi))
                    .withOspf(OspfProcess.of(1, List.of(new OspfNetwork("10.0.0.0", "0.0.0.255", 0)))));
            links.add(Link.between(Endpoint.of("R" + n, "GigabitEthernet0/0"), Endpoint.node("LAN")));
        }
        OspfConfiguration.build(new Network(new Topology(devices, links)), routers, new TreeMap<>());
        List<OspfIface> out = new ArrayList<>();
        for (int n = 1; n <= priorities.length; n++) {
            OspfRouter r = routers.get("R" + n);
            r.up = true;
            r.routerId = Ipv4Prefix.address(n + "." + n + "." + n + "." + n).orElseThrow();
            out.add(r.ifaces.get(0));
        }
        return out;
    }

    /** Every pair of {@code ifaces} hears the other in 2-Way. */
    private static void twoWay(List<OspfIface> ifaces) {
        for (OspfIface a : ifaces) {
            for (OspfIface b : ifaces) {
                if (a != b) {
                    a.nbr(b).state = NbrState.TWO_WAY;
                }
            }
        }
    }

    /** Runs the queued elections until none changes anything (adjacency decisions are left out). */
    private void settleElections() {
        while (!electQueue.isEmpty()) {
            OspfIface oi = electQueue.poll();
            electQueued.remove(oi);
            if (ism.elect(oi)) {
                ism.drChanged(oi);
            }
        }
        adjQueue.clear();
    }

    /** Each interface as "router state DR/BDR" (by router name, "-" for none). */
    private static List<String> roles(List<OspfIface> ifaces) {
        return ifaces.stream().map(oi -> oi.router.name() + " " + oi.state.longName() + " "
                + (oi.dr == null ? "-" : oi.dr.router.name()) + "/" + (oi.bdr == null ? "-" : oi.bdr.router.name()))
                .toList();
    }

    @Test
    void anEthernetInterfaceWaitsTheDeadIntervalThenQueuesAnElection() {
        OspfIface r1 = lan(1).get(0);
        now = 5_000;
        ism.bringUp(r1);
        assertEquals(IfState.WAITING, r1.state);
        assertEquals(List.of(new SetTimer(45_000, new OspfEngine.WaitTimer(r1.net.index(), 1))), timers);
        assertEquals(List.of("R1"), dirty.stream().map(OspfRouter::name).toList());

        ism.waitTimer(r1, 0); // a timer from an earlier bring-up
        assertEquals(IfState.WAITING, r1.state);
        assertEquals(List.of(), List.copyOf(electQueue));

        ism.waitTimer(r1, 1);
        assertEquals(IfState.DROTHER, r1.state);
        assertEquals(List.of(r1), List.copyOf(electQueue));
    }

    @Test
    void aPriorityZeroInterfaceNeitherWaitsNorIsElected() {
        List<OspfIface> lan = lan(0, 1);
        for (OspfIface oi : lan) {
            ism.bringUp(oi);
        }
        assertEquals(List.of(IfState.DROTHER, IfState.WAITING), lan.stream().map(oi -> oi.state).toList());
        assertEquals(List.of(new SetTimer(40_000, new OspfEngine.WaitTimer(lan.get(1).net.index(), 1))), timers);

        twoWay(lan);
        ism.endWait(lan.get(1));
        ism.queueElection(lan.get(0));
        settleElections();
        assertEquals(List.of("R1 DROTHER R2/-", "R2 DR R2/-"), roles(lan));
    }

    @Test
    void highestPriorityBecomesDrAndHighestRouterIdAmongTheRestBdr() {
        List<OspfIface> lan = lan(1, 1, 2, 0);
        for (OspfIface oi : lan) {
            ism.bringUp(oi);
        }
        twoWay(lan);
        for (OspfIface oi : lan) {
            ism.endWait(oi);
            ism.queueElection(oi);
        }
        settleElections();
        assertEquals(List.of("R1 DROTHER R3/R2", "R2 BDR R3/R2", "R3 DR R3/R2", "R4 DROTHER R3/R2"), roles(lan));
    }

    @Test
    void aBetterRouterThatComesLaterDoesNotTakeOverTheDrOrBdr() {
        List<OspfIface> lan = lan(1, 1, 100);
        List<OspfIface> first = lan.subList(0, 2);
        for (OspfIface oi : first) {
            ism.bringUp(oi);
        }
        twoWay(first);
        for (OspfIface oi : first) {
            ism.endWait(oi);
        }
        settleElections();
        assertEquals(List.of("R1 BDR R2/R1", "R2 DR R2/R1"), roles(first));

        ism.bringUp(lan.get(2));
        twoWay(lan);
        for (OspfIface oi : lan) {
            ism.endWait(oi);
            ism.queueElection(oi);
        }
        settleElections();
        assertEquals(List.of("R1 BDR R2/R1", "R2 DR R2/R1", "R3 DROTHER R2/R1"), roles(lan));
    }

    @Test
    void takingAnInterfaceDownForgetsItsDrAndCancelsItsWaitTimer() {
        List<OspfIface> lan = lan(1, 1);
        for (OspfIface oi : lan) {
            ism.bringUp(oi);
        }
        twoWay(lan);
        for (OspfIface oi : lan) {
            ism.endWait(oi);
        }
        settleElections();
        OspfIface r1 = lan.get(0);
        ism.takeDown(r1);
        assertEquals(List.of("R1 DOWN -/-", "R2 DR R2/R1"), roles(lan));

        ism.bringUp(r1); // generations so far: 1 first bring-up, 2 end of wait, 3 down
        assertEquals(new SetTimer(40_000, new OspfEngine.WaitTimer(r1.net.index(), 4)), timers.get(timers.size() - 1));
        ism.takeDown(r1);
        ism.waitTimer(r1, 4);
        assertEquals(IfState.DOWN, r1.state);
        assertEquals(List.of(), List.copyOf(electQueue));
    }
}
