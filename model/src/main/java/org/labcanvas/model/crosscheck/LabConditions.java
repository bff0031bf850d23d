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
        boolean down = event.action() == ScriptEvent.Action.DOWN;
        switch (event.kind()) {
            case DEVICE -> {
                Set<String> d = new TreeSet<>(devicesDown);
                if (down) {
                    d.add(event.device());
                } else {
                    d.remove(event.device());
                }
                return new LabConditions(d, interfacesDown, linksDown);
            }
            case INTERFACE -> {
                Set<InterfaceRef> i = new TreeSet<>(interfacesDown);
                InterfaceRef ref = InterfaceRef.of(event.device(), event.iface());
                if (down) {
                    i.add(ref);
                } else if (event.action() == ScriptEvent.Action.UP) {
                    i.remove(ref);
                }
                return new LabConditions(devicesDown, i, linksDown);
            }
            case LINK -> {
                Set<String> l = new TreeSet<>(linksDown);
                String k = key(event.link().get(0), event.link().get(1));
                if (down) {
                    l.add(k);
                } else if (event.action() == ScriptEvent.Action.UP) {
                    l.remove(k);
                }
                return new LabConditions(devicesDown, interfacesDown, l);
            }
            default -> throw new IllegalArgumentException("line " + event.line() + ": crosscheck plays device, interface and"
                    + " link events only; this entry (" + event.kind().name().toLowerCase() + ") cannot be played in the lab");
        }
    }

    /** The entries of a script the lab cannot play, as messages with their line numbers. */
    public static List<String> unsupported(List<ScriptEvent> events) {
        List<String> out = new ArrayList<>();
        for (ScriptEvent e : events) {
            switch (e.kind()) {
                case DEVICE, INTERFACE, LINK -> { }
                default -> out.add("line " + e.line() + ": crosscheck plays device, interface and link events only, not "
                        + switch (e.kind()) {
                            case CLI -> "cli commands";
                            case PING -> "pings";
                            default -> "this entry";
                        });
            }
        }
        return out;
    }
}
