package org.labcanvas.model.lint;

import java.util.List;

/** One family of lint rules. */
public interface LintCheck {
    /** Every check, in the order they run (the output is sorted afterwards). */
    List<LintCheck> ALL = List.of();

    void run(LintContext ctx, List<Finding> out);
}
