package org.labcanvas.model.verify;

import java.util.List;

/**
 * A kind of fact the verification pack expects and checks: the command an engineer types to see it,
 * and the other commands whose output shows the same fact.
 */
public enum FactKind {
    OSPF_NEIGHBOR("ospf-neighbor", "show ip ospf neighbor", List.of()),
    ROUTE("route", "show ip route ospf", List.of("show ip route")),
    NHRP_ENTRY("nhrp-entry", "show ip nhrp", List.of("show ip nhrp detail", "show ip nhrp brief", "show dmvpn")),
    NHS("nhs", "show ip nhrp nhs", List.of("show ip nhrp nhs detail")),
    DMVPN_PEER("dmvpn-peer", "show dmvpn", List.of()),
    ISAKMP_SA("isakmp-sa", "show crypto isakmp sa", List.of()),
    IPSEC_SA("ipsec-sa", "show crypto ipsec sa", List.of()),
    FT_GROUP("ft-group", "show ft group brief", List.of("show ft group detail", "show ft group status")),
    FT_PEER("ft-peer", "show ft peer detail", List.of()),
    ACE_VERSION("ace-version", "show version", List.of()),
    /** A 6in4 tunnel's IPv4 endpoints; on hosts the command names the interface ({@code ifconfig gif0}). */
    TUNNEL_6IN4("6in4-tunnel", "ifconfig", List.of("ip tunnel show"), "ifconfig \\S+|show interfaces Tunnel\\d+", true),
    IPV6_DEFAULT_ROUTE("ipv6-default-route", "netstat -rn -f inet6", List.of("ip -6 route", "show ipv6 route"), null, false),
    /** A ping's outcome; the command names the address ({@code ping6 2001:db8::1}), one fact per address pinged. */
    PING6("ping6", "ping6", List.of(), "ping6 \\S+", true);

    private final String id;
    private final String command;
    private final List<String> alsoShownBy;

    private final java.util.regex.Pattern shownByPattern;
    private final boolean perSubject;

    FactKind(String id, String command, List<String> alsoShownBy) {
        this(id, command, alsoShownBy, null, false);
    }

    FactKind(String id, String command, List<String> alsoShownBy, String shownByPattern, boolean perSubject) {
        this.id = id;
        this.command = command;
        this.alsoShownBy = alsoShownBy;
        this.shownByPattern = shownByPattern == null ? null : java.util.regex.Pattern.compile(shownByPattern);
        this.perSubject = perSubject;
    }

    /**
     * Whether each output shows only some facts of this kind (one interface, one pinged address):
     * the facts of every capture are gathered, and an expected fact no capture shows is not covered
     * rather than missing.
     */
    public boolean perSubject() { return perSubject; }

    /** The command that shows {@code f}: the one it names ({@code ping6 2001:db8::1}) or the kind's. */
    public static String commandOf(Fact f) {
        return f.fields().getOrDefault("command", f.kind().command());
    }

    /** The word used in {@code checks.yaml}. */
    public String id() { return id; }

    /** The verification command that shows this fact. */
    public String command() { return command; }

    /** Whether the output of {@code fullCommand} shows facts of this kind. */
    public boolean shownBy(String fullCommand) {
        return command.equals(fullCommand) || alsoShownBy.contains(fullCommand)
                || (shownByPattern != null && shownByPattern.matcher(fullCommand).matches());
    }
}
