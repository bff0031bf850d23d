package org.labcanvas.model.sim.rib;

/** Where a route comes from, with IOS's code letter and default administrative distance. */
public enum RouteSource {
    CONNECTED("C", 0), LOCAL("L", 0), STATIC("S", 1), OSPF("O", 110), OSPF_INTER_AREA("O IA", 110);

    private final String code;
    private final int distance;

    RouteSource(String code, int distance) {
        this.code = code;
        this.distance = distance;
    }

    public String code() { return code; }
    public int defaultDistance() { return distance; }

    public boolean isOspf() { return this == OSPF || this == OSPF_INTER_AREA; }
}
