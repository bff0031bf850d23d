package org.labcanvas.model.configs;

import java.util.Locale;
import java.util.Map;

/**
 * Linux names for IOS interfaces: short (at most 15 characters, the kernel's limit), no slashes,
 * and still recognisable: {@code FastEthernet0/0} is {@code fa0-0}, {@code Tunnel1} is
 * {@code tun1}, {@code Loopback0} is {@code lo0} (a dummy device).
 */
final class LinuxInterfaceNames {
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "fastethernet", "fa",
            "gigabitethernet", "gi",
            "tengigabitethernet", "te",
            "ethernet", "e",
            "serial", "se",
            "loopback", "lo",
            "tunnel", "tun",
            "vlan", "vlan",
            "port-channel", "po");

    private LinuxInterfaceNames() {}

    static String of(String iosName) {
        int i = 0;
        while (i < iosName.length() && !Character.isDigit(iosName.charAt(i))) {
            i++;
        }
        String word = iosName.substring(0, i).toLowerCase(Locale.ROOT);
        String rest = iosName.substring(i).replace('/', '-').replace('.', '-').replace(':', '-');
        String prefix = ABBREVIATIONS.getOrDefault(word, word.isEmpty() ? "if" : word);
        String name = (prefix + rest).replaceAll("[^a-z0-9-]", "");
        return name.length() > 15 ? name.substring(0, 15) : name;
    }
}
