package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code ip ospf network ...}, with IOS's default hello and dead intervals for each type. */
public enum OspfNetworkType {
    @JsonProperty("broadcast") BROADCAST("broadcast", "BROADCAST", 10, true),
    @JsonProperty("non-broadcast") NON_BROADCAST("non-broadcast", "NON_BROADCAST", 30, true),
    @JsonProperty("point-to-point") POINT_TO_POINT("point-to-point", "POINT_TO_POINT", 10, false),
    @JsonProperty("point-to-multipoint") POINT_TO_MULTIPOINT("point-to-multipoint", "POINT_TO_MULTIPOINT", 30, false),
    /** Not configurable: what IOS uses on loopbacks (advertised as a /32 host route). */
    @JsonProperty("loopback") LOOPBACK("loopback", "LOOPBACK", 10, false);

    private final String iosKeyword;
    private final String showName;
    private final int defaultHello;
    private final boolean electsDr;

    OspfNetworkType(String iosKeyword, String showName, int defaultHello, boolean electsDr) {
        this.iosKeyword = iosKeyword;
        this.showName = showName;
        this.defaultHello = defaultHello;
        this.electsDr = electsDr;
    }

    /** The keyword after {@code ip ospf network}. */
    public String iosKeyword() { return iosKeyword; }

    /** How {@code show ip ospf interface} names it ({@code Network Type NON_BROADCAST}). */
    public String showName() { return showName; }

    public int defaultHelloSeconds() { return defaultHello; }

    /** IOS: the dead interval defaults to four times the hello interval. */
    public int defaultDeadSeconds() { return defaultHello * 4; }

    /** Broadcast and non-broadcast networks elect a DR and BDR. */
    public boolean electsDr() { return electsDr; }
}
