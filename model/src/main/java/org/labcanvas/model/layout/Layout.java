package org.labcanvas.model.layout;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Canvas positions, kept beside the topology rather than inside protocol objects. Keys are device
 * names, kept sorted so the project file diffs well.
 */
public final class Layout {
    public static final Layout EMPTY = new Layout(Map.of());

    private final Map<String, Placement> placements;

    @JsonCreator
    public Layout(Map<String, Placement> placements) {
        this.placements = Collections.unmodifiableMap(new TreeMap<>(placements == null ? Map.of() : placements));
    }

    @JsonValue
    public Map<String, Placement> placements() {
        return placements;
    }

    public Optional<Placement> of(String device) {
        return Optional.ofNullable(placements.get(device));
    }

    public Layout with(String device, Placement p) {
        TreeMap<String, Placement> m = new TreeMap<>(placements);
        m.put(device, p);
        return new Layout(m);
    }

    public Layout without(String device) {
        TreeMap<String, Placement> m = new TreeMap<>(placements);
        m.remove(device);
        return new Layout(m);
    }

    public Layout renamed(String from, String to) {
        Placement p = placements.get(from);
        return p == null ? this : without(from).with(to, p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layout l && l.placements.equals(placements);
    }

    @Override
    public int hashCode() {
        return placements.hashCode();
    }

    @Override
    public String toString() {
        return "Layout" + placements;
    }
}
