package org.labcanvas.model.sim.events;

import java.util.Comparator;
import java.util.List;

/** A parsed event script: entries in time order (ties keep script order). */
public record EventScript(List<ScriptEvent> events) {
    public static final EventScript EMPTY = new EventScript(List.of());

    public EventScript {
        events = events.stream().sorted(Comparator.comparing(ScriptEvent::at)).toList();
    }
}
