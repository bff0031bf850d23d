package org.labcanvas.model.crosscheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.labcanvas.model.analysis.InterfaceRef;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Link;

/**
 * The failures in force in the lab: devices down, interfaces down and links down, after the
 * device, interface and link events of an event script.
 */
public record LabConditions(Set<String> devicesDown, Set<InterfaceRef> interfacesDown, Set<String> linksDown) {
    public static final LabConditions NONE = new LabConditions(Set.of(), Set.of(), Set.of());

    public LabConditions {
        devicesDown = Set.copyOf(devicesDown);
        interfacesDown = Set.copyOf(interfacesDown);
        linksDown = Set.copyOf(linksDown);
    }

    /** An order-independent key of a link ({@code R0:Fa0/0|R1:Fa0/0}). */
    static String key(Link l) {
        return key(l.a(), l.b());
    }

    static String key(Endpoint a, Endpoint b) {
        String x = a.device() + ":" + (a.iface() == null ? "" : a.iface());
        String y = b.device() + ":" + (b.iface() == null ? "" : b.iface());
        return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
    }

    /**
     * The conditions after {@code event}. A reload leaves the device up (the runner restarts it).
     *
     * @throws IllegalArgumentException for an entry the lab cannot play (cli commands, pings)
     */
    public LabConditions after(ScriptEvent event) {
        if (event instanceof ScriptEvent.Power p) {
            Set<String> d = new TreeSet<>(devicesDown);
            if (p.on()) {
                d.remove(p.device());
            } else {
                d.add(p.device());
            }
            return new LabConditions(d, interfacesDown, linksDown);
        }
        if (event instanceof ScriptEvent.Reload) {
            return this;
        }
        if (event instanceof ScriptEvent.InterfaceState i) {
            Set<InterfaceRef> refs = new TreeSet<>(interfacesDown);
            InterfaceRef ref = InterfaceRef.of(i.device(), i.iface());
            if (i.up()) {
                refs.remove(ref);
            } else {
                refs.add(ref);
            }
            return new LabConditions(devicesDown, refs, linksDown);
        }
        if (event instanceof ScriptEvent.LinkState l) {
            Set<String> links = new TreeSet<>(linksDown);
            String k = key(l.a(), l.b());
            if (l.up()) {
                links.remove(k);
            } else {
                links.add(k);
            }
            return new LabConditions(devicesDown, interfacesDown, links);
        }
        throw new IllegalArgumentException(notPlayable(event));
    }

    /** The entries of a script the lab cannot play, as messages with their line numbers. */
    public static List<String> unsupported(List<ScriptEvent> events) {
        List<String> out = new ArrayList<>();
        for (ScriptEvent e : events) {
            if (!playable(e)) {
                out.add(notPlayable(e));
            }
        }
        return out;
    }

    /** Whether the lab can play {@code e}: power, reload, interface and link events. */
    public static boolean playable(ScriptEvent e) {
        return e instanceof ScriptEvent.Power || e instanceof ScriptEvent.Reload
                || e instanceof ScriptEvent.InterfaceState || e instanceof ScriptEvent.LinkState;
    }

    private static String notPlayable(ScriptEvent e) {
        String what = e instanceof ScriptEvent.Cli ? "cli commands"
                : e instanceof ScriptEvent.Ping ? "pings" : "this entry (" + e.describe() + ")";
        return "line " + e.line() + ": crosscheck plays device, interface and link events only, not " + what;
    }
}
