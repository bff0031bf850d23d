package org.labcanvas.model.whatif;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Topology;

/**
 * Every single failure of a design, in design order: each router, ACE module, host and broker
 * powered off; each tunnel interface shut down; each cable cut. The Internet and LAN segments
 * themselves do not fail (their cables do).
 */
public final class Failures {
    private Failures() {}

    public static List<Failure> of(Topology t, Set<Failure.Kind> kinds) {
        List<Failure> out = new ArrayList<>();
        if (kinds.contains(Failure.Kind.DEVICE)) {
            for (Device d : t.devices()) {
                if (!d.kind().isSegment()) {
                    out.add(new Failure(Failure.Kind.DEVICE, d.name(),
                            new ScriptEvent.Power(0, Duration.ZERO, d.name(), false), Set.of(d.name()),
                            List.of(PathElements.device(d.name()))));
                }
            }
        }
        if (kinds.contains(Failure.Kind.TUNNEL)) {
            for (Device d : t.devices()) {
                List<Interface> tunnels = d.interfaces().stream()
                        .filter(i -> i.type() == InterfaceType.TUNNEL && !i.shutdown()).toList();
                for (Interface i : tunnels) {
                    // A device with one tunnel has no other way into the overlay: losing it is its own loss.
                    Set<String> own = tunnels.size() == 1 ? Set.of(d.name()) : Set.of();
                    out.add(new Failure(Failure.Kind.TUNNEL, d.name() + " " + i.name(),
                            new ScriptEvent.InterfaceState(0, Duration.ZERO, d.name(), i.name(), false), own,
                            List.of(PathElements.tunnel(d.name(), i.name()))));
                }
            }
        }
        if (kinds.contains(Failure.Kind.LINK)) {
            List<Link> links = t.links();
            for (int k = 0; k < links.size(); k++) {
                Link l = links.get(k);
                Set<String> own = new HashSet<>();
                for (String end : List.of(l.a().device(), l.b().device())) {
                    if (onlyUplink(t, end, l)) {
                        own.add(end);
                    }
                }
                out.add(new Failure(Failure.Kind.LINK, l.toString(),
                        new ScriptEvent.LinkState(0, Duration.ZERO, l.a(), l.b(), false), own,
                        List.of(PathElements.link(k))));
            }
        }
        return out;
    }

    /**
     * Whether {@code l} is the only way out of {@code device}: its only cable to the Internet, or its
     * only cable when it has none to the Internet. Segments are never anyone's own site.
     */
    static boolean onlyUplink(Topology t, String device, Link l) {
        Device d = t.device(device).orElse(null);
        if (d == null || d.kind().isSegment()) {
            return false;
        }
        List<Link> mine = t.links().stream().filter(x -> x.touches(device)).toList();
        List<Link> uplinks = mine.stream().filter(x -> {
            String other = x.a().device().equals(device) ? x.b().device() : x.a().device();
            return t.device(other).map(o -> o.kind() == DeviceKind.INTERNET).orElse(false);
        }).toList();
        List<Link> ways = uplinks.isEmpty() ? mine : uplinks;
        return ways.size() == 1 && ways.get(0).equals(l);
    }
}
