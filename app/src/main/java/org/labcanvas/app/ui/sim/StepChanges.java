package org.labcanvas.app.ui.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Topology;

/**
 * What changed between two instants of a simulation, device by device: power, routes added and
 * removed, OSPF neighbours (state and role), NHRP cache entries and IPsec SAs. Computed by
 * comparing two snapshots, so it holds whatever the engine did, however many instants lie between.
 */
public final class StepChanges {
    /** One change: the device, what kind of fact, {@code +} / {@code -} / {@code ~}, and the fact. */
    public record Change(String device, String kind, char sign, String text) {
        /** {@code R2  route  - O 10.0.0.0/24 [110/1001] via 10.0.0.1 Tunnel0} */
        public String line() {
            return device + "  " + kind + "  " + sign + " " + text;
        }
    }

    private StepChanges() {
    }

    /** The changes from {@code before} to {@code after}, in device order (design order), then by kind. */
    public static List<Change> between(Topology topology, NetworkState before, NetworkState after) {
        return between(topology.devices(), before, after);
    }

    /** The changes for {@code devices} only. */
    public static List<Change> between(List<Device> devices, NetworkState before, NetworkState after) {
        List<Change> out = new ArrayList<>();
        for (Device d : devices) {
            out.addAll(between(StateFacts.of(before, d), StateFacts.of(after, d)));
        }
        return out;
    }

    static List<Change> between(StateFacts a, StateFacts b) {
        List<Change> out = new ArrayList<>();
        String d = b.device();
        if (a.up() != b.up()) {
            out.add(new Change(d, "power", b.up() ? '+' : '-', b.up() ? "on" : "off"));
        }
        sets(out, d, "route", a.routes(), b.routes());
        Set<String> peers = new TreeSet<>(a.neighbors().keySet());
        peers.addAll(b.neighbors().keySet());
        for (String p : peers) {
            String was = a.neighbors().get(p);
            String is = b.neighbors().get(p);
            if (Objects.equals(was, is)) {
                continue;
            }
            if (was == null) {
                out.add(new Change(d, "ospf", '+', p + " " + is));
            } else if (is == null) {
                out.add(new Change(d, "ospf", '-', p + " " + was));
            } else {
                out.add(new Change(d, "ospf", '~', p + " " + was + " -> " + is));
            }
        }
        sets(out, d, "nhrp", a.nhrp(), b.nhrp());
        sets(out, d, "ipsec", a.sas(), b.sas());
        return out;
    }

    private static void sets(List<Change> out, String device, String kind, Set<String> was, Set<String> is) {
        for (String x : was) {
            if (!is.contains(x)) {
                out.add(new Change(device, kind, '-', x));
            }
        }
        for (String x : is) {
            if (!was.contains(x)) {
                out.add(new Change(device, kind, '+', x));
            }
        }
    }

    /** How many changes of each kind, for a one-line summary ({@code 3 route, 1 ospf}). */
    public static String summary(List<Change> changes) {
        Map<String, Integer> n = new LinkedHashMap<>();
        for (Change c : changes) {
            n.merge(c.kind(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        n.forEach((k, v) -> parts.add(v + " " + k));
        return parts.isEmpty() ? "nothing changed" : String.join(", ", parts);
    }
}
