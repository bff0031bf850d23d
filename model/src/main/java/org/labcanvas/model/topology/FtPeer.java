package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code ft peer ID} with {@code heartbeat interval MS}, {@code heartbeat count N} and
 * {@code ft-interface vlan V}. Null means the ACE default (interval 300 ms... count 10).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "heartbeatInterval", "heartbeatCount", "ftInterfaceVlan"})
public record FtPeer(int id, Integer heartbeatInterval, Integer heartbeatCount, int ftInterfaceVlan) {
    public static final int DEFAULT_HEARTBEAT_INTERVAL_MS = 300;
    public static final int DEFAULT_HEARTBEAT_COUNT = 10;

    public int effectiveHeartbeatInterval() {
        return heartbeatInterval == null ? DEFAULT_HEARTBEAT_INTERVAL_MS : heartbeatInterval;
    }

    public int effectiveHeartbeatCount() {
        return heartbeatCount == null ? DEFAULT_HEARTBEAT_COUNT : heartbeatCount;
    }
}
