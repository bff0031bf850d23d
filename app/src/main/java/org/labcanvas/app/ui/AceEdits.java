package org.labcanvas.app.ui;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.edit.EditCommand;
import org.labcanvas.model.edit.EditDevice;
import org.labcanvas.model.topology.AceContext;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.FtGroup;

/** Adding and removing an ACE module's FT groups and contexts as undoable edits, one undo step each. */
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

    /** Removes an FT group; a group that an {@code ft track} still lowers stays (remove or move the track first). */
    public static EditCommand removeFtGroup(Device d, int id) {
        AceSettings a = settings(d);
        if (a.group(id).isEmpty()) {
            throw new IllegalArgumentException(d.name() + " has no FT group " + id);
        }
        List<String> tracks = a.tracking().stream().filter(t -> t.ftGroup() == id).map(t -> t.name()).toList();
        if (!tracks.isEmpty()) {
            throw new IllegalArgumentException("FT group " + id + " is lowered by ft track " + String.join(", ", tracks));
        }
        return new EditDevice("Remove " + d.name() + " ft group " + id,
                d.withAce(a.withFtGroups(a.ftGroups().stream().filter(g -> g.id() != id).toList())));
    }

    /** {@code context Cn} with the lowest free name and id (ids 1-250; 0 is Admin), no VLANs yet. */
    public static EditCommand addContext(Device d) {
        AceSettings a = settings(d);
        int id = 1;
        while (id <= 250) {
            int q = id;
            if (a.contexts().stream().noneMatch(x -> x.id() == q)) {
                break;
            }
            id++;
        }
        if (id > 250) {
            throw new IllegalArgumentException(d.name() + " has every context id 1-250");
        }
        int n = 1;
        while (true) {
            String name = "C" + n;
            if (a.contexts().stream().noneMatch(x -> x.name().equals(name))) {
                break;
            }
            n++;
        }
        List<AceContext> contexts = new ArrayList<>(a.contexts());
        contexts.add(new AceContext("C" + n, id, List.of()));
        return new EditDevice("Add " + d.name() + " context C" + n, d.withAce(withContexts(a, contexts)));
    }

    /** Removes a context; the Admin context and a context still associated with an FT group stay. */
    public static EditCommand removeContext(Device d, String name) {
        AceSettings a = settings(d);
        if (AceContext.ADMIN.equals(name)) {
            throw new IllegalArgumentException("the Admin context always exists");
        }
        if (a.contexts().stream().noneMatch(x -> x.name().equals(name))) {
            throw new IllegalArgumentException(d.name() + " has no context " + name);
        }
        a.ftGroups().stream().filter(g -> name.equals(g.context())).findFirst().ifPresent(g -> {
            throw new IllegalArgumentException("context " + name + " is associated with FT group " + g.id());
        });
        return new EditDevice("Remove " + d.name() + " context " + name,
                d.withAce(withContexts(a, a.contexts().stream().filter(x -> !x.name().equals(name)).toList())));
    }

    private static AceSettings withContexts(AceSettings a, List<AceContext> contexts) {
        return new AceSettings(a.peerDevice(), a.ftInterface(), a.ftPeer(), a.ftGroups(), contexts, a.tracking(), a.images(),
                a.bootSystem(), a.runningImage());
    }

    private static AceSettings settings(Device d) {
        if (d.ace() == null) {
            throw new IllegalArgumentException(d.name() + " is not an ACE module");
        }
        return d.ace();
    }
}
