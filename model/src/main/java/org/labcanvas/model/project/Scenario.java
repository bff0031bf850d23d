package org.labcanvas.model.project;

/**
 * A named simulation scenario saved with the design: its events as an event script (the YAML that
 * {@code labcanvas simulate --events} reads, and that the designer's Import/Export Events read and
 * write). The designer checks the script against the design when it plays the scenario.
 */
public record Scenario(String name, String events) {
    public Scenario {
        name = name == null ? "" : name;
        events = events == null ? "events: []\n" : events;
    }
}
