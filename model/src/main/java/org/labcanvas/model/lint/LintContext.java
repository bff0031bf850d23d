package org.labcanvas.model.lint;

import org.labcanvas.model.topology.Topology;

/** What the checks share: the topology and analyses computed once per run. */
public final class LintContext {
    private final Topology topology;

    LintContext(Topology topology) {
        this.topology = topology;
    }

    public Topology topology() {
        return topology;
    }
}
