package org.labcanvas.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TunnelSettings;

/**
 * Adding and removing interfaces of one device as undoable edits. A new interface gets the next
 * free name in the device's naming style ({@code Loopback1}, {@code Tunnel2},
 * {@code FastEthernet0/2}, {@code gif1}); removing an interface also removes the links that end
 * on it, in one undo step.
 */
public final class InterfaceEdits {
    private static final Pattern NUMBERED = Pattern.compile("^(.*?)(\\d+)$");

    private InterfaceEdits() {}

    /** The interface types the property panel can add. */
    public static final List<InterfaceType> ADDABLE = List.of(InterfaceType.PHYSICAL, InterfaceType.LOOPBACK, InterfaceType.TUNNEL);

    /** The edit that adds an interface of {@code type} with the next free name; throws when the device takes no interfaces. */
    public static EditCommand add(Device d, InterfaceType type) {
        if (d.kind().isSegment()) {
            throw new IllegalArgumentException(d.name() + " is a " + d.kind().name().toLowerCase() + " node and has no interfaces");
        }
        boolean ace = d.kind() == org.labcanvas.model.topology.DeviceKind.ACE;
        if (ace != (type == InterfaceType.VLAN)) {
            throw new IllegalArgumentException(ace
                    ? d.name() + " is an ACE module: its interfaces are VLANs, configured with its contexts"
                    : "only an ACE module takes VLAN interfaces");
        }
        if (ace) {
            String name = nextName(d, type);
            List<Interface> all = new ArrayList<>(d.interfaces());
            all.add(new Interface(name, InterfaceType.VLAN, null, null, List.of(), null, null, null, null, false, null, null, null));
            return new EditDevice("Add " + d.name() + " " + name, d.withInterfaces(all));
        }
        if (!ADDABLE.contains(type)) {
            throw new IllegalArgumentException("only physical, loopback and tunnel interfaces can be added");
        }
        String name = nextName(d, type);
        Interface i = switch (type) {
            case LOOPBACK -> Interface.loopback(name, null);
            // A new tunnel starts as IOS's default, point-to-point GRE, with nothing else set.
            case TUNNEL -> Interface.tunnel(name, null, new TunnelSettings(null, null, null, null, null));
            default -> Interface.physical(name, null);
        };
        List<Interface> all = new ArrayList<>(d.interfaces());
        all.add(i);
        return new EditDevice("Add " + d.name() + " " + name, d.withInterfaces(all));
    }

    /** The edit that removes {@code ifName} and every link ending on it, as one undo step. */
    public static EditCommand remove(Topology t, String device, String ifName) {
        Device d = t.require(device);
        if (d.iface(ifName).isEmpty()) {
            throw new IllegalArgumentException(device + " has no interface " + ifName);
        }
        List<EditCommand> steps = new ArrayList<>();
        for (Link l : t.links()) {
            if (ends(l, device, ifName)) {
                steps.add(new RemoveLink(l));
            }
        }
        steps.add(new EditDevice("Remove " + device + " " + ifName,
                d.withInterfaces(d.interfaces().stream().filter(i -> !i.name().equals(ifName)).toList())));
        return new CompoundEdit("Remove " + device + " " + ifName, steps);
    }

    private static boolean ends(Link l, String device, String ifName) {
        return device.equals(l.a().device()) && ifName.equals(l.a().iface())
                || device.equals(l.b().device()) && ifName.equals(l.b().iface());
    }

    /**
     * The next free name for a new interface of {@code type}: the lowest free number after the
     * prefix of the device's last interface of that type, or the platform's first name when it
     * has none.
     */
    public static String nextName(Device d, InterfaceType type) {
        if (type == InterfaceType.VLAN) {
            return nextVlan(d);
        }
        Set<String> taken = d.interfaces().stream().map(Interface::name).collect(Collectors.toSet());
        String prefix = null;
        for (Interface i : d.interfaces()) {
            if (i.type() == type) {
                Matcher m = NUMBERED.matcher(i.name());
                prefix = m.matches() ? m.group(1) : i.name();
            }
        }
        if (prefix == null) {
            prefix = firstPrefix(d, type);
        }
        for (int n = 0; ; n++) {
            if (!taken.contains(prefix + n)) {
                return prefix + n;
            }
        }
    }

    /**
     * {@code vlanN} for an ACE module: one above its highest VLAN interface, {@code vlan2} when it
     * has none (VLAN 1 is the switch default and is not allocated to an ACE; the range is 2-4094).
     * The lowest free VLAN from 2 when 4094 is taken.
     */
    private static String nextVlan(Device d) {
        Set<Integer> taken = d.interfaces().stream().filter(i -> i.type() == InterfaceType.VLAN)
                .map(i -> NUMBERED.matcher(i.name())).filter(Matcher::matches).map(m -> Integer.parseInt(m.group(2)))
                .collect(Collectors.toSet());
        int next = taken.stream().mapToInt(Integer::intValue).max().orElse(1) + 1;
        if (next > 4094) {
            next = 2;
            while (taken.contains(next)) {
                next++;
            }
            if (next > 4094) {
                throw new IllegalArgumentException(d.name() + " has every VLAN 2-4094");
            }
        }
        return "vlan" + next;
    }

    /**
     * The name prefix of a device's first interface of a type. Guess: IOS names ({@code Loopback},
     * {@code Tunnel}, {@code FastEthernet0/}) unless the device is a macOS/FreeBSD host
     * ({@code lo}, {@code gif}, {@code en}) or Linux ({@code lo}, {@code sit}, {@code eth}) or
     * already uses lower-case OS names.
     */
    private static String firstPrefix(Device d, InterfaceType type) {
        boolean osNames = d.platform() == Platform.MACOS || d.platform() == Platform.FREEBSD || d.platform() == Platform.LINUX
                || !d.platform().isIos() && d.interfaces().stream().anyMatch(i -> Character.isLowerCase(i.name().charAt(0)));
        boolean linux = d.platform() == Platform.LINUX
                || d.interfaces().stream().anyMatch(i -> i.name().startsWith("eth"));
        if (!osNames) {
            return switch (type) {
                case LOOPBACK -> "Loopback";
                case TUNNEL -> "Tunnel";
                default -> physicalPrefix(d);
            };
        }
        return switch (type) {
            case LOOPBACK -> "lo";
            case TUNNEL -> linux ? "sit" : "gif";
            default -> linux ? "eth" : "en";
        };
    }

    /** The slot prefix of the device's physical interfaces ({@code FastEthernet0/}); {@code FastEthernet0/} when it has none. */
    private static String physicalPrefix(Device d) {
        return d.interfaces().stream().filter(i -> i.type() == InterfaceType.PHYSICAL).map(Interface::name)
                .map(NUMBERED::matcher).filter(Matcher::matches).map(m -> m.group(1)).reduce((a, b) -> b)
                .orElse("FastEthernet0/");
    }
}
