package org.labcanvas.model.verify;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The commands {@code check} reads, and IOS abbreviations of them: {@code sh ip ro os} is
 * {@code show ip route ospf}, each word a prefix of the full word. A typed command that fits none
 * (or more than one) of them is not read.
 */
public final class CommandNames {
    /** Every command whose output {@code check} parses. */
    public static final List<String> READ = List.of(
            "show ip ospf neighbor", "show ip route", "show ip route ospf", "show ip nhrp", "show ip nhrp detail",
            "show ip nhrp brief", "show ip nhrp nhs", "show ip nhrp nhs detail", "show dmvpn",
            "show crypto isakmp sa", "show crypto ipsec sa");

    private CommandNames() {}

    /** The full command {@code typed} abbreviates; empty when it is none of {@link #READ} or is filtered ({@code | include}). */
    public static Optional<String> full(String typed) {
        String t = typed.strip();
        if (t.contains("|")) {
            return Optional.empty();
        }
        String[] words = t.toLowerCase(Locale.ROOT).split("\\s+");
        int start = words.length > 0 && words[0].equals("do") ? 1 : 0;
        String match = null;
        for (String c : READ) {
            String[] full = c.split(" ");
            if (full.length != words.length - start) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < full.length && ok; i++) {
                ok = !words[start + i].isEmpty() && full[i].startsWith(words[start + i]);
            }
            if (ok) {
                if (match != null) {
                    return Optional.empty();
                }
                match = c;
            }
        }
        return Optional.ofNullable(match);
    }
}
