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
    IPSEC_SA("ipsec-sa", "show crypto ipsec sa", List.of());

    private final String id;
    private final String command;
    private final List<String> alsoShownBy;

    FactKind(String id, String command, List<String> alsoShownBy) {
        this.id = id;
        this.command = command;
        this.alsoShownBy = alsoShownBy;
    }

    /** The word used in {@code checks.yaml}. */
    public String id() { return id; }

    /** The verification command that shows this fact. */
    public String command() { return command; }

    /** Whether the output of {@code fullCommand} shows facts of this kind. */
    public boolean shownBy(String fullCommand) {
        return command.equals(fullCommand) || alsoShownBy.contains(fullCommand);
    }
}
