package org.labcanvas.model.edit;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.configs.AceConfigWriter;
import org.labcanvas.model.topology.AceContext;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.FtGroup;
import org.labcanvas.model.topology.FtInterface;
import org.labcanvas.model.topology.FtTrack;

/** Adding and removing an ACE module's FT groups and contexts as undoable edits, one undo step each. */
public final class AceEdits {
    private AceEdits() {}

    /**
     * {@code ft group N} with the lowest free number, for the first context that has no group yet,
     * peered with the module's FT peer, priorities at the ACE default (100), preempt on and not yet
     * in service (the ACE refuses {@code inservice} before the group is complete).
     */
    public static EditCommand addFtGroup(Device d) {
        AceSettings a = FtEdits.settings(d);
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
        AceSettings a = FtEdits.settings(d);
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
        AceSettings a = FtEdits.settings(d);
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
        AceSettings a = FtEdits.settings(d);
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

    /**
     * Renames an ACE module's VLAN interface, which on the module means moving it to another VLAN
     * ({@code interface vlan N} is the only kind of interface an ACE context has). The new name is
     * {@code vlanN} with N from 2 to 4094 (any other name would not be exported at all). The FT
     * VLAN's interface is changed with the FT interface instead, and a VLAN that is the FT VLAN or
     * already an interface of the module is refused. The interface stays in its context: the new
     * VLAN must not be allocated to another context (the refusal names both), and an {@code allocate-interface vlan} of the
     * old VLAN follows to the new one, as does an {@code ft track interface} that tracks it. One
     * undo step, with links following as for any {@link RenameInterface}.
     */
    public static EditCommand renameVlanInterface(Device d, String from, String to) {
        AceSettings a = FtEdits.settings(d);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)vlan(\\d{1,4})").matcher(to);
        int vlan = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        if (vlan < 2 || vlan > 4094) {
            throw new IllegalArgumentException("an ACE interface is a VLAN: name it vlanN with N from 2 to 4094 (vlan200)");
        }
        String name = "vlan" + vlan;
        Integer old = AceConfigWriter.vlanNumber(from);
        if (old != null && old == vlan) {
            return new RenameInterface(d.name(), from, name);
        }
        FtInterface ft = a.ftInterface();
        if (ft != null && old != null && old == ft.vlan()) {
            throw new IllegalArgumentException(from + " is the FT VLAN; change it under FT interface, FT VLAN");
        }
        if (ft != null && vlan == ft.vlan()) {
            throw new IllegalArgumentException("VLAN " + vlan + " is the FT VLAN");
        }
        d.interfaces().stream().filter(i -> Integer.valueOf(vlan).equals(AceConfigWriter.vlanNumber(i.name()))).findFirst()
                .ifPresent(i -> {
                    throw new IllegalArgumentException("VLAN " + vlan + " is already interface " + i.name());
                });
        String oldContext = old == null ? AceContext.ADMIN : AceConfigWriter.contextOfVlan(a, old);
        String newContext = AceConfigWriter.contextOfVlan(a, vlan);
        boolean allocated = a.contexts().stream().anyMatch(c -> c.vlans().contains(vlan));
        if (allocated && !newContext.equals(oldContext)) {
            throw new IllegalArgumentException("VLAN " + vlan + " is allocated to context " + newContext + ", and "
                    + from + " is in context " + oldContext);
        }
        List<AceContext> contexts = a.contexts().stream().map(c -> old == null || !c.vlans().contains(old) || c.vlans().contains(vlan) ? c
                : new AceContext(c.name(), c.id(), c.vlans().stream().map(x -> x.equals(old) ? vlan : x).toList())).toList();
        List<FtTrack> tracks = a.tracking().stream().map(t -> old != null && "interface".equals(t.type())
                && ("vlan " + old).equals(t.target())
                ? new FtTrack(t.name(), t.type(), "vlan " + vlan, t.ftGroup(), t.priority(), t.peerPriority()) : t).toList();
        String label = "Rename " + d.name() + " " + from + " to " + name;
        return new CompoundEdit(label, List.of(new RenameInterface(d.name(), from, name),
                new DesignAwareEdit(label, d.name(), (topology, now) -> now.withAce(FtEdits.withTracking(withContexts(now.ace(), contexts), tracks)))));
    }

    public static AceSettings withContexts(AceSettings a, List<AceContext> contexts) {
        return a.withContexts(contexts);
    }
}
