package org.labcanvas.model.sim.ospf;

/**
 * Neighbor states. ExStart, Exchange and Loading take no virtual time here (database exchange
 * between two routers takes milliseconds), so an adjacency goes from 2WAY straight to FULL; the
 * log line still says {@code from LOADING to FULL, Loading Done} as IOS prints it.
 */
public enum NbrState {
    DOWN("DOWN"), INIT("INIT"), TWO_WAY("2WAY"), FULL("FULL");

    private final String text;

    NbrState(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public boolean atLeast(NbrState s) {
        return compareTo(s) >= 0;
    }
}
