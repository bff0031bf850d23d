package org.labcanvas.model.show;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** IOS interface name forms: the short names of brief tables and the typed abbreviations. */
final class InterfaceNames {
    private static final List<String[]> SHORT = List.of(
            new String[] {"TenGigabitEthernet", "Te"}, new String[] {"GigabitEthernet", "Gi"},
            new String[] {"FastEthernet", "Fa"}, new String[] {"Ethernet", "Et"}, new String[] {"Loopback", "Lo"},
            new String[] {"Tunnel", "Tu"}, new String[] {"Serial", "Se"}, new String[] {"Port-channel", "Po"},
            new String[] {"Vlan", "Vl"});

    private InterfaceNames() {}

    /** {@code Tunnel0} to {@code Tu0}, as {@code show ip ospf interface brief} prints it. */
    static String shortName(String name) {
        for (String[] s : SHORT) {
            if (name.startsWith(s[0])) {
                return s[1] + name.substring(s[0].length());
            }
        }
        return name;
    }

    /** The device's interface a typed name ({@code tu0}, {@code fa2/0}, {@code Tunnel0}) designates. */
    static Optional<String> resolve(List<String> names, String typed) {
        String t = typed.toLowerCase(Locale.ROOT).replace(" ", "");
        int digit = 0;
        while (digit < t.length() && !Character.isDigit(t.charAt(digit))) digit++;
        String type = t.substring(0, digit);
        String number = t.substring(digit);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        for (String n : names) {
            String low = n.toLowerCase(Locale.ROOT);
            int d = 0;
            while (d < low.length() && !Character.isDigit(low.charAt(d))) d++;
            if (low.substring(0, d).startsWith(type) && low.substring(d).equals(number)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
