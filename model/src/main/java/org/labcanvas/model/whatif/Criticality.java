package org.labcanvas.model.whatif;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Topology;

/** How critical a failure is, worst first; the colours the report and the designer paint it in. */
public enum Criticality {
    CUTS_OFF("cuts off another site", "#d62728"),
    OUTAGE("outage for other sites", "#ff7f0e"),
    MOVES("paths move, sessions to rebuild", "#e6c229"),
    OWN("only its own site", "#2ca02c"),
    NOT_FAILED("not failed", "#c7c7c7");

    private final String words;
    private final String colour;

    Criticality(String words, String colour) {
        this.words = words;
        this.colour = colour;
    }

    public String words() {
        return words;
    }

    /** {@code #rrggbb}. */
    public String colour() {
        return colour;
    }

    public static Criticality of(FailureImpact i) {
        if (i.cutOff() > 0) {
            return CUTS_OFF;
        }
        if (i.maxOutageMs() > 0) {
            return OUTAGE;
        }
        if (i.moved() > 0 || !i.ipsecLost().isEmpty() || !i.nhrpLost().isEmpty() || i.aceDropped() + i.aceBestEffort() > 0) {
            return MOVES;
        }
        return OWN;
    }

    private static Criticality worse(Criticality a, Criticality b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /**
     * Each element's worst failure: devices (a device's own failure and its tunnels'), and cables by
     * their position in the design's list of links.
     *
     * @param devices by device name
     * @param links   by index in {@link Topology#links()}
     */
    public record Worst(Map<String, Criticality> devices, Map<Integer, Criticality> links) {}

    public static Worst byElement(Topology t, ResilienceReport r) {
        Map<String, Criticality> devices = new TreeMap<>();
        Map<String, Criticality> linksByName = new HashMap<>();
        for (FailureImpact i : r.impacts()) {
            Criticality c = of(i);
            Failure f = i.failure();
            switch (f.kind()) {
                case DEVICE -> devices.merge(f.name(), c, Criticality::worse);
                case TUNNEL -> devices.merge(f.event().device(), c, Criticality::worse);
                case LINK -> linksByName.merge(f.name(), c, Criticality::worse);
            }
        }
        Map<Integer, Criticality> links = new TreeMap<>();
        for (int k = 0; k < t.links().size(); k++) {
            Link l = t.links().get(k);
            Criticality c = linksByName.get(l.toString());
            if (c != null) {
                links.put(k, c);
            }
        }
        return new Worst(devices, links);
    }
}
