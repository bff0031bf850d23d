package org.labcanvas.app.ui.properties;

import org.labcanvas.model.edit.EditCommand;
import org.labcanvas.model.addr.HostAddress;
import org.labcanvas.model.edit.FtEdits;
import static org.labcanvas.app.ui.properties.DeviceProperties.choiceOf;
import static org.labcanvas.app.ui.properties.DeviceProperties.edit;
import static org.labcanvas.app.ui.properties.DeviceProperties.flag;
import static org.labcanvas.app.ui.properties.DeviceProperties.nz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.FtTrack;

/**
 * The property sheet's rows for an ACE module's {@code ft track} objects: an "FT tracking" section
 * to add one, then one section per track.
 *
 * <p>Syntax and ranges after the ACE documentation: {@code ft track interface NAME} with
 * {@code track-interface vlan N}, {@code ft track host NAME} with {@code track-host ADDRESS},
 * {@code ft track hsrp NAME} with {@code track-hsrp GROUP} (module only), each with
 * {@code priority N} and {@code peer priority N} from 0 to 255, default 0, which the ACE subtracts
 * from the priority of the FT group of the context the track is configured in when the tracked
 * item fails ("Administration Guide vA2(1.0), Cisco ACE Application Control Engine Module",
 * chapter "Configuring Redundant ACE Modules", section "Configuring Tracking and Failure
 * Detection", cisco.com .../ace/v3-00_A2/configuration/administration/guide/admgd/redundcy.html;
 * the 0-255 range and default 0 as in the Cisco 4700 Series ACE Appliance Administration Guide
 * OL-11157-01, p. 7-31, and the ANM 5.2 User Guide, p. 13-24). Track names are unquoted words
 * without spaces; the 64-character limit is a guess (the limit of other ACE object names). The
 * module's software is IPv4-only, so a tracked host is an IPv4 address.
 */
public final class FtTrackRows {
    private FtTrackRows() {}

    static final int MAX_NAME = 64;

    static void add(List<PropertyRow> out, Device d) {
        AceSettings a = d.ace();
        List<String> adds = new ArrayList<>(List.of(""));
        adds.addAll(FtEdits.TRACK_TYPES);
        out.add(new PropertyRow("FT tracking", "Add track", PropertyRow.Kind.CHOICE, "", adds, v -> {
            if (v.isEmpty()) {
                throw new IllegalArgumentException("choose the kind of track: " + String.join(", ", FtEdits.TRACK_TYPES));
            }
            return FtEdits.addTrack(d, v);
        }));
        List<String> groups = a.ftGroups().stream().map(g -> String.valueOf(g.id())).toList();
        for (int idx = 0; idx < a.tracking().size(); idx++) {
            FtTrack t = a.tracking().get(idx);
            int at = idx;
            String cat = "FT track " + t.name();
            String what = "ft track " + t.name();
            Function<FtTrack, Device> with = nt -> {
                List<FtTrack> ts = new ArrayList<>(a.tracking());
                ts.set(at, nt);
                return d.withAce(FtEdits.withTracking(a, ts));
            };
            out.add(flag(cat, "Configured", true, v -> {
                if (v) {
                    throw new IllegalArgumentException("ft track " + t.name() + " is configured");
                }
                return FtEdits.removeTrack(d, t.name());
            }));
            out.add(new PropertyRow(cat, "Name", PropertyRow.Kind.TEXT, t.name(), List.of(), v -> {
                String name = name(v);
                if (!name.equals(t.name()) && FtEdits.track(a, name).isPresent()) {
                    throw new IllegalArgumentException("ft track " + name + " already exists");
                }
                return edit(d, what + " name", with.apply(new FtTrack(name, t.type(), t.target(), t.ftGroup(), t.priority(), t.peerPriority())));
            }));
            // A new kind keeps the target only when it is what that kind tracks (see validFor: a VLAN
            // for interface, an IPv4 address for host, a group name for hsrp); otherwise the target is
            // cleared for the user to fill in, so a host's address never becomes an HSRP group's name.
            out.add(choiceOf(cat, "Type", nz(t.type()), FtEdits.TRACK_TYPES, v -> edit(d, what + " type", with.apply(
                    new FtTrack(t.name(), v, validFor(v, t.target()) ? t.target() : null, t.ftGroup(), t.priority(), t.peerPriority())))));
            out.add(targetRow(cat, t, v -> edit(d, what + " target",
                    with.apply(new FtTrack(t.name(), t.type(), v, t.ftGroup(), t.priority(), t.peerPriority())))));
            out.add(choiceOf(cat, "FT group", String.valueOf(t.ftGroup()), groups, v -> edit(d, what + " ft group",
                    with.apply(new FtTrack(t.name(), t.type(), t.target(), Integer.parseInt(v), t.priority(), t.peerPriority())))));
            out.add(decrement(cat, "Priority", t.priority(), v -> edit(d, what + " priority",
                    with.apply(new FtTrack(t.name(), t.type(), t.target(), t.ftGroup(), v, t.peerPriority())))));
            out.add(decrement(cat, "Peer priority", t.peerPriority(), v -> edit(d, what + " peer priority",
                    with.apply(new FtTrack(t.name(), t.type(), t.target(), t.ftGroup(), t.priority(), v)))));
        }
    }

