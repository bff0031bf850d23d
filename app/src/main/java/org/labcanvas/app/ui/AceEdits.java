package org.labcanvas.app.ui;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.edit.EditCommand;
import org.labcanvas.model.edit.EditDevice;
import org.labcanvas.model.topology.AceContext;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.FtGroup;

/** Adding and removing an ACE module's FT groups as undoable edits, one undo step each. */
public final class AceEdits {
    private AceEdits() {}

    /**
     * {@code ft group N} with the lowest free number, for the first context that has no group yet,
     * peered with the module's FT peer, priorities at the ACE default (100), preempt on and not yet
     * in service (the ACE refuses {@code inservice} before the group is complete).
     */
    public static EditCommand addFtGroup(Device d) {
        AceSettings a = settings(d);
        String context = a.contexts().stream().map(AceContext::name)
                .filter(n -> a.ftGroups().stream().noneMatch(g -> n.equals(g.context()))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("every context of " + d.name() + " already has an FT group; add a context first"));
        int id = 1;
        while (a.group(id).isPresent()) {
            id++;
        }
        List<FtGroup> gs = new ArrayList<>(a.ftGroups());
        gs.add(new FtGroup(id, a.ftPeer() == null ? null : a.ftPeer().id(), FtGroup.DEFAULT_PRIORITY, FtGroup.DEFAULT_PRIORITY,
                true, context, false));
        return new EditDevice("Add " + d.name() + " ft group " + id, d.withAce(a.withFtGroups(gs)));
    }

    public static EditCommand removeFtGroup(Device d, int id) {
        AceSettings a = settings(d);
        if (a.group(id).isEmpty()) {
            throw new IllegalArgumentException(d.name() + " has no FT group " + id);
        }
        return new EditDevice("Remove " + d.name() + " ft group " + id,
                d.withAce(a.withFtGroups(a.ftGroups().stream().filter(g -> g.id() != id).toList())));
    }

    private static AceSettings settings(Device d) {
        if (d.ace() == null) {
            throw new IllegalArgumentException(d.name() + " is not an ACE module");
        }
        return d.ace();
    }
}
