package org.labcanvas.model.edit;

import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;

/** Adds a tunnel from a spoke to a hub's DMVPN cloud ({@link SpokeTunnels}); the hub does not change. */
public record ConnectSpokeToHub(String spoke, String hub) implements EditCommand {
    @Override
    public String label() {
        return "Tunnel " + spoke + " to " + hub;
    }

    @Override
    public Project apply(Project project) {
        Device s = project.topology().require(spoke);
        Device h = project.topology().require(hub);
        HubTunnel t = HubTunnel.of(h).orElseThrow(
                () -> new IllegalArgumentException(hub + " is no hub with an addressed multipoint GRE tunnel"));
        boolean already = s.interfaces().stream().anyMatch(i -> i.tunnel() != null
                && t.nbma().equals(i.tunnel().destination()));
        if (already) {
            throw new IllegalArgumentException(spoke + " already has a tunnel to " + hub);
        }
        Device joined = SpokeTunnels.join(s, t, h.crypto(), new DesignAddressPlan(project.topology()));
        return project.withTopology(project.topology().withDevice(spoke, old -> joined));
    }
}
