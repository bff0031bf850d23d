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
            "show crypto isakmp sa", "show crypto ipsec sa",
            "show ft group brief", "show ft group detail", "show ft group status", "show ft peer detail", "show version",
            "show ipv6 route");

    private CommandNames() {}

    /** The full command {@code typed} abbreviates; empty when it is none of {@link #READ} or is filtered ({@code | include}). */
    public static Optional<String> full(String typed) {
        String t = typed.strip();
        if (t.contains("|")) {
            return Optional.empty();
        }
        Optional<String> host = hostCommand(t);
        if (host.isPresent()) {
            return host;
        }
        String[] words = t.toLowerCase(Locale.ROOT).split("\\s+");
        int start = words.length > 0 && words[0].equals("do") ? 1 : 0;
        java.util.List<String[]> matches = new java.util.ArrayList<>();
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
                matches.add(full);
            }
        }
        // A word typed in full is that keyword, as IOS reads it: "ip" is not an abbreviation of "ipv6".
        for (int i = 0; i < words.length - start && matches.size() > 1; i++) {
            String w = words[start + i];
            final int at = i;
            if (matches.stream().anyMatch(f -> f[at].equals(w))) {
                matches.removeIf(f -> !f[at].equals(w));
            }
        }
        return matches.size() == 1 ? Optional.of(String.join(" ", matches.get(0))) : Optional.empty();
    }

    private static final java.util.regex.Pattern IFCONFIG = java.util.regex.Pattern.compile("^(?:sudo\\s+)?(?:/sbin/)?ifconfig\\s+([a-z][a-z0-9._-]*)$");
    private static final java.util.regex.Pattern NETSTAT6 = java.util.regex.Pattern.compile(
            "^netstat\\s+(?:-rn|-nr|-r\\s+-n|-n\\s+-r)\\s+-f\\s+inet6$|^netstat\\s+-f\\s+inet6\\s+(?:-rn|-nr)$");
    private static final java.util.regex.Pattern IP6ROUTE = java.util.regex.Pattern.compile("^ip\\s+-6\\s+r(?:o|ou|out|oute)?(?:\\s+(?:show|sh|list|ls))?$");
    private static final java.util.regex.Pattern IPTUNNEL = java.util.regex.Pattern.compile("^ip\\s+tu(?:n|nn|nne|nnel)?(?:\\s+(?:show|sh|list|ls))?$");
    private static final java.util.regex.Pattern PING6 = java.util.regex.Pattern.compile(
            "^(?:ping6|ping\\s+-6)(?:\\s+-[a-zA-Z]+(?:\\s*\\d+)?)*\\s+([0-9a-fA-F:]*:[0-9a-fA-F:.]*)$");
    /** IOS: {@code ping ipv6 ADDR [repeat N] [size N] [source IF]}, {@code ping ADDR}. */
    private static final java.util.regex.Pattern IOS_PING6 = java.util.regex.Pattern.compile(
            "^(?:do\\s+)?ping(?:\\s+ipv6)?\\s+([0-9a-fA-F:]*:[0-9a-fA-F:.]*)(?:\\s+(?:repeat|size|source|timeout)\\s+\\S+)*$",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** IOS: {@code show interfaces Tunnel0}, abbreviated ({@code sh int tu0}). */
    private static final java.util.regex.Pattern IOS_TUNNEL = java.util.regex.Pattern.compile(
            "^(?:do\\s+)?sh(?:o|ow)?\\s+int(?:e|er|erf|erfa|erfac|erface|erfaces)?\\s+tu(?:n|nn|nne|nnel)?\\s*(\\d+)$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The shell commands of a 6in4 client: {@code ifconfig gif0}, {@code netstat -rn -f inet6},
     * {@code ip -6 route}, {@code ip tunnel show}, {@code ping6 ... ADDRESS} and
     * {@code ping -6 ... ADDRESS} (both read as {@code ping6 ADDRESS}, the address in lower case).
     */
    static Optional<String> hostCommand(String typed) {
        String t = typed.strip().replaceAll("\\s+", " ");
        java.util.regex.Matcher m = IFCONFIG.matcher(t);
        if (m.matches()) {
            return Optional.of("ifconfig " + m.group(1));
        }
        if (NETSTAT6.matcher(t).matches()) {
            return Optional.of("netstat -rn -f inet6");
        }
        if (IP6ROUTE.matcher(t).matches()) {
            return Optional.of("ip -6 route");
        }
        if (IPTUNNEL.matcher(t).matches()) {
            return Optional.of("ip tunnel show");
        }
        m = PING6.matcher(t);
        if (!m.matches()) {
            m = IOS_PING6.matcher(t);
        }
        if (m.matches()) {
            return Optional.of("ping6 " + org.labcanvas.model.sim.underlay.Ipv6Address.parse(m.group(1)).map(Object::toString)
                    .orElse(m.group(1).toLowerCase(Locale.ROOT)));
        }
        m = IOS_TUNNEL.matcher(t);
        if (m.matches()) {
            return Optional.of("show interfaces Tunnel" + m.group(1));
        }
        return Optional.empty();
    }
}
