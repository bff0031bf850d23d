package org.labcanvas.model.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Topology;

/**
 * The structural rules a project must satisfy to be loaded at all: unique names, links and
 * references that point at things that exist. Anything a user may legitimately have half-done
 * (a bad address, a missing network statement) is left to design lint instead.
 */
public final class ProjectStructure {
    /** Device names: what IOS and ACE accept as a hostname (letters, digits, '-', '_', '.'). */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");

    /** One structural problem and the JSON path of the offending value. */
    public record Problem(String path, String message) {}

    private ProjectStructure() {}

    /** True when {@code name} can be a device name (and a hostname on IOS and ACE). */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public static List<Problem> check(Project project) {
        List<Problem> out = new ArrayList<>();
        Topology t = project.topology();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < t.devices().size(); i++) {
            Device d = t.devices().get(i);
            String at = "$.topology.devices[" + i + "]";
            if (!isValidName(d.name())) {
                out.add(new Problem(at + ".name", "device name " + quote(d.name())
                        + " is not a valid hostname (1-63 letters, digits, '-', '_' or '.', starting with a letter or digit)"));
                continue;
            }
            Integer first = seen.putIfAbsent(d.name(), i);
            if (first != null) {
                out.add(new Problem(at + ".name", "duplicate device name '" + d.name()
                        + "' (also devices[" + first + "]); names must be unique"));
            }
            if (d.kind() == null) {
                out.add(new Problem(at + ".kind", "device '" + d.name() + "' has no kind"));
            }
            checkInterfaces(d, at, out);
            checkAceContextNames(d, at, out);
            checkAceSimulation(d, at, out);
            checkCryptoNames(d, at, out);
        }
        checkLinks(t, out);
        checkReferences(t, out);
        for (String name : project.layout().placements().keySet()) {
            if (!t.contains(name)) {
                out.add(new Problem("$.layout." + name, "layout places device '" + name + "', which is not in the topology"));
            }
        }
        Set<String> scenarioNames = new HashSet<>();
        for (int i = 0; i < project.scenarios().size(); i++) {
            String name = project.scenarios().get(i).name();
            if (name.isBlank()) {
                out.add(new Problem("$.scenarios[" + i + "].name", "a scenario needs a name"));
            } else if (!scenarioNames.add(name)) {
                out.add(new Problem("$.scenarios[" + i + "].name", "duplicate scenario name '" + name + "'; names must be unique"));
            }
        }
        return out;
    }

    /** Contexts are found by name (FT groups, client load, sync faults, the export): each needs one. */
    private static void checkAceContextNames(Device d, String at, List<Problem> out) {
        if (d.ace() == null) {
            return;
        }
        for (int j = 0; j < d.ace().contexts().size(); j++) {
            String name = d.ace().contexts().get(j).name();
            if (!isValidName(name)) {
                out.add(new Problem(at + ".ace.contexts[" + j + "].name", "an ACE context needs a name of"
                        + " letters, digits, '.', '_' or '-' (up to 63), not " + quote(name)));
            }
        }
    }

    /** The ACE settings the FT simulation reads: a reload time, client load, sync faults of known contexts. */
    private static void checkAceSimulation(Device d, String at, List<Problem> out) {
        org.labcanvas.model.topology.AceSettings a = d.ace();
        if (a == null) {
            return;
        }
        if (a.reloadSeconds() != null && (a.reloadSeconds() < 1 || a.reloadSeconds() > 86_400)) {
            out.add(new Problem(at + ".ace.reloadSeconds", "reloadSeconds " + a.reloadSeconds()
                    + " is out of range (1 to 86400 seconds; an ACE module restarts in up to 480)"));
        }
        Set<String> contexts = new HashSet<>();
        a.contexts().forEach(c -> contexts.add(c.name()));
        for (int j = 0; j < a.clientLoad().size(); j++) {
            var l = a.clientLoad().get(j);
            if (l.connections() < 0 || l.newPerSecond() < 0) {
                out.add(new Problem(at + ".ace.clientLoad[" + j + "]", "client connections and new connections per second"
                        + " cannot be negative"));
            }
            if (!contexts.contains(l.context())) {
                out.add(new Problem(at + ".ace.clientLoad[" + j + "].context", "no context " + quote(l.context())
                        + " on " + d.name()));
            }
        }
        for (int j = 0; j < a.syncFaults().size(); j++) {
            var f = a.syncFaults().get(j);
            if (!contexts.contains(f.context())) {
                out.add(new Problem(at + ".ace.syncFaults[" + j + "].context", "no context " + quote(f.context())
                        + " on " + d.name()));
            }
            if (f.error() == null || f.error().isBlank()) {
                out.add(new Problem(at + ".ace.syncFaults[" + j + "].error", "a sync fault needs the error the ACE reports"));
            }
        }
        for (int j = 0; j < a.tftp().size(); j++) {
            var i = a.tftp().get(j);
            if (i.server() == null || i.name() == null || i.name().isBlank() || i.name().contains("/") || i.size() < 0) {
                out.add(new Problem(at + ".ace.tftp[" + j + "]", "a TFTP image needs a server, a file name without '/'"
                        + " and a size"));
            }
        }
    }

    /** Transform sets and IPsec profiles are found by name (tunnel protection, profiles): each needs one. */
    private static void checkCryptoNames(Device d, String at, List<Problem> out) {
        if (d.crypto() == null) {
            return;
        }
        for (int j = 0; j < d.crypto().transformSets().size(); j++) {
            String n = d.crypto().transformSets().get(j).name();
            if (n == null || n.isBlank()) {
                out.add(new Problem(at + ".crypto.transformSets[" + j + "].name", "a transform set of '" + d.name() + "' needs a name"));
            }
        }
        for (int j = 0; j < d.crypto().profiles().size(); j++) {
            String n = d.crypto().profiles().get(j).name();
            if (n == null || n.isBlank()) {
                out.add(new Problem(at + ".crypto.profiles[" + j + "].name", "an IPsec profile of '" + d.name() + "' needs a name"));
            }
        }
    }

    private static void checkInterfaces(Device d, String at, List<Problem> out) {
        Set<String> names = new HashSet<>();
        for (int j = 0; j < d.interfaces().size(); j++) {
            Interface f = d.interfaces().get(j);
            String ip = at + ".interfaces[" + j + "]";
            if (f.name() == null || f.name().isBlank() || f.name().chars().anyMatch(Character::isWhitespace)) {
                out.add(new Problem(ip + ".name", "interface of '" + d.name() + "' needs a name without spaces"));
                continue;
            }
            if (!names.add(f.name())) {
                out.add(new Problem(ip + ".name", "duplicate interface '" + f.name() + "' on '" + d.name() + "'"));
            }
            if (f.tunnel() != null && f.type() != InterfaceType.TUNNEL) {
                out.add(new Problem(ip + ".tunnel", "'" + d.name() + " " + f.name()
                        + "' has tunnel settings but is of type " + f.type().name().toLowerCase()));
            }
            if (f.nhrp() != null && f.type() != InterfaceType.TUNNEL) {
                out.add(new Problem(ip + ".nhrp", "'" + d.name() + " " + f.name()
                        + "' has NHRP settings but is not a tunnel interface"));
            }
        }
    }

    private static void checkLinks(Topology t, List<Problem> out) {
        Map<String, Integer> cabled = new HashMap<>();
        for (int i = 0; i < t.links().size(); i++) {
            Link l = t.links().get(i);
            String at = "$.topology.links[" + i + "]";
            if (l.a() == null || l.b() == null) {
                out.add(new Problem(at, "a link needs two ends, 'a' and 'b'"));
                continue;
            }
            checkEnd(t, l.a(), at + ".a", i, cabled, out);
            checkEnd(t, l.b(), at + ".b", i, cabled, out);
            if (l.a().equals(l.b())) {
                out.add(new Problem(at, "link connects " + l.a() + " to itself"));
            }
        }
    }

    private static void checkEnd(Topology t, Endpoint e, String at, int linkIndex, Map<String, Integer> cabled,
                                 List<Problem> out) {
        Device d = e.device() == null ? null : t.device(e.device()).orElse(null);
        if (d == null) {
            out.add(new Problem(at + ".device", "link end names device " + quote(e.device()) + ", which does not exist"));
            return;
        }
        if (e.iface() == null) {
            if (d.kind() != null && !d.kind().isSegment()) {
                out.add(new Problem(at, "link end on '" + d.name() + "' must name one of its interfaces"));
            }
            return;
        }
        Interface f = d.iface(e.iface()).orElse(null);
        if (f == null) {
            out.add(new Problem(at + ".iface", "link end names interface '" + e.iface() + "', which '"
                    + d.name() + "' does not have"));
            return;
        }
        if (f.type() == InterfaceType.LOOPBACK || f.type() == InterfaceType.TUNNEL) {
            out.add(new Problem(at + ".iface", "'" + d.name() + " " + f.name() + "' is a "
                    + f.type().name().toLowerCase() + " interface and cannot be cabled"));
            return;
        }
        Integer other = cabled.putIfAbsent(e.toString(), linkIndex);
        if (other != null) {
            out.add(new Problem(at + ".iface", "'" + e + "' is already cabled by links[" + other
                    + "]; an interface takes one cable (use a LAN node for a shared segment)"));
        }
    }

    private static void checkReferences(Topology t, List<Problem> out) {
        for (int i = 0; i < t.devices().size(); i++) {
            Device d = t.devices().get(i);
            String at = "$.topology.devices[" + i + "]";
            if (d.crypto() != null) {
                for (int j = 0; j < d.crypto().preSharedKeys().size(); j++) {
                    if (d.crypto().preSharedKeys().get(j).key() == null) {
                        out.add(new Problem(at + ".crypto.preSharedKeys[" + j + "].key", "an ISAKMP key entry needs its key"
                                + " (crypto isakmp key KEY address ADDRESS)"));
                    }
                }
            }
            if (d.ace() != null && d.ace().peerDevice() != null) {
                Device peer = t.device(d.ace().peerDevice()).orElse(null);
                if (peer == null || peer.kind() != DeviceKind.ACE) {
                    out.add(new Problem(at + ".ace.peerDevice", "ACE peer '" + d.ace().peerDevice()
                            + "' is not an ACE module of this design"));
                }
            }
            if (d.sixInFour() != null) {
                var c = d.sixInFour();
                if (c.broker() != null) {
                    Device b = t.device(c.broker()).orElse(null);
                    if (b == null || b.kind() != DeviceKind.BROKER) {
                        out.add(new Problem(at + ".sixInFour.broker", "6in4 broker '" + c.broker()
                                + "' is not a tunnel broker of this design"));
                    }
                }
                if (c.tunnelInterface() == null || d.iface(c.tunnelInterface()).isEmpty()) {
                    out.add(new Problem(at + ".sixInFour.tunnelInterface", "6in4 tunnel interface "
                            + quote(c.tunnelInterface()) + " does not exist on '" + d.name() + "'"));
                }
            }
        }
    }

    private static String quote(String s) {
        return s == null ? "(none)" : "'" + s + "'";
    }
}
