package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code neighbor ADDRESS [priority N] [poll-interval S]} for non-broadcast networks.
 * Null means the IOS default (priority 0, poll interval 120 s).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"address", "priority", "pollInterval"})
public record OspfNeighbor(String address, Integer priority, Integer pollInterval) {
    public static final int DEFAULT_POLL_INTERVAL = 120;

    public static OspfNeighbor of(String address) {
        return new OspfNeighbor(address, null, null);
    }

    public int effectivePollInterval() {
        return pollInterval == null ? DEFAULT_POLL_INTERVAL : pollInterval;
    }
}
