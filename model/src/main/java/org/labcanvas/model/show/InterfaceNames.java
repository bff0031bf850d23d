package org.labcanvas.model.show;

import java.util.List;

/** IOS interface name forms: the short names of brief tables. */
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
}
