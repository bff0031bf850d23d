package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * {@code router ospf PROCESS}.
 *
 * @param processId               process number
 * @param routerId                {@code router-id}; null to let IOS choose (highest loopback, then highest interface address)
 * @param referenceBandwidthMbps  {@code auto-cost reference-bandwidth}; null means 100 Mbit/s
 * @param networks                {@code network} statements in configuration order
 * @param neighbors               {@code neighbor} statements
 * @param passiveInterfaces       {@code passive-interface} names
 * @param passiveDefault          {@code passive-interface default}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"processId", "routerId", "referenceBandwidthMbps", "networks", "neighbors",
        "passiveInterfaces", "passiveDefault"})
public record OspfProcess(int processId, String routerId, Integer referenceBandwidthMbps,
                          List<OspfNetwork> networks, List<OspfNeighbor> neighbors,
                          List<String> passiveInterfaces,
                          @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean passiveDefault) {
    public static final int DEFAULT_REFERENCE_BANDWIDTH_MBPS = 100;

    public OspfProcess {
        networks = Copies.list(networks);
        neighbors = Copies.list(neighbors);
        passiveInterfaces = Copies.list(passiveInterfaces);
    }

    public static OspfProcess of(int processId, List<OspfNetwork> networks) {
        return new OspfProcess(processId, null, null, networks, List.of(), List.of(), false);
    }

    public int effectiveReferenceBandwidthMbps() {
        return referenceBandwidthMbps == null ? DEFAULT_REFERENCE_BANDWIDTH_MBPS : referenceBandwidthMbps;
    }

    public boolean isPassive(String iface) {
        return passiveDefault != passiveInterfaces.contains(iface);
    }

    public OspfProcess withRouterId(String v) { return new OspfProcess(processId, v, referenceBandwidthMbps, networks, neighbors, passiveInterfaces, passiveDefault); }
    public OspfProcess withReferenceBandwidthMbps(Integer v) { return new OspfProcess(processId, routerId, v, networks, neighbors, passiveInterfaces, passiveDefault); }
    public OspfProcess withNetworks(List<OspfNetwork> v) { return new OspfProcess(processId, routerId, referenceBandwidthMbps, v, neighbors, passiveInterfaces, passiveDefault); }
    public OspfProcess withNeighbors(List<OspfNeighbor> v) { return new OspfProcess(processId, routerId, referenceBandwidthMbps, networks, v, passiveInterfaces, passiveDefault); }
    public OspfProcess withPassiveInterfaces(List<String> v) { return new OspfProcess(processId, routerId, referenceBandwidthMbps, networks, neighbors, v, passiveDefault); }
}
