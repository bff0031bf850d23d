package org.labcanvas.model.edit;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.Scenario;

/** Saves a simulation scenario in the design: it replaces the scenario of the same name, or joins the list. */
public record SaveScenario(Scenario scenario) implements EditCommand {
    @Override
    public String label() {
        return "Save Scenario " + scenario.name();
    }

    @Override
    public Project apply(Project project) {
        if (scenario.name().isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        List<Scenario> out = new ArrayList<>(project.scenarios());
        int at = -1;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).name().equals(scenario.name())) {
                at = i;
            }
        }
        if (at >= 0) {
            out.set(at, scenario);
        } else {
            out.add(scenario);
        }
        return project.withScenarios(out);
    }
}