    /** The tracked item, with the editor its kind needs; an empty value clears it. */
    private static PropertyRow targetRow(String cat, FtTrack t, Function<String, EditCommand> f) {
        String target = nz(t.target());
        return switch (nz(t.type())) {
            case "interface" -> new PropertyRow(cat, "Tracked VLAN", PropertyRow.Kind.NUMBER,
                    target.startsWith("vlan ") ? target.substring("vlan ".length()) : target, List.of(),
                    v -> f.apply(v.isEmpty() ? null : "vlan " + DeviceProperties.whole(v, 2, 4094)));
            case "host" -> new PropertyRow(cat, "Tracked host", PropertyRow.Kind.ADDRESS, target, List.of(),
                    v -> f.apply(v.isEmpty() ? null : DeviceProperties.host(v)));
            default -> new PropertyRow(cat, "Tracked HSRP group", PropertyRow.Kind.TEXT, target, List.of(),
                    v -> f.apply(v.isEmpty() ? null : hsrpGroup(v)));
        };
    }

    /** {@code priority} / {@code peer priority}: 0-255; empty is the ACE default, 0. */
    private static PropertyRow decrement(String cat, String name, int value, Function<Integer, EditCommand> f) {
        return new PropertyRow(cat, name, PropertyRow.Kind.NUMBER, Integer.toString(value), List.of(),
                v -> f.apply(v.isEmpty() ? 0 : (int) DeviceProperties.whole(v, 0, 255)));
    }

    /**
     * Whether {@code target} is what a track of {@code type} tracks, as the target row would store
     * it: {@code vlan N} (2-4094) for {@code interface}, an IPv4 address in canonical form for
     * {@code host}, and for {@code hsrp} a group name that is not an address. A missing target is
     * valid for every kind (the ACE takes {@code ft track} before its tracked item).
     */
    static boolean validFor(String type, String target) {
        if (target == null) {
            return true;
        }
        try {
            return switch (type) {
                case "interface" -> target.startsWith("vlan ")
                        && ("vlan " + DeviceProperties.whole(target.substring("vlan ".length()), 2, 4094)).equals(target);
                case "host" -> DeviceProperties.host(target).equals(target);
                case "hsrp" -> hsrpGroup(target).equals(target);
                default -> false;
            };
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The name of a supervisor HSRP group ({@code standby N name NAME} there): one word, and not
     * an address, which is what a host track tracks (dotted digits or an IPv6 address).
     */
    static String hsrpGroup(String v) {
        String name = word(v, "an HSRP group name");
        if (name.matches("[0-9.]*\\.[0-9.]*") || name.contains(":") && HostAddress.tryParse(name).isPresent()) {
            throw new IllegalArgumentException("an HSRP group is tracked by its name, not an address; track an address with a host track");
        }
        return name;
    }

    private static String name(String v) {
        return word(v, "a track name");
    }

    private static String word(String v, String what) {
        if (v.isEmpty()) {
            throw new IllegalArgumentException(what + " cannot be empty");
        }
        if (v.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(what + " is one word");
        }
        if (v.length() > MAX_NAME) {
            throw new IllegalArgumentException(what + " has at most " + MAX_NAME + " characters");
        }
        return v;
    }
}
