package org.labcanvas.model.sim.ospf;

/** OSPF interface states, with the names {@code show ip ospf interface} uses. */
public enum IfState {
    DOWN("DOWN", "DOWN"), LOOPBACK("LOOPBACK", "LOOP"), WAITING("WAITING", "WAIT"),
    POINT_TO_POINT("POINT_TO_POINT", "P2P"), DROTHER("DROTHER", "DROTH"), BACKUP("BDR", "BDR"), DR("DR", "DR");

    private final String longName;
    private final String briefName;

    IfState(String longName, String briefName) {
        this.longName = longName;
        this.briefName = briefName;
    }

    /** As in {@code State DR, Priority 1}. */
    public String longName() { return longName; }

    /** As in the State column of {@code show ip ospf interface brief}. */
    public String briefName() { return briefName; }
}
