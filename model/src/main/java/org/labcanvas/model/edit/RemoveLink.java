package org.labcanvas.model.edit;

import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Link;

/** Deletes one cable. */
public record RemoveLink(Link link) implements EditCommand {
    @Override
    public String label() {
        return "Delete link " + link.a() + " to " + link.b();
    }

    @Override
    public Project apply(Project project) {
        if (!project.topology().links().contains(link)) {
            throw new IllegalArgumentException("no link " + link);
        }
        return project.withTopology(project.topology().withoutLink(link));
    }
}
