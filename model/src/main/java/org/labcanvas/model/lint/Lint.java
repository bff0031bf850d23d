package org.labcanvas.model.lint;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.topology.Topology;

/**
 * Design lint: checks a topology for mistakes that would break it on real devices, without
 * simulating it. Each check is a {@link LintCheck} with its own codes; the result is sorted
 * ({@link Finding#ORDER}) and deterministic.
 */
public final class Lint {
    private Lint() {}

    public static List<Finding> check(Topology topology) {
        LintContext ctx = new LintContext(topology);
        List<Finding> out = new ArrayList<>();
        for (LintCheck c : LintCheck.ALL) {
            c.run(ctx, out);
        }
        out.sort(Finding.ORDER);
        return List.copyOf(out);
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
