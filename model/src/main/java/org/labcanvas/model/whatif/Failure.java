package org.labcanvas.model.whatif;

import java.util.List;
import java.util.Set;
import org.labcanvas.model.sim.events.ScriptEvent;

/**
 * One single failure to simulate.
 *
 * @param kind     device, tunnel or link
 * @param name     how the report names it ({@code R0}, {@code R0 Tunnel0}, {@code R2:Fa1/0 -- Internet})
 * @param event    what is injected into the converged network
 * @param ownSites devices whose own losses this failure is expected to cause (the failed device; a
 *                 device whose only tunnel or only uplink fails): reported, never gating
 * @param elements the path elements the failure takes away (see {@link PathElements})
 */
public record Failure(Kind kind, String name, ScriptEvent event, Set<String> ownSites, List<String> elements) {
    public Failure {
        ownSites = Set.copyOf(ownSites);
        elements = List.copyOf(elements);
    }

    /** What fails. */
    public enum Kind {
        DEVICE("device"), TUNNEL("tunnel"), LINK("link");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The word the command line and the report use ({@code --failures devices,links}). */
        public String word() {
            return word;
        }
    }
}
