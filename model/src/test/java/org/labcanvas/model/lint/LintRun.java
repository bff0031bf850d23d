package org.labcanvas.model.lint;

import java.util.List;
import org.labcanvas.model.topology.Topology;

/** Test shorthand: the findings of a design, all or of some codes, as output lines. */
final class LintRun {
    private LintRun() {}

    static List<Finding> findings(Topology t, String... codes) {
        List<String> wanted = List.of(codes);
        return Lint.check(t).stream().filter(f -> wanted.isEmpty() || wanted.contains(f.code())).toList();
    }

    static List<String> lines(Topology t, String... codes) {
        return findings(t, codes).stream().map(Finding::line).toList();
    }
}
