package org.labcanvas.model.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.labcanvas.model.analysis.InterfaceRef;
import org.labcanvas.model.analysis.OspfInterfaceView;
import org.labcanvas.model.topology.OspfNetworkType;

/**
 * Parameters that OSPF neighbors must agree on, checked in every group of would-be neighbors
 * ({@link org.labcanvas.model.analysis.OspfNeighborhoods#pairGroups()}):
 * <ul>
 *   <li>{@code OSPF_AREA_MISMATCH} (ERROR): the hello carries the area id; IOS drops hellos from
 *       another area ({@code %OSPF-4-ERRRCV ... mismatched area ID}), no adjacency.</li>
 *   <li>{@code OSPF_TIMER_MISMATCH} (ERROR): hello and dead intervals must be equal or the hello
 *       is dropped, no adjacency.</li>
 *   <li>{@code OSPF_NETWORK_TYPE_MISMATCH}: the type is not carried in hellos, so with equal
 *       timers IOS forms the adjacency anyway. ERROR when one side elects a DR (broadcast,
 *       non-broadcast) and the other does not (point-to-point, point-to-multipoint): their LSAs
 *       describe the link differently and the routes through it are not installed. WARNING when
 *       both elect a DR, or neither does: that combination works once the timers match.</li>
 * </ul>
 * Each interface gets at most one finding per code, naming the first neighbor that differs.
 */
final class OspfNeighborhoodCheck implements LintCheck {
    static final String AREA = "OSPF_AREA_MISMATCH";
    static final String TIMERS = "OSPF_TIMER_MISMATCH";
    static final String TYPE = "OSPF_NETWORK_TYPE_MISMATCH";

    private record Key(InterfaceRef ref, String code) {}

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        Map<Key, Finding> found = new LinkedHashMap<>();
        for (List<InterfaceRef> group : ctx.ospfNeighborhoods().pairGroups()) {
            List<OspfInterfaceView> views = new ArrayList<>();
            for (InterfaceRef r : group) {
                ctx.ospf().on(r).filter(OspfInterfaceView::active).ifPresent(views::add);
            }
            if (views.size() < 2) {
                continue;
            }
            compare(views, AREA, v -> v.area(), found, (self, other) -> new Finding(Severity.ERROR, AREA,
                    self.ref().device(), self.ref().iface(), "ospf.networks",
                    "in area " + self.area() + ", but its neighbor " + other.ref() + " is in area " + other.area()
                            + ": hellos from another area are dropped, no adjacency"));
            compare(views, TIMERS, v -> v.hello() + "/" + v.dead(), found, (self, other) -> new Finding(Severity.ERROR,
                    TIMERS, self.ref().device(), self.ref().iface(), "ospf",
                    "hello " + self.hello() + " s / dead " + self.dead() + " s, but its neighbor " + other.ref()
                            + " uses hello " + other.hello() + " s / dead " + other.dead()
                            + " s: hellos with other intervals are dropped, no adjacency"));
            compare(views, TYPE, OspfInterfaceView::type, found, (self, other) -> typeFinding(self, other));
        }
        out.addAll(found.values());
    }

    private static Finding typeFinding(OspfInterfaceView self, OspfInterfaceView other) {
        OspfNetworkType a = self.type();
        OspfNetworkType b = other.type();
        boolean severe = a.electsDr() != b.electsDr();
        String why = severe
                ? ": one side elects a DR and the other does not; with equal timers the adjacency forms, but the"
                + " two sides describe the link differently and routes through it are not installed"
                : ": both " + (a.electsDr() ? "elect a DR" : "work without a DR") + ", so this works once the timers"
                + " match, but the same type on both ends is what IOS expects";
        return new Finding(severe ? Severity.ERROR : Severity.WARNING, TYPE, self.ref().device(), self.ref().iface(),
                "ospf.networkType", "network type " + a.showName() + ", but its neighbor " + other.ref() + " uses "
                + b.showName() + why);
    }

    private static void compare(List<OspfInterfaceView> views, String code, Function<OspfInterfaceView, Object> value,
                                Map<Key, Finding> found,
                                java.util.function.BiFunction<OspfInterfaceView, OspfInterfaceView, Finding> report) {
        // Up to two representatives per distinct value (two, in case one is on the same device),
        // so that a large cloud with one odd member stays linear.
        Map<Object, List<OspfInterfaceView>> representatives = new LinkedHashMap<>();
        for (OspfInterfaceView v : views) {
            List<OspfInterfaceView> reps = representatives.computeIfAbsent(value.apply(v), x -> new ArrayList<>(2));
            if (reps.size() < 2) {
                reps.add(v);
            }
        }
        if (representatives.size() < 2) {
            return;
        }
        for (OspfInterfaceView self : views) {
            Key k = new Key(self.ref(), code);
            if (found.containsKey(k)) {
                continue;
            }
            Object mine = value.apply(self);
            search:
            for (Map.Entry<Object, List<OspfInterfaceView>> e : representatives.entrySet()) {
                if (Objects.equals(e.getKey(), mine)) {
                    continue;
                }
                for (OspfInterfaceView other : e.getValue()) {
                    if (!other.ref().device().equals(self.ref().device())) {
                        found.put(k, report.apply(self, other));
                        break search;
                    }
                }
            }
        }
    }
}
