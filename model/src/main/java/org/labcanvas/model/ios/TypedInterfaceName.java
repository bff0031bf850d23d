package org.labcanvas.model.ios;

import java.util.Locale;
import java.util.Optional;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;

/**
 * IOS's rule for an interface name as typed: the type may be abbreviated to any prefix and a space
 * may stand before the number ({@code tu0}, {@code Tunnel 0}, {@code fa2/1}). The one place this
 * rule lives; the simulation, the event scripts and {@code show} use it.
 */
public final class TypedInterfaceName {
    private TypedInterfaceName() {}

    /** The interface of {@code device} that {@code typed} names; empty when none does. */
    public static Optional<Interface> resolve(Device device, String typed) {
        return resolve(device.interfaces().stream().map(Interface::name).toList(), typed)
                .flatMap(device::iface);
    }

    /** The name among {@code names} that {@code typed} names; empty when none does. */
    public static Optional<String> resolve(java.util.List<String> names, String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.replace(" ", "").toLowerCase(Locale.ROOT);
        int digit = 0;
        while (digit < t.length() && !Character.isDigit(t.charAt(digit))) {
            digit++;
        }
        String type = t.substring(0, digit);
        String number = t.substring(digit);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT);
            int d = 0;
            while (d < n.length() && !Character.isDigit(n.charAt(d))) {
                d++;
            }
            if (n.substring(0, d).startsWith(type) && n.substring(d).equals(number)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
