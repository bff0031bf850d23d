package org.labcanvas.model.edit;

import java.util.List;
import org.labcanvas.model.project.Project;

/** Several edits that undo as one step (a link that also addresses its interface, an auto-layout). */
public record CompoundEdit(String label, List<EditCommand> steps) implements EditCommand {
    public CompoundEdit {
        steps = List.copyOf(steps);
    }

    @Override
    public Project apply(Project project) {
        Project p = project;
        for (EditCommand c : steps) {
            p = c.apply(p);
        }
        return p;
    }
}
